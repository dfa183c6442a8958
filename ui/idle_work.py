"""Work the window does while nobody uses it: the heavier tabs built before their first click.

Building the Samtaler page (the meeting editor, four indicator panels) and the Plan page
(ten sections) took 0.2–0.6 s on the GUI thread, paid by the first click on each tab.
They are built instead in short parts (a module's import, a section: none much over 50 ms),
one per turn, once the window has had no mouse or key input for ``QUIET_MS``. A part is
short enough not to be felt if a key comes in the middle of it, so the work can start soon
after the window shows and is done before most first clicks.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

QUIET_MS = 400  # no input for this long: a pause in typing or clicking
FIRST_AFTER_MS = 2500  # after the window shows and the charts have warmed up (a worker)
POLL_MS = 100  # a part is short: the next one soon after, while it stays quiet


# The modules of the pages and dialogs built or opened later, imported in idle time one per
# turn (a page's sections each import their own; plan_page last, once they are in).
LATER_PAGES = (
    "progressionsdialog.overview",
    "ui.dialogs.citizen_form",
    "ui.screens.meeting_editor",
    "ui.screens.meetings_page",
)
LATER_PLAN = (
    *(
        f"ui.screens.plan.{name}_section"
        for name in (
            "screening", "hhh", "goal", "sub_goals", "milestones", "contacts", "steps",
            "efforts", "recommendation", "next_meeting",
        )
    ),
    "ui.screens.plan_page",
)  # fmt: skip
LATER_DIALOGS = (
    "ui.dialogs.report_dialog",
    "ui.dialogs.projects_dialog",
    "ui.dialogs.statistics_dialog",
)


def warm_up_reports() -> None:
    """The first print's loading (``reports.make.warm_up``, and pdfium for the preview) done
    on a worker thread: the first preview held the window up to 140 ms, later ones about 55."""
    from ui.workers import run_job

    def work() -> None:
        import pypdfium2  # noqa: F401

        from progressionsdialog.reports.make import warm_up

        warm_up()

    run_job(work, lambda _result: None, lambda _message: None)


def importing(*modules: str) -> Callable[[], bool]:
    """A step that imports ``modules``, one per turn (``True`` while some are left)."""
    left = list(modules)

    def step() -> bool:
        importlib.import_module(left.pop(0))
        return bool(left)

    return step


class IdleWork(QObject):
    """Runs ``steps`` one at a time while ``window`` is shown, unlocked, without an open
    dialog, and ``input_timer`` (restarted by every input event) says all has been quiet.

    A step that returns ``True`` has more left: it is called again on a later turn."""

    def __init__(
        self,
        window: QWidget,
        input_timer: QTimer,
        steps: list[Callable[[], bool | None]],
        is_locked: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self._window, self._input_timer, self._is_locked = window, input_timer, is_locked
        self._steps = list(steps)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._tick)

    def start(self) -> None:
        QTimer.singleShot(FIRST_AFTER_MS, self, self._poll.start)

    def pending(self) -> int:
        return len(self._steps)

    def _quiet_ms(self) -> int:
        timer = self._input_timer
        if not timer.isActive():
            return 0  # the idle lock is on, or coming
        return timer.interval() - timer.remainingTime()

    def _tick(self) -> None:
        if not self._steps:
            self._poll.stop()
            return
        if (
            not self._window.isVisible()
            or self._is_locked()
            or QApplication.activeModalWidget() is not None
            or QApplication.activePopupWidget() is not None
            or self._quiet_ms() < QUIET_MS
        ):
            return
        if self._steps[0]() is not True:  # True: more of the same work is left
            self._steps.pop(0)
