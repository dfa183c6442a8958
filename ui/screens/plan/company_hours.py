"""Hours a week over time for a company-directed effort: the series (12 → 20 → 32), a new
level from a date, a level changed or deleted. Each change can be undone with Ctrl+Z."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog import clock
from progressionsdialog.domain.company import HoursLevel, format_hours, hours_series_text
from progressionsdialog.domain.dates import format_date
from progressionsdialog.storage.effort_hours import delete_hours, get_hours, list_hours, save_hours
from ui.dialogs.confirm import ConfirmDialog
from ui.screens.plan.company_undo import act_on_efforts
from ui.screens.plan.context import PlanContext
from ui.screens.plan.widgets import (
    button,
    chosen_id,
    date_edit,
    fill_list,
    pydate,
    qdate,
    together,
)
from ui.widgets.field_error import FieldError
from ui.widgets.flow_layout import FlowLayout


class CompanyHours(QWidget):
    def __init__(self, context: PlanContext, error: FieldError) -> None:
        super().__init__()
        self.context, self.error = context, error
        self.effort_id: int | None = None
        self._editing: int | None = None
        self.series = QLabel()
        self.series.setObjectName("hint")
        self.series.setWordWrap(True)
        self.levels = QListWidget()
        self.levels.setAccessibleName(self.tr("Timer om ugen"))
        self.levels.setMaximumHeight(self.fontMetrics().height() * 6)
        self.levels.currentItemChanged.connect(lambda *_: self._on_chosen())
        self.from_on = date_edit(qdate(clock.today()), self.tr("Timetallet gælder fra"))
        self.hours = QLineEdit()
        self.hours.setAccessibleName(self.tr("Timer om ugen"))
        self.hours.setPlaceholderText(self.tr("0–37"))
        self.hours.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 8)
        self.hours.returnPressed.connect(self.submit)
        self.add_button = button(self.tr("Tilføj timetal"), self.submit)
        self.edit_button = button(self.tr("Ret timetal"), self.start_edit)
        self.delete_button = button(self.tr("Slet timetal …"), self.delete_chosen)
        self.cancel_button = button(self.tr("Annuller rettelse"), self.cancel_edit)
        self.cancel_button.hide()
        form = FlowLayout()  # the form and the buttons wrap on a narrow screen (200 %)
        form.addLayout(together(self.tr("Fra"), self.from_on))
        form.addLayout(together(self.hours, self.tr("timer om ugen")))
        buttons = FlowLayout()
        for widget in (self.add_button, self.cancel_button, self.edit_button, self.delete_button):
            buttons.addWidget(widget)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Timer om ugen</b>")))
        layout.addWidget(self.series)
        layout.addWidget(self.levels)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.fields = {"hours": self.hours, "from_on": self.from_on}

    def load(self, effort_id: int | None) -> None:
        if effort_id != self.effort_id:
            self.cancel_edit()
        self.effort_id = effort_id
        levels = list_hours(self.context.db, effort_id) if effort_id else []
        line = self.tr("fra %1: %2 timer om ugen")
        rows = [
            (
                lv.id,
                line.replace("%1", format_date(lv.from_on)).replace("%2", format_hours(lv.hours)),
                True,
            )
            for lv in levels
        ]
        fill_list(self.levels, rows, chosen_id(self.levels))
        self.series.setText(hours_series_text(levels) or self.tr("Ingen timer skrevet endnu."))
        self._on_chosen()

    def _on_chosen(self) -> None:
        chosen = chosen_id(self.levels) is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def submit(self) -> bool:
        if self.effort_id is None:
            return False
        db = self.context.db
        level = HoursLevel(None, self.effort_id, pydate(self.from_on.date()), self.hours.text())
        text = self.tr("tilføj timetal")
        if self._editing is not None:
            level = replace(get_hours(db, self._editing), from_on=level.from_on, hours=level.hours)
            text = self.tr("ret timetal")
        done = act_on_efforts(
            self.context, text, lambda: save_hours(db, level), self.error, self.fields
        )
        if done:
            self.cancel_edit()
        return done

    def start_edit(self) -> bool:
        level_id = chosen_id(self.levels)
        if level_id is None:
            return False
        level = get_hours(self.context.db, level_id)
        self.from_on.setDate(qdate(level.from_on))
        self.hours.setText(format_hours(level.hours))
        self._editing = level_id
        self.add_button.setText(self.tr("Gem timetal"))
        self.cancel_button.show()
        self.hours.setFocus()
        return True

    def cancel_edit(self) -> None:
        self._editing = None
        self.hours.clear()
        self.add_button.setText(self.tr("Tilføj timetal"))
        self.cancel_button.hide()

    def delete_chosen(self) -> bool:
        level_id = chosen_id(self.levels)
        if level_id is None:
            return False
        level = get_hours(self.context.db, level_id)
        question = (
            self.tr("Vil du slette timetallet %1 timer om ugen fra %2?")
            .replace("%1", format_hours(level.hours))
            .replace("%2", format_date(level.from_on))
            + "\n\n"
            + self.tr("Du kan fortryde med Ctrl+Z.")
        )
        if not ConfirmDialog.ask(self, self.tr("Slet timetal"), question, self.tr("Slet")):
            return False
        db = self.context.db
        return act_on_efforts(
            self.context, self.tr("slet timetal"), lambda: delete_hours(db, level_id), self.error
        )
