"""The Qt table model behind the projects window's lists: rows of text, each with the id of
what it shows (a project, a member, an outcome, a reminder) under ``KEY_ROLE``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the id of the row's project, citizen or outcome

_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Read-only rows of text with a key each. ``set_rows`` replaces them all."""

    def __init__(self, header: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self._header = list(header)
        self._rows: list[tuple[str, ...]] = []
        self._keys: list[object] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._header)
        ):
            return self._header[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == KEY_ROLE:
            return self._keys[index.row()]
        return None

    def set_rows(self, rows: Sequence[tuple[object, Sequence[str]]]) -> None:
        """``rows``: (key, texts) pairs."""
        self.beginResetModel()
        self._keys = [key for key, _ in rows]
        self._rows = [tuple(texts) for _, texts in rows]
        self.endResetModel()

    def key_at(self, row: int):
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def row_of(self, key) -> int | None:
        return self._keys.index(key) if key in self._keys else None

    def texts_at(self, row: int) -> tuple[str, ...]:
        return self._rows[row]
