"""What the plan's sections share: the database, the citizen shown, the message line, and
undo (Ctrl+Z) of every change they make.

A section changes the plan through ``act``: the plan's rows are read before and after, and
the difference goes on the window's undo stack (``Rediger → Fortryd``, Ctrl+Z), the same
stack the register's edits use. Typed text is saved through ``run`` instead: a text field has
its own Ctrl+Z while the cursor is in it.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from progressionsdialog.errors import ProgressionsdialogError, ValidationError
from progressionsdialog.storage.meetings import list_meetings
from progressionsdialog.storage.plan_changes import (
    PlanChange,
    plan_change,
    plan_state,
    redo_change,
    undo_change,
)
from ui.pending import flush_pending
from ui.widgets.field_error import FieldError
from ui.widgets.save_status import SaveStatus


def label_tr(text: str) -> str:
    """A label from the core (effort kinds, step owners …) in the window's language; they are
    named in ``ui/translation.py`` under the plan page's context."""
    return QCoreApplication.translate("PlanPage", text)


def window_undo_stack(widget: QWidget) -> QUndoStack | None:
    """The undo stack of the window ``widget`` is in (the main window's), if it has one."""
    return widget.window().findChild(QUndoStack, options=Qt.FindChildOption.FindDirectChildrenOnly)


class PlanContext(QObject):
    changed = Signal()  # the plan changed: the overview and the register's flags follow
    reload_needed = Signal()  # undo or redo changed the plan under the sections
    goal_chosen = Signal()  # another goal is shown: its sub-goals and milestones follow

    def __init__(self, db: sqlite_utils.Database, page: QWidget) -> None:
        super().__init__(page)
        self.db, self.page = db, page
        self.citizen_id: int | None = None
        self.goal_id: int | None = None  # the goal shown in the goal section
        self.error = FieldError()
        self.status = SaveStatus()
        self._own_stack: QUndoStack | None = None

    def meeting_id(self) -> int | None:
        """The citizen's latest meeting: where what is decided now is decided."""
        meetings = list_meetings(self.db, self.citizen_id) if self.citizen_id else []
        return meetings[-1].id if meetings else None

    def show_error(self, message: str | None) -> None:
        self.error.show_message(message)

    def run(self, action: Callable[[], object]) -> bool:
        """Save (text as it is typed); a refused value is explained and stays on screen."""
        try:
            action()
        except ValidationError as error:
            self.show_error(error.message)
            return False
        except ProgressionsdialogError as error:
            self.show_error(str(error))
            return False
        self.show_error(None)
        self.status.saved()
        self.changed.emit()
        return True

    def act(self, text: str, action: Callable[[], object]) -> bool:
        """Change the plan so that Ctrl+Z takes it back; ``text`` names it in the Edit menu."""
        if self.citizen_id is None:
            return False
        flush_pending(self.page)  # words typed belong to the state before the change
        citizen_id = self.citizen_id
        before = plan_state(self.db, citizen_id)
        if not self.run(action):
            return False
        change = plan_change(before, plan_state(self.db, citizen_id))
        if change:
            self.undo_stack().push(PlanCommand(text, self, change))
        return True

    def undo_stack(self) -> QUndoStack:
        stack = window_undo_stack(self.page)
        if stack is not None:
            return stack
        if self._own_stack is None:  # the page on its own (not in the main window)
            self._own_stack = QUndoStack(self)
        return self._own_stack


class PlanCommand(QUndoCommand):
    """A plan change already made; undo and redo write the rows back (see ``plan_changes``)."""

    def __init__(self, text: str, context: PlanContext, change: PlanChange) -> None:
        super().__init__(text)
        self._context, self._change = context, change
        self._first = True

    def redo(self) -> None:
        if self._first:  # the section already made the change
            self._first = False
            return
        self._apply(redo_change)

    def undo(self) -> None:
        self._apply(undo_change)

    def _apply(self, write) -> None:
        context = self._context
        flush_pending(context.page)  # words typed a moment ago are saved, not overwritten
        try:
            self._change = write(context.db, self._change)
        except ProgressionsdialogError as error:
            context.show_error(str(error))
            self.setObsolete(True)  # it no longer fits the plan: off the stack
            return
        context.show_error(None)
        if context.citizen_id == self._change.citizen_id:
            context.reload_needed.emit()
        context.changed.emit()
