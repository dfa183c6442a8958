"""The register's table model: every citizen, filtered and sorted inside the model.

Filtering and sorting run in plain Python over precomputed keys instead of through a
``QSortFilterProxyModel``, whose per-row calls back into Python cost too much with
10,000 citizens (the goal is under 20 ms per keystroke).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.text import danish_sort_key, search_key
from progressionsdialog.storage.citizens import CitizenSummary

_Index = QModelIndex | QPersistentModelIndex


def _search_text(summary: CitizenSummary) -> str:
    citizen = summary.citizen
    parts = [search_key(citizen.name)]
    if citizen.birth_date:
        born = citizen.birth_date
        parts += [format_date(born), born.strftime("%d%m%y"), born.strftime("%d.%m.%Y")]
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
        self._all: list[CitizenSummary] = []
        self._keys: list[str] = []
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
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        summary = self._all[self._visible[index.row()]]
        citizen = summary.citizen
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_NAME:
                return citizen.name + (self.tr(" (arkiveret)") if citizen.archived else "")
            if column == self.COL_BIRTH:
                return format_date(citizen.birth_date)
            if column == self.COL_GROUP:
                return citizen.target_group.label
            if column == self.COL_CASEWORKER:
                return citizen.caseworker_name
            if column == self.COL_LAST_MEETING:
                return format_date(summary.last_meeting)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.COL_NAME:
            return citizen.name
        if role == Qt.ItemDataRole.FontRole and citizen.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and citizen.archived:
            from PySide6.QtGui import QColor

            return QColor(110, 110, 110)
        if role == self.CitizenIdRole:
            return citizen.id
        if role == self.ArchivedRole:
            return citizen.archived
        return None

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
        self._keys = [_search_text(s) for s in self._all]
        self._order = self._sorted_order()
        self._visible = self._filtered()
        self.endResetModel()

    def set_query(self, text: str) -> None:
        tokens = search_key(text).split()
        if tokens == self._tokens:
            return
        self._tokens = tokens
        self._refilter()

    def set_show_archived(self, show: bool) -> None:
        if show != self._show_archived:
            self._show_archived = show
            self._refilter()

    def citizen_id_at(self, row: int) -> int | None:
        if 0 <= row < len(self._visible):
            return self._all[self._visible[row]].citizen.id
        return None

    def row_of(self, citizen_id: int) -> int | None:
        for row, position in enumerate(self._visible):
            if self._all[position].citizen.id == citizen_id:
                return row
        return None

    def total_count(self) -> int:
        return sum(1 for s in self._all if self._show_archived or not s.citizen.archived)

    # -- internals ----------------------------------------------------------------------
    def _refilter(self) -> None:
        self.beginResetModel()
        self._visible = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[int]:
        tokens, keys, rows = self._tokens, self._keys, self._all
        show_archived = self._show_archived
        return [
            i
            for i in self._order
            if (show_archived or rows[i].citizen.archived_at is None)
            and all(t in keys[i] for t in tokens)
        ]

    def _sorted_order(self) -> list[int]:
        column = self._sort_column

        def key(i: int):
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

        order = sorted(range(len(self._all)), key=key)
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            order.reverse()
        return order
