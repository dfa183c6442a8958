"""Undo (Ctrl+Z) of a change to an effort and its company record: hours, follow-ups at the
company, the company's details, the result, or the effort deleted with all of it.

The plan's undo (``plan_changes``) covers the company tables too, so the change is a
``PlanCommand`` on the plan's stack, as every plan section's is. What differs from
``PlanContext.act`` is only where a refused value is shown: under the company block (or the
section's line), with the focus on the field it is about.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QWidget

from progressionsdialog.errors import ProgressionsdialogError, ValidationError
from progressionsdialog.storage.plan_changes import plan_change, plan_state
from ui.pending import flush_pending
from ui.screens.plan.context import PlanCommand, PlanContext
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
    before = plan_state(context.db, citizen_id)
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
    context.status.saved()
    change = plan_change(before, plan_state(context.db, citizen_id))
    if change:
        context.undo_stack().push(PlanCommand(text, context, change))
    context.reload_needed.emit()
    context.changed.emit()
    return True
