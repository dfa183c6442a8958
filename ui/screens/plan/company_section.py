"""A company-directed effort opened: the company (name, CVR, address), its contact person
and the virksomhedskonsulent (from the citizen's contact list or typed), the sub-goals
agreed for the effort, the hours a week over time, the follow-ups at the company and the
result at the end. Refused input is explained under the block; Ctrl+Z undoes each change."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog import clock
from progressionsdialog.domain.company import RESULT_LABELS, CompanyDetails, EffortResult
from progressionsdialog.domain.contacts import Contact
from progressionsdialog.domain.dates import format_date
from progressionsdialog.storage.company_efforts import get_details, save_details, set_result
from progressionsdialog.storage.contacts import list_contacts
from progressionsdialog.storage.efforts import get_effort
from ui.screens.plan.company_hours import CompanyHours
from ui.screens.plan.company_undo import act_on_efforts
from ui.screens.plan.company_visits import CompanyVisits
from ui.screens.plan.context import PlanContext, label_tr
from ui.screens.plan.widgets import button, date_edit, narrow_combo, pydate, qdate
from ui.widgets.field_error import FieldError
from ui.widgets.flow_layout import FlowLayout


class PersonChooser(QWidget):
    """A person from the contact list, or a name typed when "Skriv navnet" is chosen."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.choice = narrow_combo(QComboBox(), 16)
        self.choice.setAccessibleName(name)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("%1, skrevet").replace("%1", name))
        self.typed.setPlaceholderText(self.tr("Navn og telefon"))
        self.choice.currentIndexChanged.connect(
            lambda _i: self.typed.setVisible(self.choice.currentData() is None)
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice)
        layout.addWidget(self.typed, 1)
        self.fill([])

    def fill(self, people: list[Contact]) -> None:
        keep = self.choice.currentData()
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("Skriv navnet"), None)
        for person in people:
            self.choice.addItem(f"{person.name} ({label_tr(person.role.label)})", person.id)
        self.choice.setCurrentIndex(max(0, self.choice.findData(keep)))
        self.choice.blockSignals(False)
        self.typed.setVisible(self.choice.currentData() is None)

    def show_person(self, contact_id: int | None, typed: str) -> None:
        index = self.choice.findData(contact_id) if contact_id is not None else 0
        self.choice.setCurrentIndex(max(0, index))
        self.typed.setText(typed if index <= 0 else "")
        self.typed.setVisible(self.choice.currentData() is None)

    def chosen(self) -> tuple[int | None, str]:
        contact_id = self.choice.currentData()
        return contact_id, "" if contact_id is not None else self.typed.text()


