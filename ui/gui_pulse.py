"""A worker gives way to the window's thread while that thread is busy.

Python runs one thread at a time. The charts' warm-up imports matplotlib and draws on a
worker thread; when the user clicked meanwhile (a citizen, then Samtaler, a second after
the start), the click's own 60-90 ms of work shared Python with the warm-up and took
230-410 ms. Between its steps the worker calls :meth:`GuiPulse.give_way`, which waits

* while the user is at work: a key, a click or a mouse movement less than ``QUIET_S`` ago
  (``note_input``, from the idle lock's watch on every window), so a choice and the click
  after it are not shared with the warm-up;
* while the window's thread is busy: it beats a timer every ``BEAT_MS`` while a worker
  listens, and a late beat means it is doing something (a timer's work, a repaint).

The step under way when the user acts is the only one shared.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

BEAT_MS = 10
LATE_S = 0.025  # no beat for this long: the window's thread is busy
QUIET_S = 0.5  # no input for this long: the user has paused
LONGEST_WAIT_S = 5.0  # a worker never waits longer than this at one step

_last_input = 0.0


def note_input() -> None:
    """On the window's thread: a key, a click or a mouse movement, now."""
    global _last_input
    _last_input = time.monotonic()


def _in_use(now: float) -> bool:
    return now - _last_input < QUIET_S


class GuiPulse(QObject):
    """Made on the window's thread. ``done()`` says when no worker listens any more: the
    timer then stops (no beats while nothing is warmed up)."""

    def __init__(self, done: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._done = done
        self._beat = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(BEAT_MS)
        self._timer.timeout.connect(self._on_beat)

    def listen(self) -> None:
        """On the window's thread: beat from now on, until ``done()``."""
        self._beat = time.monotonic()
        self._timer.start()

    def give_way(self, stop: Callable[[], bool] = lambda: False) -> float:
        """On a worker: wait while the user is at work or the window's thread is busy (or
        until ``stop()``); how long it waited, in seconds."""
        start = now = time.monotonic()
        while (
            (now - self._beat > LATE_S or _in_use(now))
            and not stop()
            and now - start < LONGEST_WAIT_S
        ):
            time.sleep(0.005)  # (Python is the window's meanwhile)
            now = time.monotonic()
        return now - start

    def _on_beat(self) -> None:
        self._beat = time.monotonic()
        if self._done():
            self._timer.stop()
