"""The citizen's plan: HHH, the goal and sub-goals, next steps with follow-up, efforts, and
the next meeting. Everything is saved as it is entered; deleting asks first.
"""

from __future__ import annotations

from datetime import date, datetime

import sqlite_utils
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.plan import (
    EFFORT_LABELS,
    NOT_DECIDED,
    STEP_OWNER_LABELS,
    Appointment,
    Effort,
    EffortKind,
    Goal,
    GoalKind,
    Hhh,
    Step,
    StepOwner,
    StepStatus,
    SubGoal,
)
from progressionsdialog.errors import ProgressionsdialogError, ValidationError
from progressionsdialog.storage.appointments import book_next_meeting, next_meeting
from progressionsdialog.storage.efforts import list_efforts, save_effort
from progressionsdialog.storage.goals import (
    delete_goal,
    list_goals,
    list_sub_goals,
    save_goal,
    save_sub_goal,
)
from progressionsdialog.storage.hhh import list_hhh, save_hhh
from progressionsdialog.storage.meetings import list_meetings
from progressionsdialog.storage.steps import list_steps, review_step, save_step
from ui.dialogs.citizen_form import FieldError
from ui.dialogs.confirm import ConfirmDialog
from ui.pending import PendingSave, flush_pending
from ui.read_only import reads_only

