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
from ui.screens.plan.context import PlanContext
from ui.screens.plan.effort_parts import EffortPartRows
from ui.screens.plan.widgets import (
    chosen_id,
    date_edit,
    fill_list,
    pydate,
    qdate,
    together,
)
from ui.widgets.field_error import FieldError
from ui.widgets.flow_layout import FlowLayout


class CompanyHours(EffortPartRows):
    def __init__(self, context: PlanContext, error: FieldError) -> None:
        super().__init__(context, error)
        self.series = QLabel()
        self.series.setObjectName("hint")
        self.series.setWordWrap(True)
        self.levels = QListWidget()
        self.levels.setAccessibleName(self.tr("Timer om ugen"))
        self.levels.setMaximumHeight(self.fontMetrics().height() * 6)
        self.rows = self.levels
        self.levels.currentItemChanged.connect(lambda *_: self._on_chosen())
        self.from_on = date_edit(qdate(clock.today()), self.tr("Timetallet gælder fra"))
        self.hours = QLineEdit()
        self.hours.setAccessibleName(self.tr("Timer om ugen"))
        self.hours.setPlaceholderText(self.tr("0–37"))
        self.hours.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 8)
        self.hours.returnPressed.connect(self.submit)
        buttons = self._buttons(
            self.tr("Tilføj timetal"),
            self.tr("Gem timetal"),
            self.tr("Ret timetal"),
            self.tr("Slet timetal …"),
            self.tr("Annuller rettelse"),
        )
        form = FlowLayout()  # the form and the buttons wrap on a narrow screen (200 %)
        form.addLayout(together(self.tr("Fra"), self.from_on))
        form.addLayout(together(self.hours, self.tr("timer om ugen")))
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

    def submit(self) -> bool:
        if self.effort_id is None:
            return False
        db = self.context.db
        level = HoursLevel(None, self.effort_id, pydate(self.from_on.date()), self.hours.text())
        text = self.tr("tilføj timetal")
        if self._editing is not None:
            level = replace(get_hours(db, self._editing), from_on=level.from_on, hours=level.hours)
            text = self.tr("ret timetal")
        return self._save(text, lambda: save_hours(db, level), self.fields)

    def _fill_form(self, row_id: int) -> QWidget:
        level = get_hours(self.context.db, row_id)
        self.from_on.setDate(qdate(level.from_on))
        self.hours.setText(format_hours(level.hours))
        return self.hours

    def _clear_form(self) -> None:
        self.hours.clear()

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
        db = self.context.db
        return self._delete_after_asking(
            self.tr("Slet timetal"),
            question,
            self.tr("Slet"),
            self.tr("slet timetal"),
            lambda: delete_hours(db, level_id),
        )
