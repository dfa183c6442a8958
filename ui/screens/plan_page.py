"""The citizen's plan, in the order of the three-step model: the screening (resources and
barriers), HHH, the goal with its sub-goals and milestones, the people around the citizen,
the next steps with their follow-up, the efforts, the worker's recommended next step
(worker-only), and the next meeting – one section each,
from ``ui/screens/plan/``, in one scrolling column. Text is saved as it is typed; every
other change can be undone with Ctrl+Z; deleting asks first and names what goes with it.
"""

from __future__ import annotations

import importlib
import sys

import sqlite_utils
from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from progressionsdialog.errors import NotFoundError
from progressionsdialog.storage.hhh import get_hhh
from ui.pending import flush_pending
from ui.screens.plan.context import PlanContext
from ui.screens.plan.hhh_section import PROMPTS  # (built in the first turn anyway)
from ui.signals import AppSignals

__all__ = ["PROMPTS", "PlanPage"]


# The sections in the page's order, each as (attribute, its class's module and name). A
# section's module is imported when the section is built (together they took 70 ms).
SECTIONS = (
    ("screening_section", "ui.screens.plan.screening_section.ScreeningSection"),
    ("hhh_section", "ui.screens.plan.hhh_section.HhhSection"),
    ("goal_section", "ui.screens.plan.goal_section.GoalSection"),
    ("sub_goals_section", "ui.screens.plan.sub_goals_section.SubGoalsSection"),
    ("milestones_section", "ui.screens.plan.milestones_section.MilestonesSection"),
    ("contacts_section", "ui.screens.plan.contacts_section.ContactsSection"),
    ("steps_section", "ui.screens.plan.steps_section.StepsSection"),
    ("efforts_section", "ui.screens.plan.efforts_section.EffortsSection"),
    ("recommendation_section", "ui.screens.plan.recommendation_section.RecommendationSection"),
    ("next_section", "ui.screens.plan.next_meeting_section.NextMeetingSection"),
)
_SECTION_NAMES = frozenset(name for name, _kind in SECTIONS)
_GOAL_FOLLOWERS = ("sub_goals_section", "milestones_section")  # they show the goal shown
# Built at once when the page is wanted before idle time has built it: what the top of the
# page shows (the screening and HHH at 1366 × 768); the others follow one per turn.
FIRST_AT_ONCE = 2
# The next section is started by a short timer, not a zero one: a zero timer is a posted
# event, and a chain of them keeps Qt's other timers waiting until the chain ends.
NEXT_TURN_MS = 1


def _module_of(path: str) -> str:
    return path.rpartition(".")[0]


def _section_class(path: str) -> type[QWidget]:
    module, _dot, name = path.rpartition(".")
    return getattr(importlib.import_module(module), name)


class PlanPage(QWidget):
    """The plan. Built whole at once, or (``built=False``) one section per
    :meth:`build_part`, so that the window can build it in idle time in short turns (the
    whole page took 130–180 ms; its largest section takes about 35 ms). Wanted before idle
    time has built it, :meth:`build_soon` builds the top sections at once and the others in
    the next turns of the event loop; a section asked for before its turn is built then.

    A section built while a citizen is shown loads that citizen's plan as it is built."""

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
        self._wanted = False  # asked for on screen: see build_soon
        self._built: dict[str, QWidget] = {}  # the sections built, by attribute name
        self._unshown: str | None = None  # the one built hidden, shown on the next turn
        self._next_turn = QTimer(self)
        self._next_turn.setSingleShot(True)
        self._next_turn.setInterval(NEXT_TURN_MS)
        self._next_turn.timeout.connect(self._build_next_turn)

        context.changed.connect(self.changed)
        context.reload_needed.connect(self.reload)
        context.goal_chosen.connect(self._goal_chosen)
        if built:
            self.build()

    def build_part(self) -> bool:
        """Build the next section; ``True`` while sections are left to build."""
        self._show_unshown()
        if len(self._sections) < len(SECTIONS):
            self._build_next(shown=True)
        return len(self._sections) < len(SECTIONS)

    def _build_next(self, *, shown: bool) -> None:
        """The next section, loaded with the plan shown; not ``shown`` on a page on screen,
        it waits hidden for :meth:`_show_unshown` (building and showing a large section
        took up to 65 ms together)."""
        name, path = SECTIONS[len(self._sections)]
        section = _section_class(path)(self.context)
        if not shown:
            section.hide()
        self._body_layout.insertWidget(len(self._sections), section)
        self._sections.append(section)
        self._built[name] = section
        if name == "hhh_section":
            section.goal_made.connect(self._goal_made)
        if self.context.citizen_id is not None:  # a plan is shown: this part of it too
            self._load(name)
        if shown:
            self._show(name, section)
        else:
            self._unshown = name

    def _show_unshown(self) -> None:
        if self._unshown is not None:
            name, self._unshown = self._unshown, None
            self._show(name, self._built[name])

    def _show(self, name: str, section: QWidget) -> None:
        setattr(self, name, section)
        if self.scroll.widget().isVisible():  # on screen now, not after the event loop,
            section.show()
            # and the page made taller at once: a page still as tall as before would
            # squeeze every section into it for a frame (the scroll area follows its
            # page's height only on its next layout request)
            QCoreApplication.sendEvent(self.scroll, QEvent(QEvent.Type.LayoutRequest))
        elif section.isHidden():
            section.setHidden(False)  # shown with the page

    def build(self) -> None:
        """Every section not built yet."""
        while self.build_part():
            pass

    def build_soon(self, now: int = FIRST_AT_ONCE) -> None:
        """The first ``now`` sections at once (those not built yet), the others one per turn
        of the event loop after this one. Any section asked for from then on is built when
        it is asked for."""
        self._wanted = True
        self._show_unshown()
        while len(self._sections) < now and self.build_part():
            pass
        if not self.is_built():
            self._next_turn.start()

    def is_built(self) -> bool:
        """Every section is built and on the page."""
        return len(self._sections) == len(SECTIONS) and self._unshown is None

    def _build_next_turn(self) -> None:
        """The next section; or, when its module is not imported yet, the import (a turn of
        its own: a large section's import and its building took up to 50 ms together); the
        section is built hidden, and shown on the turn after. Only while the page is on
        screen: hidden (another tab, the window closed), the rest waits for idle time or the
        page's next showing."""
        if self.is_built() or not self.isVisible():
            return
        if self._unshown is not None:
            self._show_unshown()
        elif (module := _module_of(SECTIONS[len(self._sections)][1])) not in sys.modules:
            importlib.import_module(module)
        else:
            self._build_next(shown=False)
        if not self.is_built():
            self._next_turn.start()

    def __getattr__(self, name: str):
        """A section not built yet, asked for (by the window, a test): built now, with the
        sections before it."""
        if name in _SECTION_NAMES and self.__dict__.get("_wanted"):
            self._show_unshown()
            while name not in self.__dict__ and self.build_part():
                pass
            if name in self.__dict__:
                return self.__dict__[name]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

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
        """Every section built from the database (after a change, an undo or a redo)."""
        if self.context.citizen_id is None:
            return
        for name, _kind in SECTIONS[: len(self._sections)]:
            if name not in _GOAL_FOLLOWERS:  # loaded with the goal
                self._load(name)

    def _load(self, name: str) -> None:
        self._built[name].load()
        if name == "goal_section":
            self._goal_chosen()

    def _goal_chosen(self) -> None:
        """The goal's sub-goals and milestones (those sections that are built)."""
        for name in _GOAL_FOLLOWERS:
            if name in self._built:
                self._built[name].load()

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
