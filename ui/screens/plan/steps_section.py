"""The next steps – who does what by when – in the worker's order, followed up at each meeting:
done, not done (why), dropped (why), taken up again; edited, moved, deleted. The follow-ups
of the chosen step are shown under the table."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.plan import Step, StepStatus
from progressionsdialog.storage.contacts import list_contacts
from progressionsdialog.storage.meetings import list_meetings
from progressionsdialog.storage.steps import (
    delete_step,
    get_step,
    list_steps,
    move_step,
    reviews_of,
    save_step,
    set_step_status,
)
from ui.dialogs.confirm import ConfirmDialog
from ui.screens.plan.context import PlanContext, label_tr
from ui.screens.plan.owner_chooser import OwnerChooser
from ui.screens.plan.table_fit import ColumnFit
from ui.screens.plan.widgets import (
    ID_ROLE,
    HistoryView,
    StatusRow,
    button,
    date_edit,
    pydate,
    qdate,
)
from ui.widgets.flow_layout import FlowLayout

COL_WHO, COL_WHAT, COL_DUE, COL_STATUS = range(4)


class StepsSection(QGroupBox):
    def __init__(self, context: PlanContext) -> None:
        super().__init__()
        self.setTitle(self.tr("Næste skridt"))
        self.context = context
        self._editing: int | None = None
        self.steps = QTableWidget(0, 4)
        self.steps.setHorizontalHeaderLabels(
            [self.tr("Hvem"), self.tr("Hvad"), self.tr("Frist"), self.tr("Status")]
        )
        self.steps.setAccessibleName(self.tr("Næste skridt"))
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.verticalHeader().hide()
        # wrapped, never cut off, and as wide as the section (a laptop at 200 % too)
        self.columns = ColumnFit(self.steps, stretch=(COL_WHAT, COL_STATUS))
        self.steps.setMinimumHeight(self.fontMetrics().height() * 9)
        self.steps.itemSelectionChanged.connect(self._on_chosen)
        self.status_row = StatusRow(
            self.tr("Hvorfor? (skal skrives ved ikke gjort og droppet)"), self.tr("Skridt")
        )
        self.status_buttons = {
            status: self.status_row.add(text, lambda s=status: self.set_status(s))
            for text, status in (
                (self.tr("Gjort"), StepStatus.DONE),
                (self.tr("Ikke gjort"), StepStatus.NOT_DONE),
                (self.tr("Droppet"), StepStatus.DROPPED),
                (self.tr("Åbn igen"), StepStatus.PLANNED),
            )
        }
        self.status_row.buttons.addStretch()
        named = self.status_row.named
        self.up_button = button("↑", lambda: self.move(-1), named(self.tr("Flyt op")))
        self.down_button = button("↓", lambda: self.move(1), named(self.tr("Flyt ned")))
        self.edit_button = button(self.tr("Ret"), self.start_edit, named(self.tr("Ret")))
        self.delete_button = button(self.tr("Slet …"), self.delete_chosen, named(self.tr("Slet …")))
        for widget in (self.up_button, self.down_button, self.edit_button, self.delete_button):
            self.status_row.buttons.addWidget(widget)
        self.history = HistoryView(self.tr("Opfølgning på skridtet"))
        self.step_owner = OwnerChooser()
        self.step_what = QLineEdit()
        self.step_what.setPlaceholderText(self.tr("Hvad skal der ske?"))
        self.step_what.setAccessibleName(self.tr("Hvad skal der ske?"))
        self.step_what.returnPressed.connect(self.submit)
        self.step_due = date_edit(QDate.currentDate().addDays(14), self.tr("Frist"))
        self.add_button = button(self.tr("Tilføj skridt"), self.submit)
        self.cancel_button = button(self.tr("Annuller"), self.cancel_edit)
        self.cancel_button.hide()
        form = FlowLayout()  # wraps on a narrow screen
        form.addWidget(self.step_owner)
        form.addWidget(self.step_what, 1)
        form.addWidget(self.step_due)
        form.addWidget(self.add_button)
        form.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.status_row)
        layout.addWidget(self.history)
        layout.addLayout(form)

    # -- showing ------------------------------------------------------------------------
    def load(self) -> None:
        keep = self.chosen_id()
        self.step_owner.fill(list_contacts(self.context.db, self.context.citizen_id))
        steps = list_steps(self.context.db, self.context.citizen_id)
        self.steps.blockSignals(True)
        self.steps.clearSelection()
        self.steps.setRowCount(len(steps))
        for row, step in enumerate(steps):
            for column, text in enumerate(self._cells(step)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, step.id)
                if not step.status.is_open:
                    item.setForeground(self.palette().placeholderText())
                self.steps.setItem(row, column, item)
            if step.id == keep:
                self.steps.selectRow(row)
        self.steps.blockSignals(False)
        self.columns.fit()
        if self._editing is not None and self._editing not in {s.id for s in steps}:
            self.cancel_edit()
        self._on_chosen()

    def _cells(self, step: Step) -> tuple[str, ...]:
        status = step.status.label
        if step.status_on:
            status += " " + format_date(step.status_on)
        if step.status_reason:
            status += f": {step.status_reason}"
        who = label_tr(step.owner.label) + (f"\n{step.owner_name}" if step.owner_name else "")
        return who, step.what, format_date(step.due_on), status

    def chosen_id(self) -> int | None:
        items = self.steps.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def _on_chosen(self) -> None:
        step_id = self.chosen_id()
        for widget in (self.up_button, self.down_button, self.edit_button, self.delete_button):
            widget.setEnabled(step_id is not None)
        step = get_step(self.context.db, step_id) if step_id is not None else None
        for status, widget in self.status_buttons.items():
            if status is StepStatus.PLANNED:  # "Åbn igen": for a step that is closed
                widget.setEnabled(step is not None and not step.status.is_open)
            else:
                widget.setEnabled(step is not None and step.status is not status)
        self.history.set_lines(self._follow_up_lines(step_id) if step_id is not None else [])

    def _follow_up_lines(self, step_id: int) -> list[str]:
        meetings = {
            m.id: m.held_on for m in list_meetings(self.context.db, self.context.citizen_id)
        }
        lines = []
        for review in reviews_of(self.context.db, step_id):
            if review.status is StepStatus.PLANNED and review.new_due_on and not review.reason:
                text = self.tr("Ny frist %1").replace("%1", format_date(review.new_due_on))
            else:
                text = (
                    review.status.label
                    if review.status is not StepStatus.PLANNED
                    else self.tr("Åbnet igen")
                )
                if review.reason:
                    text += f": {review.reason}"
                if review.new_due_on:
                    text += ". " + self.tr("Ny frist %1").replace(
                        "%1", format_date(review.new_due_on)
                    )
            when = format_date(review.status_on) if review.status_on else ""
            at = meetings.get(review.meeting_id)
            if at:
                when = (when + " " if when else "") + self.tr("(samtale %1)").replace(
                    "%1", format_date(at)
                )
            lines.append(f"{when}: {text}" if when else text)
        return lines

    # -- changing -----------------------------------------------------------------------
    def _chosen_or_say(self) -> int | None:
        step_id = self.chosen_id()
        if step_id is None:
            self.context.show_error(self.tr("Vælg et skridt i listen først."))
        return step_id

    def submit(self) -> bool:
        """Add a step, or save the one being edited ("Ret")."""
        context = self.context
        if context.citizen_id is None:
            return False
        what, due = self.step_what.text(), pydate(self.step_due.date())
        meeting_id = context.meeting_id()
        if self._editing is None:
            step = Step(
                None,
                context.citizen_id,
                what,
                due_on=due,
                goal_id=context.goal_id,
                agreed_meeting_id=meeting_id,
            )
            text = self.tr("tilføj skridt")
        else:
            step = replace(get_step(context.db, self._editing), what=what, due_on=due)
            text = self.tr("ret skridt")
        step = self.step_owner.applied_to(step)
        if not context.act(text, lambda: save_step(context.db, step, meeting_id)):
            return False
        self.cancel_edit()
        context.reload_needed.emit()
        return True

    def start_edit(self) -> bool:
        step_id = self._chosen_or_say()
        if step_id is None:
            return False
        step = get_step(self.context.db, step_id)
        self.step_owner.show_step(step)
        self.step_what.setText(step.what)
        if step.due_on:
            self.step_due.setDate(qdate(step.due_on))
        self._editing = step_id
        self.add_button.setText(self.tr("Gem ændring"))
        self.cancel_button.show()
        self.step_what.setFocus()
        return True

    def cancel_edit(self) -> None:
        self._editing = None
        self.step_what.clear()
        self.add_button.setText(self.tr("Tilføj skridt"))
        self.cancel_button.hide()

    def set_status(self, status: StepStatus) -> bool:
        step_id = self._chosen_or_say()
        if step_id is None:
            return False
        context, row = self.context, self.status_row
        day, reason, meeting_id = row.day(), row.text(), context.meeting_id()
        text = self.tr("skridt: %1").replace("%1", status.label.lower())
        action = lambda: set_step_status(context.db, step_id, status, day, reason, meeting_id)  # noqa: E731
        if not context.act(text, action):
            return False
        row.done()
        context.reload_needed.emit()
        return True

    def move(self, offset: int) -> bool:
        step_id = self._chosen_or_say()
        if step_id is None:
            return False
        context = self.context
        if not context.act(self.tr("flyt skridt"), lambda: move_step(context.db, step_id, offset)):
            return False
        context.reload_needed.emit()
        return True

    def delete_chosen(self) -> bool:
        step_id = self._chosen_or_say()
        if step_id is None:
            return False
        context = self.context
        step = get_step(context.db, step_id)
        question = self.tr("Vil du slette skridtet «%1»?").replace("%1", step.what[:80])
        count = len(reviews_of(context.db, step_id))
        if count == 1:
            question += "\n\n" + self.tr("Dets opfølgning bliver også slettet.")
        elif count:
            question += "\n\n" + self.tr("Dets %1 opfølgninger bliver også slettet.").replace(
                "%1", str(count)
            )
        question += "\n\n" + self.tr(
            "Blev det bare ikke til noget, så vælg Droppet: så bliver det i historikken. "
            "Du kan fortryde med Ctrl+Z."
        )
        if not ConfirmDialog.ask(self, self.tr("Slet skridt"), question, self.tr("Slet")):
            return False
        if not context.act(self.tr("slet skridt"), lambda: delete_step(context.db, step_id)):
            return False
        context.reload_needed.emit()
        return True
