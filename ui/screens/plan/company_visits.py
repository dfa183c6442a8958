"""Follow-up meetings at the company (opfølgning i virksomheden): the date, the company's
view of progress on the agreed goals, and notes; added, changed, deleted (asked first), each
change undone with Ctrl+Z. A follow-up dated before the effort is refused by the core."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog import clock
from progressionsdialog.domain.company import CompanyFollowUp
from progressionsdialog.domain.dates import format_date
from progressionsdialog.storage.company_follow_ups import (
    delete_follow_up,
    get_follow_up,
    list_follow_ups,
    save_follow_up,
)
from ui.screens.plan.context import PlanContext
from ui.screens.plan.effort_parts import EffortPartRows
from ui.screens.plan.widgets import (
    chosen_id,
    date_edit,
    fill_list,
    first_line,
    pydate,
    qdate,
)
from ui.widgets.field_error import FieldError


def _text_box(name: str, placeholder: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class CompanyVisits(EffortPartRows):
    def __init__(self, context: PlanContext, error: FieldError) -> None:
        super().__init__(context, error)
        self.visits = self.rows = QListWidget()
        self.visits.setAccessibleName(self.tr("Opfølgninger i virksomheden"))
        self.visits.setWordWrap(True)
        self.visits.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.visits.setMaximumHeight(self.fontMetrics().height() * 7)
        self.visits.currentItemChanged.connect(lambda *_: self._on_chosen())
        self.held_on = date_edit(qdate(clock.today()), self.tr("Dato for opfølgningen"))
        self.company_view = _text_box(
            self.tr("Virksomhedens vurdering"),
            self.tr("Virksomhedens vurdering af, hvordan det går med målene"),
            2,
        )
        self.notes = _text_box(self.tr("Noter fra opfølgningen"), self.tr("Noter"), 2)
        buttons = self._buttons(
            self.tr("Tilføj opfølgning"),
            self.tr("Gem opfølgning"),
            self.tr("Ret opfølgning"),
            self.tr("Slet opfølgning …"),
            self.tr("Annuller rettelse"),
        )
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Dato")), 0, 0)
        form.addWidget(self.held_on, 0, 1)
        form.addWidget(self.company_view, 1, 0, 1, 3)
        form.addWidget(self.notes, 2, 0, 1, 3)
        form.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Opfølgning i virksomheden</b>")))
        layout.addWidget(self.visits)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.fields = {
            "held_on": self.held_on,
            "company_view": self.company_view,
            "notes": self.notes,
        }

    def load(self, effort_id: int | None) -> None:
        if effort_id != self.effort_id:
            self.cancel_edit()
        self.effort_id = effort_id
        visits = list_follow_ups(self.context.db, effort_id) if effort_id else []
        rows = [
            (v.id, f"{format_date(v.held_on)} – {first_line(v.company_view or v.notes, 90)}", True)
            for v in visits
        ]
        fill_list(self.visits, rows, chosen_id(self.visits))
        self._on_chosen()

    def submit(self) -> bool:
        if self.effort_id is None:
            return False
        db = self.context.db
        values = {
            "held_on": pydate(self.held_on.date()),
            "company_view": self.company_view.toPlainText(),
            "notes": self.notes.toPlainText(),
        }
        visit = CompanyFollowUp(None, self.effort_id, **values)
        text = self.tr("tilføj opfølgning i virksomheden")
        if self._editing is not None:
            visit = replace(get_follow_up(db, self._editing), **values)
            text = self.tr("ret opfølgning i virksomheden")
        return self._save(text, lambda: save_follow_up(db, visit), self.fields)

    def _fill_form(self, row_id: int) -> QWidget:
        visit = get_follow_up(self.context.db, row_id)
        self.held_on.setDate(qdate(visit.held_on))
        self.company_view.setPlainText(visit.company_view)
        self.notes.setPlainText(visit.notes)
        return self.company_view

    def _clear_form(self) -> None:
        self.company_view.clear()
        self.notes.clear()

    def delete_chosen(self) -> bool:
        visit_id = chosen_id(self.visits)
        if visit_id is None:
            return False
        visit = get_follow_up(self.context.db, visit_id)
        question = (
            self.tr("Vil du slette opfølgningen i virksomheden den %1?").replace(
                "%1", format_date(visit.held_on)
            )
            + "\n\n"
            + self.tr("Du kan fortryde med Ctrl+Z.")
        )
        db = self.context.db
        return self._delete_after_asking(
            self.tr("Slet opfølgning"),
            question,
            self.tr("Slet"),
            self.tr("slet opfølgning i virksomheden"),
            lambda: delete_follow_up(db, visit_id),
        )
