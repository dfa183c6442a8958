"""Undo of a slip in the register: edits and archiving can be taken back (Ctrl+Z).

The change is made first, by the caller, so errors reach the caller; the command is then
pushed already done, and only later undo/redo calls touch the database.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from progressionsdialog.domain.citizen import CitizenDraft


class _DoneCommand(QUndoCommand):
    def __init__(self, text: str, on_change: Callable[[int], None]) -> None:
        super().__init__(text)
        self._first = True
        self._on_change = on_change

    def redo(self) -> None:
        if self._first:  # the caller already made the change
            self._first = False
            return
        self._apply(forward=True)

    def undo(self) -> None:
        self._apply(forward=False)

    def _apply(self, forward: bool) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class EditCitizenCommand(_DoneCommand):
    def __init__(
        self,
        update: Callable[[int, CitizenDraft], object],
        citizen_id: int,
        before: CitizenDraft,
        after: CitizenDraft,
        on_change,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("undo", "ret %1").replace("%1", after.name), on_change
        )
        self._update, self._id, self._before, self._after = update, citizen_id, before, after

    def _apply(self, forward: bool) -> None:
        self._update(self._id, self._after if forward else self._before)
        self._on_change(self._id)


class ArchiveCommand(_DoneCommand):
    def __init__(
        self,
        set_archived: Callable[[int, bool], object],
        citizen_id: int,
        name: str,
        archived: bool,
        on_change,
    ) -> None:
        verb = "arkivér %1" if archived else "genskab %1"
        super().__init__(QCoreApplication.translate("undo", verb).replace("%1", name), on_change)
        self._set, self._id, self._archived = set_archived, citizen_id, archived

    def _apply(self, forward: bool) -> None:
        self._set(self._id, self._archived if forward else not self._archived)
        self._on_change(self._id)
