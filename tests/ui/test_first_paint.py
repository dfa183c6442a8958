"""Work started after a window's first paint: once, also when it is never painted, and
never for a window that is gone."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from ui.widgets.first_paint import after_first_paint


def test_the_work_runs_once_after_the_first_paint(app, qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    events: list[str] = []

    class Paints(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                events.append("paint")
            return False

    paints = Paints()
    widget.installEventFilter(paints)
    after_first_paint(widget, lambda: events.append("work"), latest_ms=400)
    widget.show()
    qtbot.waitUntil(lambda: "work" in events)
    assert events.index("work") > events.index("paint")
    widget.update()  # later paints and the 400 ms timer start nothing again
    _let_pass(qtbot, 600)
    assert events.count("work") == 1


def test_a_window_never_painted_starts_the_work_at_the_latest_time(app, qtbot):
    widget = QWidget()  # never shown
    qtbot.addWidget(widget)
    done: list[bool] = []
    after_first_paint(widget, lambda: done.append(True), latest_ms=50)
    qtbot.waitUntil(lambda: done == [True])


def test_a_window_gone_before_it_painted_starts_nothing(app, qtbot):
    widget = QWidget()
    done: list[bool] = []
    after_first_paint(widget, lambda: done.append(True), latest_ms=50)
    shiboken6.delete(widget)
    _let_pass(qtbot, 200)  # past the 50 ms at which it would have started
    assert done == []


def _let_pass(qtbot, ms: int) -> None:
    """The event loop runs ``ms`` (for what must not happen in that time)."""
    timer = QTimer()
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=ms + 5000):
        timer.start(ms)
