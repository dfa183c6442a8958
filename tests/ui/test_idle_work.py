"""The Samtaler and Plan tabs are built while the window is left alone, not on their first
click (issue 16: the first click on each blocked the window for 0.2–0.6 s)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.keys import key_to_window, mouse_move_in_window, text_to_window
from ui import idle_work
from ui.screens.meetings_page import MeetingsPage
from ui.screens.plan_page import PlanPage


def click_tab(window, index: int) -> None:
    bar = window.overview.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def test_left_alone_the_window_builds_the_tabs_and_the_first_click_uses_them(
    demo_window, qtbot, monkeypatch
):
    monkeypatch.setattr(idle_work, "QUIET_MS", 300)
    overview = demo_window.overview
    demo_window.resize(1366, 768)
    QTest.keyClick(demo_window.register.search, Qt.Key.Key_Down)  # the first citizen
    assert demo_window.register.current_citizen_id() is not None
    assert overview.findChild(MeetingsPage) is None
    assert overview.findChild(PlanPage) is None

    qtbot.waitUntil(lambda: demo_window.idle_work.pending() == 0, timeout=10_000)
    meetings, plan = overview.findChild(MeetingsPage), overview.findChild(PlanPage)
    assert meetings is not None and plan is not None
    assert meetings.citizen_id == demo_window.register.current_citizen_id()

    click_tab(demo_window, overview.TAB_MEETINGS)
    assert overview.meetings is meetings and meetings.isVisible()
    assert meetings.editor.meeting is not None  # the newest meeting, already open
    click_tab(demo_window, overview.TAB_PLAN)
    assert overview.plan is plan and plan.isVisible()
    assert plan.citizen_id == demo_window.register.current_citizen_id()


def test_nothing_is_built_while_the_caseworker_types(demo_window, qtbot, monkeypatch):
    monkeypatch.setattr(idle_work, "QUIET_MS", 1000)
    steps = demo_window.idle_work.pending()
    search = demo_window.register.search
    search.setFocus()
    for _ in range(14):  # 3.5 s of the window in use, never quiet for 1 s
        text_to_window("a", search)
        qtbot.wait(250)
        mouse_move_in_window(search)
    assert demo_window.overview.findChild(MeetingsPage) is None
    assert demo_window.idle_work.pending() == steps


def test_a_click_on_a_tab_not_built_yet_builds_it_and_keeps_the_idle_lock_listening(
    demo_window, qtbot
):
    overview = demo_window.overview
    QTest.keyClick(demo_window.register.search, Qt.Key.Key_Down)  # the first citizen
    assert overview.findChild(PlanPage) is None
    click_tab(demo_window, overview.TAB_PLAN)
    plan = overview.findChild(PlanPage)
    assert plan is not None and plan.isVisible()
    assert plan.citizen_id == demo_window.register.current_citizen_id()
    # the build left the idle lock listening: a key restarts its count
    timer = demo_window.idle.timer
    timer.stop()
    demo_window.register.search.setFocus()
    key_to_window(Qt.Key.Key_A, widget=demo_window.register.search)
    assert timer.isActive()


def test_a_click_on_the_plan_tab_while_it_is_half_built_finishes_it(demo_window, qtbot):
    """Idle time builds the plan a section per turn; a click in the middle gets it whole."""
    from ui.screens.plan_page import SECTIONS

    overview = demo_window.overview
    QTest.keyClick(demo_window.register.search, Qt.Key.Key_Down)  # the first citizen
    for _ in range(3):  # the empty page, then two sections, as three quiet turns would
        assert overview.build_plan_part()
    page = overview.findChild(PlanPage)
    assert page is not None and len(page.findChildren(type(page.screening_section))) == 1
    assert not hasattr(page, "goal_section")
    click_tab(demo_window, overview.TAB_PLAN)
    assert overview.plan is page and page.isVisible()
    assert all(getattr(page, name).isVisible() for name, _kind in SECTIONS)
    assert page.citizen_id == demo_window.register.current_citizen_id()
    assert not overview.build_plan_part()  # nothing left
