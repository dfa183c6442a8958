"""The citizen (borger) and the rules for the fields of the register."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from progressionsdialog import clock
from progressionsdialog.domain.cpr import Cpr
from progressionsdialog.domain.dates import format_date, parse_date
from progressionsdialog.domain.text import validate_name, validate_text
from progressionsdialog.errors import ValidationError
from progressionsdialog.i18n import _


class TargetGroup(StrEnum):
    JOB_READY = "jobparat"
    ACTIVITY_READY = "aktivitetsparat"
    SICKNESS_BENEFIT = "sygedagpenge"
    RESOURCE_COURSE = "ressourceforloeb"
    EDUCATION_AID = "uddannelseshjaelp"
    OTHER = "andet"

    @property
    def label(self) -> str:
        """The name in the language in use (the table holds the Danish).

        >>> TargetGroup.JOB_READY.label
        'Jobparat'
        """
        return _(TARGET_GROUP_LABELS[self])


TARGET_GROUP_LABELS = {
    TargetGroup.JOB_READY: "Jobparat",
    TargetGroup.ACTIVITY_READY: "Aktivitetsparat",
    TargetGroup.SICKNESS_BENEFIT: "Sygedagpenge",
    TargetGroup.RESOURCE_COURSE: "Ressourceforløb",
    TargetGroup.EDUCATION_AID: "Uddannelseshjælp",
    TargetGroup.OTHER: "Andet",
}

_PHONE_CHARS = re.compile(r"^\+?[0-9 ()\-]+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def validate_phone(text: str | None, field_name: str = "phone") -> str:
    """Digits with optional +, spaces, dashes; 6–15 digits.

    >>> validate_phone(" +45 20 30 40 50 ")
    '+45 20 30 40 50'
    """
    cleaned = (text or "").strip()
    if not cleaned:
        return ""
    digits = sum(c.isdigit() for c in cleaned)
    if not _PHONE_CHARS.match(cleaned) or not 6 <= digits <= 15:
        raise ValidationError(field_name, _("Telefonnummeret skal være cifre, fx 20 30 40 50."))
    return cleaned


def validate_email(text: str | None, field_name: str = "email") -> str:
    cleaned = (text or "").strip()
    if not cleaned:
        return ""
    if len(cleaned) > 254 or not _EMAIL.match(cleaned):
        raise ValidationError(
            field_name, _("E-mailen ser forkert ud. Den skal ligne navn@eksempel.dk.")
        )
    return cleaned


def parse_birth_or_cpr(
    text: str | None, today: date | None = None
) -> tuple[date | None, Cpr | None]:
    """Read the one field that takes a date of birth or a CPR number.

    >>> parse_birth_or_cpr("12-03-1994")
    (datetime.date(1994, 3, 12), None)
    >>> parse_birth_or_cpr("120394-1234")[1]
    Cpr(digits='1203941234')
    """
    cleaned = (text or "").strip()
    if not cleaned:
        return None, None
    if Cpr.looks_like(cleaned):
        cpr = Cpr.parse(cleaned, field="birth")
        born = cpr.birth_date
    else:
        try:
            born = parse_date(cleaned, field="birth")
        except ValidationError:
            raise ValidationError(
                "birth", _("Skriv fødselsdato som dd-mm-åååå eller CPR-nummer som ddmmåå-xxxx.")
            ) from None
        cpr = None
    today = today or clock.today()
    if born > today:
        raise ValidationError("birth", _("Fødselsdatoen ligger i fremtiden."))
    if born.year < today.year - 120:
        raise ValidationError("birth", _("Fødselsdatoen er mere end 120 år tilbage."))
    return born, cpr


@dataclass(frozen=True, slots=True)
class CitizenDraft:
    """What the form holds: validated with :meth:`validated` before it is stored."""

    name: str
    birth_or_cpr: str = ""
    phone: str = ""
    email: str = ""
    target_group: TargetGroup = TargetGroup.ACTIVITY_READY
    caseworker_id: int | None = None
    note: str = ""

    def validated(self) -> CitizenDraft:
        """Return a cleaned copy, or raise the first problem found.

        Use :meth:`problems` to get every problem at once for a form.
        """
        problems = self.problems()
        if problems:
            raise next(iter(problems.values()))
        birth, cpr = parse_birth_or_cpr(self.birth_or_cpr)
        return replace(
            self,
            name=validate_name(self.name),
            birth_or_cpr=str(cpr) if cpr else format_date(birth),
            phone=validate_phone(self.phone),
            email=validate_email(self.email),
            note=validate_text(self.note, "note", "Noten"),
        )

    def problems(self) -> dict[str, ValidationError]:
        """Every field that is wrong, keyed by field name (empty when all is well)."""
        checks = (
            lambda: validate_name(self.name),
            lambda: parse_birth_or_cpr(self.birth_or_cpr),
            lambda: validate_phone(self.phone),
            lambda: validate_email(self.email),
            lambda: validate_text(self.note, "note", "Noten"),
        )
        found: dict[str, ValidationError] = {}
        for check in checks:
            try:
                check()
            except ValidationError as error:
                found.setdefault(error.field, error)
        try:
            TargetGroup(self.target_group)
        except ValueError:
            found["target_group"] = ValidationError("target_group", _("Vælg en målgruppe."))
        return found

    @property
    def birth_date(self) -> date | None:
        return parse_birth_or_cpr(self.birth_or_cpr)[0]

    @property
    def cpr(self) -> Cpr | None:
        return parse_birth_or_cpr(self.birth_or_cpr)[1]


@dataclass(frozen=True, slots=True)
class Citizen:
    """A citizen as stored in the register."""

    id: int
    name: str
    birth_date: date | None = None
    cpr: Cpr | None = None
    phone: str = ""
    email: str = ""
    target_group: TargetGroup = TargetGroup.ACTIVITY_READY
    caseworker_id: int | None = None
    caseworker_name: str = ""
    note: str = ""
    archived_at: datetime | None = None
    created_at: datetime | None = field(default=None, compare=False)

    @property
    def archived(self) -> bool:
        return self.archived_at is not None

    def to_draft(self) -> CitizenDraft:
        return CitizenDraft(
            name=self.name,
            birth_or_cpr=str(self.cpr) if self.cpr else format_date(self.birth_date),
            phone=self.phone,
            email=self.email,
            target_group=self.target_group,
            caseworker_id=self.caseworker_id,
            note=self.note,
        )
