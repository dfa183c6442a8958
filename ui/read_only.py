"""A window on a database that can only be read: everything can be seen, nothing changed.

One guard for the whole window instead of a check in every screen. Every control that
changes data is turned off whenever it is shown (screens are built late, when their tab is
first opened), and stays off when a screen turns it on again:

- text fields and date/number fields become read-only: the text can still be read,
  selected and copied;
- buttons, check boxes, drop-down lists and the program's own editing widgets (scores,
  the life wheel) are disabled, with the reason as their tooltip;
- the actions given to ``hold_off`` (menu items that write) are disabled;
- a screen's line about saving (object name ``saveStatus``) is hidden.

Controls that only change what is shown (search, filters, a chooser, "show the private
note", the lock screen) say so with ``reads_only(widget)``; it holds for the children too.
Lists, tables, tabs and scroll bars are for reading and are left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

READS_ONLY = "readsOnly"  # a dynamic property: this control (and its children) only shows
EDITS = "editsData"  # a dynamic property: a widget of our own that changes data on click
SAVE_STATUS = "saveStatus"  # the object name of a screen's line about saving

_TEXT = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
_CONTROLS = (QAbstractButton, QComboBox)


def reads_only(*widgets: QWidget) -> None:
    """Mark controls that only change what is shown: they stay on when data cannot change."""
    for widget in widgets:
        widget.setProperty(READS_ONLY, True)


def edits_data(widget: QWidget) -> None:
    """Mark a widget of our own (not a standard control) that changes data when used."""
    widget.setProperty(EDITS, True)


def _for_reading(widget: QWidget, window: QWidget) -> bool:
    current = widget
    while current is not None and current is not window:
        if current.property(READS_ONLY) or isinstance(current, QTabBar | QAbstractItemView):
            return True
        current = current.parentWidget()
    return False


class ReadOnlyGuard(QObject):
    """Keeps every data-changing control of ``window`` off; ``reason`` is shown on them."""

    def __init__(self, window: QWidget, reason: str) -> None:
        super().__init__(window)
        self.window, self.reason = window, reason
        self._actions: list[QAction] = []
        for widget in window.findChildren(QWidget):
            self._apply(widget)
        from PySide6.QtWidgets import QApplication

        QApplication.instance().installEventFilter(self)
        window.destroyed.connect(self._stop)

    def hold_off(self, *actions: QAction) -> None:
        """Keep these actions disabled, also when the window enables them again."""
        for action in actions:
            self._actions.append(action)
            action.setEnabled(False)
            action.setToolTip(self.reason)
            action.changed.connect(lambda a=action: a.isEnabled() and a.setEnabled(False))

    def _stop(self, *_args) -> None:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _is_data_control(self, widget: QWidget) -> bool:
        if widget.window() is not self.window or _for_reading(widget, self.window):
            return False
        return isinstance(widget, _TEXT + _CONTROLS) or bool(widget.property(EDITS))

    def _apply(self, widget: QWidget) -> None:
        if widget.objectName() == SAVE_STATUS and widget.window() is self.window:
            widget.hide()  # "Alt gemmes, mens du skriver" is not true here; the banner says why
            return
        if not self._is_data_control(widget):
            return
        if isinstance(widget, _TEXT):
            if isinstance(widget, QAbstractSpinBox) or not isinstance(widget.parent(), QComboBox):
                widget.setReadOnly(True)
        else:
            widget.setEnabled(False)
        widget.setToolTip(self.reason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Shown: a screen built late is in the window by then. Enabled: a screen turned a
        # control on again.
        if (
            event.type() in (QEvent.Type.Show, QEvent.Type.EnabledChange)
            and isinstance(watched, QWidget)
            and watched.isEnabled()
        ):
            self._apply(watched)
        return False
