"""The plan's tables share their width among their columns as a web page's table does, so
that they fit a narrow screen (a laptop at 200 %) without scrolling sideways and show every
word whole.

Each column gets at least its longest word (or its longest line, for a column whose text
must not break, such as a phone number); what is left goes to the columns whose text is
longer than their room, so at 1366 px most cells stand on one line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyledItemDelegate, QTableWidget

BREAK = "\u200b"  # an invisible place where a line may break (zero-width space)
# Where Qt may break a line: spaces, the invisible break, and after a hyphen before a
# letter ("sundhedshjælper-opgaver", not "20-03-2026"); never at a no-break space.
BREAKS = re.compile(f"[ \\t\\n{BREAK}]+|(?<=-)(?=[^\\W\\d_])")


def breakable_address(address: str) -> str:
    """An e-mail address that may break after its "@" and before the dots of its domain in
    a narrow column, shown whole instead of cut off.

    >>> breakable_address("lone.berg@solgaarden.dk").split(BREAK)
    ['lone.berg@', 'solgaarden', '.dk']
    """
    user, at, domain = address.partition("@")
    return user + at + BREAK + domain.replace(".", BREAK + ".") if at else address


class AddressDelegate(QStyledItemDelegate):
    """Shows an e-mail address with its places to break (``breakable_address``); the
    item's own text stays the address as typed."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.text = breakable_address(option.text)


class ColumnFit(QObject):
    """Keeps ``table``'s columns fitted to its width; call ``fit()`` after filling it.

    ``whole``: columns whose lines never break. ``stretch``: the columns that get the room
    left over once every column shows its text (all of them when not given).
    ``addresses``: columns of e-mail addresses, which may break after the "@".
    """

    def __init__(
        self,
        table: QTableWidget,
        whole: Iterable[int] = (),
        stretch: Iterable[int] = (),
        addresses: Iterable[int] = (),
    ) -> None:
        super().__init__(table)
        self.table = table
        self.whole = set(whole)
        self.stretch = set(stretch)
        self.addresses = set(addresses)
        self._delegate = AddressDelegate(table)
        for column in self.addresses:
            table.setItemDelegateForColumn(column, self._delegate)
        self._busy = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)  # wrapped, never cut off
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            self._fit_columns()
            self.table.resizeRowsToContents()
            self._fit_spanning_rows()
        finally:
            self._busy = False

    # -- measuring ----------------------------------------------------------------------
    def _room(self) -> int:
        """The viewport's width with room kept for the vertical scroll bar, so that the
        columns do not change when it comes or goes."""
        table = self.table
        bar = table.verticalScrollBar()
        if bar.isVisible():
            return table.viewport().width()
        extent = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, bar)
        return table.viewport().width() - extent

    def _padding(self) -> int:
        style = self.table.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table)
        return 2 * (margin + 1) + 2  # the item delegate's text margins, and a pixel each

    def _font(self, item):
        own = item.data(Qt.ItemDataRole.FontRole)
        return own if own is not None else self.table.font()

    def _spans(self, row: int) -> bool:
        return self.table.columnSpan(row, 0) > 1

    def _needs(self) -> tuple[list[int], list[int]]:
        """Per column: the width of its longest word, and of its longest line."""
        table, pad = self.table, self._padding()
        header = table.horizontalHeader()
        words, lines = [], []
        for column in range(table.columnCount()):
            head = table.horizontalHeaderItem(column)
            texts = [(head.text() if head else "", QFontMetrics(header.font()))]
            for row in range(table.rowCount()):
                item = table.item(row, column)
                if item is not None and not self._spans(row):
                    text = item.text()
                    if column in self.addresses:
                        text = breakable_address(text)
                    texts.append((text, QFontMetrics(self._font(item))))
            word = line = 0
            for text, metrics in texts:
                for part in text.split("\n"):
                    line = max(line, metrics.horizontalAdvance(part))
                    if column not in self.whole:
                        pieces = BREAKS.split(part)
                        word = max([word, *(metrics.horizontalAdvance(w) for w in pieces)])
            words.append((line if column in self.whole else word) + pad)
            lines.append(line + pad)
        return words, lines

    # -- sharing ------------------------------------------------------------------------
    def _fit_columns(self) -> None:
        table = self.table
        count = table.columnCount()
        if not count:
            return
        room = self._room()
        words, lines = self._needs()
        lines = [max(w, line) for w, line in zip(words, lines, strict=True)]
        if sum(lines) <= room:  # every line whole: the rest to the stretching columns
            widths = lines
            takers = [c for c in range(count) if not self.stretch or c in self.stretch]
            weights = [lines[c] if c in takers else 0 for c in range(count)]
        elif sum(words) <= room:  # every word whole: the rest where lines are cut most
            widths = words
            weights = [line - word for word, line in zip(words, lines, strict=True)]
        else:  # not even the words fit: the table scrolls sideways inside, as little as can be
            widths, weights = words, [0] * count
        spare = room - sum(widths)
        total = sum(weights)
        if spare > 0 and total:
            pairs = zip(widths, weights, strict=True)
            widths = [w + spare * weight // total for w, weight in pairs]
            last = max(range(count), key=lambda c: weights[c])
            widths[last] += room - sum(widths)  # what the rounding left
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)

    def _fit_spanning_rows(self) -> None:
        """A heading over all columns ("Jobsporet – Ole Vad (…)") wraps over their width."""
        table, pad = self.table, self._padding()
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is None or not self._spans(row):
                continue
            span = table.columnSpan(row, 0)
            width = sum(table.columnWidth(c) for c in range(span)) - pad
            box = QFontMetrics(self._font(item)).boundingRect(
                QRect(0, 0, max(1, width), 0), Qt.TextFlag.TextWordWrap, item.text()
            )
            table.setRowHeight(row, box.height() + pad)
