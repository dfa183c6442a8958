"""The rows of one part of a company-directed effort (its hours a week, its follow-ups at
the company): a list, a form that adds a row or changes the chosen one, and delete after a
question. Each change goes through the plan's undo (``act_on_efforts``).

A subclass makes the list (``rows``) and the form, gives its texts (in its own translation
context), and says how a row fills the form and how the form is cleared.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QListWidget, QWidget

from ui.dialogs.confirm import ConfirmDialog
from ui.screens.plan.company_undo import act_on_efforts
from ui.screens.plan.context import PlanContext
from ui.screens.plan.widgets import button, chosen_id
from ui.widgets.field_error import FieldError
from ui.widgets.flow_layout import FlowLayout


class EffortPartRows(QWidget):
    rows: QListWidget

    def __init__(self, context: PlanContext, error: FieldError) -> None:
        super().__init__()
        self.context, self.error = context, error
        self.effort_id: int | None = None
        self._editing: int | None = None

    def _buttons(self, add: str, save: str, edit: str, delete: str, cancel: str) -> FlowLayout:
        """Add (or save the change), cancel the change, edit the chosen row, delete it; in a
        row that wraps on a narrow screen (200 %)."""
        self._add_text, self._save_text = add, save
        self.add_button = button(add, self.submit)
        self.edit_button = button(edit, self.start_edit)
        self.delete_button = button(delete, self.delete_chosen)
        self.cancel_button = button(cancel, self.cancel_edit)
        self.cancel_button.hide()
        buttons = FlowLayout()
        for widget in (self.add_button, self.cancel_button, self.edit_button, self.delete_button):
            buttons.addWidget(widget)
        buttons.addStretch()
        return buttons

    # -- what a subclass says ------------------------------------------------------------
    def submit(self) -> bool:
        raise NotImplementedError

    def _fill_form(self, row_id: int) -> QWidget:
        """Show row ``row_id`` in the form; returns the field that gets the focus."""
        raise NotImplementedError

    def _clear_form(self) -> None:
        raise NotImplementedError

    # -- shared --------------------------------------------------------------------------
    def _on_chosen(self) -> None:
        chosen = chosen_id(self.rows) is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def start_edit(self) -> bool:
        row_id = chosen_id(self.rows)
        if row_id is None:
            return False
        focus = self._fill_form(row_id)
        self._editing = row_id
        self.add_button.setText(self._save_text)
        self.cancel_button.show()
        focus.setFocus()
        return True

    def cancel_edit(self) -> None:
        self._editing = None
        self._clear_form()
        self.add_button.setText(self._add_text)
        self.cancel_button.hide()

    def _save(self, undo_text: str, save: Callable[[], object], fields) -> bool:
        done = act_on_efforts(self.context, undo_text, save, self.error, fields)
        if done:
            self.cancel_edit()
        return done

    def _delete_after_asking(
        self, title: str, question: str, answer: str, undo_text: str, delete: Callable[[], object]
    ) -> bool:
        if not ConfirmDialog.ask(self, title, question, answer):
            return False
        return act_on_efforts(self.context, undo_text, delete, self.error)
