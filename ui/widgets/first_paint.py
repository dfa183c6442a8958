"""Work started once a window has painted itself for the first time.

A worker started while a new window lays itself out and paints holds Python's lock at
the same time, and the window's first paint waits for it at every call into Qt: the
program stood still 60-100 ms when the report and statistics windows opened. Started
after the first paint, the same work leaves the window free:

    after_first_paint(dialog, dialog.make)  # at the latest after 150 ms, painted or not
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

LATEST_MS = 150  # a window not painted by then (hidden, minimised) starts the work then


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, work: Callable[[], object], latest_ms: int) -> None:
        super().__init__(widget)  # goes with the window: no work for a window that is gone
        self._work: Callable[[], object] | None = work
        widget.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._work is not None:
            QTimer.singleShot(0, self, self._run)  # after the whole paint, children too
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is None:
            return
        self.parent().removeEventFilter(self)
        self.deleteLater()
        work()


def after_first_paint(
    widget: QWidget, work: Callable[[], object], latest_ms: int = LATEST_MS
) -> None:
    """Call ``work`` once, on the event loop's turn after ``widget`` has first painted."""
    _AfterFirstPaint(widget, work, latest_ms)
