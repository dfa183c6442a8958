"""The people around the citizen – mentor, virksomhedskonsulent, støttekontaktperson, doctor,
company … – with phone and e-mail. Steps can be owned by one of them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from progressionsdialog.domain.contacts import CONTACT_ROLE_LABELS, Contact, ContactRole
from progressionsdialog.storage.contacts import (
    delete_contact,
    get_contact,
    list_contacts,
    save_contact,
    steps_owned_by,
)
from ui.dialogs.confirm import ConfirmDialog
from ui.screens.plan.context import PlanContext, label_tr
from ui.screens.plan.table_fit import ColumnFit
from ui.screens.plan.widgets import ID_ROLE, button
from ui.widgets.flow_layout import FlowLayout

HEADERS = ("Navn", "Rolle", "Telefon", "E-mail")
COL_PHONE, COL_EMAIL = HEADERS.index("Telefon"), HEADERS.index("E-mail")


class ContactsSection(QGroupBox):
    def __init__(self, context: PlanContext) -> None:
        super().__init__()
        self.setTitle(self.tr("Personer omkring borgeren"))
        self.context = context
        self._editing: int | None = None
        self.contacts = QTableWidget(0, len(HEADERS))
        self.contacts.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.contacts.setAccessibleName(self.tr("Personer omkring borgeren"))
        self.contacts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contacts.verticalHeader().hide()
        # never cut, never wider than the section; an address may break after its "@"
        self.columns = ColumnFit(self.contacts, whole=(COL_PHONE,), addresses=(COL_EMAIL,))
        self.contacts.setMaximumHeight(self.fontMetrics().height() * 8)
        self.contacts.itemSelectionChanged.connect(self._on_chosen)
        self.edit_button = button(self.tr("Ret"), self.start_edit)
        self.delete_button = button(self.tr("Slet …"), self.delete_chosen)
        self.contact_name = QLineEdit()
        self.contact_name.setPlaceholderText(self.tr("Navn"))
        self.contact_name.setAccessibleName(self.tr("Navn"))
        self.contact_role = QComboBox()
        self.contact_role.setAccessibleName(self.tr("Rolle"))
        for role, label in CONTACT_ROLE_LABELS.items():
            self.contact_role.addItem(label_tr(label), role.value)
        self.contact_phone = QLineEdit()
        self.contact_phone.setPlaceholderText(self.tr("Telefon"))
        self.contact_phone.setAccessibleName(self.tr("Telefon"))
        self.contact_email = QLineEdit()
        self.contact_email.setPlaceholderText(self.tr("E-mail"))
        self.contact_email.setAccessibleName(self.tr("E-mail"))
        self.contact_place = QLineEdit()
        self.contact_place.setPlaceholderText(self.tr("Arbejdssted, fx Plejecenter Solgården"))
        self.contact_place.setAccessibleName(self.tr("Arbejdssted"))
        self.add_button = button(self.tr("Tilføj person"), self.submit)
        self.cancel_button = button(self.tr("Annuller"), self.cancel_edit)
        self.cancel_button.hide()
        chosen = QHBoxLayout()
        chosen.addStretch()
        chosen.addWidget(self.edit_button)
        chosen.addWidget(self.delete_button)
        who = FlowLayout()  # the fields wrap on a narrow screen (200 %)
        who.addWidget(self.contact_name, 2)
        who.addWidget(self.contact_role, 1)
        who.addWidget(self.contact_place, 2)
        reach = FlowLayout()
        reach.addWidget(self.contact_phone, 1)
        reach.addWidget(self.contact_email, 2)
        reach.addWidget(self.add_button)
        reach.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.contacts)
        layout.addLayout(chosen)
        layout.addLayout(who)
        layout.addLayout(reach)

    def load(self) -> None:
        keep = self.chosen_id()
        people = list_contacts(self.context.db, self.context.citizen_id)
        self.contacts.blockSignals(True)
        self.contacts.clearSelection()
        self.contacts.setRowCount(len(people))
        for row, person in enumerate(people):
            name = person.name + (f"\n{person.organisation}" if person.organisation else "")
            cells = (name, label_tr(person.role.label), person.phone, person.email)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, person.id)
                self.contacts.setItem(row, column, item)
            if person.id == keep:
                self.contacts.selectRow(row)
        self.contacts.blockSignals(False)
        self.columns.fit()
        if self._editing is not None and self._editing not in {p.id for p in people}:
            self.cancel_edit()
        self._on_chosen()

    def chosen_id(self) -> int | None:
        items = self.contacts.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def _on_chosen(self) -> None:
        chosen = self.chosen_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def submit(self) -> bool:
        """Add a person, or save the one being edited ("Ret"); a refused one stays typed."""
        context = self.context
        if context.citizen_id is None:
            return False
        values = {
            "name": self.contact_name.text(),
            "role": ContactRole(self.contact_role.currentData()),
            "phone": self.contact_phone.text(),
            "email": self.contact_email.text(),
            "organisation": self.contact_place.text(),
        }
        if self._editing is None:
            person = Contact(None, context.citizen_id, **values)
            text = self.tr("tilføj person")
        else:
            person = replace(get_contact(context.db, self._editing), **values)
            text = self.tr("ret person")
        if not context.act(text, lambda: save_contact(context.db, person)):
            return False
        self.cancel_edit()
        context.reload_needed.emit()
        return True

    def start_edit(self) -> bool:
        contact_id = self.chosen_id()
        if contact_id is None:
            return False
        person = get_contact(self.context.db, contact_id)
        self.contact_name.setText(person.name)
        self.contact_role.setCurrentIndex(max(0, self.contact_role.findData(person.role.value)))
        self.contact_phone.setText(person.phone)
        self.contact_email.setText(person.email)
        self.contact_place.setText(person.organisation)
        self._editing = contact_id
        self.add_button.setText(self.tr("Gem ændring"))
        self.cancel_button.show()
        self.contact_name.setFocus()
        return True

    def cancel_edit(self) -> None:
        self._editing = None
        for field in (
            self.contact_name,
            self.contact_phone,
            self.contact_email,
            self.contact_place,
        ):
            field.clear()
        self.add_button.setText(self.tr("Tilføj person"))
        self.cancel_button.hide()

    def delete_chosen(self) -> bool:
        contact_id = self.chosen_id()
        if contact_id is None:
            return False
        context = self.context
        person = get_contact(context.db, contact_id)
        question = self.tr("Vil du slette %1 fra listen?").replace("%1", person.name)
        owned = steps_owned_by(context.db, contact_id)
        if owned:
            question += "\n\n" + self.tr(
                "%1 står for %2 skridt. Skridtene bliver i planen med navnet som tekst."
            ).replace("%1", person.name).replace("%2", str(owned))
        question += "\n\n" + self.tr("Du kan fortryde med Ctrl+Z.")
        if not ConfirmDialog.ask(self, self.tr("Slet person"), question, self.tr("Slet")):
            return False
        action = lambda: delete_contact(context.db, contact_id, with_steps=True)  # noqa: E731
        if not context.act(self.tr("slet person"), action):
            return False
        context.reload_needed.emit()
        return True
