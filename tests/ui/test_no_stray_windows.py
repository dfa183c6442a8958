"""No part of a screen flashes up as a window of its own while the screen is built.

A button made visible before it had a parent is a window of its own for a moment: the lock
screen's "Bliv i borgervisning" button did that when citizen view was first built. On a
desktop it is a flash of a tiny window; the offscreen platform let go of the active window
after it, and keys went nowhere.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMenu, QToolBar, QWidget

from tests.ui.whole_tab import whole


class WindowsShown(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.stray: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not isinstance(watched, QMainWindow | QDialog | QMenu)
            and watched.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
        ):
            self.stray.append(f"{type(watched).__name__} {getattr(watched, 'text', str)()!r}")
        return False


def click(widget: QWidget, pos=None) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())


def test_the_screens_build_without_a_window_of_their_own(demo_window, qtbot):
    watcher = WindowsShown()
    QApplication.instance().installEventFilter(watcher)
    try:
        demo_window.resize(1366, 768)
        demo_window.activateWindow()
        QTest.keyClicks(demo_window.register.search, "Louise")
        QTest.keyClick(demo_window.register.search, Qt.Key.Key_Down)
        tabs = demo_window.overview.tabs
        for index in range(tabs.count()):  # every tab of the worker's screens, built here
            click(tabs.tabBar(), tabs.tabBar().tabRect(index).center())
            qtbot.waitUntil(lambda: whole(tabs.currentWidget()))
        bar = demo_window.findChild(QToolBar)
        action = next(a for a in bar.actions() if a.iconText() == "Borgervisning")
        click(bar.widgetForAction(action))  # citizen view, built on first use
        qtbot.waitUntil(lambda: demo_window.citizen_view.isVisible())
        view_tabs = demo_window.citizen_view.tabs
        for index in range(view_tabs.count()):
            click(view_tabs.tabBar(), view_tabs.tabBar().tabRect(index).center())
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert watcher.stray == []
    assert QGuiApplication.focusWindow() is demo_window.windowHandle()
