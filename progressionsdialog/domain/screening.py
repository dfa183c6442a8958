"""Screening, step 1 of the three-step model: the citizen's resources and barriers in the
areas a caseworker and a virksomhedskonsulent need (after the preparatory part of the
rehabilitation plan). Each area is a resource, a barrier, both, or not talked about, in the
citizen's own words, with a note only the worker sees.

The areas are data (``AREAS``): a key for the database, the Danish label a leader counts by,
and a question to read aloud. ``ScreeningArea.label`` and ``.question`` give them in the
language in use.

>>> ScreeningArea.HEALTH.label
'Helbred'
>>> AreaStatus.BOTH.label, AreaStatus.BOTH.is_barrier
('Begge dele', True)
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from progressionsdialog import clock
from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.text import validate_text
from progressionsdialog.errors import ValidationError
from progressionsdialog.i18n import _

ANSWER_MAX = 2_000  # a few sentences in the citizen's words; the note likewise


class ScreeningArea(StrEnum):
    EDUCATION = "education"
    WORK_EXPERIENCE = "work_experience"
    JOB_WISHES = "job_wishes"
    DANISH = "danish"
    HEALTH = "health"
    HOUSING = "housing"
    FINANCES = "finances"
    NETWORK = "network"
    CARING_DUTIES = "caring_duties"
    TRANSPORT = "transport"
    DIGITAL_SKILLS = "digital_skills"

    @property
    def label(self) -> str:
        """The area's name in the language in use (``AREAS`` holds the Danish)."""
        return _(_BY_KEY[self].label)

    @property
    def question(self) -> str:
        return _(_BY_KEY[self].question)


@dataclass(frozen=True, slots=True)
class AreaInfo:
    key: ScreeningArea
    label: str  # the name on screen and in the leader's statistics
    question: str  # to read aloud; also the hint in the citizen's-words field


AREAS: tuple[AreaInfo, ...] = (
    AreaInfo(
        ScreeningArea.EDUCATION,
        "Uddannelse og beviser",
        "Hvilken skole og uddannelse har du? Har du beviser, også fra udlandet?",
    ),
    AreaInfo(
        ScreeningArea.WORK_EXPERIENCE,
        "Erhvervserfaring",
        "Hvor har du arbejdet? Hvad var du god til?",
    ),
    AreaInfo(ScreeningArea.JOB_WISHES, "Jobønsker", "Hvad vil du gerne arbejde med?"),
    AreaInfo(ScreeningArea.DANISH, "Dansk sprog", "Hvor godt taler, læser og skriver du dansk?"),
    AreaInfo(
        ScreeningArea.HEALTH,
        "Helbred",
        "Hvordan har du det? Hvad kan du, og hvad er svært?",
    ),
    AreaInfo(ScreeningArea.HOUSING, "Bolig", "Hvor bor du? Er det et godt sted at bo?"),
    AreaInfo(ScreeningArea.FINANCES, "Økonomi", "Får du pengene til at slå til? Har du gæld?"),
    AreaInfo(ScreeningArea.NETWORK, "Netværk", "Hvem kan du tale med og få hjælp af?"),
    AreaInfo(
        ScreeningArea.CARING_DUTIES,
        "Omsorgsopgaver",
        "Passer du børn eller andre? Hvornår har du tid?",
    ),
    AreaInfo(
        ScreeningArea.TRANSPORT,
        "Transport og kørekort",
        "Hvordan kommer du rundt? Har du kørekort?",
    ),
    AreaInfo(
        ScreeningArea.DIGITAL_SKILLS,
        "Digitale færdigheder",
        "Kan du bruge computer, mail og MitID?",
    ),
)
_BY_KEY = {area.key: area for area in AREAS}


class AreaStatus(StrEnum):
    NOT_TALKED = "not_talked"
    RESOURCE = "resource"
    BARRIER = "barrier"
    BOTH = "both"

    @property
    def label(self) -> str:
        return _(STATUS_LABELS[self])

    @property
    def is_barrier(self) -> bool:
        """A barrier, alone or beside a resource: what a team leader counts."""
        return self in (AreaStatus.BARRIER, AreaStatus.BOTH)

    @property
    def is_resource(self) -> bool:
        return self in (AreaStatus.RESOURCE, AreaStatus.BOTH)


