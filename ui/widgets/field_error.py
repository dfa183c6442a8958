"""The message under a field: an icon and words, so colour is not the only signal.

Linked to its field (``link``), the message is the field's accessible description too, and
it is announced when it appears, so a screen-reader user hears what is wrong and where
(WCAG 3.3.1, 4.1.3).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QWidget


class FieldError(QLabel):
    def __init__(self, parent: QWidget | None = None, field: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._field: QWidget | None = None
        self.hide()
        if field is not None:
            self.link(field)

    def link(self, field: QWidget) -> FieldError:
        """The field this message is about (it gets the message as its description)."""
        self._field = field
        return self

    def show_message(self, message: str | None) -> None:
        if message:
            self.setText("⚠ " + message)
            self.setAccessibleName(message)
            self.show()
            if self._field is not None:
                self._field.setAccessibleDescription(message)
            if QAccessible.isActive():  # announce it where a screen reader listens
                QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))
        else:
            self.clear()
            self.setAccessibleName("")
            self.hide()
            if self._field is not None:
                self._field.setAccessibleDescription("")
