"""The locked program: no citizen data on screen until the password is typed again.

The lock comes after a time with no mouse or keyboard use (5 minutes unless set otherwise)
and on Ctrl+L, because the citizen may be left alone at the screen.
"""

from __future__ import annotations

import hmac

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from progressionsdialog.storage import session_key
from ui.gui_pulse import note_input
from ui.widgets.field_error import FieldError
from ui.window_input import WindowInput

_INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without input anywhere in the program."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.timeout.connect(self.idle)
        self.timer.start()
        self._windows = WindowInput(self)

    def watch(self) -> None:
        """Start counting the program's input (every window's, dialogs and menus too)."""
        self._windows.start()

    def stop(self) -> None:
        """The window closes: stop counting."""
        self._windows.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.timer.start()  # restart the count
            note_input()  # (work on other threads gives way: ui.gui_pulse)
        return False


def password_matches(typed: str) -> bool:
    """``True`` if ``typed`` is the password in use, or no password is set (the demo)."""
    expected = session_key.password()
    return expected is None or hmac.compare_digest(typed.encode(), expected.encode())


class LockScreen(QWidget):
    """The password asked again: by the lock, and (with other words and a way back) on
    leaving citizen view. ``unlocked`` when it is right; ``cancelled`` when not wanted."""

    unlocked = Signal()
    cancelled = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        text: str | None = None,
        button: str | None = None,
        cancel: str | None = None,
    ) -> None:
        super().__init__(parent)
        heading = QLabel(title or self.tr("Programmet er låst"))
        heading.setObjectName("citizenName")
        heading.setWordWrap(True)
        self.text = QLabel(
            text
            or self.tr("Data om borgerne er skjult.")
            + "\n"
            + self.tr("Skriv adgangskoden for at fortsætte.")
        )
        self.text.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Adgangskode"))
        self.password.returnPressed.connect(self.try_unlock)
        self.button = QPushButton(button or self.tr("Lås op"))
        self.button.clicked.connect(self.try_unlock)
        self.cancel_button = QPushButton(cancel or "")
        if cancel is None:  # (shown before it had a parent, it flashed up as its own window)
            self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancelled)
        self.error = FieldError()
        box = QWidget()
        box.setFixedWidth(
            self.fontMetrics().horizontalAdvance("M") * 34
        )  # wrapped text needs a fixed width
        layout = QVBoxLayout(box)
        for widget in (heading, self.text, self.password, self.button, self.error):
            layout.addWidget(widget)
        if cancel is not None:
            layout.addWidget(self.cancel_button)
        outer = QVBoxLayout(self)
        outer.addStretch()
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch()

    def prepare(self) -> None:
        needs_password = session_key.password() is not None
        self.password.setVisible(needs_password)
        self.password.clear()
        self.error.show_message(None)
        (self.password if needs_password else self.button).setFocus()

    def try_unlock(self) -> bool:
        if not password_matches(self.password.text()):
            self.error.show_message(self.tr("Adgangskoden passer ikke. Prøv igen."))
            self.password.selectAll()
            return False
        self.password.clear()
        self.unlocked.emit()
        return True
