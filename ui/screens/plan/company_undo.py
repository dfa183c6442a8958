"""Undo (Ctrl+Z) of a change to an effort and its company record: hours, follow-ups at the
company, the company's details, the result, or the effort deleted with all of it.

The company tables are not in the plan's undo (``plan_changes``), so the change is taken
over the plan's and the company tables together (``company_changes``) and pushed on the
same stack as the plan's (``PlanContext.undo_stack``). A refused value is shown under the
company block (or the section's line) and the field it is about gets the focus.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from progressionsdialog.errors import ProgressionsdialogError, ValidationError
from progressionsdialog.storage.company_changes import (
    effort_state,
    redo_effort_change,
    undo_effort_change,
)
from progressionsdialog.storage.plan_changes import PlanChange, plan_change
from ui.pending import flush_pending
from ui.screens.plan.context import PlanContext
from ui.widgets.field_error import FieldError


def act_on_efforts(
    context: PlanContext,
    text: str,
    action: Callable[[], object],
    error: FieldError | None = None,
    fields: Mapping[str, QWidget] | None = None,
) -> bool:
    """Make the change; Ctrl+Z takes it back. A ``ValidationError`` goes to ``error`` (or
    the plan's message line) and its field in ``fields`` gets the focus."""
    if context.citizen_id is None:
        return False
    flush_pending(context.page)
    citizen_id = context.citizen_id
    shown = error or context.error
    before = effort_state(context.db, citizen_id)
    try:
        action()
    except ValidationError as refused:
        shown.show_message(refused.message)
        field = (fields or {}).get(refused.field)
        if field is not None:
            field.setFocus()
        return False
    except ProgressionsdialogError as refused:
        shown.show_message(str(refused))
        return False
    shown.show_message(None)
    context.show_error(None)
    saved = QCoreApplication.translate("PlanContext", "Gemt kl. %1")
    context.status.setText(saved.replace("%1", datetime.now().strftime("%H:%M")))
    change = plan_change(before, effort_state(context.db, citizen_id))
    if change:
        context.undo_stack().push(EffortCommand(text, context, change))
    context.reload_needed.emit()
    context.changed.emit()
    return True


class EffortCommand(QUndoCommand):
    """An effort change already made; undo and redo write the rows back."""

    def __init__(self, text: str, context: PlanContext, change: PlanChange) -> None:
        super().__init__(text)
        self._context, self._change = context, change
        self._first = True

    def redo(self) -> None:
        if self._first:  # the section already made the change
            self._first = False
            return
        self._apply(redo_effort_change)

    def undo(self) -> None:
        self._apply(undo_effort_change)

    def _apply(self, write) -> None:
        context = self._context
        flush_pending(context.page)
        try:
            self._change = write(context.db, self._change)
        except ProgressionsdialogError as error:
            context.show_error(str(error))
            self.setObsolete(True)
            return
        context.show_error(None)
        if context.citizen_id == self._change.citizen_id:
            context.reload_needed.emit()
        context.changed.emit()
