"""Keys and mouse movements as a keyboard and a mouse send them: to the window, then to the
widget with the focus.

``QTest.keyClick(widget, …)`` hands a key straight to the widget, past its window. The lock
key and the idle lock watch the program's windows (``ui/window_input.py``), as the system's
input reaches them, so a test of those sends its keys to the window.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

NONE = Qt.KeyboardModifier.NoModifier


def window_of(widget: QWidget | None = None) -> QWindow:
    """The system window a key goes to: an open menu's or calendar's, else the window of
    ``widget`` (by default the widget with the focus)."""
    top = QApplication.activePopupWidget()
    if top is None:
        widget = widget or QApplication.focusWidget() or QApplication.activeWindow()
        widget = widget or _shown_main_window()
        assert widget is not None, "no window to send the key to"
        top = widget.window()
        if QGuiApplication.focusWindow() is None:
            # The offscreen platform lets go of the active window when the window changes
            # its content (entering citizen view); a desktop keeps it (seen under Xvfb with
            # xdotool): activate it again, as the window system would have kept it
            top.activateWindow()
    handle = top.windowHandle()
    assert handle is not None, f"{top!r} is not shown"
    return handle


def _shown_main_window() -> QWidget | None:
    shown = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()
    ]
    return shown[0] if len(shown) == 1 else None


def key_to_window(key, modifier=NONE, widget: QWidget | None = None) -> None:
    """One key to the window, which gives it to its focused widget (or takes it)."""
    QTest.keyClick(window_of(widget), key, modifier)


def text_to_window(text: str, widget: QWidget | None = None) -> None:
    for character in text:
        QTest.keyClick(window_of(widget), character)


def mouse_move_in_window(widget: QWidget) -> None:
    """The mouse moved over ``widget``, delivered through its window."""
    window = widget.window()
    QTest.mouseMove(window.windowHandle(), widget.mapTo(window, QPoint(5, 5)))
