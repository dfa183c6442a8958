"""Vis → Projekter: the team leader's projects, their participants and control groups, the
members' outcomes, and the reminders to record the status 12 and 24 months after joining.

Everything is done through ``progressionsdialog.storage.projects``; the refusals (a citizen
in both groups, a date before the project began, a status in the future) are the core's
Danish words, shown where they happened. Not reachable from citizen view: it lists other
citizens.
"""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog import clock
from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.outcome import Member, MemberRole, Project
from progressionsdialog.errors import ProgressionsdialogError
from progressionsdialog.storage import is_read_only
from progressionsdialog.storage.citizens import citizen_names
from progressionsdialog.storage.projects import (
    add_member,
    add_project,
    delete_project,
    follow_ups_due,
    get_project,
    latest_outcomes,
    list_projects,
    members,
    remove_member,
    update_project,
)
from ui.built_on_use import BuiltOnUse
from ui.dialogs.confirm import ConfirmDialog
from ui.dialogs.project_form import ProjectFormDialog
from ui.dialogs.project_models import KEY_ROLE, RowsModel
from ui.dialogs.project_outcomes import OutcomePanel
from ui.dialogs.project_picker import CitizenPickerDialog
from ui.widgets.field_error import FieldError

# The next part is started by a short timer, not a zero one: a zero timer is a posted event,
# and a chain of them keeps Qt's other timers waiting until the chain ends.
NEXT_TURN_MS = 1
MEMBER_NAME, MEMBER_GROUP, MEMBER_JOINED, MEMBER_STATUS = range(4)
DUE_NAME, DUE_PROJECT, DUE_GROUP, DUE_MONTHS, DUE_ON = range(5)


def _table(model: RowsModel, name: str, widths: dict[int, str], pane: QWidget) -> QTableView:
    """A list in ``pane`` (stretched in its layout) with the first column stretched and the
    others as wide as the sample text in ``widths`` (measured once: measuring every row on
    each reload blocked the window)."""
    view = QTableView(pane)
    pane.layout().addWidget(view, 1)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    metrics = view.fontMetrics()
    for column, sample in widths.items():
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        wide = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title) + 8)
        header.resizeSection(column, wide + metrics.height())
    return view


def _pane(splitter: QSplitter, stretch: int) -> QWidget:
    """A new pane at the end of ``splitter``, with a margin-less column layout."""
    pane = QWidget(splitter)
    splitter.setStretchFactor(splitter.indexOf(pane), stretch)
    QVBoxLayout(pane).setContentsMargins(0, 0, 0, 0)
    return pane


def _selected_key(view: QTableView):
    rows = view.selectionModel().selectedRows()
    return rows[0].data(KEY_ROLE) if rows else None


