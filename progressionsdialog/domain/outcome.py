"""Where a citizen ended up: job, education, unemployed … recorded with a date, when it
happens and again at the 12 and 24 months' follow-up of a project."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from progressionsdialog.errors import ValidationError
from progressionsdialog.i18n import _


class OutcomeStatus(StrEnum):
    ORDINARY_JOB = "ordinary_job"
    WAGE_SUBSIDY_JOB = "wage_subsidy_job"
    EDUCATION = "education"
    ORDINARY_HOURS = "ordinary_hours"
    FLEXJOB = "flexjob"
    UNEMPLOYED = "unemployed"
    MOVED_AWAY = "moved_away"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _(OUTCOME_LABELS[self])

    @property
    def in_work_or_education(self) -> bool:
        return self not in (OutcomeStatus.UNEMPLOYED, OutcomeStatus.MOVED_AWAY, OutcomeStatus.OTHER)


OUTCOME_LABELS = {
    OutcomeStatus.ORDINARY_JOB: "Ordinært job",
    OutcomeStatus.WAGE_SUBSIDY_JOB: "Job med løntilskud",
    OutcomeStatus.EDUCATION: "Uddannelse",
    OutcomeStatus.ORDINARY_HOURS: "Ordinære timer",
    OutcomeStatus.FLEXJOB: "Fleksjob",
    OutcomeStatus.UNEMPLOYED: "Ledig",
    OutcomeStatus.MOVED_AWAY: "Fraflyttet kommunen",
    OutcomeStatus.OTHER: "Andet",
}


class MemberRole(StrEnum):
    PARTICIPANT = "participant"
    CONTROL = "control"

    @property
    def label(self) -> str:
        return _("deltagere") if self is MemberRole.PARTICIPANT else _("kontrolgruppe")


PROJECT_NAME_MAX = 80
_NAME = re.compile(r"\S")


def validate_project_name(name: str) -> str:
    """A project's name: not empty, at most 80 characters.

    >>> validate_project_name("  JobStart ")
    'JobStart'
    """
    name = (name or "").strip()
    if not _NAME.search(name):
        raise ValidationError("name", _("Projektet skal have et navn."))
    if len(name) > PROJECT_NAME_MAX:
        raise ValidationError(
            "name", _("Navnet må højst have {most} tegn.").format(most=PROJECT_NAME_MAX)
        )
    return name


@dataclass(frozen=True, slots=True)
class Project:
    id: int
    name: str
    started_on: date
    has_control_group: bool


@dataclass(frozen=True, slots=True)
class Member:
    project_id: int
    citizen_id: int
    role: MemberRole
    joined_on: date


@dataclass(frozen=True, slots=True)
class Outcome:
    id: int
    citizen_id: int
    status: OutcomeStatus
    recorded_on: date
    note: str = ""


def months_later(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it has fewer days).

    >>> months_later(date(2025, 1, 31), 1), months_later(date(2025, 3, 15), 12)
    (datetime.date(2025, 2, 28), datetime.date(2026, 3, 15))
    """
    import calendar

    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_between(start: date, end: date) -> int:
    """Whole months from ``start`` to ``end`` (0 when ``end`` is before).

    >>> start = date(2025, 1, 15)
    >>> months_between(start, date(2026, 1, 14)), months_between(start, date(2026, 1, 15))
    (11, 12)
    """
    if end < start:
        return 0
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - 1 if months_later(start, months) > end else months
