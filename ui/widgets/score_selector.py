"""A 1–10 score picked by mouse, touch or keyboard, with "not answered" as a real value.

Large targets (at least 2.6 line heights), a visible focus frame, and the number written in
every cell, so colour is never the only signal. Keys: Left/Right (or Up/Down) move, 1–9 and
0 (for 10) pick, Delete or Backspace clears, Home/End jump to the ends.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.read_only import edits_data

SELECTED = QColor("#1f5fa8")
HOVER = QColor("#dce9f7")
BORDER = QColor("#8a8a8a")
TEXT = QColor("#1a1a1a")
FOCUS = QColor("#1a1a1a")  # a dark dashed ring: not the chosen cell's blue fill


_OWN_KEYS = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Delete,
    Qt.Key.Key_Backspace,
    *(Qt.Key(Qt.Key.Key_0 + digit) for digit in range(10)),
}


class ScoreSelector(QWidget):
    valueChanged = Signal(object)  # int or None

    def __init__(
        self, label: str, minimum: int = 1, maximum: int = 10, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._label = label
        self._min, self._max = minimum, maximum
        self._value: int | None = None
        self._hover: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        edits_data(self)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._update_accessible()

    # -- value --------------------------------------------------------------------------
    def value(self) -> int | None:
        return self._value

    def setValue(self, value: int | None, *, emit: bool = False) -> None:
        if value is not None and not self._min <= value <= self._max:
            raise ValueError(value)
        if value == self._value:
            return
        self._value = value
        self._update_accessible()
        self.update()
        if emit:
            self.valueChanged.emit(value)

    def _pick(self, value: int | None) -> None:
        self.setValue(value, emit=True)

    def _update_accessible(self) -> None:
        state = (
            self.tr("ikke svaret")
            if self._value is None
            else self.tr("%1 af %2").replace("%1", str(self._value)).replace("%2", str(self._max))
        )
        self.setAccessibleName(self._label)
        self.setAccessibleDescription(state)
        self.setToolTip(f"{self._label}: {state}")

    # -- geometry -----------------------------------------------------------------------
    def _count(self) -> int:
        return self._max - self._min + 1

    def sizeHint(self) -> QSize:
        cell = round(self.fontMetrics().height() * 2.6)
        return QSize(cell * self._count(), cell + 4)

    def minimumSizeHint(self) -> QSize:
        cell = round(self.fontMetrics().height() * 1.9)
        return QSize(cell * self._count(), round(self.fontMetrics().height() * 2.6) + 4)

    def cell_rect(self, value: int) -> QRectF:
        width = (self.width() - 4) / self._count()
        x = 2 + (value - self._min) * width
        return QRectF(x + 1.5, 2, width - 3, self.height() - 4)

    def value_at(self, x: float) -> int | None:
        if not 2 <= x < self.width() - 2:
            return None
        width = (self.width() - 4) / self._count()
        return min(self._max, self._min + int((x - 2) // width))

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        painter.setFont(font)
        for value in range(self._min, self._max + 1):
            rect = self.cell_rect(value)
            chosen = value == self._value
            fill = SELECTED if chosen else HOVER if value == self._hover else QColor("white")
            painter.setPen(QPen(SELECTED if chosen else BORDER, 1.2))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 6, 6)
            painter.setPen(QColor("white") if chosen else TEXT)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(value))
        if self.hasFocus():
            pen = QPen(FOCUS, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            target = self.cell_rect(self._value if self._value is not None else self._min)
            painter.drawRoundedRect(target.adjusted(-1.5, -1.5, 1.5, 1.5), 7, 7)
        painter.end()

    # -- input --------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            value = self.value_at(event.position().x())
            if value is not None:
                self.setFocus(Qt.FocusReason.MouseFocusReason)
                self._pick(value)
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        hover = self.value_at(event.position().x())
        if hover != self._hover:
            self._hover = hover
            self.update()

    def leaveEvent(self, event) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def event(self, event) -> bool:
        # The score's own keys win over the window's shortcuts (Delete is "archive" there)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and event.key() in _OWN_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        current = self._value
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self._pick(self._min if current is None else min(self._max, current + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self._pick(self._max if current is None else max(self._min, current - 1))
        elif key == Qt.Key.Key_Home:
            self._pick(self._min)
        elif key == Qt.Key.Key_End:
            self._pick(self._max)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._pick(None)
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            digit = key - Qt.Key.Key_0
            value = 10 if digit == 0 else digit
            if self._min <= value <= self._max:
                self._pick(value)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)
