"""The citizen's plan, in the order of the three-step model: the screening (resources and
barriers), HHH, the goal with its sub-goals and milestones, the people around the citizen,
the next steps with their follow-up, the efforts, the worker's recommended next step
(worker-only), and the next meeting – one section each,
from ``ui/screens/plan/``, in one scrolling column. Text is saved as it is typed; every
other change can be undone with Ctrl+Z; deleting asks first and names what goes with it.
"""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from progressionsdialog.errors import NotFoundError
from progressionsdialog.storage.hhh import get_hhh
from ui.pending import flush_pending
from ui.screens.plan.contacts_section import ContactsSection
from ui.screens.plan.context import PlanContext
from ui.screens.plan.efforts_section import EffortsSection
from ui.screens.plan.goal_section import GoalSection
from ui.screens.plan.hhh_section import PROMPTS, HhhSection
from ui.screens.plan.milestones_section import MilestonesSection
from ui.screens.plan.next_meeting_section import NextMeetingSection
from ui.screens.plan.recommendation_section import RecommendationSection
from ui.screens.plan.screening_section import ScreeningSection
from ui.screens.plan.steps_section import StepsSection
from ui.screens.plan.sub_goals_section import SubGoalsSection
from ui.signals import AppSignals

__all__ = ["PROMPTS", "PlanPage"]


class PlanPage(QWidget):
    changed = Signal()

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.context = context = PlanContext(db, self)
        self.screening_section = ScreeningSection(context)
        self.hhh_section = HhhSection(context)
        self.goal_section = GoalSection(context)
        self.sub_goals_section = SubGoalsSection(context)
        self.milestones_section = MilestonesSection(context)
        self.contacts_section = ContactsSection(context)
        self.steps_section = StepsSection(context)
        self.efforts_section = EffortsSection(context)
        self.recommendation_section = RecommendationSection(context)
        self.next_section = NextMeetingSection(context)
        self._sections = (
            self.screening_section,
            self.hhh_section,
            self.goal_section,
            self.sub_goals_section,
            self.milestones_section,
            self.contacts_section,
            self.steps_section,
            self.efforts_section,
            self.recommendation_section,
            self.next_section,
        )
        body = QWidget()
        layout = QVBoxLayout(body)
        for section in self._sections:
            layout.addWidget(section)
        layout.addStretch()
        self.scroll = QScrollArea()
        self.scroll.setAccessibleName(self.tr("Borgerens plan"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(context.error)
        outer.addWidget(context.status)
        self._listening = False

        context.changed.connect(self.changed)
        context.reload_needed.connect(self.reload)
        context.goal_chosen.connect(self._goal_chosen)
        self.hhh_section.goal_made.connect(self._goal_made)

    # The names other screens' tests and the window have always used.
    @property
    def citizen_id(self) -> int | None:
        return self.context.citizen_id

    @property
    def error(self):
        return self.context.error

    @property
    def hhh_fields(self) -> dict[str, QPlainTextEdit]:
        return self.hhh_section.hhh_fields

    @property
    def hhh_choice(self):
        return self.hhh_section.hhh_choice

    @property
    def goal_own(self):
        return self.goal_section.goal_own

    @property
    def delete_goal_button(self):
        return self.goal_section.delete_goal_button

    # -- showing ------------------------------------------------------------------------
    def show_citizen(self, citizen_id: int | None) -> None:
        self.flush()
        self._listen_to_window()
        self.context.citizen_id = citizen_id
        self.context.goal_id = None
        self.context.show_error(None)
        self.setEnabled(citizen_id is not None)
        if citizen_id is not None:
            self.reload()

    def reload(self) -> None:
        """Every section from the database (after a change, an undo or a redo)."""
        if self.context.citizen_id is None:
            return
        self.screening_section.load()
        self.hhh_section.load()
        self.goal_section.load()
        self._goal_chosen()
        self.contacts_section.load()
        self.steps_section.load()
        self.efforts_section.load()
        self.recommendation_section.load()
        self.next_section.load()

    def _goal_chosen(self) -> None:
        self.sub_goals_section.load()
        self.milestones_section.load()

    def _goal_made(self, goal_id: int) -> None:
        self.reload()
        self.goal_section.show_goal(goal_id)
        self.scroll.ensureWidgetVisible(self.goal_section)

    def show_hhh(self, hhh_id: int) -> None:
        """Show this HHH (a wish just carried from the life wheel), scrolled into view."""
        try:
            hhh = get_hhh(self.db, hhh_id)
        except NotFoundError:
            return
        if hhh.citizen_id != self.context.citizen_id:
            return
        self.reload()
        self.hhh_section.show_hhh(hhh_id)
        self.scroll.ensureWidgetVisible(self.hhh_section)

    def _listen_to_window(self) -> None:
        """Hear the life wheel's "Tag ønsket med til planen" once this page is in the window."""
        signals = AppSignals.of(self)
        if signals is not None and not self._listening:
            signals.hhh_carried_to_plan.connect(self.show_hhh)
            self._listening = True

    def flush(self) -> None:
        """Save text still waiting for its autosave on this page."""
        flush_pending(self)
