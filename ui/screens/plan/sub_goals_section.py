"""Sub-goals (delmål) of the goal shown, in the order the worker gives them (↑ ↓)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLineEdit

from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.plan import SubGoal
from progressionsdialog.storage.sub_goals import (
    delete_sub_goal,
    list_sub_goals,
    move_sub_goal,
    save_sub_goal,
    set_sub_goal_outcome,
)
from ui.screens.plan.context import PlanContext
from ui.screens.plan.goal_items import GoalItemsSection, outcome_text
from ui.screens.plan.widgets import button, chosen_id, date_edit, pydate, qdate


class SubGoalsSection(GoalItemsSection):
    def __init__(self, context: PlanContext) -> None:
        super().__init__(
            context,
            self.tr("Delmål"),
            self.tr("Tilføj delmål"),
            self.tr("Hvorfor? (skal skrives, når et delmål opgives)"),
        )
        self.up_button = button(
            "↑", lambda: self.move(-1), self.status_row.named(self.tr("Flyt op"))
        )
        self.down_button = button(
            "↓", lambda: self.move(1), self.status_row.named(self.tr("Flyt ned"))
        )
        self.status_row.buttons.insertWidget(self.status_row.buttons.count() - 2, self.up_button)
        self.status_row.buttons.insertWidget(self.status_row.buttons.count() - 2, self.down_button)
        self.sub_goal_title = QLineEdit()
        self.sub_goal_title.setPlaceholderText(self.tr("Nyt delmål, fx 20 timer om ugen"))
        self.sub_goal_title.setAccessibleName(self.tr("Delmål"))
        self.sub_goal_title.returnPressed.connect(self.submit)
        self.sub_goal_date = date_edit(QDate.currentDate().addMonths(2), self.tr("Senest"))
        self.finish_form(
            self.sub_goal_title, self.tr("senest"), self.sub_goal_date, stretch=self.sub_goal_title
        )

    def _enable(self) -> None:
        super()._enable()
        if hasattr(self, "up_button"):
            chosen = chosen_id(self.list) is not None
            self.up_button.setEnabled(chosen)
            self.down_button.setEnabled(chosen)

    def move(self, offset: int) -> bool:
        item_id = self.chosen()
        if item_id is None:
            return False
        text = self.tr("flyt delmål")
        if not self.context.act(text, lambda: move_sub_goal(self.context.db, item_id, offset)):
            return False
        self.context.reload_needed.emit()
        return True

    def noun(self) -> str:
        return self.tr("delmål")

    def items(self, goal_id: int) -> list[SubGoal]:
        return list_sub_goals(self.context.db, goal_id)

    def describe(self, item: SubGoal) -> str:
        when = f"  (senest {format_date(item.target_date)})" if item.target_date else ""
        return item.title + when + outcome_text(item)

    def item_from_form(self, existing: SubGoal | None, goal_id: int) -> SubGoal:
        title, when = self.sub_goal_title.text(), pydate(self.sub_goal_date.date())
        if existing is None:
            return SubGoal(None, goal_id, title, when)
        return replace(existing, title=title, target_date=when)

    def fill_form(self, item: SubGoal) -> None:
        self.sub_goal_title.setText(item.title)
        if item.target_date:
            self.sub_goal_date.setDate(qdate(item.target_date))
        self.sub_goal_title.setFocus()

    def clear_form(self) -> None:
        self.sub_goal_title.clear()

    def save(self, item: SubGoal) -> SubGoal:
        return save_sub_goal(self.context.db, item)

    def set_outcome(self, item_id, outcome, day, reason) -> SubGoal:
        return set_sub_goal_outcome(self.context.db, item_id, outcome, day, reason)

    def delete(self, item_id: int) -> None:
        delete_sub_goal(self.context.db, item_id)

    def delete_question(self, item: SubGoal) -> str:
        return self.tr(
            "Vil du slette delmålet «%1»? Skridt og milepæle, der hører til det, bliver i planen."
        ).replace("%1", item.title)
