"""The audit log in words a caseworker or a data protection adviser reads: verbs and things
in the language in use (the tables are Danish, translated where they are shown), never the
program's internal keys ("score job_search", "dokument (handover)").

    >>> what_was_done("print", "report", "handover with private notes")
    ('Udskrev', 'overleveringsrapport med private noter')
    >>> what_was_done("update", "screening", "housing")
    ('Ændrede', 'screening: Bolig')
    >>> what_was_done("update", "meeting", "score job_search 01-03-2026")
    ('Ændrede', 'samtale: score for Jobsøgning (samtalen 01-03-2026)')
"""

from __future__ import annotations

import re
from datetime import datetime

from progressionsdialog.domain.dates import format_date
from progressionsdialog.i18n import _

ACTIONS = {
    "view": "Så",
    "create": "Oprettede",
    "update": "Ændrede",
    "archive": "Arkiverede",
    "restore": "Genskabte",
    "print": "Udskrev",
    "export": "Eksporterede",
    "erase": "Slettede for altid",
    "delete": "Slettede",
}
ENTITIES = {
    "citizen": "borger",
    "recommendation": "anbefalet næste skridt",
    "meeting": "samtale",
    "life_wheel": "livshjul",
    "hhh": "HHH-svar",
    "goal": "mål",
    "sub_goal": "delmål",
    "milestone": "milepæl",
    "step": "skridt",
    "effort": "indsats",
    "report": "dokument",
    "project": "projekt",
    "outcome": "status (job, uddannelse …)",
    "screening": "screening",
    "contact": "person omkring borgeren",
}
REPORTS = {
    "plan": "borgerens plan",
    "blank": "blanke ark",
    "handover": "overleveringsrapport",
    "handover with private notes": "overleveringsrapport med private noter",
}
FIELDS = {
    "name": "navn",
    "birth_date": "fødselsdato",
    "cpr": "CPR-nummer",
    "phone": "telefon",
    "email": "e-mail",
    "target_group": "målgruppe",
    "caseworker_id": "sagsbehandler",
    "note": "note",
}
INDICATORS = {
    "motivation": "Motivation",
    "personal_resources": "Personlige ressourcer",
    "competences": "Kompetencer",
    "job_search": "Jobsøgning",
}
WORDS = {
    "done": "udført",
    "not_done": "ikke udført",
    "planned": "planlagt",
    "dropped": "opgivet",
    "reached": "nået",
    "active": "aktivt",
    "open": "åbent",
    "undo": "fortrudt",
    "redo": "gentaget",
    "again after a restore": "igen efter en gendannelse",
    "date": "datoen",
    "from the last": "ud fra den sidste",
}


def _detail(entity: str, detail: str) -> str:
    if not detail:
        return ""
    if entity == "report":
        return _(REPORTS[detail]) if detail in REPORTS else detail
    if detail.startswith("score "):  # "score job_search 01-03-2026": a later edit
        _score, key, *when = detail.split(" ")
        said = _("score for {name}").format(name=_(INDICATORS[key]) if key in INDICATORS else key)
        return said + (" " + _("(samtalen {date})").format(date=_day(when[0])) if when else "")
    if entity == "screening":
        from progressionsdialog.domain.screening import ScreeningArea

        if detail in {area.value for area in ScreeningArea}:
            return ScreeningArea(detail).label
    if detail.startswith("meeting "):  # "meeting 01-03-2026": its date, kind or participants
        day = _day(detail.split(" ", 1)[1])
        return _("dato, art eller deltagere (samtalen {date})").format(date=day)
    parts = re.fullmatch(r"with (\d+) sub-goals and (\d+) milestones", detail)
    if parts:
        return _("med {subs} delmål og {milestones} milepæle").format(
            subs=parts[1], milestones=parts[2]
        )
    if entity == "citizen" and all(f in FIELDS for f in detail.split(",")):
        return ", ".join(_(FIELDS[f]) for f in detail.split(","))
    return _(WORDS[detail]) if detail in WORDS else _day(detail)


def _day(stored: str) -> str:
    """A date the log keeps as dd-mm-åååå, shown as the language in use writes it.

    >>> _day("01-03-2026"), _day("housing")
    ('01-03-2026', 'housing')
    """
    try:
        return format_date(datetime.strptime(stored, "%d-%m-%Y").date())
    except ValueError:
        return stored


def what_was_done(action: str, entity: str, detail: str) -> tuple[str, str]:
    """The verb and the thing, in the language in use."""
    thing = _(ENTITIES[entity]) if entity in ENTITIES else entity
    verb = _(ACTIONS[action]) if action in ACTIONS else action
    if entity == "report" and detail:
        return verb, _detail(entity, detail)
    said = _detail(entity, detail)
    return verb, f"{thing}: {said}" if said else thing
