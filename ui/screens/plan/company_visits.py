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
from ui.dialogs.confirm import ConfirmDialog
from ui.screens.plan.company_undo import act_on_efforts
from ui.screens.plan.context import PlanContext
from ui.screens.plan.widgets import (
    button,
    chosen_id,
    date_edit,
    fill_list,
    first_line,
    pydate,
    qdate,
)
from ui.widgets.field_error import FieldError
from ui.widgets.flow_layout import FlowLayout


def _text_box(name: str, placeholder: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class CompanyVisits(QWidget):
    def __init__(self, context: PlanContext, error: FieldError) -> None:
        super().__init__()
        self.context, self.error = context, error
        self.effort_id: int | None = None
        self._editing: int | None = None
        self.visits = QListWidget()
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
        self.add_button = button(self.tr("Tilføj opfølgning"), self.submit)
        self.edit_button = button(self.tr("Ret opfølgning"), self.start_edit)
        self.delete_button = button(self.tr("Slet opfølgning …"), self.delete_chosen)
        self.cancel_button = button(self.tr("Annuller rettelse"), self.cancel_edit)
        self.cancel_button.hide()
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Dato")), 0, 0)
        form.addWidget(self.held_on, 0, 1)
        form.addWidget(self.company_view, 1, 0, 1, 3)
        form.addWidget(self.notes, 2, 0, 1, 3)
        form.setColumnStretch(2, 1)
        buttons = FlowLayout()  # wraps on a narrow screen (200 %)
        for widget in (self.add_button, self.cancel_button, self.edit_button, self.delete_button):
            buttons.addWidget(widget)
        buttons.addStretch()
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

    def _on_chosen(self) -> None:
        chosen = chosen_id(self.visits) is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

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
        done = act_on_efforts(
            self.context, text, lambda: save_follow_up(db, visit), self.error, self.fields
        )
        if done:
            self.cancel_edit()
        return done

    def start_edit(self) -> bool:
        visit_id = chosen_id(self.visits)
        if visit_id is None:
            return False
        visit = get_follow_up(self.context.db, visit_id)
        self.held_on.setDate(qdate(visit.held_on))
        self.company_view.setPlainText(visit.company_view)
        self.notes.setPlainText(visit.notes)
        self._editing = visit_id
        self.add_button.setText(self.tr("Gem opfølgning"))
        self.cancel_button.show()
        self.company_view.setFocus()
        return True

    def cancel_edit(self) -> None:
        self._editing = None
        self.company_view.clear()
        self.notes.clear()
        self.add_button.setText(self.tr("Tilføj opfølgning"))
        self.cancel_button.hide()

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
        if not ConfirmDialog.ask(self, self.tr("Slet opfølgning"), question, self.tr("Slet")):
            return False
        db = self.context.db
        return act_on_efforts(
            self.context,
            self.tr("slet opfølgning i virksomheden"),
            lambda: delete_follow_up(db, visit_id),
            self.error,
        )
