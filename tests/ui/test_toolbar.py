"""The toolbar (issue 12): one click to lock, to citizen view, to a new meeting, to the plan.

Clicked with the mouse on the real window at 1366×768, as a caseworker would.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolBar

from progressionsdialog.storage.meetings import list_meetings

CTRL = Qt.KeyboardModifier.ControlModifier
LABELS = ["Lås", "Borgervisning", "Ny samtale", "Udskriv plan"]


@pytest.fixture
def laptop(demo_window, qtbot):
    """The demo window at 1366×768 with Louise chosen in the register."""
    demo_window.resize(1366, 768)
    demo_window.activateWindow()
    demo_window.register.search.setFocus()
    QTest.keyClicks(demo_window.register.search, "Louise")
    QTest.keyClick(demo_window.register.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: demo_window.overview.name_label.text() == "Louise Holm Madsen")
    return demo_window


def toolbar(window) -> QToolBar:
    bars = [bar for bar in window.findChildren(QToolBar) if bar.isVisible()]
    assert len(bars) == 1, "one toolbar, on screen"
    return bars[0]


def tool_button(window, label: str):
    bar = toolbar(window)
    for action in bar.actions():
        if action.iconText() == label:
            return bar.widgetForAction(action)
    raise AssertionError(f"no {label!r} in the toolbar")


def test_four_buttons_each_with_a_name_a_tip_and_its_key(laptop):
    bar = toolbar(laptop)
    assert [a.iconText() for a in bar.actions() if not a.isSeparator()] == LABELS
    assert bar.windowTitle()  # what a screen reader calls the bar
    for label in LABELS:
        button = tool_button(laptop, label)
        assert button.isVisible() and button.isEnabled()
        assert label in button.accessibleName()
        tip = button.toolTip()
        assert len(tip) > len(label) and "&" not in tip
    assert "Ctrl+L" in tool_button(laptop, "Lås").toolTip()
    assert "Ctrl+P" in tool_button(laptop, "Udskriv plan").toolTip()
    assert "Ctrl+M" in tool_button(laptop, "Ny samtale").toolTip()


def test_the_toolbar_fits_the_laptop_and_half_of_it(laptop, qtbot):
    for width, height in ((1366, 768), (960, 540)):
        laptop.resize(width, height)
        qtbot.waitUntil(lambda w=width: laptop.width() == w)
        bar = toolbar(laptop)
        for label in LABELS:  # no button hidden behind the bar's "more" arrow
            button = tool_button(laptop, label)
            assert button.isVisible()
            assert bar.rect().contains(button.geometry())


def test_lock_by_one_click_and_the_toolbar_is_off_while_locked(laptop, qtbot):
    QTest.mouseClick(tool_button(laptop, "Lås"), Qt.MouseButton.LeftButton)
    assert laptop.is_locked() and not laptop.overview.isVisible()
    assert not toolbar(laptop).isEnabled()  # no plan or meeting to open from the lock screen
    QTest.keyClick(laptop.lock_screen.button, Qt.Key.Key_P, CTRL)
    assert QApplication.activeModalWidget() is None and laptop.is_locked()
    QTest.mouseClick(laptop.lock_screen.button, Qt.MouseButton.LeftButton)  # demo: no password
    assert not laptop.is_locked() and toolbar(laptop).isEnabled()


def test_new_meeting_by_one_click(laptop, demo_db, qtbot):
    citizen_id = laptop.register.current_citizen_id()
    before = len(list_meetings(demo_db, citizen_id))
    QTest.mouseClick(tool_button(laptop, "Ny samtale"), Qt.MouseButton.LeftButton)
    assert len(list_meetings(demo_db, citizen_id)) == before + 1
    qtbot.waitUntil(laptop.overview.meetings.editor.isVisible)


def test_print_plan_by_one_click(laptop, qtbot):
    QTest.mouseClick(tool_button(laptop, "Udskriv plan"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    assert dialog.windowTitle() == "Borgerens plan – Louise Holm Madsen"
    dialog.reject()


def test_no_citizen_chosen_no_citizen_buttons(demo_window, qtbot):
    demo_window.register.search.setFocus()
    QTest.keyClicks(demo_window.register.search, "ingen med det navn")
    qtbot.waitUntil(lambda: demo_window.register.current_citizen_id() is None)
    for label in ("Borgervisning", "Ny samtale", "Udskriv plan"):
        assert not tool_button(demo_window, label).isEnabled()
    assert tool_button(demo_window, "Lås").isEnabled()
