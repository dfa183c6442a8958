"""Company-directed efforts (virksomhedsrettede indsatser) as a real record.

An internship, a wage subsidy job, ordinary hours or a mentor at a company: the company
(name, optional CVR, address), its contact person and the virksomhedskonsulent (each a
person from the citizen's contact list or a typed name), the agreed sub-goals, hours per
week over time (12 → 20 → 32), follow-up meetings at the company, and the result.

>>> validate_cvr(" 1234 5678 ")
'12345678'
>>> validate_hours("12,5")
12.5
>>> EffortResult.STOPPED.label
'Stoppet'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from progressionsdialog.domain.contacts import Contact, ContactRole
from progressionsdialog.domain.plan import PLAN_TEXT_MAX, Effort, EffortKind, EffortTrack
from progressionsdialog.domain.text import SHORT_TEXT_MAX, validate_name, validate_text
from progressionsdialog.errors import ValidationError
from progressionsdialog.i18n import _, language

COMPANY_KINDS = frozenset(
    {
        EffortKind.COMPANY_INTERNSHIP,
        EffortKind.WAGE_SUBSIDY_JOB,
        EffortKind.ORDINARY_HOURS,
        EffortKind.MENTOR,
    }
)
HOURS_MIN, HOURS_MAX = 0, 37
_CVR = re.compile(r"\d{8}", re.ASCII)
_HOURS = re.compile(r"\d{1,2}([.,]\d{1,2})?", re.ASCII)


# The people who act in each parallel track, by their role in the contact list.
TRACK_ROLES = {
    EffortTrack.JOB: (
        ContactRole.CASEWORKER,
        ContactRole.COMPANY_CONSULTANT,
        ContactRole.MENTOR,
        ContactRole.COMPANY,
    ),
    EffortTrack.SOCIAL: (ContactRole.SUPPORT_PERSON,),
    EffortTrack.HEALTH: (ContactRole.DOCTOR,),
}


def actors_of(track: EffortTrack, people: list[Contact]) -> list[Contact]:
    """The citizen's contacts who act in ``track``, in the order of their roles."""
    roles = TRACK_ROLES[track]
    return sorted((p for p in people if p.role in roles), key=lambda p: roles.index(p.role))


def is_company_directed(kind: EffortKind | str) -> bool:
    """Kinds of effort that take place at (or with) a company."""
    return EffortKind(kind) in COMPANY_KINDS


class EffortResult(StrEnum):
    JOB = "job"
    EXTENDED = "extended"
    STOPPED = "stopped"

    @property
    def label(self) -> str:
        return _(RESULT_LABELS[self])


RESULT_LABELS = {
    EffortResult.JOB: "Job",
    EffortResult.EXTENDED: "Forlænget",
    EffortResult.STOPPED: "Stoppet",
}


@dataclass(frozen=True, slots=True)
class CompanyDetails:
    """The company side of one effort (one row per effort)."""

    id: int | None
    effort_id: int
    company_name: str
    cvr: str = ""
    address: str = ""
    contact_id: int | None = None  # the company's contact person, from the contact list …
    contact_name: str = ""  # … or typed (kept as text if the contact is deleted)
    consultant_id: int | None = None  # the virksomhedskonsulent, likewise
    consultant_name: str = ""
    sub_goals: str = ""  # the agreed sub-goals, one a line
    result: EffortResult | None = None
    result_reason: str = ""

    def sub_goal_lines(self) -> list[str]:
        return [line.strip() for line in self.sub_goals.splitlines() if line.strip()]


@dataclass(frozen=True, slots=True)
class HoursLevel:
    """From ``from_on`` the citizen works ``hours`` a week, until the next level."""

    id: int | None
    effort_id: int
    from_on: date
    hours: float


@dataclass(frozen=True, slots=True)
class CompanyFollowUp:
    """A meeting at the company: its view of progress on the agreed goals, and notes."""

    id: int | None
    effort_id: int
    held_on: date
    company_view: str = ""
    notes: str = ""


def validate_cvr(text: str | None) -> str:
    """Empty, or exactly 8 digits (spaces allowed while typing)."""
    cleaned = re.sub(r"\s", "", text or "")
    if cleaned and not _CVR.fullmatch(cleaned):
        raise ValidationError("cvr", _("CVR-nummeret skal være 8 cifre, fx 12345678."))
    return cleaned


