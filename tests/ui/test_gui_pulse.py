"""Work on another thread gives way to the window: while the user is at work and while the
window's thread is busy, the chart warm-up waits between its steps (a click a second after
the start shared Python with it and took 230-410 ms)."""

from __future__ import annotations

import inspect
import threading
import time

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtTest import QTest

from progressionsdialog.tools import load_tool
from tests.ui.keys import mouse_move_in_window
from ui import gui_pulse
from ui.gui_pulse import GuiPulse
from ui.screens.meetings_page import MeetingsPage
from ui.screens.progression_page import ChartWarmUp


def _on_a_worker(work):
    result = {}
    thread = threading.Thread(target=lambda: result.setdefault("value", work()))
    thread.start()
    return thread, result


def test_a_worker_waits_while_the_user_is_at_work(qtbot):
    pulse = GuiPulse(lambda: False)
    pulse.listen()
    keys = QTimer()
    keys.timeout.connect(gui_pulse.note_input)  # a key every 100 ms, for 0.8 s
    gui_pulse.note_input()
    keys.start(100)
    thread, waited = _on_a_worker(pulse.give_way)
    qtbot.wait(800)
    keys.stop()
    assert thread.is_alive()  # still giving way
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=3000)  # the user paused
    assert waited["value"] >= 0.8 + gui_pulse.QUIET_S - 0.1


def test_a_worker_waits_while_the_window_is_busy_and_goes_on_when_told_to_stop(qtbot):
    pulse = GuiPulse(lambda: False)
    pulse.listen()
    qtbot.wait(gui_pulse.QUIET_S * 1000 + 50)  # no input: only the beat counts
    thread, waited = _on_a_worker(pulse.give_way)
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=1000)
    assert waited["value"] < 0.05  # the window beats: no waiting
    stop = threading.Event()
    time.sleep(0.05)  # the window's thread busy from here: no beats
    thread, waited = _on_a_worker(lambda: pulse.give_way(stop.is_set))
    time.sleep(0.3)
    assert thread.is_alive()
    stop.set()  # (the window waits for the worker: it goes on)
    thread.join(1)
    assert not thread.is_alive() and 0.25 < waited["value"] < 1


def test_the_chart_warm_up_waits_for_a_pause_and_then_finishes(qtbot):
    warm_up = ChartWarmUp(load_tool("halsnaes"))
    mouse = QTimer()
    mouse.timeout.connect(gui_pulse.note_input)  # the mouse moving for 1.2 s
    gui_pulse.note_input()
    mouse.start(50)
    warm_up.prepare([QSize(600, 300), QSize(300, 300)], 1.0, ([], []))
    qtbot.wait(1200)
    assert warm_up._charts is None  # nothing drawn while the user was at work
    mouse.stop()
    qtbot.waitUntil(lambda: warm_up._charts is not None, timeout=30_000)  # the user paused
    assert warm_up.take() is not None


def test_the_idle_lock_s_watch_tells_the_pulse_of_input(demo_window, qtbot):
    demo_window.build_rest()
    before = time.monotonic()
    mouse_move_in_window(demo_window.register.search)
    assert gui_pulse._last_input >= before


def test_a_first_click_on_samtaler_builds_it_a_part_at_a_time(demo_window, qtbot, monkeypatch):
    """Before idle time has built it, a click on Samtaler builds the page a part per turn
    of the event loop (each under 60 ms), not all at once (90-130 ms in one block): only
    the first part is built in the click; each later one starts from the event loop."""
    overview = demo_window.overview
    QTest.keyClick(demo_window.register.search, Qt.Key.Key_Down)  # the first citizen
    assert overview.findChild(MeetingsPage) is None
    in_the_click = []
    build = overview.build_meetings_part

    def noted() -> bool:
        callers = {frame.function for frame in inspect.stack()}
        in_the_click.append("_on_tab_changed" in callers or "mouseClick" in callers)
        return build()

    monkeypatch.setattr(overview, "build_meetings_part", noted)
    bar = overview.tabs.tabBar()
    handle = demo_window.windowHandle()
    point = bar.mapTo(demo_window, bar.tabRect(overview.TAB_MEETINGS).center())
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert overview.tabs.currentIndex() == overview.TAB_MEETINGS
    qtbot.waitUntil(lambda: overview.findChild(MeetingsPage) is not None)
    page = overview.findChild(MeetingsPage)
    qtbot.waitUntil(lambda: page.isVisible() and page.editor.meeting is not None)
    assert page.citizen_id == demo_window.register.current_citizen_id()
    assert len(in_the_click) >= 3  # (its modules, if not yet loaded,) editor, page, meetings
    assert in_the_click[0] and not any(in_the_click[1:])


def test_progression_opened_before_the_warm_up_is_done_says_so_and_does_not_wait(
    demo_window, qtbot
):
    """Clicked a moment after the start, the Progression tab answers at once with "the
    charts are being drawn", and shows them when the warm-up is done (it used to wait for
    the warm-up in one block: 150-620 ms)."""
    overview = demo_window.overview
    QTest.keyClick(demo_window.register.search, Qt.Key.Key_Down)  # the first citizen
    gui_pulse.note_input()  # the user at work: the warm-up gives way at its next step
    overview._warm_up_charts()  # (its timer's work, a moment after the start)
    page = overview._progression
    assert page._warm_up is not None and page._warm_up.working()
    bar = overview.tabs.tabBar()
    point = bar.mapTo(demo_window, bar.tabRect(overview.TAB_PROGRESSION).center())
    QTest.mouseClick(
        demo_window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    assert overview.tabs.currentIndex() == overview.TAB_PROGRESSION
    assert page.drawing_label.isVisible() and not page.canvases  # not waited for
    qtbot.waitUntil(lambda: len(page.canvases) == 2, timeout=30_000)
    assert not page.drawing_label.isVisible()
    assert page._warm_up is None  # its charts taken
