"""Put citizens in a project or its control group: search the whole register (archived
citizens too), choose one, give the date they joined, add. The picker stays open so a group
can be filled one citizen after another; a refusal from the core is shown in it."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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
from progressionsdialog.domain.outcome import MemberRole, Project
from progressionsdialog.errors import ProgressionsdialogError, ValidationError
from progressionsdialog.storage.citizens import list_citizens
from progressionsdialog.storage.projects import add_member, members
from ui.dialogs.project_form import read_date
from ui.dialogs.project_models import KEY_ROLE, RowsModel
from ui.widgets.date_field import DateField
from ui.widgets.field_error import FieldError

COL_NAME, COL_BORN, COL_IN_PROJECT, COL_ARCHIVED = range(4)


class CitizenPickerDialog(QDialog):
    """``added(citizen_id)`` after each citizen put in the group."""

    added = Signal(int)

    def __init__(
        self,
        db: sqlite_utils.Database,
        project: Project,
        role: MemberRole,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.project, self.role = db, project, MemberRole(role)
        if self.role is MemberRole.PARTICIPANT:
            title = self.tr("Tilføj deltagere til %1")
        else:
            title = self.tr("Tilføj borgere til kontrolgruppen i %1")
        self.setWindowTitle(title.replace("%1", project.name))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Skriv en del af navnet"))
        self.search.setAccessibleName(self.tr("Søg efter borger"))
        self.search.setClearButtonEnabled(True)
        self.model = RowsModel(
            [self.tr("Navn"), self.tr("Født"), self.tr("I projektet"), self.tr("Arkiveret")], self
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(COL_NAME)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Borgere"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.add_chosen())
        today = clock.today()
        self.joined = DateField(max(today, project.started_on))
        self.joined.setAccessibleName(self.tr("Med fra dato"))
        self.joined_error = FieldError()
        self.joined.problem.connect(self.joined_error.show_message)
        self.message = FieldError()
        self.done_label = QLabel()
        self.done_label.setObjectName("hint")
        self.done_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Tilføj"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add_chosen)
        close = QPushButton(self.tr("&Luk"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        form = QFormLayout()
        search_label = QLabel(self.tr("&Søg:"))
        search_label.setBuddy(self.search)
        form.addRow(search_label, self.search)
        joined_label = QLabel(self.tr("&Med fra:"))
        joined_label.setBuddy(self.joined)
        joined_box = QVBoxLayout()
        joined_box.addWidget(self.joined)
        joined_box.addWidget(self.joined_error)
        form.addRow(joined_label, joined_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.done_label)
        layout.addLayout(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 48, em * 36)
        self.reload()
        self.search.setFocus()

    def reload(self) -> None:
        labels = {
            MemberRole.PARTICIPANT: self.tr("deltager"),
            MemberRole.CONTROL: self.tr("kontrol"),
        }
        where = {m.citizen_id: labels[m.role] for m in members(self.db, self.project.id)}
        citizens = sorted(list_citizens(self.db), key=lambda c: c.name.casefold())
        self.model.set_rows(
            [
                (
                    c.id,
                    (
                        c.name,
                        format_date(c.birth_date),
                        where.get(c.id, ""),
                        self.tr("arkiveret") if c.archived else "",
                    ),
                )
                for c in citizens
            ]
        )

    def chosen_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows and self.proxy.rowCount() == 1:  # the search found exactly one
            return self.proxy.index(0, 0).data(KEY_ROLE)
        return rows[0].data(KEY_ROLE) if rows else None

    def add_chosen(self) -> bool:
        self.message.show_message(None)
        citizen_id = self.chosen_id()
        if citizen_id is None:
            self.message.show_message(self.tr("Vælg en borger i listen først."))
            return False
        try:
            joined = read_date(self.joined, "joined_on")
            if joined is None:
                raise ValidationError("joined_on", self.tr("Skriv den dag, borgeren kom med."))
            add_member(self.db, self.project.id, citizen_id, self.role, joined)
        except ValidationError as error:
            target = self.joined_error if error.field == "joined_on" else self.message
            target.show_message(error.message)
            return False
        except ProgressionsdialogError as error:
            self.message.show_message(str(error))
            return False
        self.joined_error.show_message(None)
        name = self.model.texts_at(self.model.row_of(citizen_id))[COL_NAME]
        self.done_label.setText(
            self.tr("%1 er tilføjet (%2).").replace("%1", name).replace("%2", self.role.label)
        )
        self.reload()
        self.added.emit(citizen_id)
        self.search.selectAll()
        self.search.setFocus()
        return True
