"""The goal: the citizen's words and the job-directed wording, the HHH it came from, and how
it ended (reached or dropped on a day, with a reason). Earlier goals stay in the chooser and
earlier words in the history, so the whole course can be read."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit

from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.plan import NOT_DECIDED, Goal, GoalKind, GoalStatus
from progressionsdialog.storage.goals import (
    delete_goal,
    get_goal,
    goal_history,
    goal_parts,
    list_goals,
    save_goal,
    set_goal_status,
)
from progressionsdialog.storage.hhh import list_hhh
from ui.dialogs.confirm import ConfirmDialog
from ui.pending import PendingSave
from ui.read_only import reads_only
from ui.screens.plan.context import PlanContext, label_tr
from ui.screens.plan.widgets import (
    HistoryView,
    StatusRow,
    button,
    first_line,
    history_lines,
    narrow_combo,
)
from ui.widgets.flow_layout import FlowLayout

WORDING_NAMES = {"citizen_wording": "Borgerens ord", "worker_wording": "Jobrettet"}


def goal_title(number: int, goal: Goal) -> str:
    words = first_line(goal.citizen_wording, 50) or label_tr(NOT_DECIDED)
    when = f" {format_date(goal.status_on)}" if goal.status_on else ""
    return f"{number}. {label_tr(goal.kind.label)}: {words} – {goal.status.label.lower()}{when}"


class GoalSection(QGroupBox):
    def __init__(self, context: PlanContext) -> None:
        super().__init__()
        self.setTitle(self.tr("Målet"))
        self.context = context
        self._loading = False
        self.goal_choice = narrow_combo(QComboBox(), 20)
        self.goal_choice.setAccessibleName(self.tr("Vælg mål"))
        reads_only(self.goal_choice)
        self.goal_choice.currentIndexChanged.connect(self._show_chosen)
        self.new_button = button(self.tr("Nyt mål"), self.new_goal)
        self.goal_kind = QComboBox()
        self.goal_kind.setAccessibleName(self.tr("Slags: job eller uddannelse"))
        for kind in GoalKind:
            self.goal_kind.addItem(label_tr(kind.label), kind.value)
        self.goal_kind.currentIndexChanged.connect(lambda _i: self.save_goal())
        self.goal_own = QLineEdit()
        self.goal_own.setPlaceholderText(self.tr("Med borgerens egne ord"))
        self.goal_own.setAccessibleName(self.tr("Målet med borgerens ord"))
        self.goal_worker = QLineEdit()
        self.goal_worker.setPlaceholderText(self.tr("Kun hvis det skal siges anderledes"))
        self.goal_worker.setAccessibleName(self.tr("Jobrettet formulering"))
        PendingSave(self, self.save_goal, delay_ms=None).watch(self.goal_own, self.goal_worker)
        self.hhh_link = narrow_combo(QComboBox(), 20)
        self.hhh_link.setAccessibleName(self.tr("Kommer fra HHH"))
        self.hhh_link.currentIndexChanged.connect(lambda _i: self.save_goal())
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.status_row = StatusRow(
            self.tr("Hvorfor? (skal skrives, når et mål opgives)"), self.tr("Mål")
        )
        self.reach_button = self.status_row.add(
            self.tr("Nået"), lambda: self.set_status(GoalStatus.REACHED)
        )
        self.drop_button = self.status_row.add(
            self.tr("Opgivet"), lambda: self.set_status(GoalStatus.DROPPED)
        )
        self.reopen_button = self.status_row.add(
            self.tr("Aktivt igen"), lambda: self.set_status(GoalStatus.ACTIVE)
        )
        self.status_row.buttons.addStretch()
        self.delete_goal_button = button(self.tr("Slet mål …"), self.delete_goal)
        self.status_row.buttons.addWidget(self.delete_goal_button)
        self.history = HistoryView(self.tr("Tidligere ord"))
        top = FlowLayout()
        top.addWidget(self.goal_choice, 1)
        top.addWidget(self.new_button)
        form = QFormLayout(self)
        # On a narrow screen (200 %) a field goes under its label instead of beside it
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Mål:"), top)
        form.addRow(self.tr("Slags:"), self.goal_kind)
        form.addRow(self.tr("Borgerens ord:"), self.goal_own)
        form.addRow(self.tr("Jobrettet formulering:"), self.goal_worker)
        form.addRow(self.tr("Fra HHH:"), self.hhh_link)
        form.addRow(self.tr("Status:"), self.state)
        form.addRow("", self.status_row)
        form.addRow("", self.history)

    # -- showing ------------------------------------------------------------------------
    def load(self, select: int | None = None) -> None:
        """Fill the chooser; ``select`` (else the goal shown, else the newest active) is shown."""
        goals = list_goals(self.context.db, self.context.citizen_id)
        keep = select if select is not None else self.context.goal_id
        if keep not in {g.id for g in goals}:
            active = [g for g in goals if g.status is GoalStatus.ACTIVE]
            keep = (active or goals)[-1].id if goals else None
        self._loading = True
        self.goal_choice.clear()
        for number, goal in enumerate(goals, start=1):
            self.goal_choice.addItem(goal_title(number, goal), goal.id)
        self.goal_choice.setCurrentIndex(self.goal_choice.findData(keep) if keep else -1)
        self.goal_choice.setEnabled(bool(goals))  # nothing to choose yet (the layout stays)
        self.hhh_link.clear()
        self.hhh_link.addItem(self.tr("– ikke fra et HHH –"), None)
        for number, hhh in enumerate(list_hhh(self.context.db, self.context.citizen_id), 1):
            first = first_line(hhh.what) or label_tr(NOT_DECIDED)
            self.hhh_link.addItem(f"{number}. {first}", hhh.id)
        self._loading = False
        self._show_chosen()

    def show_goal(self, goal_id: int) -> None:
        self.load(select=goal_id)
        self.goal_own.setFocus()

    def _goal(self) -> Goal | None:
        goal_id = self.goal_choice.currentData()
        return get_goal(self.context.db, goal_id) if goal_id is not None else None

    def _show_chosen(self, *_args) -> None:
        if self._loading:
            return
        goal = self._goal()
        self._loading = True
        self.goal_kind.setCurrentIndex(
            max(0, self.goal_kind.findData(goal.kind.value if goal else "job"))
        )
        self.goal_own.setText(goal.citizen_wording if goal else "")
        self.goal_worker.setText(goal.worker_wording if goal else "")
        link = self.hhh_link.findData(goal.hhh_id) if goal and goal.hhh_id else 0
        self.hhh_link.setCurrentIndex(max(0, link))
        self._loading = False
        for widget, status in (
            (self.reach_button, GoalStatus.REACHED),
            (self.drop_button, GoalStatus.DROPPED),
            (self.reopen_button, GoalStatus.ACTIVE),
        ):
            widget.setEnabled(goal is not None and goal.status is not status)
        self.delete_goal_button.setEnabled(goal is not None)
        self.state.setText(self._state_text(goal))
        self._show_history(goal)
        if self.context.goal_id != (goal.id if goal else None):
            self.context.goal_id = goal.id if goal else None
            self.context.goal_chosen.emit()

    def _state_text(self, goal: Goal | None) -> str:
        if goal is None:
            return self.tr("Intet mål endnu. Skriv det med borgerens ord.")
        text = goal.status.label
        if goal.status_on:
            text += " " + format_date(goal.status_on)
        if goal.status_reason:
            text += ": " + goal.status_reason
        if goal.created_on:
            text += "  " + self.tr("(sat %1)").replace("%1", format_date(goal.created_on))
        return text

    def _show_history(self, goal: Goal | None) -> None:
        versions = goal_history(self.context.db, goal.id) if goal else []
        names = {field: self.tr(name) for field, name in WORDING_NAMES.items()}
        self.history.set_lines(history_lines(versions, names))

    # -- changing -----------------------------------------------------------------------
    def save_goal(self) -> bool:
        """The words, the kind and the HHH link as on screen; the first words make the goal."""
        context = self.context
        if self._loading or context.citizen_id is None:
            return False
        goal = self._goal()
        own, worker = self.goal_own.text(), self.goal_worker.text()
        kind = GoalKind(self.goal_kind.currentData())
        hhh_id = self.hhh_link.currentData()
        if goal is None:
            if not own.strip() and not worker.strip():
                return False
            new = Goal(None, context.citizen_id, kind, own, worker, hhh_id=hhh_id)
            made: list[Goal] = []
            action = lambda: made.append(save_goal(context.db, new, context.meeting_id()))  # noqa: E731
            if not context.act(self.tr("nyt mål"), action):
                return False
            self.load(select=made[0].id)
            return True
        changed = replace(
            goal, kind=kind, citizen_wording=own, worker_wording=worker, hhh_id=hhh_id
        )
        if changed == goal:
            return False
        save = lambda: save_goal(context.db, changed)  # noqa: E731
        if (kind, hhh_id) != (goal.kind, goal.hhh_id):  # a choice: undone with Ctrl+Z
            done = context.act(self.tr("ret mål"), save)
        else:  # typed words: the field's own Ctrl+Z
            done = context.run(save)
        if done:
            self._refresh_title()
        return done

    def _refresh_title(self) -> None:
        goal = self._goal()
        index = self.goal_choice.currentIndex()
        if goal is not None and index >= 0:
            self.goal_choice.setItemText(index, goal_title(index + 1, goal))
            self._show_history(goal)

    def new_goal(self) -> bool:
        context = self.context
        made: list[Goal] = []
        new = Goal(None, context.citizen_id)
        action = lambda: made.append(save_goal(context.db, new, context.meeting_id()))  # noqa: E731
        if not context.act(self.tr("nyt mål"), action):
            return False
        self.show_goal(made[0].id)
        context.reload_needed.emit()
        return True

    def set_status(self, status: GoalStatus) -> bool:
        goal = self._goal()
        if goal is None:
            return False
        row, context = self.status_row, self.context
        day, reason = row.day(), row.text()
        text = self.tr("mål: %1").replace("%1", status.label.lower())
        if not context.act(text, lambda: set_goal_status(context.db, goal.id, status, day, reason)):
            return False
        row.done()
        context.reload_needed.emit()
        return True

    def delete_goal(self) -> bool:
        goal = self._goal()
        if goal is None:
            return False
        context = self.context
        words = goal.citizen_wording or label_tr(NOT_DECIDED)
        question = self.tr("Vil du slette målet «%1»?").replace("%1", words)
        parts = goal_parts(context.db, goal.id).describe()
        if parts:
            question += "\n\n" + parts
        question += "\n\n" + self.tr(
            "Skal målet bare ikke nås, så vælg Opgivet: så bliver det i historikken. "
            "Du kan fortryde med Ctrl+Z."
        )
        if not ConfirmDialog.ask(self, self.tr("Slet mål"), question, self.tr("Slet")):
            return False
        action = lambda: delete_goal(context.db, goal.id, with_sub_goals=True)  # noqa: E731
        if not context.act(self.tr("slet mål"), action):
            return False
        context.goal_id = None
        context.reload_needed.emit()
        return True
