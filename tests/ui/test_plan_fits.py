"""Fits the laptop (issue 12): the plan and the life wheel beside the register at 200 %
(960×540 logical) scroll down but never sideways, and nothing in them is cut; at 1366×768
the same holds.

The real main window on the demo database, Hanne (the fullest plan) chosen by typing in the
search, the tabs opened with the mouse, and the parts that unfold (the screening with its
notes, a company-directed effort, a step's follow-up) unfolded as the worker does.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableWidget,
    QWidget,
)

SIZES = [(960, 540), (1366, 768)]


def settle() -> None:
    """Let the layouts and the scroll areas catch up with a change (no waiting on a clock)."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def choose_hanne(window, qtbot, size) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    window.activateWindow()
    window.register.search.setFocus()
    QTest.keyClicks(window.register.search, "Hanne")
    QTest.keyClick(window.register.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.overview.name_label.text() == "Hanne Bøgh")
    assert window.register.isVisible(), "the register stays on screen"


def open_tab(window, qtbot, index: int) -> None:
    bar = window.overview.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: window.overview.tabs.currentIndex() == index)


def in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def shown(widget: QWidget, top: QWidget) -> bool:
    """Visible, and not a part Qt draws inside another widget (a table's cells, which
    scroll; the calendar button inside a date field, which Qt sizes itself)."""
    if not widget.isVisible():
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractItemView | QLineEdit | QComboBox):
            return False
        parent = parent.parentWidget()
    return True


def assert_fits(scroll: QScrollArea, window: QWidget) -> None:
    found = problems(scroll, window)
    assert not found, "\n".join(found)


def problems(scroll: QScrollArea, window: QWidget) -> list[str]:
    """Everything that scrolls sideways or is cut off in the page in ``scroll``."""
    settle()
    found = []
    viewport = in_window(scroll.viewport(), window)
    body = scroll.widget()
    if scroll.horizontalScrollBar().maximum() > 0:
        found.append(
            f"the page scrolls sideways: needs {body.minimumSizeHint().width()} px, "
            f"has {scroll.viewport().width()}"
        )
    for widget in body.findChildren(QWidget):
        if not shown(widget, body):
            continue
        name = widget.accessibleName() or (
            widget.text() if isinstance(widget, QLabel | QAbstractButton) else type(widget).__name__
        )
        place = in_window(widget, window)
        if place.right() > viewport.right() or place.left() < viewport.left():
            found.append(f"{name!r} at {place} is beside the page {viewport}")
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if widget.height() < needed:
                    found.append(f"{name!r} cut: {widget.height()} px high of {needed}")
            elif widget.width() < widget.sizeHint().width():
                found.append(f"{name!r} cut: {widget.width()} px wide of {widget.sizeHint()}")
        elif isinstance(widget, QAbstractButton | QComboBox):
            if widget.width() < widget.minimumSizeHint().width():
                found.append(f"{name!r} squeezed: {widget.width()} < {widget.minimumSizeHint()}")
            if isinstance(widget, QAbstractButton) and widget.width() < widget.sizeHint().width():
                found.append(f"{name!r} cut: {widget.width()} px wide of {widget.sizeHint()}")
        elif isinstance(widget, QLineEdit) and widget.width() < widget.minimumSizeHint().width():
            found.append(f"{name!r} squeezed: {widget.width()} < {widget.minimumSizeHint()}")
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().maximum():
            found.append(f"{name!r} scrolls sideways inside")
    return found


def unfold_plan(page, window, qtbot) -> None:
    """Open what the worker opens: the screening and its notes, a company-directed effort
    (its company block), a step with its follow-up shown."""
    screening = page.screening_section
    if not screening.show_toggle.isChecked():
        QTest.mouseClick(screening.show_toggle, Qt.MouseButton.LeftButton)
    screening.notes_toggle.setChecked(True)
    efforts = page.efforts_section
    table: QTableWidget = efforts.efforts
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and "Virksomhedspraktik" in item.text():
            page.scroll.ensureWidgetVisible(table)
            table.scrollToItem(item)
            rect = table.visualItemRect(item)
            QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            break
    qtbot.waitUntil(efforts.company.isVisible)
    steps = page.steps_section
    steps.steps.selectRow(0)
    steps.history.toggle.setChecked(True)


@pytest.mark.parametrize("size", SIZES)
def test_the_plan_scrolls_down_but_never_sideways_and_nothing_is_cut(demo_window, qtbot, size):
    window = demo_window
    choose_hanne(window, qtbot, size)
    open_tab(window, qtbot, window.overview.TAB_PLAN)
    page = window.overview.plan
    qtbot.waitUntil(page.isVisible)
    assert_fits(page.scroll, window)
    unfold_plan(page, window, qtbot)
    assert_fits(page.scroll, window)


@pytest.mark.parametrize("size", SIZES)
def test_the_life_wheel_scrolls_down_but_never_sideways_and_nothing_is_cut(
    demo_window, qtbot, size
):
    window = demo_window
    choose_hanne(window, qtbot, size)
    open_tab(window, qtbot, window.overview.TAB_WHEEL)
    page = window.overview.life_wheel
    qtbot.waitUntil(page.isVisible)
    scroll = window.overview.tabs.currentWidget()
    assert isinstance(scroll, QScrollArea)
    assert_fits(scroll, window)
    wheel = page.wheel
    assert wheel.width() >= wheel.minimumSizeHint().width()
    assert wheel.height() >= wheel.minimumSizeHint().height()
