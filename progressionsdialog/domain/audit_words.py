"""The audit log in words a caseworker or a data protection adviser reads: Danish verbs and
things, never the program's internal keys ("score job_search", "dokument (handover)").

    >>> what_was_done("print", "report", "handover with private notes")
    ('Udskrev', 'overleveringsrapport med private noter')
    >>> what_was_done("update", "screening", "housing")
    ('Ændrede', 'screening: Bolig')
    >>> what_was_done("update", "meeting", "score job_search 01-03-2026")
    ('Ændrede', 'samtale: score for Jobsøgning (samtalen 01-03-2026)')
"""

from __future__ import annotations

import re

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
        return REPORTS.get(detail, detail)
    if detail.startswith("score "):  # "score job_search 01-03-2026": a later edit
        _, key, *when = detail.split(" ")
        said = "score for " + INDICATORS.get(key, key)
        return said + (f" (samtalen {when[0]})" if when else "")
    if entity == "screening":
        from progressionsdialog.domain.screening import ScreeningArea

        if detail in {area.value for area in ScreeningArea}:
            return ScreeningArea(detail).label
    if detail.startswith("meeting "):  # "meeting 01-03-2026": its date, kind or participants
        return f"dato, art eller deltagere (samtalen {detail.split(' ', 1)[1]})"
    parts = re.fullmatch(r"with (\d+) sub-goals and (\d+) milestones", detail)
    if parts:
        return f"med {parts[1]} delmål og {parts[2]} milepæle"
    if entity == "citizen" and all(f in FIELDS for f in detail.split(",")):
        return ", ".join(FIELDS[f] for f in detail.split(","))
    return WORDS.get(detail, detail)


def what_was_done(action: str, entity: str, detail: str) -> tuple[str, str]:
    """The verb and the thing, in Danish."""
    thing = ENTITIES.get(entity, entity)
    if entity == "report" and detail:
        return ACTIONS.get(action, action), _detail(entity, detail)
    said = _detail(entity, detail)
    return ACTIONS.get(action, action), f"{thing}: {said}" if said else thing
