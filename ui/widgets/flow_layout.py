"""A row of widgets that wraps onto the next line when the row is too narrow, as words do.

At 1366 px a row of buttons or fields stands on one line, as in a ``QHBoxLayout``; on a
laptop at 200 % (960×540 logical pixels beside the register) the same row breaks into two
or three lines instead of making the page scroll sideways.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSpacerItem,
    QStyle,
    QWidget,
    QWidgetItem,
)

NO_ALIGNMENT = Qt.AlignmentFlag(0)


@dataclass
class _Entry:
    item: QLayoutItem
    stretch: int = 0

    @property
    def is_spacer(self) -> bool:
        return self.item.spacerItem() is not None

    def width_wanted(self) -> int:
        if self.is_spacer:
            return 0
        hint, low, high = self.item.sizeHint(), self.item.minimumSize(), self.item.maximumSize()
        return max(low.width(), min(hint.width(), high.width()))

    def height_at(self, width: int) -> int:
        if self.is_spacer:
            return 0
        if self.item.hasHeightForWidth():
            return self.item.heightForWidth(width)
        hint, low = self.item.sizeHint(), self.item.minimumSize()
        return max(hint.height(), low.height())


class FlowLayout(QLayout):
    """Like ``QHBoxLayout`` (``addWidget(widget, stretch)``, ``addStretch``, ``addLayout``),
    but an item that does not fit on the line starts the next one.

    Each line gives its spare room to the items with a stretch, as a box layout does; a
    stretch goes to the next line with the item after it, so a right-aligned group of
    buttons stays right-aligned when it wraps. An item that must stay with its neighbours
    (a label and its field) goes in a ``QHBoxLayout`` added with ``addLayout``. Items stand
    in the middle of their line's height, or at its top when added with ``AlignTop``::

        row = FlowLayout()
        row.addWidget(done_button)
        row.addStretch()
        row.addWidget(delete_button)  # at the right, on this line or the next
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[_Entry] = []
        self._heights: dict[int, int] = {}
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # -- adding -------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._entries.append(_Entry(item))
        self.invalidate()

    def addWidget(
        self, widget: QWidget, stretch: int = 0, alignment: Qt.AlignmentFlag = NO_ALIGNMENT
    ) -> None:
        self.insertWidget(len(self._entries), widget, stretch, alignment)

    def insertWidget(
        self,
        index: int,
        widget: QWidget,
        stretch: int = 0,
        alignment: Qt.AlignmentFlag = NO_ALIGNMENT,
    ) -> None:
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        item.setAlignment(alignment)
        self._entries.insert(index, _Entry(item, stretch))
        self.invalidate()

    def addLayout(self, layout: QLayout, stretch: int = 0) -> None:
        self.addChildLayout(layout)
        self._entries.append(_Entry(layout, stretch))
        self.invalidate()

    def addStretch(self, stretch: int = 1) -> None:
        policy = QSizePolicy.Policy
        spacer = QSpacerItem(0, 0, policy.Expanding, policy.Minimum)
        self._entries.append(_Entry(spacer, stretch))
        self.invalidate()

    def count(self) -> int:
        return len(self._entries)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._entries[index].item if 0 <= index < len(self._entries) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._entries):
            return None
        entry = self._entries.pop(index)
        self.invalidate()
        return entry.item

    # -- sizes --------------------------------------------------------------------------
    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), place=False)
        return self._heights[width]

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        shown = self._shown()
        things = [e for e in shown if not e.is_spacer]
        width = sum(e.width_wanted() for e in things) + self._gap() * max(0, len(things) - 1)
        height = max((e.height_at(e.width_wanted()) for e in things), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:
        """As wide as the widest item: every item on a line of its own."""
        shown = [e for e in self._shown() if not e.is_spacer]
        width = max((e.item.minimumSize().width() for e in shown), default=0)
        height = max((e.item.minimumSize().height() for e in shown), default=0)
        return self._with_margins(QSize(width, height))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    # -- laying out ---------------------------------------------------------------------
    def _shown(self) -> list[_Entry]:
        return [e for e in self._entries if e.is_spacer or not e.item.isEmpty()]

    def _gap(self, metric=QStyle.PixelMetric.PM_LayoutHorizontalSpacing) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parent()
        if isinstance(parent, QWidget):
            return max(0, parent.style().pixelMetric(metric, None, parent))
        if isinstance(parent, QLayout):
            return max(0, parent.spacing())
        return 6

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return size.grownBy(margins)

    def _lines(self, width: int) -> list[list[_Entry]]:
        gap = self._gap()
        lines: list[list[_Entry]] = [[]]
        used = 0
        for entry in self._shown():
            line = lines[-1]
            things = [e for e in line if not e.is_spacer]
            wanted = entry.width_wanted()
            if not entry.is_spacer and things and used + gap + wanted > width:
                carried = []  # a stretch goes on with the item after it
                while line and line[-1].is_spacer:
                    carried.insert(0, line.pop())
                lines.append(carried)
                line, used, things = lines[-1], 0, []
            if not entry.is_spacer:
                used += (gap if things else 0) + wanted
            line.append(entry)
        return [line for line in lines if line]

    def _widths(self, line: list[_Entry], width: int) -> list[int]:
        gap = self._gap()
        widths = [e.width_wanted() for e in line]
        things = sum(1 for e in line if not e.is_spacer)
        spare = width - sum(widths) - gap * max(0, things - 1)
        if spare < 0:  # one item alone, wider than the line: down to its minimum
            return [
                max(e.item.minimumSize().width(), w + spare) if not e.is_spacer else 0
                for e, w in zip(line, widths, strict=True)
            ]
        stretches = [e.stretch for e in line]
        total = sum(stretches)
        if total:
            for index, stretch in enumerate(stretches):
                share = spare * stretch // total
                high = line[index].item.maximumSize().width()
                widths[index] = min(widths[index] + share, max(widths[index], high))
        return widths

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap, line_gap = self._gap(), self._gap(QStyle.PixelMetric.PM_LayoutVerticalSpacing)
        direction = self.parentWidget().layoutDirection() if self.parentWidget() else None
        y = area.y()
        for number, line in enumerate(self._lines(area.width())):
            widths = self._widths(line, area.width())
            height = max(
                (e.height_at(w) for e, w in zip(line, widths, strict=True) if not e.is_spacer),
                default=0,
            )
            if number:
                y += line_gap
            x = area.x()
            for entry, width in zip(line, widths, strict=True):
                if entry.is_spacer:
                    x += width
                    continue
                if place:
                    high = entry.item.maximumSize().height()
                    own = min(height, max(high, entry.height_at(width)))
                    top = entry.item.alignment() & Qt.AlignmentFlag.AlignTop
                    down = 0 if top else (height - own) // 2
                    box = QRect(QPoint(x, y + down), QSize(width, own))
                    if direction is not None:
                        box = QStyle.visualRect(direction, area, box)
                    entry.item.setGeometry(box)
                x += width + gap
            y += height
        return y - area.y() + margins.top() + margins.bottom()
