"""The fixed texts of the citizen's plan, in one place so their readability (LIX) can be
checked: short words, short sentences, "du" to the citizen.

The tables stay Danish (the LIX check reads them); the plan shows each through ``_`` with
:func:`text` and :func:`effort_intro`, so a plan printed in English has English fixed texts.

``EFFORT_PURPOSE`` says what each kind of effort is in a sentence that goes on with "for at"
and the goals agreed for it: "Du skal i praktik for at prøve aftenvagter."
"""

from __future__ import annotations

from progressionsdialog.domain.plan import EffortKind, StepOwner
from progressionsdialog.i18n import _

TEXTS = {
    "title": "Din plan",
    "made": "Lavet den {date}.",
    "goal": "Dit mål",
    "no_goal": "I har ikke skrevet et mål endnu.",
    "sub_goals": "Delmål på vejen",
    "milestones": "Vigtige dage",
    "reached": "nået {date}",
    "by_date": "senest {date}",
    "answers": "Dine svar",
    "what": "Hvad vil du nå?",
    "why": "Hvorfor er det vigtigt for dig?",
    "how": "Hvordan gør du det?",
    "no_answers": "I har ikke skrevet svar endnu.",
    "talk": "Det talte vi om",
    "talk_when": "Ved mødet den {date}.",
    "efforts": "Det er du i gang med",
    "efforts_done": "Det har du gjort",
    "where": "Hvor: {place}.",
    "from_to": "Fra {start} til {end}.",
    "from": "Fra {start}. Der er ikke sat en slut-dato.",
    "starts": "Du starter {start}.",
    "purpose": "{intro} for at:",
    "no_purpose": "{intro}.",
    "result": "Sådan gik det: {result}",
    "steps": "Næste skridt",
    "steps_hint": "Sæt et kryds, når et skridt er gjort.",
    "no_steps": "Der er ingen skridt lige nu.",
    "who": "Hvem",
    "you": "Dig",
    "todo": "Hvad",
    "by": "Senest",
    "meeting": "Næste møde",
    "no_meeting": "Vi har ikke sat en dato endnu. Vi ringer til dig.",
    "bring": "Tag med: {bring}",
    "wheel": "Dit livshjul",
    "wheel_hint": "Den stiplede linje er sidste gang.",
    "wheel_star": "En stjerne * betyder: det vil du ændre.",
    "wheel_change": "Sådan har det ændret sig siden sidst",
    "wheel_marks": "▲ er bedre. ▼ er værre. = er det samme.",
    "wheel_new": "nyt",
    "area": "Område",
    "then": "Før",
    "now": "Nu",
    "no_wheel": "I har ikke lavet et livshjul endnu.",
    "progress": "Sådan går det",
    "progress_hint": "Ringen er første gang. Prikken er nu.",
    "no_progress": "Der er ingen tal endnu.",
    "contact": "Dem kan du ringe til",
    "contact_hint": "De kan hjælpe dig.",
    "your_worker": "Din sagsbehandler",
    "phone": "Tlf. {phone}",
    "mail": "Mail: {mail}",
    "no_contact": "Ring til jobcentret.",
}

# "Du skal i praktik" + " for at: …" — the start of the sentence for each kind of effort.
EFFORT_PURPOSE = {
    EffortKind.COURSE: "Du skal på kursus",
    EffortKind.MASTERY_COURSE: "Du skal på kursus om at mestre dit liv",
    EffortKind.MENTOR: "Du får en mentor",
    EffortKind.COMPANY_INTERNSHIP: "Du skal i praktik",
    EffortKind.WAGE_SUBSIDY_JOB: "Du skal i job med løntilskud",
    EffortKind.ORDINARY_HOURS: "Du skal have timer i et job",
    EffortKind.EDUCATION: "Du skal i gang med en uddannelse",
    EffortKind.HEALTH_TRAINING: "Du skal træne og passe på din krop",
    EffortKind.ADDICTION_TREATMENT: "Du skal have hjælp i en behandling",
    EffortKind.DEBT_COUNSELLING: "Du skal have hjælp med din gæld",
    EffortKind.ROUND_TABLE_MEETING: "Du skal til møde med dem, der hjælper dig",
    EffortKind.OTHER: "Du skal i gang med noget nyt",
}

# Who does a step, in words to the citizen: "Dig" for the citizen's own steps.
OWNER_WORDS = {StepOwner.CITIZEN: TEXTS["you"]}


def text(key: str) -> str:
    """The fixed text ``key`` in the language in use."""
    return _(TEXTS[key])


def effort_intro(kind: EffortKind) -> str:
    """ "Du skal i praktik" (the start of the effort's sentence) in the language in use."""
    return _(EFFORT_PURPOSE[kind])


def owner_words(owner: StepOwner) -> str | None:
    """ "Dig" for the citizen's own steps (in the language in use), else ``None``."""
    words = OWNER_WORDS.get(owner)
    return _(words) if words else None


def fixed_texts() -> list[str]:
    """Every fixed text of the plan as a sentence (for the LIX check)."""
    texts = [*TEXTS.values(), *(f"{intro} for at nå dit mål." for intro in EFFORT_PURPOSE.values())]
    return [t if t.rstrip().endswith((".", "?", ":", "!")) else t + "." for t in texts]