class ProjectsDialog(QDialog):
    """Built in parts, one per turn of the event loop, so that opening it never holds the
    window long (it held it 150–250 ms): the projects tab with its lists at once; the dialog
    shown (``open``), whole, on the next turn; the reminders tab, hidden behind its tab, on
    the turn after that (or at once, when it is wanted sooner)."""

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.writable = not is_read_only(db)
        self.form: ProjectFormDialog | None = None
        self.picker: CitizenPickerDialog | None = None
        self._removed: Member | None = None
        self.setWindowTitle(self.tr("Projekter"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Built from the top down, each widget made in the place it stays: with the program's
        # style sheet, a finished part added to its parent is restyled with every widget in
        # it, and building from the bottom up restyled the whole dialog five or six times.
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.tabBar().setAccessibleName(self.tr("Projekter og påmindelser"))
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        layout.addLayout(bottom)
        bottom.addStretch(1)
        close = QPushButton(self.tr("&Luk"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        bottom.addWidget(close)
        # Three panes side by side need ~1080 px: on a smaller screen (200 %) the tab scrolls
        projects = QScrollArea()
        projects.setWidgetResizable(True)
        projects.setFrameShape(QScrollArea.Shape.NoFrame)
        projects.setAccessibleName(self.tr("Projekter og deres borgere"))
        self.tabs.addTab(projects, self.tr("&Projekter"))
        page = QWidget()
        projects.setWidget(page)
        self._build_projects_tab(page)
        self._reminders_page = QWidget()
        self._reminders_built = False
        self.tabs.addTab(self._reminders_page, self.tr("På&mindelser"))
        self.tabs.currentChanged.connect(lambda _index: self._build_reminders_tab())
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1280, screen.width() - 40), min(720, screen.height() - 60))
        for button in self._writing_buttons():
            button.setEnabled(self.writable)
        self.reload_projects()
        self.reload_reminders()  # the reminders' count in their tab's title
        self._opening = False

    # -- opening in parts -------------------------------------------------------------------
    def open(self) -> None:
        """Window-modal, as ``QDialog.open``, on the next turn of the event loop: showing
        it (polishing, laying out) is a part of its own."""
        if not self._opening:
            self._opening = True
            QTimer.singleShot(NEXT_TURN_MS, self, self._open_now)

    def _open_now(self) -> None:
        if self._opening:  # not closed in the meantime
            self._opening = False
            super().open()

    def showEvent(self, event) -> None:
        self._opening = False  # shown now (``open``, ``show``, ``exec``)
        super().showEvent(event)
        QTimer.singleShot(NEXT_TURN_MS, self, self._build_reminders_tab)

    def done(self, result: int) -> None:
        self._opening = False  # closed before it was shown: it stays closed
        super().done(result)

    def closeEvent(self, event) -> None:
        self._opening = False
        super().closeEvent(event)

    # -- building ---------------------------------------------------------------------------
    def _build_projects_tab(self, page: QWidget) -> None:
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(page).addWidget(splitter)
        left, middle = _pane(splitter, 2), _pane(splitter, 4)
        self.projects_model = RowsModel([self.tr("Projekt"), self.tr("Start")], self)
        self.projects_view = _table(
            self.projects_model, self.tr("Projekter"), {1: "00-00-00000"}, left
        )
        self.projects_view.selectionModel().selectionChanged.connect(self._project_chosen)
        self.new_button = QPushButton(self.tr("&Nyt projekt …"))
        self.new_button.clicked.connect(lambda: self.new_project())
        self.edit_button = QPushButton(self.tr("&Ret projekt …"))
        self.edit_button.clicked.connect(lambda: self.edit_project())
        self.delete_button = QPushButton(self.tr("Slet projekt …"))
        self.delete_button.clicked.connect(lambda: self.delete_project())
        for button in (self.new_button, self.edit_button, self.delete_button):
            left.layout().addWidget(button)

        self.project_heading = QLabel()
        self.project_heading.setObjectName("subheading")
        self.project_heading.setWordWrap(True)
        middle.layout().addWidget(self.project_heading)
        self.members_model = RowsModel(
            [self.tr("Navn"), self.tr("Gruppe"), self.tr("Med fra"), self.tr("Seneste status")],
            self,
        )
        self.members_view = _table(
            self.members_model,
            self.tr("Projektets borgere"),
            {1: "Kontrolgruppe", 2: "00-00-00000", 3: "Job med løntilskud (00-00-00000)"},
            middle,
        )
        self.members_view.selectionModel().selectionChanged.connect(self._member_chosen)
        member_buttons = QHBoxLayout()
        middle.layout().addLayout(member_buttons)
        self.add_participant_button = QPushButton(self.tr("Tilføj &deltagere …"))
        self.add_participant_button.clicked.connect(
            lambda: self.open_picker(MemberRole.PARTICIPANT)
        )
        self.add_control_button = QPushButton(self.tr("Tilføj til &kontrolgruppen …"))
        self.add_control_button.clicked.connect(lambda: self.open_picker(MemberRole.CONTROL))
        self.remove_button = QPushButton(self.tr("&Fjern fra projektet …"))
        self.remove_button.clicked.connect(lambda: self.remove_chosen())
        for button in (self.add_participant_button, self.add_control_button):
            member_buttons.addWidget(button)
        member_buttons.addStretch(1)
        member_buttons.addWidget(self.remove_button)
        self.member_message = FieldError()
        middle.layout().addWidget(self.member_message)
        done = QHBoxLayout()
        middle.layout().addLayout(done)
        self.member_done = QLabel()
        self.member_done.setObjectName("hint")
        self.member_done.setWordWrap(True)
        self.undo_remove_button = QPushButton(self.tr("Fortryd fjernelsen"))
        self.undo_remove_button.clicked.connect(self.undo_remove)
        self.undo_remove_button.hide()
        done.addWidget(self.member_done, 1)
        done.addWidget(self.undo_remove_button)

        self.outcomes = OutcomePanel(self.db, splitter)
        splitter.setStretchFactor(splitter.count() - 1, 3)
        self.outcomes.changed.connect(lambda _cid: self._after_outcome())

    def _build_reminders_tab(self) -> None:
        """The reminders tab's lists and status fields (once; until then its page is empty
        and its title already counts the reminders)."""
        if self._reminders_built:
            return
        self._reminders_built = True
        page = self._reminders_page
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(page).addWidget(splitter)
        left = _pane(splitter, 5)
        note = QLabel(
            self.tr(
                "Borgere i et projekt eller en kontrolgruppe skal have skrevet deres status 12 "
                "og 24 måneder efter, de kom med – også arkiverede borgere. Vælg en borger og "
                "skriv status til højre."
            )
        )
        note.setWordWrap(True)
        left.layout().addWidget(note)
        self._due_model = RowsModel(
            [
                self.tr("Navn"),
                self.tr("Projekt"),
                self.tr("Gruppe"),
                self.tr("Status ved"),
                self.tr("Skulle skrives"),
            ],
            self,
        )
        self._due_view = _table(
            self._due_model,
            self.tr("Borgere, der mangler en status"),
            {1: "Afklaringsværksted", 2: "kontrolgruppe", 3: "24 mdr.", 4: "00-00-00000"},
            left,
        )
        self._due_view.selectionModel().selectionChanged.connect(self._due_chosen)
        self._due_empty = QLabel(self.tr("Ingen mangler en status ved 12 eller 24 måneder."))
        self._due_empty.setObjectName("hint")
        left.layout().addWidget(self._due_empty)
        self._due_outcomes = OutcomePanel(self.db, splitter)
        splitter.setStretchFactor(1, 3)
        self._due_outcomes.changed.connect(lambda _cid: self._after_outcome())
        self.reload_reminders()

    # The reminders tab's parts, built when first wanted if they are not yet.
    due_model = BuiltOnUse[RowsModel]("_build_reminders_tab")
    due_view = BuiltOnUse[QTableView]("_build_reminders_tab")
    due_empty = BuiltOnUse[QLabel]("_build_reminders_tab")
    due_outcomes = BuiltOnUse[OutcomePanel]("_build_reminders_tab")

    def _writing_buttons(self) -> list[QPushButton]:
        return [
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.add_participant_button,
            self.add_control_button,
            self.remove_button,
            self.outcomes.record_button,
            self.outcomes.delete_button,
        ]

    # -- showing ----------------------------------------------------------------------------
    def current_project(self) -> Project | None:
        project_id = _selected_key(self.projects_view)
        return get_project(self.db, project_id) if project_id is not None else None

    def reload_projects(self, keep_id: int | None = None) -> None:
        keep_id = keep_id if keep_id is not None else _selected_key(self.projects_view)
        projects = list_projects(self.db)
        self.projects_model.set_rows(
            [(p.id, (p.name, format_date(p.started_on))) for p in projects]
        )
        row = self.projects_model.row_of(keep_id)
        if row is None and projects:
            row = 0
        if row is not None:
            with QSignalBlocker(self.projects_view.selectionModel()):
                self.projects_view.selectRow(row)
        self._project_chosen()

    def _project_chosen(self, *_args) -> None:
        project = self.current_project()
        for button in (self.edit_button, self.delete_button, self.add_participant_button):
            button.setEnabled(self.writable and project is not None)
        self.add_control_button.setEnabled(
            self.writable and project is not None and project.has_control_group
        )
        self.member_message.show_message(None)
        if project is None:
            self.project_heading.setText(self.tr("Opret et projekt med 'Nyt projekt …'."))
        else:
            text = self.tr("%1, startede %2. %3 deltagere")
            counts = [m.role for m in members(self.db, project.id)]
            text = (
                text.replace("%1", project.name)
                .replace("%2", format_date(project.started_on))
                .replace("%3", str(counts.count(MemberRole.PARTICIPANT)))
            )
            if project.has_control_group:
                text += self.tr(", %1 i kontrolgruppen").replace(
                    "%1", str(counts.count(MemberRole.CONTROL))
                )
            else:
                text += self.tr(", ingen kontrolgruppe")
            self.project_heading.setText(text + ".")
        self.reload_members()

    def reload_members(self, keep_id: int | None = None) -> None:
        keep_id = keep_id if keep_id is not None else _selected_key(self.members_view)
        project = self.current_project()
        found = members(self.db, project.id) if project else []
        names = citizen_names(self.db, {m.citizen_id for m in found})
        latest = latest_outcomes(self.db, project.id) if project else {}
        rows = []
        for m in sorted(
            found, key=lambda m: (m.role is MemberRole.CONTROL, names.get(m.citizen_id, ""))
        ):
            last = latest.get(m.citizen_id)
            status = f"{last.status.label} ({format_date(last.recorded_on)})" if last else ""
            group = self.tr("Deltager") if m.role is MemberRole.PARTICIPANT else self.tr("Kontrol")
            rows.append(
                (
                    m.citizen_id,
                    (names.get(m.citizen_id, ""), group, format_date(m.joined_on), status),
                )
            )
        self.members_model.set_rows(rows)
        row = self.members_model.row_of(keep_id)
        if row is not None:
            with QSignalBlocker(self.members_view.selectionModel()):
                self.members_view.selectRow(row)
        self._member_chosen()

    def _member_chosen(self, *_args) -> None:
        citizen_id = _selected_key(self.members_view)
        self.remove_button.setEnabled(self.writable and citizen_id is not None)
        name = ""
        if citizen_id is not None:
            name = self.members_model.texts_at(self.members_model.row_of(citizen_id))[MEMBER_NAME]
        self.outcomes.set_citizen(citizen_id, name)
        self._hold_outcomes(self.outcomes)

    def reload_reminders(self) -> None:
        due = follow_ups_due(self.db, clock.today())
        label = self.tr("På&mindelser (%1)").replace("%1", str(len(due)))
        self.tabs.setTabText(1, label if due else self.tr("På&mindelser"))
        if not self._reminders_built:
            return  # the list is filled when the tab is built
        keep = _selected_key(self._due_view)
        names = citizen_names(self.db, {d.citizen_id for d in due})
        self._due_model.set_rows(
            [
                (
                    (d.citizen_id, d.project, d.months),
                    (
                        names.get(d.citizen_id, ""),
                        d.project,
                        d.role.label,
                        self.tr("%1 mdr.").replace("%1", str(d.months)),
                        format_date(d.due_on),
                    ),
                )
                for d in due
            ]
        )
        self._due_view.setVisible(bool(due))
        self._due_empty.setVisible(not due)
        row = self._due_model.row_of(keep)
        if row is not None:
            with QSignalBlocker(self._due_view.selectionModel()):
                self._due_view.selectRow(row)
        self._due_chosen()

    def _due_chosen(self, *_args) -> None:
        panel = self._due_outcomes
        key = _selected_key(self._due_view)
        if key is None:
            keep = panel.citizen_id  # just recorded: keep showing what was saved
            if keep is not None and panel.done_label.text():
                panel.reload()
                return
            panel.set_citizen(None)
        else:
            row = self._due_model.row_of(key)
            panel.set_citizen(key[0], self._due_model.texts_at(row)[DUE_NAME])
        self._hold_outcomes(panel)

    def _hold_outcomes(self, panel: OutcomePanel) -> None:
        if not self.writable:
            panel.record_button.setEnabled(False)
            panel.delete_button.setEnabled(False)

    def _after_outcome(self) -> None:
        self.reload_members()
        self.reload_reminders()

    # -- projects ---------------------------------------------------------------------------
    def new_project(self) -> ProjectFormDialog:
        def save(name, started_on, has_control_group):
            return add_project(self.db, name, started_on, has_control_group=has_control_group)

        return self._open_form(ProjectFormDialog(save, None, self))

    def edit_project(self) -> ProjectFormDialog | None:
        project = self.current_project()
        if project is None:
            return None

        def save(name, started_on, has_control_group):
            return update_project(
                self.db, project.id, name, started_on, has_control_group=has_control_group
            )

        return self._open_form(ProjectFormDialog(save, project, self))

    def _open_form(self, form: ProjectFormDialog) -> ProjectFormDialog:
        self.form = form
        form.saved.connect(lambda project: self._after_project_saved(project))
        form.open()
        return form

    def _after_project_saved(self, project: Project) -> None:
        self.reload_projects(keep_id=project.id)
        self.reload_reminders()

    def delete_project(self) -> bool:
        project = self.current_project()
        if project is None:
            return False
        count = len(members(self.db, project.id))
        question = (
            self.tr(
                "Slet projektet %1? Listen over deltagere og kontrolgruppe (%2 borgere) "
                "slettes. Borgerne og deres status bliver."
            )
            .replace("%1", project.name)
            .replace("%2", str(count))
        )
        if not ConfirmDialog.ask(self, self.tr("Slet projekt"), question, self.tr("Slet")):
            return False
        delete_project(self.db, project.id)
        self.reload_projects()
        self.reload_reminders()
        return True

    # -- members ----------------------------------------------------------------------------
    def open_picker(self, role: MemberRole) -> CitizenPickerDialog | None:
        project = self.current_project()
        if project is None:
            return None
        self.picker = CitizenPickerDialog(self.db, project, role, self)
        self.picker.added.connect(lambda citizen_id: self._after_added(citizen_id))
        self.picker.open()
        return self.picker

    def _after_added(self, citizen_id: int) -> None:
        self._project_chosen()
        self.reload_members(keep_id=citizen_id)
        self.reload_reminders()

    def remove_chosen(self) -> bool:
        project = self.current_project()
        citizen_id = _selected_key(self.members_view)
        if project is None or citizen_id is None:
            self.member_message.show_message(self.tr("Vælg en borger i listen først."))
            return False
        name = self.members_model.texts_at(self.members_model.row_of(citizen_id))[MEMBER_NAME]
        question = (
            self.tr("Fjern %1 fra %2? Borgerens status bliver.")
            .replace("%1", name)
            .replace("%2", project.name)
        )
        if not ConfirmDialog.ask(self, self.tr("Fjern fra projektet"), question, self.tr("Fjern")):
            return False
        try:
            self._removed = remove_member(self.db, project.id, citizen_id)
        except ProgressionsdialogError as error:
            self.member_message.show_message(str(error))
            return False
        self.member_done.setText(
            self.tr("%1 er fjernet fra %2.").replace("%1", name).replace("%2", project.name)
        )
        self.undo_remove_button.show()
        self._project_chosen()
        self.reload_reminders()
        return True

    def undo_remove(self) -> None:
        gone, self._removed = self._removed, None
        self.undo_remove_button.hide()
        if gone is None:
            return
        try:
            add_member(self.db, gone.project_id, gone.citizen_id, gone.role, gone.joined_on)
        except ProgressionsdialogError as error:
            self.member_message.show_message(str(error))
            return
        self.member_done.setText(self.tr("Borgeren er med igen."))
        self.reload_projects(keep_id=gone.project_id)
        self.reload_members(keep_id=gone.citizen_id)
        self.reload_reminders()