class CompanySection(QGroupBox):
    def __init__(self, context: PlanContext) -> None:
        super().__init__()
        self.context = context
        self.effort_id: int | None = None
        self.setTitle(self.tr("Virksomhed"))
        self.error = FieldError()
        self.company_name = QLineEdit()
        self.company_name.setAccessibleName(self.tr("Virksomhedens navn"))
        self.cvr = QLineEdit()
        self.cvr.setAccessibleName(self.tr("CVR-nummer"))
        self.cvr.setPlaceholderText(self.tr("8 cifre, kan udelades"))
        self.address = QLineEdit()
        self.address.setAccessibleName(self.tr("Adresse"))
        self.contact = PersonChooser(self.tr("Kontaktperson i virksomheden"))
        self.consultant = PersonChooser(self.tr("Virksomhedskonsulent"))
        self.sub_goals = QPlainTextEdit()
        self.sub_goals.setAccessibleName(self.tr("Delmål for indsatsen"))
        self.sub_goals.setPlaceholderText(self.tr("Et delmål på hver linje"))
        self.sub_goals.setTabChangesFocus(True)
        self.sub_goals.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.save_button = button(self.tr("Gem virksomhed"), self.save_company)
        self.result = QComboBox()
        self.result.setAccessibleName(self.tr("Resultat"))
        self.result.addItem(self.tr("Ikke afsluttet"), None)
        for result, label in RESULT_LABELS.items():
            self.result.addItem(label_tr(label), result.value)
        self.result_on = date_edit(qdate(clock.today()), self.tr("Slutdato"))
        self.result_reason = QLineEdit()
        self.result_reason.setAccessibleName(self.tr("Begrundelse for resultatet"))
        self.result_reason.setPlaceholderText(self.tr("Hvorfor? (skal udfyldes ved stop)"))
        self.result_button = button(self.tr("Gem resultat"), self.save_result)
        form = QFormLayout()
        # On a narrow screen (200 %) a field goes under its label, and a row wraps
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Virksomhed"), self.company_name)
        form.addRow(self.tr("CVR"), self.cvr)
        form.addRow(self.tr("Adresse"), self.address)
        form.addRow(self.tr("Kontaktperson"), self.contact)
        form.addRow(self.tr("Virksomhedskonsulent"), self.consultant)
        form.addRow(self.tr("Delmål"), self.sub_goals)
        save_row = QHBoxLayout()
        save_row.addStretch()
        save_row.addWidget(self.save_button)
        form.addRow(save_row)
        result_row = FlowLayout()
        result_row.addWidget(self.result)
        result_row.addWidget(self.result_on)
        result_row.addWidget(self.result_reason, 1)
        result_row.addWidget(self.result_button)
        form.addRow(self.tr("Resultat"), result_row)
        self.hours = CompanyHours(context, self.error)
        self.visits = CompanyVisits(context, self.error)
        lower = FlowLayout()  # side by side, or one above the other when narrow
        lower.addWidget(self.hours, 1, Qt.AlignmentFlag.AlignTop)
        lower.addWidget(self.visits, 2, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lower)
        layout.addWidget(self.error)
        self.fields = {
            "company_name": self.company_name,
            "cvr": self.cvr,
            "address": self.address,
            "contact_name": self.contact.typed,
            "consultant_name": self.consultant.typed,
            "sub_goals": self.sub_goals,
            "result": self.result,
            "result_reason": self.result_reason,
            "ends_on": self.result_on,
        }

    def load(self, effort_id: int | None) -> None:
        """Show the company side of ``effort_id`` (typed words of another effort go)."""
        fresh = effort_id != self.effort_id
        self.effort_id = effort_id
        if fresh:
            self.error.show_message(None)
        if effort_id is None:
            self.hours.load(None)
            self.visits.load(None)
            return
        db = self.context.db
        people = list_contacts(db, self.context.citizen_id)
        self.contact.fill(people)
        self.consultant.fill(people)
        effort = get_effort(db, effort_id)
        details = get_details(db, effort_id) or CompanyDetails(None, effort_id, effort.provider)
        self.setTitle(self.tr("%1 – virksomheden").replace("%1", label_tr(effort.kind.label)))
        self.company_name.setText(details.company_name)
        self.cvr.setText(details.cvr)
        self.address.setText(details.address)
        self.contact.show_person(details.contact_id, details.contact_name)
        self.consultant.show_person(details.consultant_id, details.consultant_name)
        self.sub_goals.setPlainText(details.sub_goals)
        self.result.setCurrentIndex(
            max(0, self.result.findData(details.result.value if details.result else None))
        )
        self.result_reason.setText(details.result_reason)
        if effort.ends_on:
            self.result_on.setDate(qdate(effort.ends_on))
        self.result_on.setToolTip(
            self.tr("Startede %1").replace("%1", format_date(effort.starts_on))
        )
        self.hours.load(effort_id)
        self.visits.load(effort_id)

    def _details(self) -> CompanyDetails:
        db = self.context.db
        details = get_details(db, self.effort_id) or CompanyDetails(None, self.effort_id, "")
        contact_id, contact_name = self.contact.chosen()
        consultant_id, consultant_name = self.consultant.chosen()
        return replace(
            details,
            company_name=self.company_name.text(),
            cvr=self.cvr.text(),
            address=self.address.text(),
            contact_id=contact_id,
            contact_name=contact_name,
            consultant_id=consultant_id,
            consultant_name=consultant_name,
            sub_goals=self.sub_goals.toPlainText(),
        )

    def save_company(self) -> bool:
        if self.effort_id is None:
            return False
        details = self._details()
        db = self.context.db
        return act_on_efforts(
            self.context,
            self.tr("ret virksomhed"),
            lambda: save_details(db, details),
            self.error,
            self.fields,
        )

    def save_result(self) -> bool:
        if self.effort_id is None:
            return False
        data = self.result.currentData()
        result = EffortResult(data) if data else None
        effort_id, db = self.effort_id, self.context.db
        reason, on = self.result_reason.text(), pydate(self.result_on.date())
        return act_on_efforts(
            self.context,
            self.tr("gem resultat"),
            lambda: set_result(db, effort_id, result, reason, on),
            self.error,
            self.fields,
        )
