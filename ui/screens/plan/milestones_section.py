"""Milestones (milepæle) of the goal shown: the days that say "this far", in date order,
each maybe belonging to a sub-goal."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLineEdit

from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.plan import Milestone
from progressionsdialog.storage.milestones import (
    delete_milestone,
    list_milestones,
    save_milestone,
    set_milestone_outcome,
)
from progressionsdialog.storage.sub_goals import list_sub_goals
from ui.screens.plan.context import PlanContext
from ui.screens.plan.goal_items import GoalItemsSection, outcome_text
from ui.screens.plan.widgets import date_edit, first_line, narrow_combo, pydate, qdate


class MilestonesSection(GoalItemsSection):
    def __init__(self, context: PlanContext) -> None:
        super().__init__(
            context,
            self.tr("Milepæle"),
            self.tr("Tilføj milepæl"),
            self.tr("Hvorfor? (skal skrives, når en milepæl opgives)"),
        )
        self.milestone_title = QLineEdit()
        self.milestone_title.setPlaceholderText(self.tr("Ny milepæl, fx første aftenvagt"))
        self.milestone_title.setAccessibleName(self.tr("Milepæl"))
        self.milestone_title.returnPressed.connect(self.submit)
        self.milestone_date = date_edit(
            QDate.currentDate().addMonths(1), self.tr("Milepælen: hvornår")
        )
        self.milestone_sub_goal = narrow_combo(QComboBox(), 14)
        self.milestone_sub_goal.setAccessibleName(self.tr("Hører til delmål"))
        self.finish_form(
            self.milestone_title,
            self.tr("den"),
            self.milestone_date,
            self.milestone_sub_goal,
            stretch=self.milestone_title,
        )

    def load(self) -> None:
        self._fill_sub_goals()
        super().load()

    def _fill_sub_goals(self) -> None:
        keep = self.milestone_sub_goal.currentData()
        self.milestone_sub_goal.clear()
        self.milestone_sub_goal.addItem(self.tr("– intet delmål –"), None)
        goal_id = self.context.goal_id
        for sub in list_sub_goals(self.context.db, goal_id) if goal_id is not None else []:
            self.milestone_sub_goal.addItem(first_line(sub.title), sub.id)
        self.milestone_sub_goal.setCurrentIndex(max(0, self.milestone_sub_goal.findData(keep)))

    def noun(self) -> str:
        return self.tr("milepæl")

    def items(self, goal_id: int) -> list[Milestone]:
        return list_milestones(self.context.db, goal_id)

    def describe(self, item: Milestone) -> str:
        when = f"{format_date(item.due_on)}  " if item.due_on else ""
        subs = {s.id: s.title for s in list_sub_goals(self.context.db, item.goal_id)}
        part = f"  ({subs[item.sub_goal_id]})" if item.sub_goal_id in subs else ""
        return when + item.title + part + outcome_text(item)

    def item_from_form(self, existing: Milestone | None, goal_id: int) -> Milestone:
        title, when = self.milestone_title.text(), pydate(self.milestone_date.date())
        sub_goal_id = self.milestone_sub_goal.currentData()
        if existing is None:
            return Milestone(None, goal_id, title, when, sub_goal_id=sub_goal_id)
        return replace(existing, title=title, due_on=when, sub_goal_id=sub_goal_id)

    def fill_form(self, item: Milestone) -> None:
        self.milestone_title.setText(item.title)
        if item.due_on:
            self.milestone_date.setDate(qdate(item.due_on))
        self.milestone_sub_goal.setCurrentIndex(
            max(0, self.milestone_sub_goal.findData(item.sub_goal_id))
        )
        self.milestone_title.setFocus()

    def clear_form(self) -> None:
        self.milestone_title.clear()
        self.milestone_sub_goal.setCurrentIndex(0)

    def save(self, item: Milestone) -> Milestone:
        return save_milestone(self.context.db, item)

    def set_outcome(self, item_id, outcome, day, reason) -> Milestone:
        return set_milestone_outcome(self.context.db, item_id, outcome, day, reason)

    def delete(self, item_id: int) -> None:
        delete_milestone(self.context.db, item_id)

    def delete_question(self, item: Milestone) -> str:
        return self.tr("Vil du slette milepælen «%1»?").replace("%1", item.title)
