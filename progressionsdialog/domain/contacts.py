"""The people around the citizen: mentor, virksomhedskonsulent, støttekontaktperson, doctor,
company … each with a phone number and an e-mail the citizen and a colleague can use.

>>> ContactRole.SUPPORT_PERSON.label
'Støttekontaktperson'
>>> ContactRole.DOCTOR.step_owner.label
'Andre'
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from progressionsdialog.domain.citizen import validate_email, validate_phone
from progressionsdialog.domain.plan import StepOwner
from progressionsdialog.domain.text import SHORT_TEXT_MAX, validate_name, validate_text
from progressionsdialog.i18n import _


class ContactRole(StrEnum):
    MENTOR = "mentor"
    COMPANY_CONSULTANT = "company_consultant"
    SUPPORT_PERSON = "support_person"
    DOCTOR = "doctor"
    COMPANY = "company"
    CASEWORKER = "caseworker"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The role in the language in use (the table holds the Danish)."""
        return _(CONTACT_ROLE_LABELS[self])

    @property
    def step_owner(self) -> StepOwner:
        """Who the person is, in the words a step's "Hvem" uses."""
        return _STEP_OWNERS.get(self, StepOwner.OTHER)


CONTACT_ROLE_LABELS = {
    ContactRole.MENTOR: "Mentor",
    ContactRole.COMPANY_CONSULTANT: "Virksomhedskonsulent",
    ContactRole.SUPPORT_PERSON: "Støttekontaktperson",
    ContactRole.DOCTOR: "Læge",
    ContactRole.COMPANY: "Virksomhed",
    ContactRole.CASEWORKER: "Sagsbehandler",
    ContactRole.OTHER: "Andet",
}
_STEP_OWNERS = {
    ContactRole.MENTOR: StepOwner.MENTOR,
    ContactRole.COMPANY_CONSULTANT: StepOwner.COMPANY_CONSULTANT,
    ContactRole.COMPANY: StepOwner.COMPANY,
    ContactRole.CASEWORKER: StepOwner.CASEWORKER,
}


@dataclass(frozen=True, slots=True)
class Contact:
    id: int | None
    citizen_id: int
    name: str
    role: ContactRole = ContactRole.OTHER
    phone: str = ""
    email: str = ""
    organisation: str = ""  # the workplace, practice or company they belong to


def validate_contact(contact: Contact) -> Contact:
    """The contact with its text cleaned, or a ``ValidationError`` naming the field."""
    return replace(
        contact,
        name=validate_name(contact.name),
        role=ContactRole(contact.role),
        phone=validate_phone(contact.phone),
        email=validate_email(contact.email),
        organisation=validate_text(
            contact.organisation, "organisation", "Arbejdsstedet", max_length=SHORT_TEXT_MAX
        ),
    )
