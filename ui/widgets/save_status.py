"""A screen's line about saving ("Gemt kl. 10:42", "Ikke gemt: …"), told to a screen reader
as it changes (WCAG 4.1.3: a status message is announced without taking the focus)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QWidget

from progressionsdialog import clock

OBJECT_NAME = "saveStatus"  # ui/read_only.py hides it on a database that cannot be written


class SaveStatus(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)

    def say(self, text: str, *, error: bool = False) -> None:
        self.setProperty("error", error)
        self.setText(text)
        self.setAccessibleName(text.removeprefix("⚠ "))
        self.style().unpolish(self)  # the colour follows the "error" property
        self.style().polish(self)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    def saved(self) -> None:
        self.say(self.tr("Gemt kl. %1").replace("%1", clock.now().strftime("%H:%M")))

    def failed(self, message: str) -> None:
        self.say("⚠ " + self.tr("Ikke gemt: ") + message, error=True)