def validate_hours(value: object) -> float:
    """Hours a week, 0–37, as a number or as typed ("12", "12,5")."""
    message = _("Timer om ugen skal være et tal fra {low} til {high}.").format(
        low=HOURS_MIN, high=HOURS_MAX
    )
    if isinstance(value, bool):
        raise ValidationError("hours", message)
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str) and _HOURS.fullmatch(value.strip()):
        number = float(value.strip().replace(",", "."))
    else:
        raise ValidationError("hours", message)
    if not HOURS_MIN <= number <= HOURS_MAX:
        raise ValidationError("hours", message)
    return number


def format_hours(hours: float, in_language: str | None = None) -> str:
    """Hours as the language in use (or ``in_language``) writes them: a decimal comma in
    Danish, a point in English.

    >>> format_hours(32.0), format_hours(12.5), format_hours(12.5, "en")
    ('32', '12,5', '12.5')
    """
    shown = f"{hours:g}"
    return shown if (in_language or language()) == "en" else shown.replace(".", ",")


def validate_details(details: CompanyDetails) -> CompanyDetails:
    result = EffortResult(details.result) if details.result else None
    reason = validate_text(details.result_reason, "result_reason", "Begrundelsen")
    if result is EffortResult.STOPPED and not reason:
        raise ValidationError("result_reason", _("Skriv kort, hvorfor indsatsen stoppede."))
    return replace(
        details,
        company_name=validate_name(details.company_name, "company_name", "Virksomhedens navn"),
        cvr=validate_cvr(details.cvr),
        address=validate_text(
            details.address, "address", "Adressen", max_length=SHORT_TEXT_MAX, multiline=False
        ),
        contact_name=validate_text(
            details.contact_name, "contact_name", "Kontaktpersonen", max_length=SHORT_TEXT_MAX
        ),
        consultant_name=validate_text(
            details.consultant_name,
            "consultant_name",
            "Virksomhedskonsulenten",
            max_length=SHORT_TEXT_MAX,
        ),
        sub_goals=validate_text(details.sub_goals, "sub_goals", "Delmålene", max_length=5_000),
        result=result,
        result_reason=reason,
    )


def validate_hours_level(level: HoursLevel, effort: Effort) -> HoursLevel:
    hours = validate_hours(level.hours)
    if level.from_on < effort.starts_on:
        raise ValidationError("from_on", _("Timetallet kan ikke gælde fra før indsatsen begynder."))
    if effort.ends_on and level.from_on > effort.ends_on:
        raise ValidationError(
            "from_on", _("Timetallet kan ikke gælde fra efter indsatsen slutter.")
        )
    return replace(level, hours=hours)


def validate_follow_up(follow_up: CompanyFollowUp, effort: Effort) -> CompanyFollowUp:
    if not isinstance(follow_up.held_on, date):
        raise ValidationError("held_on", _("Vælg datoen for opfølgningen."))
    if follow_up.held_on < effort.starts_on:
        raise ValidationError(
            "held_on", _("Opfølgningen kan ikke ligge før indsatsen begynder. Ret datoen.")
        )
    view = validate_text(
        follow_up.company_view, "company_view", "Virksomhedens vurdering", max_length=PLAN_TEXT_MAX
    )
    notes = validate_text(follow_up.notes, "notes", "Noterne", max_length=PLAN_TEXT_MAX)
    if not view and not notes:
        raise ValidationError("company_view", _("Skriv virksomhedens vurdering eller en note."))
    return replace(follow_up, company_view=view, notes=notes)


def hours_on(levels: list[HoursLevel], day: date) -> float | None:
    """The hours a week that apply on ``day`` (``None`` before the first level)."""
    current = None
    for level in sorted(levels, key=lambda lv: lv.from_on):
        if level.from_on <= day:
            current = level.hours
    return current


def hours_series_text(levels: list[HoursLevel]) -> str:
    """The series as the citizen reads it: "12 → 20 → 32 timer", in the language in use.

    >>> first, later = date(2026, 1, 5), date(2026, 3, 2)
    >>> hours_series_text([HoursLevel(1, 1, first, 12), HoursLevel(2, 1, later, 32)])
    '12 → 32 timer'
    """
    if not levels:
        return ""
    ordered = sorted(levels, key=lambda lv: lv.from_on)
    return _("{hours} timer").format(hours=" → ".join(format_hours(lv.hours) for lv in ordered))
