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


# The sections in the page's order, each as (attribute, class).
SECTIONS = (
    ("screening_section", ScreeningSection),
    ("hhh_section", HhhSection),
    ("goal_section", GoalSection),
    ("sub_goals_section", SubGoalsSection),
    ("milestones_section", MilestonesSection),
    ("contacts_section", ContactsSection),
    ("steps_section", StepsSection),
    ("efforts_section", EffortsSection),
    ("recommendation_section", RecommendationSection),
    ("next_section", NextMeetingSection),
)


class PlanPage(QWidget):
    """The plan. Built whole at once, or (``built=False``) one section per
    :meth:`build_part`, so that the window can build it in idle time in short turns (the
    whole page took 130–180 ms; its largest section takes about 20 ms)."""

    changed = Signal()

    def __init__(
        self, db: sqlite_utils.Database, parent: QWidget | None = None, *, built: bool = True
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.context = context = PlanContext(db, self)
        self._sections: list[QWidget] = []
        body = QWidget()
        self._body_layout = QVBoxLayout(body)
        self._body_layout.addStretch()
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
        if built:
            self.build()

    def build_part(self) -> bool:
        """Build the next section; ``True`` while sections are left to build."""
        if len(self._sections) < len(SECTIONS):
            name, kind = SECTIONS[len(self._sections)]
            section = kind(self.context)
            setattr(self, name, section)
            self._body_layout.insertWidget(len(self._sections), section)
            self._sections.append(section)
            if name == "hhh_section":
                section.goal_made.connect(self._goal_made)
        return len(self._sections) < len(SECTIONS)

    def build(self) -> None:
        """Every section not built yet."""
        while self.build_part():
            pass

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
