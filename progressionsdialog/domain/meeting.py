"""Meetings (samtaler) and the indicator scores given at them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from progressionsdialog import clock
from progressionsdialog.errors import ValidationError
from progressionsdialog.i18n import _

SCORE_MIN, SCORE_MAX = 1, 10


class MeetingKind(StrEnum):
    """The meetings as seed 003 names them. The stored values are older than the names:
    ``first`` is the visitationssamtale, ``internship_follow_up`` a samtale i virksomheden."""

    FIRST = "first"
    FOLLOW_UP = "follow_up"
    JOB_INTERVIEW = "job_interview"
    ROUND_TABLE = "round_table"
    INTERNSHIP_FOLLOW_UP = "internship_follow_up"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _(MEETING_KIND_LABELS[self])


MEETING_KIND_LABELS = {
    MeetingKind.FIRST: "Visitationssamtale",
    MeetingKind.FOLLOW_UP: "Opfølgningssamtale",
    MeetingKind.JOB_INTERVIEW: "Jobsamtale",
    MeetingKind.ROUND_TABLE: "Netværksmøde / rundbordssamtale",
    MeetingKind.INTERNSHIP_FOLLOW_UP: "Samtale i virksomheden",
    MeetingKind.OTHER: "Andet",
}


_SCORE_TYPED = re.compile(r"-?(10|[0-9])", re.ASCII)


def validate_score(value: object, field: str = "score") -> int | None:
    """A 1–10 score, or ``None`` for "not answered".

    Typed text must be the plain digits 1–10; Python's ``int()`` would also take "1_0",
    "07", "+7" and Arabic-Indic or full-width digits, which a person never means as a score.

    >>> validate_score("7")
    7
    >>> validate_score(11)
    Traceback (most recent call last):
    ...
    progressionsdialog.errors.ValidationError: Scoren skal være et tal fra 1 til 10.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValidationError(field, _("Scoren skal være et tal fra 1 til 10."))
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and _SCORE_TYPED.fullmatch(value.strip()):
        number = int(value.strip())
    else:  # "1_0", "07", "+7", "7.0", Arabic-Indic or full-width digits: not as typed
        raise ValidationError(field, _("Scoren skal være et tal fra 1 til 10."))
    if not SCORE_MIN <= number <= SCORE_MAX:
        raise ValidationError(field, _("Scoren skal være et tal fra 1 til 10."))
    return number


@dataclass(frozen=True, slots=True)
class IndicatorScore:
    indicator_key: str
    citizen_score: int | None = None
    worker_score: int | None = None
    citizen_declined: bool = False
    shared_note: str = ""
    private_note: str = ""


@dataclass(frozen=True, slots=True)
class Meeting:
    id: int
    citizen_id: int
    held_on: date
    kind: MeetingKind
    participants: str = ""
    tool_id: str = "halsnaes"
    tool_version: str = "1"


NOTE_MAX = 10_000
FUTURE_LIMIT_DAYS = 365


def validate_meeting_date(
    held_on: date, birth_date: date | None, today: date | None = None
) -> date:
    """A meeting may be planned up to a year ahead, never before the citizen was born."""
    today = today or clock.today()
    if not isinstance(held_on, date):
        raise ValidationError("held_on", _("Vælg en dato for samtalen."))
    if (held_on - today).days > FUTURE_LIMIT_DAYS:
        raise ValidationError("held_on", _("Datoen ligger mere end et år ude i fremtiden."))
    if birth_date is not None and held_on < birth_date:
        raise ValidationError("held_on", _("Datoen ligger før borgeren blev født."))
    return held_on


def has_both_scores(score: IndicatorScore) -> bool:
    """Both sides have answered (a declined citizen counts as answered).

    Only then is last meeting's score shown, so it cannot anchor the new one.
    """
    citizen_done = score.citizen_score is not None or score.citizen_declined
    return citizen_done and score.worker_score is not None


@dataclass(frozen=True, slots=True)
class Change:
    """How a score moved since last time. Holding steady is a result in its own right."""

    previous: int
    current: int

    @property
    def delta(self) -> int:
        return self.current - self.previous

    @property
    def symbol(self) -> str:
        return "▲" if self.delta > 0 else "▼" if self.delta < 0 else "="

    @property
    def label(self) -> str:
        """Plain words, e.g. 'op 2', 'ned 1', 'holder niveauet'."""
        if self.delta > 0:
            return _("op {n}").format(n=self.delta)
        if self.delta < 0:
            return _("ned {n}").format(n=-self.delta)
        return _("holder niveauet")


def change_between(previous: int | None, current: int | None) -> Change | None:
    """The change between two scores, or ``None`` if one is missing.

    >>> change_between(5, 5).label
    'holder niveauet'
    >>> change_between(4, 7).symbol
    '▲'
    """
    if previous is None or current is None:
        return None
    return Change(previous, current)
