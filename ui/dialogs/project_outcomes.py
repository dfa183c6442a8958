"""One citizen's outcomes (job, education, unemployed …) in the projects window: the history,
a new status with its date, and a wrong one deleted after a question (with an undo)."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog import clock
from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.outcome import OUTCOME_LABELS, Outcome, OutcomeStatus
from progressionsdialog.errors import ProgressionsdialogError, ValidationError
from progressionsdialog.storage.projects import delete_outcome, outcomes_of, record_outcome
from ui.dialogs.confirm import ConfirmDialog
from ui.dialogs.project_form import read_date
from ui.dialogs.project_models import KEY_ROLE, RowsModel
from ui.widgets.date_field import DateField
from ui.widgets.field_error import FieldError

COL_DATE, COL_STATUS, COL_NOTE = range(3)


class OutcomePanel(QWidget):
    """``changed(citizen_id)`` after a status was recorded or deleted."""

    changed = Signal(int)

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.citizen_id: int | None = None
        self._deleted: Outcome | None = None
        # Each widget made in its place (see ProjectsDialog: the style sheet restyles a
        # finished part again when it is added).
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("subheading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.model = RowsModel([self.tr("Dato"), self.tr("Status"), self.tr("Note")], self)
        self.table = QTableView(self)
        layout.addWidget(self.table, 1)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Borgerens status over tid"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        form = QFormLayout()
        layout.addLayout(form)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Ny status"))
        for status, label in OUTCOME_LABELS.items():
            self.status.addItem(self.tr(label), status.value)
        self.day = DateField(clock.today())
        self.day.setAccessibleName(self.tr("Statusdato"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note til status"))
        self.note.setPlaceholderText(self.tr("fx navnet på uddannelsen (kan udelades)"))
        for text, widget in (
            (self.tr("S&tatus:"), self.status),
            (self.tr("&Dato:"), self.day),
            (self.tr("N&ote:"), self.note),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.error = FieldError()
        layout.addWidget(self.error)
        self.day.problem.connect(self.error.show_message)
        row = QHBoxLayout()
        layout.addLayout(row)
        self.record_button = QPushButton(self.tr("&Gem status"))
        self.record_button.clicked.connect(self.record)
        self.delete_button = QPushButton(self.tr("Slet status …"))
        self.delete_button.clicked.connect(lambda: self.delete_chosen())
        row.addWidget(self.record_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        done = QHBoxLayout()
        layout.addLayout(done)
        self.done_label = QLabel()
        self.done_label.setObjectName("hint")
        self.done_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Fortryd sletning"))
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        done.addWidget(self.done_label, 1)
        done.addWidget(self.undo_button)
        self.set_citizen(None)

    def set_citizen(self, citizen_id: int | None, name: str = "") -> None:
        if citizen_id != self.citizen_id:
            self.done_label.clear()
            self.undo_button.hide()
            self.error.show_message(None)
        self.citizen_id = citizen_id
        if citizen_id is None:
            self.heading.setText(self.tr("Vælg en borger for at se og skrive status."))
        else:
            self.heading.setText(self.tr("Status for %1").replace("%1", name))
        for widget in (self.status, self.day, self.note, self.record_button, self.delete_button):
            widget.setEnabled(citizen_id is not None)
        self.reload()

    def reload(self) -> None:
        found = outcomes_of(self.db, self.citizen_id) if self.citizen_id is not None else []
        self.model.set_rows(
            [
                (o.id, (format_date(o.recorded_on), self.tr(o.status.label), o.note))
                for o in reversed(found)  # the newest first
            ]
        )

    def record(self) -> bool:
        if self.citizen_id is None:
            return False
        self.error.show_message(None)
        try:
            day = read_date(self.day, "recorded_on")
            if day is None:
                raise ValidationError("recorded_on", self.tr("Skriv den dag, status gælder fra."))
            made = record_outcome(
                self.db,
                self.citizen_id,
                OutcomeStatus(self.status.currentData()),
                day,
                self.note.text(),
                today=clock.today(),
            )
        except ProgressionsdialogError as error:
            self.error.show_message(getattr(error, "message", str(error)))
            return False
        self.note.clear()
        self.undo_button.hide()
        self.done_label.setText(
            self.tr("Gemt: %1, %2.")
            .replace("%1", self.tr(made.status.label))
            .replace("%2", format_date(made.recorded_on))
        )
        self.reload()
        self.changed.emit(self.citizen_id)
        return True

    def delete_chosen(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.error.show_message(self.tr("Vælg den status, der skal slettes."))
            return False
        outcome_id = rows[0].data(KEY_ROLE)
        texts = self.model.texts_at(rows[0].row())
        question = (
            self.tr("Slet status '%1' fra %2? Brug det, hvis den er skrevet forkert.")
            .replace("%1", texts[COL_STATUS])
            .replace("%2", texts[COL_DATE])
        )
        if not ConfirmDialog.ask(self, self.tr("Slet status"), question, self.tr("Slet")):
            return False
        try:
            self._deleted = delete_outcome(self.db, outcome_id)
        except ProgressionsdialogError as error:
            self.error.show_message(str(error))
            return False
        self.done_label.setText(self.tr("Status slettet."))
        self.undo_button.show()
        self.reload()
        self.changed.emit(self.citizen_id)
        return True

    def undo_delete(self) -> None:
        gone, self._deleted = self._deleted, None
        self.undo_button.hide()
        if gone is None:
            return
        try:
            record_outcome(self.db, gone.citizen_id, gone.status, gone.recorded_on, gone.note)
        except ProgressionsdialogError as error:
            self.error.show_message(str(error))
            return
        self.done_label.setText(self.tr("Statussen er tilbage."))
        self.reload()
        self.changed.emit(gone.citizen_id)
