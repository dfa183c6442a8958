"""Undo (Ctrl+Z) of a change to a screening: a choice, a new or deleted screening, its date.

The screening's tables are not in the plan's undo (``plan_changes``), so each change brings
its own way back and forth, pushed on the same stack as the plan's (``PlanContext``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from progressionsdialog.errors import ProgressionsdialogError
from ui.pending import flush_pending

if TYPE_CHECKING:
    from ui.screens.plan.screening_section import ScreeningSection


class ScreeningCommand(QUndoCommand):
    """A screening change already made; undo and redo make it again (see ``PlanCommand``)."""

    def __init__(
        self,
        text: str,
        section: ScreeningSection,
        undo: Callable[[], object],
        redo: Callable[[], object],
    ) -> None:
        super().__init__(text)
        self._section, self._undo, self._redo = section, undo, redo
        self._citizen_id = section.context.citizen_id
        self._first = True

    def redo(self) -> None:
        if self._first:  # the section already made the change
            self._first = False
            return
        self._apply(self._redo)

    def undo(self) -> None:
        self._apply(self._undo)

    def _apply(self, write: Callable[[], object]) -> None:
        section = self._section
        context = section.context
        flush_pending(context.page)  # words typed a moment ago are saved, not overwritten
        try:
            write()
        except ProgressionsdialogError as error:
            context.show_error(str(error))
            self.setObsolete(True)  # it no longer fits the screening: off the stack
            return
        context.show_error(None)
        if context.citizen_id == self._citizen_id:
            section.load()
        context.changed.emit()