STATUS_LABELS = {
    AreaStatus.RESOURCE: "Ressource",
    AreaStatus.BARRIER: "Barriere",
    AreaStatus.BOTH: "Begge dele",
    AreaStatus.NOT_TALKED: "Ikke talt om",
}


@dataclass(frozen=True, slots=True)
class AreaAnswer:
    area: ScreeningArea
    status: AreaStatus = AreaStatus.NOT_TALKED
    citizen_words: str = ""  # the citizen's own words: may reach the citizen's plan
    worker_note: str = ""  # the worker's only: never in the citizen's plan

    @property
    def label(self) -> str:
        return self.area.label


@dataclass(frozen=True, slots=True)
class Screening:
    id: int | None
    citizen_id: int
    screened_on: date
    meeting_id: int | None = None
    answers: tuple[AreaAnswer, ...] = ()  # one per area, in the order of ``AREAS``

    def answer(self, area: ScreeningArea | str) -> AreaAnswer:
        area = ScreeningArea(area)
        return next((a for a in self.answers if a.area is area), AreaAnswer(area))

    def barriers(self) -> list[AreaAnswer]:
        """The areas that are a barrier (or both), in the order of ``AREAS``."""
        return [a for a in self.answers if a.status.is_barrier]


def all_answers(given: dict[ScreeningArea, AreaAnswer]) -> tuple[AreaAnswer, ...]:
    """An answer for every area, in order: the ones given, "not talked about" for the rest."""
    return tuple(given.get(area.key, AreaAnswer(area.key)) for area in AREAS)


def validate_answer(answer: AreaAnswer) -> AreaAnswer:
    """The answer with its text cleaned, or a Danish ``ValidationError`` naming the field.

    >>> validate_answer(AreaAnswer("housing", "barrier", " Bor hos min søster ")).citizen_words
    'Bor hos min søster'
    """
    try:
        area = ScreeningArea(answer.area)
    except ValueError:
        raise ValidationError(
            "area", _("Området «{area}» findes ikke i screeningen.").format(area=answer.area)
        ) from None
    try:
        status = AreaStatus(answer.status)
    except ValueError:
        raise ValidationError(
            "status", _("Vælg ressource, barriere, begge dele eller ikke talt om.")
        ) from None
    words = _fits(
        answer.citizen_words,
        "citizen_words",
        _("Borgerens ord om {area} er for lange: {count} tegn. Der er plads til {most}."),
        area,
    )
    note = _fits(
        answer.worker_note,
        "worker_note",
        _("Medarbejderens note om {area} er for lang: {count} tegn. Der er plads til {most}."),
        area,
    )
    return replace(
        answer,
        area=area,
        status=status,
        citizen_words=validate_text(words, "citizen_words", "Borgerens ord"),
        worker_note=validate_text(note, "worker_note", "Medarbejderens note"),
    )


def _fits(text: str | None, field: str, too_long: str, area: ScreeningArea) -> str:
    """``too_long`` is the message (already translated) with ``{area}``, ``{count}``, ``{most}``."""
    text = (text or "").strip()
    if len(text) > ANSWER_MAX:
        raise ValidationError(
            field, too_long.format(area=area.label, count=len(text), most=ANSWER_MAX)
        )
    return text


def validate_screening_date(screened_on: date, today: date | None = None) -> date:
    """A screening is what was said on a day that has come: never a day ahead.

    >>> try:
    ...     validate_screening_date(date(2026, 3, 2), today=date(2026, 3, 1))
    ... except ValidationError as error:
    ...     print(error.message)
    Screeningen kan ikke ligge i fremtiden. Vælg den dag, I talte sammen (senest 01-03-2026).
    """
    today = today or clock.today()
    if not isinstance(screened_on, date):
        raise ValidationError("screened_on", _("Vælg en dato for screeningen."))
    if screened_on > today:
        raise ValidationError(
            "screened_on",
            _(
                "Screeningen kan ikke ligge i fremtiden. Vælg den dag, I talte sammen "
                "(senest {date})."
            ).format(date=format_date(today)),
        )
    return screened_on
