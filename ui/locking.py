"""The lock: no citizen's data on screen until the password is typed again.

Ctrl+L (and the idle timer) lock from anywhere. Qt blocks a window's keys while a dialog is
open over it, so the window's own shortcut never sees Ctrl+L typed in the citizen form or
the print preview: a filter on every window of the program (:mod:`ui.window_input`)
catches it there. Open dialogs are hidden
while locked and come back as they were, typed text and all. A question asked with
:func:`run_modal` (a confirmation, an error, a password) is asked again after the unlock,
instead of being answered "Annuller" by the lock.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMenuBar,
    QStackedWidget,
    QWidget,
)

from ui.screens.lock_screen import LockScreen
from ui.window_input import WindowInput

RUN_MODAL = "runModal"  # a dynamic property: this dialog is run by run_modal
HIDDEN_BY_LOCK = "hiddenByLock"  # ... and the lock ended its exec(): ask again after

_locked: list[WindowLock] = []  # the lock in force, if any (one window per program)


class WindowLock(QObject):
    """Locks ``window``: shows ``lock_screen`` in ``stack`` in place of the page shown, and
    turns off ``chrome`` (the menu bar, the toolbar) with every key and button in them.

    Unlocking shows the page that was shown: the register, or citizen view.
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: QMainWindow,
        stack: QStackedWidget,
        lock_screen: LockScreen,
        keys: list[QKeySequence],
        before_lock: Callable[[], object],
        chrome: Sequence[QWidget] = (),
    ) -> None:
        super().__init__(window)
        self._window, self._stack = window, stack
        self._content: QWidget | None = None
        self.lock_screen = lock_screen
        self._keys = keys
        self._before_lock = before_lock
        self._chrome = list(chrome)
        self._hidden: list[QDialog] = []
        self._focus: QWidget | None = None
        self._closed = False
        lock_screen.unlocked.connect(self.unlock)
        self._windows = WindowInput(self)
        self._windows.start()

    def is_locked(self) -> bool:
        return self._stack.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide every citizen's data, open dialogs too, until the password is typed again."""
        if self.is_locked() or self._closed:
            return
        self._before_lock()  # typed text is saved, not lost
        popup = QApplication.activePopupWidget()
        while popup is not None:  # an open menu or calendar
            popup.close()
            popup = QApplication.activePopupWidget()
        focused = QApplication.focusWidget()
        if isinstance(focused, QMenuBar):  # a menu opened by Alt: give the focus back first
            escape = QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier
            )
            QApplication.sendEvent(focused, escape)
            focused = QApplication.focusWidget()
        self._focus = focused
        self._hidden = []
        for widget in QApplication.topLevelWidgets():
            if widget is self._window or not widget.isVisible() or not isinstance(widget, QDialog):
                continue
            if widget.property(RUN_MODAL):
                widget.setProperty(HIDDEN_BY_LOCK, True)  # run_modal asks it again
            elif widget.windowModality() != Qt.WindowModality.ApplicationModal:
                self._hidden.append(widget)  # opened with open() or show(): shown again
            # else: someone else's exec(): hiding it ends it, as if cancelled
            widget.hide()
        self._content = self._stack.currentWidget()
        self._stack.setCurrentWidget(self.lock_screen)
        for widget in self._chrome:  # and with them every menu key
            widget.setEnabled(False)
        _locked.append(self)
        self._window.activateWindow()
        self.lock_screen.prepare()
        self.locked.emit()

    def unlock(self) -> None:
        if not self.is_locked():
            return
        if self._content is not None:
            self._stack.setCurrentWidget(self._content)
        for widget in self._chrome:
            widget.setEnabled(True)
        if self in _locked:
            _locked.remove(self)
        shown = [d for d in self._hidden if shiboken6.isValid(d)]
        self._hidden = []
        for dialog in shown:
            dialog.show()
        if shown:
            shown[-1].activateWindow()
        elif self._focus is not None and shiboken6.isValid(self._focus):
            self._focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus = None
        self.unlocked.emit()

    def close(self) -> None:
        """The window closes: stop listening, and let questions waiting for the unlock end."""
        self._closed = True
        if self in _locked:
            _locked.remove(self)
        self._windows.stop()
        self.unlocked.emit()

    def wait_for_unlock(self) -> bool:
        """Run the program until unlocked (``True``) or the window closed (``False``)."""
        if self.is_locked() and not self._closed:
            loop = QEventLoop()
            self.unlocked.connect(loop.quit)
            loop.exec()
            self.unlocked.disconnect(loop.quit)
        return not self._closed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A lock key that reaches a window as a key press is one no shortcut took: pressed
        # in a dialog, an open menu or calendar, or in citizen view
        if event.type() == QEvent.Type.KeyPress and self._is_lock_key(event):
            self.lock()
            return True
        return False

    def _is_lock_key(self, event) -> bool:
        pressed = QKeySequence(event.keyCombination())
        return any(
            pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in self._keys
        )


def run_modal(dialog: QDialog) -> int:
    """``dialog.exec()``, asked again after an unlock if the lock came while it was open."""
    dialog.setProperty(RUN_MODAL, True)
    while True:
        result = dialog.exec()
        if not dialog.property(HIDDEN_BY_LOCK):
            return result
        dialog.setProperty(HIDDEN_BY_LOCK, False)
        lock = _locked[-1] if _locked else None
        if lock is not None and not lock.wait_for_unlock():
            return QDialog.DialogCode.Rejected.value  # the program closed while locked
