"""Create or edit a project: name, start date, whether it has a control group.

The caller gives ``save(name, started_on, has_control_group) -> Project``; a
``ValidationError`` from it is shown next to its field and the dialog stays open with what
was typed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog import clock
from progressionsdialog.domain.dates import parse_date
from progressionsdialog.domain.outcome import PROJECT_NAME_MAX, Project
from progressionsdialog.errors import ProgressionsdialogError, ValidationError
from ui.widgets.date_field import DateField
from ui.widgets.field_error import FieldError


def read_date(field: DateField, name: str) -> date | None:
    """What the field says now (even before it was left); ``None`` when it is empty."""
    text = field.text().strip()
    return parse_date(text, field=name) if text else None


class ProjectFormDialog(QDialog):
    saved = Signal(object)

    def __init__(self, save, project: Project | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Rediger projekt") if project else self.tr("Nyt projekt"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        self.name = QLineEdit(project.name if project else "")
        self.name.setMaxLength(PROJECT_NAME_MAX + 20)  # a too long name is named, not cut
        self.name.setPlaceholderText(self.tr("fx JobStart"))
        self.name.setAccessibleName(self.tr("Projektets navn"))
        self.started = DateField(project.started_on if project else clock.today())
        self.started.setAccessibleName(self.tr("Projektets startdato"))
        self.control = QCheckBox(self.tr("Projektet har en &kontrolgruppe"))
        self.control.setChecked(project.has_control_group if project else True)
        self.errors = {key: FieldError() for key in ("name", "started_on", "has_control_group")}
        self.general_error = FieldError()
        form = QFormLayout()
        for label, widget, key in (
            (self.tr("&Navn *"), self.name, "name"),
            (self.tr("&Startdato *"), self.started, "started_on"),
            ("", self.control, "has_control_group"),
        ):
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(self.errors[key])
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, box)
        self.started.problem.connect(self.errors["started_on"].show_message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuller"))
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.name.setFocus()

    def try_save(self) -> None:
        for error in (*self.errors.values(), self.general_error):
            error.show_message(None)
        try:
            started = read_date(self.started, "started_on")
            if started is None:
                raise ValidationError("started_on", self.tr("Skriv den dag, projektet begyndte."))
            project = self._save(self.name.text(), started, self.control.isChecked())
        except ValidationError as error:
            self.errors.get(error.field, self.general_error).show_message(error.message)
            return
        except ProgressionsdialogError as error:
            self.general_error.show_message(str(error))
            return
        self.saved.emit(project)
        self.accept()
