"""The register's table model: every citizen, filtered and sorted inside the model.

Filtering and sorting run in plain Python over precomputed keys instead of through a
``QSortFilterProxyModel``, whose per-row calls back into Python cost too much with
10,000 citizens (the goal is under 20 ms per keystroke).

After a save only that citizen's row changes (``put_citizen``, ``remove_citizen``): it is
moved, inserted or removed with Qt's row signals, so the view keeps its selection and
scroll position, and the other 9,999 rows are not read or sorted again.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.text import danish_sort_key, search_key
from progressionsdialog.storage.citizens import CitizenSummary
from ui.translation import target_group_label

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_FONT = Qt.ItemDataRole.FontRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ITALIC = QFont()
_ITALIC.setItalic(True)
_GREY = QColor(110, 110, 110)


class _Reversed:
    """A sort key compared the other way round: ``bisect`` in a descending list."""

    __slots__ = ("key",)

    def __init__(self, key) -> None:
        self.key = key

    def __lt__(self, other: _Reversed) -> bool:
        return other.key < self.key


def _search_text(summary: CitizenSummary) -> str:
    citizen = summary.citizen
    parts = [search_key(citizen.name)]
    if citizen.birth_date:
        born = citizen.birth_date
        parts += [format_date(born), f"{born:%d-%m-%Y}", f"{born:%d%m%y}", f"{born:%d.%m.%Y}"]
    if citizen.cpr:
        parts += [citizen.cpr.digits, str(citizen.cpr)]
    return " ".join(parts)


class CitizenTableModel(QAbstractTableModel):
    COL_NAME, COL_BIRTH, COL_GROUP, COL_CASEWORKER, COL_LAST_MEETING = range(5)
    CitizenIdRole = Qt.ItemDataRole.UserRole + 1
    ArchivedRole = Qt.ItemDataRole.UserRole + 2

    HEADERS = ("Navn", "Født", "Målgruppe", "Sagsbehandler", "Seneste samtale")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[CitizenSummary] = []  # a removed citizen's place stays, unused
        self._position_of: dict[int, int] = {}  # citizen id -> place in ``_all``
        self._keys: list[str] = []
        self._archived: list[bool] = []
        self._display: list[tuple[str, ...] | None] = []
        self._archived_count = 0
        self._visible: list[int] = []
        self._tokens: list[str] = []
        self._show_archived = False
        self._sort_column = self.COL_NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._order: list[int] = []

    # -- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._visible):
            return None
        position = self._visible[row]
        if role == _DISPLAY:  # the hot path: keep it short
            return self._display_row(position)[index.column()]
        if role == _TOOLTIP:
            reasons = self._all[position].follow_up
            text = self._display_row(position)[index.column()]
            return "\n".join([text, *reasons]) if index.column() == self.COL_NAME else text
        citizen = self._all[position].citizen
        if role == _ACCESSIBLE and index.column() == self.COL_NAME:
            return " ".join([citizen.name, *self._all[position].follow_up])
        if role == _FONT and citizen.archived:
            return _ITALIC
        if role == _FOREGROUND and citizen.archived:
            return _GREY
        if role == self.CitizenIdRole:
            return citizen.id
        if role == self.ArchivedRole:
            return citizen.archived
        return None

    def _display_row(self, position: int) -> tuple[str, ...]:
        """The five texts of a row, made once and kept (formatting on every paint is slow)."""
        cached = self._display[position]
        if cached is None:
            summary = self._all[position]
            citizen = summary.citizen
            name = citizen.name + (self.tr(" (arkiveret)") if citizen.archived else "")
            if summary.follow_up:
                name = "⚑ " + name  # needs follow-up: the reasons are in the tooltip
            cached = (
                name,
                format_date(citizen.birth_date),
                target_group_label(citizen.target_group),
                citizen.caseworker_name,
                format_date(summary.last_meeting),
            )
            self._display[position] = cached
        return cached

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._sort_order = column, order
        self._order = self._sorted_order()
        self._visible = self._filtered()
        self.layoutChanged.emit()

    # -- our interface ------------------------------------------------------------------
    def set_citizens(self, summaries: list[CitizenSummary]) -> None:
        self.beginResetModel()
        self._all = list(summaries)
        self._position_of = {s.citizen.id: i for i, s in enumerate(self._all)}
        self._keys = [_search_text(s) for s in self._all]
        self._archived = [s.citizen.archived for s in self._all]
        self._display: list[tuple[str, ...] | None] = [None] * len(self._all)
        self._archived_count = sum(self._archived)
        self._order = self._sorted_order()
        self._visible = self._filtered()
        self.endResetModel()

    def set_query(self, text: str) -> None:
        tokens = search_key(text).split()
        if tokens == self._tokens:
            return
        # Typing on narrows the search: only rows that matched before can match now.
        narrowing = (
            bool(self._tokens)
            and len(tokens) >= len(self._tokens)
            and all(new.find(old) >= 0 for old, new in zip(self._tokens, tokens, strict=False))
        )
        self._tokens = tokens
        self._refilter(self._visible if narrowing else None)

    def set_show_archived(self, show: bool) -> None:
        if show != self._show_archived:
            self._show_archived = show
            self._refilter()

    def citizen_id_at(self, row: int) -> int | None:
        if 0 <= row < len(self._visible):
            return self._all[self._visible[row]].citizen.id
        return None

    def row_of(self, citizen_id: int) -> int | None:
        position = self._position_of.get(citizen_id)
        return None if position is None else self._row_of_position(position)

    def total_count(self) -> int:
        alive = len(self._position_of)
        return alive if self._show_archived else alive - self._archived_count

    def put_citizen(self, summary: CitizenSummary) -> None:
        """Add this citizen's row or bring it up to date: moved to its sorted place, shown or
        hidden by the search and "Vis arkiverede", with row signals and no reset."""
        citizen = summary.citizen
        position = self._position_of.get(citizen.id)
        old_row = None
        if position is None:
            position = len(self._all)
            self._position_of[citizen.id] = position
            self._all.append(summary)
            self._keys.append(_search_text(summary))
            self._archived.append(citizen.archived)
            self._display.append(None)
        else:
            old_row = self._row_of_position(position)
            self._order.remove(position)
            self._archived_count -= self._archived[position]
            self._all[position] = summary
            self._keys[position] = _search_text(summary)
            self._archived[position] = citizen.archived
            self._display[position] = None
        self._archived_count += citizen.archived
        bisect.insort(self._order, position, key=self._order_key())
        shown = self._matches(position)
        if old_row is None:
            if shown:
                self._insert_row(position)
            return
        if not shown:
            self.beginRemoveRows(QModelIndex(), old_row, old_row)
            del self._visible[old_row]
            self.endRemoveRows()
            return
        others = self._visible[:old_row] + self._visible[old_row + 1 :]
        new_row = bisect.bisect_right(others, self._order_key()(position), key=self._order_key())
        if new_row == old_row:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(old_row, 0), self.index(old_row, last))
            return
        # Qt counts the destination before the row is taken out
        self.beginMoveRows(
            QModelIndex(), old_row, old_row, QModelIndex(), new_row + (new_row > old_row)
        )
        others.insert(new_row, position)
        self._visible = others
        self.endMoveRows()

    def remove_citizen(self, citizen_id: int) -> None:
        """The citizen is gone (erased): their row goes, without a reset."""
        position = self._position_of.pop(citizen_id, None)
        if position is None:
            return
        row = self._row_of_position(position)
        self._order.remove(position)
        self._archived_count -= self._archived[position]
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._visible[row]
            self.endRemoveRows()

    # -- internals ----------------------------------------------------------------------
    def _row_of_position(self, position: int) -> int | None:
        try:
            return self._visible.index(position)  # a scan in C: about 0.1 ms for 10,000
        except ValueError:
            return None

    def _matches(self, position: int) -> bool:
        if self._archived[position] and not self._show_archived:
            return False
        key = self._keys[position]
        return all(token in key for token in self._tokens)

    def _insert_row(self, position: int) -> None:
        key = self._order_key()
        row = bisect.bisect_right(self._visible, key(position), key=key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._visible.insert(row, position)
        self.endInsertRows()

    def _order_key(self):
        """The key ``_order`` and ``_visible`` are sorted by, the way round they are sorted."""
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            return lambda i: _Reversed(self._sort_key(i))
        return self._sort_key

    def _sort_key(self, i: int) -> tuple:
        column = self._sort_column
        summary = self._all[i]
        citizen = summary.citizen
        name = danish_sort_key(citizen.name)
        if column == self.COL_BIRTH:
            return (citizen.birth_date is None, citizen.birth_date or 0, name)
        if column == self.COL_GROUP:
            return (citizen.target_group.label, name)
        if column == self.COL_CASEWORKER:
            return (danish_sort_key(citizen.caseworker_name), name)
        if column == self.COL_LAST_MEETING:
            return (summary.last_meeting is None, summary.last_meeting or 0, name)
        return (name,)

    def _refilter(self, candidates: list[int] | None = None) -> None:
        self.beginResetModel()
        self._visible = self._filtered(candidates)
        self.endResetModel()

    def _filtered(self, candidates: list[int] | None = None) -> list[int]:
        """Rows to show, in sort order: one plain list comprehension per search word."""
        keys, archived = self._keys, self._archived
        rows = self._order if candidates is None else candidates
        if not self._show_archived and candidates is None:
            rows = [i for i in rows if not archived[i]]
        for token in self._tokens:
            rows = [i for i in rows if token in keys[i]]
        return rows if rows is not self._order else list(rows)

    def _sorted_order(self) -> list[int]:
        order = sorted(self._position_of.values(), key=self._sort_key)
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            order.reverse()
        return order
