"""A date typed the way people type it: "26082026", "26-08-2026", "26.8.26" all mean the same.

Qt's QDateEdit splits a date into sections that take keys one by one: "26082026" typed into
it changes nothing, "26-08-2026" lands a day off, and Shift+Tab into it starts in the year.
This field is plain text, read with the core's ``parse_date`` when the person leaves it (or
presses Enter) and then shown as the language writes a date (07-03-2026 in Danish,
07/03/2026 in English; either is read in both). A wrong date is named, never guessed: the
text stays for correcting, and the last good date is kept. ↑/↓ move a day; Alt+↓ or the
button opens a calendar.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from progressionsdialog import clock
from progressionsdialog.domain.dates import format_date, parse_date
from progressionsdialog.errors import ValidationError


def _calendar_icon(size: int = 32) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#333333"), size / 14))
    box = QRectF(size * 0.12, size * 0.2, size * 0.76, size * 0.68)
    painter.drawRoundedRect(box, 2, 2)
    painter.drawLine(box.left(), box.top() + size * 0.18, box.right(), box.top() + size * 0.18)
    for row in range(2):
        for column in range(3):
            x = box.left() + size * (0.13 + column * 0.2)
            y = box.top() + size * (0.3 + row * 0.17)
            painter.drawPoint(int(x), int(y))
    painter.end()
    return QIcon(pixmap)


class DateField(QLineEdit):
    """``dateChanged(date)`` when a new, valid date was typed or picked; ``problem(str)``
    with the Danish message when what was typed is not a date (``None`` when it is again)."""

    dateChanged = Signal(object)
    problem = Signal(object)

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: date | None = None
        self.setPlaceholderText(self.tr("dd-mm-åååå"))  # English: dd/mm/yyyy
        self.setMaxLength(20)
        width = (
            self.fontMetrics().horizontalAdvance("00-00-00000") + self.fontMetrics().height() * 3
        )
        self.setMinimumWidth(width)
        self.setMaximumWidth(width * 2)
        self.calendar_action = QAction(_calendar_icon(), self.tr("Vælg dato i kalender"), self)
        self.calendar_action.setToolTip(self.tr("Vælg dato i kalender (Alt+↓)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self._calendar: QCalendarWidget | None = None
        self.editingFinished.connect(self._read)
        self.setDate(value)

    # -- value ------------------------------------------------------------------------------
    def date(self) -> date | None:
        """The last good date (while a wrong text is on screen, the one before it)."""
        return self._value

    def setDate(self, value: date | None) -> None:
        """Show a date, with no signal (loading is not typing)."""
        self._value = value
        self.setText(format_date(value))
        self.setProperty("invalid", False)

    def is_valid(self) -> bool:
        try:
            parse_date(self.text())
        except ValidationError:
            return not self.text().strip() and self._value is None
        return True

    def _read(self) -> None:
        if self.isReadOnly():
            return
        try:
            typed = parse_date(self.text(), field="date")
        except ValidationError as error:
            self._mark(error.message)
            return
        self._mark(None)
        self._set_and_tell(typed)

    def _set_and_tell(self, value: date) -> None:
        self.setText(format_date(value))
        if value != self._value:
            self._value = value
            self.dateChanged.emit(value)

    def _mark(self, message: str | None) -> None:
        self.setProperty("invalid", message is not None)
        self.style().unpolish(self)
        self.style().polish(self)
        self.problem.emit(message)

    # -- keys and calendar ----------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not self.isReadOnly():
            step = 1 if key == Qt.Key.Key_Up else -1
            try:
                start = parse_date(self.text())
            except ValidationError:
                start = self._value or clock.today()
                step = 0
            self._mark(None)
            self._set_and_tell(start + timedelta(days=step))
            self.selectAll()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> QCalendarWidget | None:
        if self.isReadOnly():
            return None
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setAccessibleName(self.tr("Kalender"))
            self._calendar.setGridVisible(True)
            self._calendar.activated.connect(self._picked)
            self._calendar.clicked.connect(self._picked)
        current = self._value or clock.today()
        self._calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self._calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self._calendar.show()
        self._calendar.setFocus()
        return self._calendar

    def _picked(self, picked: QDate) -> None:
        self._calendar.hide()
        self.setFocus()
        self._mark(None)
        self._set_and_tell(date(picked.year(), picked.month(), picked.day()))