PROMPTS = {
    "what": "Hvad vil du gerne opnå?",
    "why": "Hvorfor er det vigtigt for dig? Hvad vil du mærke, når du når det?",
    "how": "Hvordan kommer du derhen? Hvad er det første skridt?",
}


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PlanPage(QWidget):
    changed = Signal()

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.citizen_id: int | None = None
        self._hhh_id: int | None = None  # the HHH in the fields, which the typing belongs to
        self._loading = False
        self.error = FieldError()
        self.status = QLabel()
        self.status.setObjectName("saveStatus")

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._build_hhh())
        layout.addWidget(self._build_goal())
        layout.addWidget(self._build_steps())
        layout.addWidget(self._build_efforts())
        layout.addWidget(self._build_next_meeting())
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.error)
        outer.addWidget(self.status)

    # -- sections -----------------------------------------------------------------------
    def _build_hhh(self) -> QGroupBox:
        box = QGroupBox(self.tr("HHH – hvad, hvorfor, hvordan"))
        self.hhh_choice = QComboBox()
        self.hhh_choice.setAccessibleName(self.tr("Vælg HHH"))
        reads_only(self.hhh_choice)
        self.hhh_choice.currentIndexChanged.connect(self._show_hhh)
        new = QPushButton(self.tr("Nyt HHH"))
        new.clicked.connect(self.new_hhh)
        top = QHBoxLayout()
        top.addWidget(self.hhh_choice, 1)
        top.addWidget(new)
        form = QVBoxLayout(box)
        form.addLayout(top)
        self.hhh_fields: dict[str, QPlainTextEdit] = {}
        self._hhh_pending = PendingSave(self, self.save_current_hhh)
        for field, prompt in PROMPTS.items():
            label = QLabel(self.tr(prompt))
            label.setObjectName("subheading")
            label.setWordWrap(True)
            edit = QPlainTextEdit()
            edit.setAccessibleName(self.tr(prompt))
            edit.setPlaceholderText(self.tr("Med borgerens egne ord"))
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(edit.fontMetrics().height() * 5)
            self._hhh_pending.watch(edit)
            form.addWidget(label)
            form.addWidget(edit)
            self.hhh_fields[field] = edit
        return box

    def _build_goal(self) -> QGroupBox:
        box = QGroupBox(self.tr("Målet"))
        self.goal_kind = QComboBox()
        for kind in GoalKind:
            self.goal_kind.addItem(self.tr(kind.label), kind.value)
        self.goal_own = QLineEdit()
        self.goal_own.setPlaceholderText(self.tr("Med borgerens egne ord"))
        self.goal_worker = QLineEdit()
        self.goal_worker.setPlaceholderText(self.tr("Kun hvis det skal siges anderledes"))
        PendingSave(self, self.save_goal, delay_ms=None).watch(self.goal_own, self.goal_worker)
        self.goal_kind.currentIndexChanged.connect(self.save_goal)
        self.delete_goal_button = QPushButton(self.tr("Slet mål …"))
        self.delete_goal_button.clicked.connect(self.delete_goal)
        self.sub_goals = QListWidget()
        self.sub_goals.setAccessibleName(self.tr("Delmål"))
        self.sub_goals.setMaximumHeight(self.fontMetrics().height() * 6)
        self.sub_goal_title = QLineEdit()
        self.sub_goal_title.setPlaceholderText(self.tr("Nyt delmål"))
        self.sub_goal_date = QDateEdit(QDate.currentDate().addMonths(2))
        self.sub_goal_date.setDisplayFormat("dd-MM-yyyy")
        self.sub_goal_date.setCalendarPopup(True)
        add_sub = QPushButton(self.tr("Tilføj delmål"))
        add_sub.clicked.connect(self.add_sub_goal)
        self.sub_goal_title.returnPressed.connect(self.add_sub_goal)
        row = QHBoxLayout()
        row.addWidget(self.sub_goal_title, 1)
        row.addWidget(self.sub_goal_date)
        row.addWidget(add_sub)
        form = QFormLayout(box)
        form.addRow(self.tr("Mål:"), self.goal_kind)
        form.addRow(self.tr("Borgerens ord:"), self.goal_own)
        form.addRow(self.tr("Jobrettet formulering:"), self.goal_worker)
        form.addRow(self.tr("Delmål:"), self.sub_goals)
        form.addRow("", row)
        form.addRow("", self.delete_goal_button)
        return box

    def _build_steps(self) -> QGroupBox:
        box = QGroupBox(self.tr("Næste skridt"))
        self.steps = QTableWidget(0, 4)
        self.steps.setHorizontalHeaderLabels(
            [self.tr("Hvem"), self.tr("Hvad"), self.tr("Frist"), self.tr("Status")]
        )
        self.steps.setAccessibleName(self.tr("Næste skridt"))
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.verticalHeader().hide()
        self.steps.setWordWrap(True)
        header = self.steps.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.steps.setMinimumHeight(self.fontMetrics().height() * 9)
        self.step_owner = QComboBox()
        for owner, label in STEP_OWNER_LABELS.items():
            self.step_owner.addItem(self.tr(label), owner.value)
        self.step_what = QLineEdit()
        self.step_what.setPlaceholderText(self.tr("Hvad skal der ske?"))
        self.step_what.returnPressed.connect(self.add_step)
        self.step_due = QDateEdit(QDate.currentDate().addDays(14))
        self.step_due.setDisplayFormat("dd-MM-yyyy")
        self.step_due.setCalendarPopup(True)
        add = QPushButton(self.tr("Tilføj skridt"))
        add.clicked.connect(self.add_step)
        new_row = QHBoxLayout()
        new_row.addWidget(self.step_owner)
        new_row.addWidget(self.step_what, 1)
        new_row.addWidget(self.step_due)
        new_row.addWidget(add)
        review = QHBoxLayout()
        review.addWidget(QLabel(self.tr("Opfølgning på det valgte skridt:")))
        for text, handler in (
            (self.tr("Gjort"), self.mark_done),
            (self.tr("Ikke gjort …"), self.mark_not_done),
            (self.tr("Ny frist …"), self.move_step),
            (self.tr("Droppet"), self.mark_dropped),
        ):
            button = QPushButton(text)
            button.clicked.connect(handler)
            review.addWidget(button)
        review.addStretch()
        layout = QVBoxLayout(box)
        layout.addWidget(self.steps)
        layout.addLayout(review)
        layout.addLayout(new_row)
        return box

    def _build_efforts(self) -> QGroupBox:
        box = QGroupBox(self.tr("Indsatser"))
        self.efforts = QListWidget()
        self.efforts.setAccessibleName(self.tr("Indsatser"))
        self.efforts.setMaximumHeight(self.fontMetrics().height() * 7)
        self.effort_kind = QComboBox()
        for kind, label in EFFORT_LABELS.items():
            self.effort_kind.addItem(self.tr(label), kind.value)
        self.effort_provider = QLineEdit()
        self.effort_provider.setPlaceholderText(self.tr("Sted eller virksomhed"))
        self.effort_start = QDateEdit(QDate.currentDate())
        self.effort_end = QDateEdit(QDate.currentDate().addMonths(3))
        for edit in (self.effort_start, self.effort_end):
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setCalendarPopup(True)
        self.effort_goals = QLineEdit()
        self.effort_goals.setPlaceholderText(self.tr("Aftalte mål for indsatsen"))
        add = QPushButton(self.tr("Tilføj indsats"))
        add.clicked.connect(self.add_effort)
        row = QHBoxLayout()
        row.addWidget(self.effort_kind)
        row.addWidget(self.effort_provider, 1)
        row.addWidget(QLabel(self.tr("fra")))
        row.addWidget(self.effort_start)
        row.addWidget(QLabel(self.tr("til")))
        row.addWidget(self.effort_end)
        layout = QVBoxLayout(box)
        layout.addWidget(self.efforts)
        layout.addLayout(row)
        goals_row = QHBoxLayout()
        goals_row.addWidget(self.effort_goals, 1)
        goals_row.addWidget(add)
        layout.addLayout(goals_row)
        return box

    def _build_next_meeting(self) -> QGroupBox:
        box = QGroupBox(self.tr("Næste samtale"))
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        start = QDateTime(QDate.currentDate().addDays(21), QTime(10, 0))  # a round time
        self.next_when = QDateTimeEdit(start)
        self.next_when.setDisplayFormat("dd-MM-yyyy  HH:mm")
        self.next_when.setCalendarPopup(True)
        self.next_place = QLineEdit()
        self.next_place.setPlaceholderText(self.tr("fx Jobcentret, lokale 3"))
        self.next_bring = QLineEdit()
        self.next_bring.setPlaceholderText(self.tr("fx eksamensbevis, lægeerklæring"))
        book = QPushButton(self.tr("Book næste samtale"))
        book.clicked.connect(self.book)
        form = QFormLayout(box)
        form.addRow(self.next_label)
        form.addRow(self.tr("Hvornår:"), self.next_when)
        form.addRow(self.tr("Hvor:"), self.next_place)
        form.addRow(self.tr("Tag med:"), self.next_bring)
        form.addRow("", book)
        return box

    # -- loading ------------------------------------------------------------------------
    def show_citizen(self, citizen_id: int | None) -> None:
        self.flush()
        self.citizen_id = citizen_id
        self.error.show_message(None)
        self.setEnabled(citizen_id is not None)
        if citizen_id is None:
            return
        self._loading = True
        self.hhh_choice.clear()
        for number, hhh in enumerate(list_hhh(self.db, citizen_id), start=1):
            title = (hhh.what.splitlines() or [""])[0][:40] or self.tr("Ikke besluttet endnu")
            self.hhh_choice.addItem(f"{number}. {title}", hhh.id)
        self._loading = False
        self._show_hhh()
        self._show_goal()
        self._show_steps()
        self._show_efforts()
        self._show_next()

    def _show_hhh(self, *_args) -> None:
        if self._loading:
            return
        self._hhh_pending.flush()  # what was typed belongs to the HHH shown until now
        hhh_id = self.hhh_choice.currentData()
        hhh = next((h for h in list_hhh(self.db, self.citizen_id) if h.id == hhh_id), None)
        self._loading = True
        for field, edit in self.hhh_fields.items():
            edit.setPlainText(getattr(hhh, field) if hhh else "")
            edit.setEnabled(hhh is not None)
        self._hhh_id = hhh.id if hhh else None
        self._hhh_pending.discard()  # loaded, not typed
        self._loading = False

    def _goal(self) -> Goal | None:
        goals = list_goals(self.db, self.citizen_id) if self.citizen_id else []
        return goals[-1] if goals else None

    def _show_goal(self) -> None:
        goal = self._goal()
        self._loading = True
        self.goal_kind.setCurrentIndex(
            max(0, self.goal_kind.findData(goal.kind.value if goal else "job"))
        )
        self.goal_own.setText(goal.citizen_wording if goal else "")
        self.goal_worker.setText(goal.worker_wording if goal else "")
        self._loading = False
        self.sub_goals.clear()
        for sub in list_sub_goals(self.db, goal.id) if goal else []:
            when = f"  (senest {format_date(sub.target_date)})" if sub.target_date else ""
            self.sub_goals.addItem(sub.title + when)
        self.delete_goal_button.setEnabled(goal is not None)

    def _show_steps(self) -> None:
        steps = list_steps(self.db, self.citizen_id)
        self.steps.setRowCount(len(steps))
        for row, step in enumerate(steps):
            status = step.status.label + (f": {step.status_reason}" if step.status_reason else "")
            for column, text in enumerate(
                (self.tr(step.owner.label), step.what, format_date(step.due_on), status)
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, step.id)
                if not step.status.is_open:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.steps.setItem(row, column, item)
        self.steps.resizeRowsToContents()

    def _show_efforts(self) -> None:
        self.efforts.clear()
        for effort in list_efforts(self.db, self.citizen_id):
            end = format_date(effort.ends_on) if effort.ends_on else self.tr("i gang")
            where = f", {effort.provider}" if effort.provider else ""
            self.efforts.addItem(
                f"{self.tr(effort.kind.label)}{where}: {format_date(effort.starts_on)} – {end}"
            )

    def _show_next(self) -> None:
        booked = next_meeting(self.db, self.citizen_id)
        if booked is None:
            self.next_label.setText(self.tr("Næste samtale er ikke booket."))
        else:
            text = self.tr("Booket: %1 kl. %2").replace("%1", format_date(booked.starts_at.date()))
            text = text.replace("%2", booked.starts_at.strftime("%H:%M"))
            if booked.place:
                text += f", {booked.place}"
            self.next_label.setText(text)

    def _meeting_id(self) -> int | None:
        meetings = list_meetings(self.db, self.citizen_id) if self.citizen_id else []
        return meetings[-1].id if meetings else None

    # -- saving -------------------------------------------------------------------------
    def _run(self, action, *, refresh=None) -> bool:
        try:
            action()
        except ValidationError as error:
            self.error.show_message(error.message)
            return False
        except ProgressionsdialogError as error:
            self.error.show_message(str(error))
            return False
        self.error.show_message(None)
        self.status.setText(self.tr("Gemt kl. %1").replace("%1", datetime.now().strftime("%H:%M")))
        if refresh:
            refresh()
        self.changed.emit()
        return True

    def flush(self) -> None:
        """Save text still waiting for its autosave on this page."""
        flush_pending(self)

    def new_hhh(self) -> None:
        if self.citizen_id is None:
            return
        self.flush()
        hhh = save_hhh(self.db, Hhh(None, self.citizen_id, meeting_id=self._meeting_id()))
        self.show_citizen(self.citizen_id)
        self.hhh_choice.setCurrentIndex(self.hhh_choice.findData(hhh.id))
        self.hhh_fields["what"].setFocus()

    def save_current_hhh(self) -> bool:
        hhh_id = self._hhh_id
        if hhh_id is None or self.citizen_id is None:
            return False
        values = {field: edit.toPlainText() for field, edit in self.hhh_fields.items()}
        saved = self._run(lambda: save_hhh(self.db, Hhh(hhh_id, self.citizen_id, **values)))
        index = self.hhh_choice.findData(hhh_id)
        if saved and index >= 0:
            title = (values["what"].strip().splitlines() or [""])[0][:40]
            self.hhh_choice.setItemText(index, f"{index + 1}. {title or self.tr(NOT_DECIDED)}")
        return saved

    def save_goal(self) -> bool:
        if self._loading or self.citizen_id is None:
            return False
        goal = self._goal()
        own, worker = self.goal_own.text(), self.goal_worker.text()
        if goal is None and not own.strip() and not worker.strip():
            return False
        kind = GoalKind(self.goal_kind.currentData())
        new = Goal(goal.id if goal else None, self.citizen_id, kind, own, worker)
        return self._run(
            lambda: save_goal(self.db, new, self._meeting_id()), refresh=self._show_goal
        )

    def delete_goal(self) -> bool:
        goal = self._goal()
        if goal is None:
            return False
        count = len(list_sub_goals(self.db, goal.id))
        question = self.tr("Vil du slette målet?")
        if count:
            question += "\n\n" + self.tr(
                "Dets %1 delmål bliver også slettet. Skridtene bliver i planen."
            ).replace("%1", str(count))
        if not ConfirmDialog.ask(self, self.tr("Slet mål"), question, self.tr("Slet")):
            return False
        return self._run(
            lambda: delete_goal(self.db, goal.id, with_sub_goals=True), refresh=self._show_goal
        )

    def add_sub_goal(self) -> bool:
        goal = self._goal()
        if goal is None:
            self.error.show_message(self.tr("Skriv målet først, så delmålene hører til et mål."))
            return False
        sub = SubGoal(None, goal.id, self.sub_goal_title.text(), _pydate(self.sub_goal_date.date()))
        if self._run(lambda: save_sub_goal(self.db, sub), refresh=self._show_goal):
            self.sub_goal_title.clear()
            return True
        return False

    def add_step(self) -> bool:
        if self.citizen_id is None:
            return False
        step = Step(
            None,
            self.citizen_id,
            self.step_what.text(),
            StepOwner(self.step_owner.currentData()),
            _pydate(self.step_due.date()),
            goal_id=(self._goal().id if self._goal() else None),
            agreed_meeting_id=self._meeting_id(),
        )
        if self._run(lambda: save_step(self.db, step), refresh=self._show_steps):
            self.step_what.clear()
            return True
        return False

    def _selected_step(self) -> int | None:
        items = self.steps.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _review(self, status: StepStatus, reason: str = "", new_due: date | None = None) -> bool:
        step_id, meeting_id = self._selected_step(), self._meeting_id()
        if step_id is None or meeting_id is None:
            self.error.show_message(self.tr("Vælg et skridt i listen først."))
            return False
        return self._run(
            lambda: review_step(self.db, step_id, meeting_id, status, reason, new_due),
            refresh=self._show_steps,
        )

    def mark_done(self) -> bool:
        return self._review(StepStatus.DONE)

    def mark_dropped(self) -> bool:
        return self._review(StepStatus.DROPPED)

    def mark_not_done(self) -> bool:
        reason, ok = QInputDialog.getText(self, self.tr("Ikke gjort"), self.tr("Hvorfor ikke?"))
        return ok and self._review(StepStatus.NOT_DONE, reason)

    def move_step(self) -> bool:
        text, ok = QInputDialog.getText(
            self, self.tr("Ny frist"), self.tr("Ny frist (dd-mm-åååå):")
        )
        if not ok:
            return False
        from progressionsdialog.domain.dates import parse_date

        try:
            new_due = parse_date(text, field="due_on")
        except ValidationError as error:
            self.error.show_message(error.message)
            return False
        return self._review(StepStatus.PLANNED, new_due=new_due)

    def add_effort(self) -> bool:
        if self.citizen_id is None:
            return False
        effort = Effort(
            None,
            self.citizen_id,
            EffortKind(self.effort_kind.currentData()),
            _pydate(self.effort_start.date()),
            _pydate(self.effort_end.date()),
            self.effort_provider.text(),
            self.effort_goals.text(),
            goal_id=(self._goal().id if self._goal() else None),
        )
        if self._run(lambda: save_effort(self.db, effort), refresh=self._show_efforts):
            self.effort_provider.clear()
            self.effort_goals.clear()
            return True
        return False

    def book(self) -> bool:
        if self.citizen_id is None:
            return False
        when = self.next_when.dateTime().toPython()
        appointment = Appointment(
            None, self.citizen_id, when, self.next_place.text(), self.next_bring.text()
        )
        return self._run(
            lambda: book_next_meeting(self.db, appointment, self._meeting_id()),
            refresh=self._show_next,
        )
