"""A list of the things that belong to the goal shown – sub-goals, milestones – with their
whole life: add, edit ("Ret"), reached or dropped on a day with a reason, open again, delete.
Every change can be undone with Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.lifecycle import Outcome
from ui.dialogs.confirm import ConfirmDialog
from ui.screens.plan.context import PlanContext
from ui.screens.plan.widgets import StatusRow, button, chosen_id, fill_list, together
from ui.widgets.flow_layout import FlowLayout


def outcome_text(item) -> str:
    """ "  ✓ nået 03-02-2025" / "  – opgivet 03-02-2025: fordi …" / ''."""
    if item.outcome is Outcome.REACHED:
        text = f"  ✓ nået {format_date(item.reached_on)}"
    elif item.outcome is Outcome.DROPPED:
        text = f"  – opgivet {format_date(item.dropped_on)}"
    else:
        return ""
    return text + (f": {item.status_reason}" if item.status_reason else "")


class GoalItemsSection(QGroupBox):
    """Subclasses give the form's fields and the storage calls (the hooks at the end)."""

    def __init__(self, context: PlanContext, title: str, add_text: str, reason_hint: str) -> None:
        super().__init__(title)
        self.context = context
        self._editing: int | None = None
        self._add_text = add_text
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Liste: %1").replace("%1", title))
        self.list.setMaximumHeight(self.fontMetrics().height() * 7)
        # A long line wraps in a narrow list (200 %) instead of scrolling sideways
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.status_row = StatusRow(reason_hint, title)
        self.edit_button = button(
            self.tr("Ret"), self.start_edit, self.status_row.named(self.tr("Ret"))
        )
        self.delete_button = button(
            self.tr("Slet …"), self.delete_chosen, self.status_row.named(self.tr("Slet …"))
        )
        self.reach_button = self.status_row.add(
            self.tr("Nået"), lambda: self.close_chosen(Outcome.REACHED)
        )
        self.drop_button = self.status_row.add(
            self.tr("Opgivet"), lambda: self.close_chosen(Outcome.DROPPED)
        )
        self.reopen_button = self.status_row.add(
            self.tr("Åbn igen"), lambda: self.close_chosen(Outcome.OPEN)
        )
        self.status_row.buttons.addStretch()
        self.status_row.buttons.addWidget(self.edit_button)
        self.status_row.buttons.addWidget(self.delete_button)
        self.form = FlowLayout()
        self.add_button = button(add_text, self.submit)
        self.cancel_button = button(self.tr("Annuller"), self.cancel_edit)
        self.cancel_button.hide()
        self.no_goal = QLabel(self.tr("Skriv målet først – så hører det til målet."))
        self.no_goal.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.no_goal)
        layout.addWidget(self.list)
        layout.addWidget(self.status_row)
        layout.addLayout(self.form)

    def finish_form(self, *fields: QWidget | str, stretch: QWidget | None = None) -> None:
        """The form's fields in a row, then the add and cancel buttons. A text is a label,
        kept on the line of the field after it when the row wraps."""
        label = None
        for field in fields:
            if isinstance(field, str):
                label = field
            elif label is not None:
                self.form.addLayout(together(label, field), 1 if field is stretch else 0)
                label = None
            else:
                self.form.addWidget(field, 1 if field is stretch else 0)
        self.form.addWidget(self.add_button)
        self.form.addWidget(self.cancel_button)

    # -- showing ------------------------------------------------------------------------
    def load(self) -> None:
        goal_id = self.context.goal_id
        keep = chosen_id(self.list)
        items = self.items(goal_id) if goal_id is not None else []
        fill_list(
            self.list, [(i.id, self.describe(i), i.outcome is Outcome.OPEN) for i in items], keep
        )
        if self._editing is not None and self._editing not in {i.id for i in items}:
            self.cancel_edit()
        for widget in self.findChildren(QWidget):
            if widget is not self.no_goal and widget.parentWidget() is self:
                widget.setEnabled(goal_id is not None)
        self.no_goal.setVisible(goal_id is None)
        self._enable()

    def _enable(self) -> None:
        item_id = chosen_id(self.list)
        item = self._item(item_id) if item_id is not None else None
        for widget in (self.edit_button, self.delete_button):
            widget.setEnabled(item is not None)
        for widget, outcome in (
            (self.reach_button, Outcome.REACHED),
            (self.drop_button, Outcome.DROPPED),
            (self.reopen_button, Outcome.OPEN),
        ):
            widget.setEnabled(item is not None and item.outcome is not outcome)

    def _item(self, item_id: int):
        """The item with this id in the goal shown (``None`` when it is gone)."""
        goal_id = self.context.goal_id
        items = self.items(goal_id) if goal_id is not None else []
        return next((i for i in items if i.id == item_id), None)

    def chosen(self):
        item_id = chosen_id(self.list)
        if item_id is None:
            self.context.show_error(self.tr("Vælg en linje i listen først."))
        return item_id

    # -- changing -----------------------------------------------------------------------
    def submit(self) -> bool:
        """Add a new one, or save the one being edited ("Ret")."""
        goal_id = self.context.goal_id
        if goal_id is None:
            self.context.show_error(self.tr("Skriv målet først, så det hører til et mål."))
            return False
        editing = self._editing
        existing = self._item(editing) if editing is not None else None
        item = self.item_from_form(existing, goal_id)
        text = self.tr("ret %1") if editing else self.tr("tilføj %1")
        if not self.context.act(text.replace("%1", self.noun()), lambda: self.save(item)):
            return False
        self.cancel_edit()
        self.context.reload_needed.emit()
        return True

    def start_edit(self) -> bool:
        item_id = self.chosen()
        if item_id is None:
            return False
        self.fill_form(self._item(item_id))
        self._editing = item_id
        self.add_button.setText(self.tr("Gem ændring"))
        self.cancel_button.show()
        return True

    def cancel_edit(self) -> None:
        self._editing = None
        self.clear_form()
        self.add_button.setText(self._add_text)
        self.cancel_button.hide()

    def close_chosen(self, outcome: Outcome) -> bool:
        item_id = self.chosen()
        if item_id is None:
            return False
        row = self.status_row
        text = {
            Outcome.REACHED: self.tr("%1 nået"),
            Outcome.DROPPED: self.tr("%1 opgivet"),
            Outcome.OPEN: self.tr("%1 åbnet igen"),
        }[outcome].replace("%1", self.noun())
        day, reason = row.day(), row.text()
        if not self.context.act(text, lambda: self.set_outcome(item_id, outcome, day, reason)):
            return False
        row.done()
        self.context.reload_needed.emit()
        return True

    def delete_chosen(self) -> bool:
        item_id = self.chosen()
        if item_id is None:
            return False
        item = self._item(item_id)
        question = self.delete_question(item) + "\n\n" + self.tr("Du kan fortryde med Ctrl+Z.")
        title = self.tr("Slet %1").replace("%1", self.noun())
        if not ConfirmDialog.ask(self, title, question, self.tr("Slet")):
            return False
        text = self.tr("slet %1").replace("%1", self.noun())
        if not self.context.act(text, lambda: self.delete(item_id)):
            return False
        self.context.reload_needed.emit()
        return True

    # -- hooks --------------------------------------------------------------------------
    def noun(self) -> str:
        raise NotImplementedError

    def items(self, goal_id: int) -> list:
        raise NotImplementedError

    def describe(self, item) -> str:
        raise NotImplementedError

    def item_from_form(self, existing, goal_id: int):
        """The item as the form says; ``existing`` (when editing) keeps what the form lacks."""
        raise NotImplementedError

    def fill_form(self, item) -> None:
        raise NotImplementedError

    def clear_form(self) -> None:
        raise NotImplementedError

    def save(self, item) -> object:
        raise NotImplementedError

    def set_outcome(self, item_id: int, outcome: Outcome, day, reason: str) -> object:
        raise NotImplementedError

    def delete(self, item_id: int) -> object:
        raise NotImplementedError

    def delete_question(self, item) -> str:
        raise NotImplementedError
