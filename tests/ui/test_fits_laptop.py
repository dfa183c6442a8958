"""Fits the laptop (issue 12): at 1366×768 with the register visible the meeting screen shows
the guide, both scores, the reveal, "Det talte vi om" and the private-note button without
scrolling, and nothing in it is cut.

The real main window on the demo database, the citizen chosen by typing in the search and
the meeting started with Ctrl+M, the scores given with the mouse, as at a real meeting.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def meeting(demo_window, qtbot):
    """A new meeting for Louise (who has scored before) on a 1366×768 laptop screen."""
    window = demo_window
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366 and window.height() == 768)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.register.search)
    QTest.keyClicks(window.register.search, "Louise")
    QTest.keyClick(window.register.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.overview.name_label.text() == "Louise Holm Madsen")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, CTRL)
    editor = window.overview.meetings.editor
    qtbot.waitUntil(lambda: editor.meeting is not None and editor.isVisible())
    assert window.register.isVisible(), "the register stays on screen"
    return window, editor


def in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def scroll_area_of(widget: QWidget) -> QScrollArea:
    parent = widget.parentWidget()
    while not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def assert_on_screen_unscrolled(window, panel, widgets) -> None:
    scroll = scroll_area_of(panel)
    assert scroll.verticalScrollBar().maximum() == 0, "the indicator needs scrolling"
    assert scroll.horizontalScrollBar().maximum() == 0, "the indicator scrolls sideways"
    viewport = in_window(scroll.viewport(), window)
    assert window.rect().contains(viewport)
    for name, widget in widgets.items():
        assert widget.isVisible(), name
        assert viewport.contains(in_window(widget, window)), (
            f"{name} at {in_window(widget, window)} is outside {viewport}"
        )


def assert_nothing_cut(panel) -> None:
    """Every text in the panel has the room it asks for."""
    for label in panel.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            assert label.height() >= needed, f"{label.text()!r} cut: {label.height()} < {needed}"
        else:
            hint = label.sizeHint()
            assert label.width() >= hint.width() and label.height() >= hint.height(), label.text()
    for button in panel.findChildren(QAbstractButton):
        if button.isVisible():
            hint = button.sizeHint()
            assert button.width() >= hint.width() and button.height() >= hint.height(), (
                button.text()
            )
    for selector in (panel.citizen_score, panel.worker_score):
        assert selector.width() >= selector.minimumSizeHint().width()
        assert selector.height() >= selector.minimumSizeHint().height()


def click_score(qtbot, selector, value: int) -> None:
    qtbot.mouseClick(
        selector, Qt.MouseButton.LeftButton, pos=selector.cell_rect(value).center().toPoint()
    )


def test_the_whole_meeting_fits_beside_the_register(meeting, qtbot):
    window, editor = meeting
    for index, (key, panel) in enumerate(editor.panels.items()):
        QTest.mouseClick(
            editor.tabs.tabBar(),
            Qt.MouseButton.LeftButton,
            pos=editor.tabs.tabBar().tabRect(index).center(),
        )
        qtbot.waitUntil(panel.isVisible)
        widgets = {
            "guide": panel.guide,
            "guide questions": panel.guide_body,
            "citizen's score": panel.citizen_score,
            "worker's score": panel.worker_score,
            "reveal": panel.reveal,
            "Det talte vi om": panel.shared_note,
            "private-note button": panel.private_toggle,
        }
        assert_on_screen_unscrolled(window, panel, widgets)
        assert_nothing_cut(panel)
        # the guide stands beside the scores, read first: to their left
        guide, score = in_window(panel.guide, window), in_window(panel.citizen_score, window)
        assert guide.right() < score.left() and guide.top() < score.bottom(), key


def test_the_reveal_and_the_private_note_fit_after_both_have_scored(meeting, qtbot):
    window, editor = meeting
    panel = editor.panels["motivation"]
    click_score(qtbot, panel.citizen_score, 7)
    click_score(qtbot, panel.worker_score, 3)
    assert any(mark in panel.reveal.text() for mark in "▲▼="), panel.reveal.text()
    assert panel.reveal.text().count("\n") == 2  # the date, the citizen, the worker
    QTest.mouseClick(panel.private_toggle, Qt.MouseButton.LeftButton)
    assert panel.private_note.isVisible()
    assert_on_screen_unscrolled(
        window,
        panel,
        {
            "reveal": panel.reveal,
            "Det talte vi om": panel.shared_note,
            "private-note button": panel.private_toggle,
            "private note": panel.private_note,
        },
    )
    assert_nothing_cut(panel)


def test_the_guide_folds_away_and_the_scores_get_its_room(meeting, qtbot):
    _window, editor = meeting
    panel = editor.panels["motivation"]
    before = panel.citizen_score.width()
    QTest.mouseClick(panel.guide_toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.citizen_score.width() > before)
    assert not panel.guide_body.isVisible() and panel.guide_toggle.isVisible()
    other = editor.panels["job_search"]  # the four indicators alike: one fold for all
    assert not other.guide_toggle.isChecked()
    QTest.keyClick(panel.guide_toggle, Qt.Key.Key_Space)
    assert panel.guide_body.isVisible() and other.guide_toggle.isChecked()


def assert_header_unclipped(editor) -> None:
    assert editor.kind.width() >= editor.kind.sizeHint().width()  # the longest kind fits
    assert editor.date.width() >= editor.date.minimumSizeHint().width()
    example = editor.participants.fontMetrics().horizontalAdvance(
        editor.participants.placeholderText()
    )
    assert editor.participants.width() > example  # the example is not cut off


def same_line(window, a: QWidget, b: QWidget) -> bool:
    return abs(in_window(a, window).center().y() - in_window(b, window).center().y()) <= 2


def test_the_meeting_header_is_unclipped_and_one_line_without_the_register(meeting, qtbot):
    window, editor = meeting
    assert_header_unclipped(editor)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F9)  # the register hidden
    qtbot.waitUntil(lambda: not window.register.isVisible())
    qtbot.waitUntil(lambda: same_line(window, editor.date, editor.participants))
    assert_header_unclipped(editor)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F9)
    qtbot.waitUntil(window.register.isVisible)
    assert_header_unclipped(editor)


def test_at_200_percent_the_meeting_scrolls_down_but_never_sideways_and_nothing_is_cut(
    meeting, qtbot
):
    """200 % on a 1920×1080 screen is 960×540 to the program: scrolling down is allowed."""
    window, editor = meeting
    window.resize(960, 540)
    qtbot.waitUntil(lambda: window.width() == 960)
    for panel in editor.panels.values():
        QTest.mouseClick(
            editor.tabs.tabBar(),
            Qt.MouseButton.LeftButton,
            pos=editor.tabs.tabBar().tabRect(list(editor.panels.values()).index(panel)).center(),
        )
        qtbot.waitUntil(panel.isVisible)
        assert scroll_area_of(panel).horizontalScrollBar().maximum() == 0
        assert_nothing_cut(panel)
    bar = editor.tabs.tabBar()  # every indicator's name in full, no scroll arrows
    assert all(bar.tabRect(i).right() <= bar.width() for i in range(bar.count()))
