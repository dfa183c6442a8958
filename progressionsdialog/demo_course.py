"""Seed 003's 42-year-old woman ("Hanne Bøgh" in the demo): her whole year as a worker would
type it. Two screenings, three life wheels, HHH answers, a goal linked to its HHH with
sub-goals and milestones, the people around her, and steps owned by her, the caseworker,
the virksomhedskonsulent and the mentor, followed up at her meetings.

Every date is counted back from ``today`` in days, as the meetings in ``demo.py`` are, and
everything goes through the storage functions, so the demo is checked as a user's input is.
The words are short and plain: the printed plan must stay easy to read (LIX ≤ 30).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import sqlite_utils

from progressionsdialog import clock
from progressionsdialog.domain.contacts import Contact, ContactRole
from progressionsdialog.domain.life_wheel import AreaStatus, LifeWheel
from progressionsdialog.domain.lifecycle import Outcome
from progressionsdialog.domain.plan import (
    Goal,
    GoalKind,
    Hhh,
    Milestone,
    Step,
    StepOwner,
    StepStatus,
    SubGoal,
)
from progressionsdialog.domain.screening import AreaAnswer, ScreeningArea
from progressionsdialog.domain.screening import AreaStatus as ScreeningStatus
from progressionsdialog.storage.contacts import save_contact
from progressionsdialog.storage.goals import save_goal
from progressionsdialog.storage.hhh import get_hhh, save_hhh
from progressionsdialog.storage.life_wheels import save_wheel, start_hhh_from_area
from progressionsdialog.storage.milestones import save_milestone, set_milestone_outcome
from progressionsdialog.storage.recommendations import add_recommendation
from progressionsdialog.storage.screening import save_answer, start_screening
from progressionsdialog.storage.steps import save_step, set_step_status
from progressionsdialog.storage.sub_goals import save_sub_goal, set_sub_goal_outcome

NAME = "Hanne Bøgh"

# The people around her: key → (name, role, phone, e-mail, workplace). The company record
# of her internship and wage-subsidy job points at "company" and "consultant".
CONTACTS = {
    "consultant": (
        "Ole Vad",
        ContactRole.COMPANY_CONSULTANT,
        "47 78 40 00",
        "ole.vad@jobcenter.example.dk",
        "Jobcentret",
    ),
    "company": (
        "Lone Berg",
        ContactRole.COMPANY,
        "47 77 12 30",
        "lone.berg@solgaarden.example.dk",
        "Plejecenter Solgården",
    ),
    "mentor": ("Pia Holt", ContactRole.MENTOR, "22 41 18 07", "", "Mentorkorpset"),
    "doctor": ("Søren Krogh", ContactRole.DOCTOR, "47 72 05 11", "", "Lægehuset i byen"),
}

# The screening (step 1), at the first meeting and again after the internship: area →
# (status, her own words, the worker's note). The second keeps the areas not named here.
SCREENINGS = (
    (
        420,
        {
            "education": ("barrier", "Jeg gik ud af skolen. Jeg er ikke god til bøger.", ""),
            "work_experience": (
                "barrier",
                "Jeg har aldrig haft et rigtigt job. Jeg passede min mor.",
                "",
            ),
            "job_wishes": ("barrier", "Jeg vil have pension. Jeg kan ikke arbejde.", ""),
            "danish": ("resource", "Jeg taler og læser dansk fint.", ""),
            "health": (
                "barrier",
                "Jeg har gigt i hænderne. Det gør ondt om morgenen.",
                "Gigt. Spørg lægen, hvad hun kan tåle.",
            ),
            "housing": ("resource", "Jeg bor i en lille lejlighed. Den er god.", ""),
            "finances": ("barrier", "Pengene slår ikke til. Jeg har lidt gæld.", ""),
            "network": ("both", "Min søster hjælper mig. Ellers ser jeg ikke mange.", ""),
            "caring_duties": ("resource", "Jeg har ingen børn hjemme.", ""),
            "transport": ("both", "Jeg har ikke kørekort. Jeg tager bussen.", ""),
            "digital_skills": ("both", "Jeg kan bruge min telefon. En computer er svær.", ""),
        },
    ),
    (
        150,
        {
            "education": (
                "both",
                "Jeg har et eksamensbevis med gode karakterer.",
                "Siger ikke mere, at hun er dum.",
            ),
            "work_experience": ("resource", "Praktik på Solgården. Nu 32 timer om ugen.", ""),
            "job_wishes": ("resource", "Jeg vil være social- og sundhedshjælper.", ""),
            "health": (
                "both",
                "Gigten er der stadig. Aftenvagter går fint.",
                "Ingen sygedage i praktikken.",
            ),
            "network": ("resource", "Mine kolleger på Solgården. Og min mentor.", ""),
        },
    ),
)

# Her own areas, scored at three meetings (days ago), and her wishes at each.
WHEEL_DAYS = (420, 240, 35)
WHEEL = (
    ("Familie", (6, 6, 7), ("", "", "")),
    ("Helbred", (3, 4, 4), ("Mindre ondt i hænderne", "", "Mindre ondt i hænderne")),
    ("Job", (1, 5, 8), ("", "Flere timer på Solgården", "")),
    ("Økonomi", (2, 3, 6), ("", "Tjene mine egne penge", "Betale min gæld")),
    ("Fritid", (4, 5, 6), ("", "", "")),
    ("Selvtillid", (1, 5, 7), ("Tro på mig selv", "", "")),
)

# The wish "Tro på mig selv" from the first wheel is taken on to the plan as an HHH.
FIRST_HHH = ("Jeg vil ikke føle mig dum.", "Jeg går på mestringskurset. Jeg finder mine papirer.")
# The HHH her goal comes from, at the meeting 300 days ago.
HHH = (
    300,
    "Arbejde med ældre mennesker",
    "Jeg vil tjene mine egne penge. Jeg kan godt lide at hjælpe.",
    "Praktik på et plejecenter. Aftenvagter, så gigten kan følge med. Flere timer lidt ad gangen.",
)
GOAL = (
    "Jeg vil arbejde med ældre.",
    "Ordinært job som social- og sundhedshjælper. Hanne skal blive i jobbet.",
)
# Sub-goals: (title, target days ago (negative: ahead), reached days ago or None).
SUB_GOALS = (
    ("Praktik 12 timer om ugen", 250, 250),
    ("Praktik 20 timer om ugen", 215, 215),
    ("Praktik 32 timer om ugen", 185, 185),
    ("Job med løntilskud", 155, 155),
    ("Fast job", 40, 35),
    ("Blive i jobbet et halvt år", -150, None),
)
# Milestones: (title, due days ago, reached days ago or None, sub-goal index or None).
MILESTONES = (
    ("Eksamensbeviset er fundet", 330, 300, None),
    ("Første aftenvagt på Solgården", 250, 250, 0),
    ("Møde om løntilskud på Solgården", 160, 158, 3),
    ("Prøvetiden er slut", -55, None, 4),
)

# Steps: (owner — "citizen", "caseworker" or a contact key —, what, agreed days ago, due
# days ago (negative: ahead), follow-ups as (meeting days ago, status, day ago, reason)).
DONE, NOT_DONE = StepStatus.DONE, StepStatus.NOT_DONE
STEPS = (
    ("caseworker", "Melde Hanne til mestringskurset", 420, 400, ((360, DONE, 395, ""),)),
    ("citizen", "Gå på mestringskurset hver tirsdag", 420, 310, ((300, DONE, 310, ""),)),
    ("citizen", "Finde mine gamle papirer fra skolen", 360, 330, ((300, DONE, 305, ""),)),
    ("citizen", "Tale med lægen om gigten", 360, 320, ((300, DONE, 318, ""),)),
    ("consultant", "Finde et plejecenter med aftenvagter", 300, 260, ((240, DONE, 255, ""),)),
    ("mentor", "Tage med Hanne den første dag", 300, 250, ((240, DONE, 250, ""),)),
    ("citizen", "Gå op til 20 timer om ugen", 240, 215, ((150, DONE, 215, ""),)),
    (
        "citizen",
        "Gå til træning to gange om ugen",
        240,
        180,
        (
            (150, NOT_DONE, 150, "Jeg var for træt efter vagterne."),
            (35, NOT_DONE, 35, "Jeg har ikke fundet et hold om aftenen."),
        ),
    ),
    ("consultant", "Aftale løntilskud med Solgården", 240, 160, ((150, DONE, 158, ""),)),
    ("caseworker", "Sende papirerne om løntilskud", 240, 155, ((150, DONE, 156, ""),)),
    ("citizen", "Tale med Lone om vagtplanen", 35, -14, ()),
    ("mentor", "Ringe til Hanne hver anden uge", 35, -30, ()),
    ("consultant", "Besøge Solgården og høre, hvordan det går", 35, -25, ()),
    ("caseworker", "Stoppe kontanthjælpen, når lønnen kommer", 35, -10, ()),
)
# The training step gets a new date at the meeting 35 days ago.
NEW_DATE = {"Gå til træning to gange om ugen": -20}


# The worker's recommended next step (for the handover), written twice over the year
RECOMMENDATIONS = (
    (400, "Start virksomhedspraktik i ældreplejen, 12 timer om ugen."),
    (60, "Løntilskud på plejecentret, 32 timer. Tal om fast ansættelse."),
)


def add_contacts(db: sqlite_utils.Database, citizen_id: int) -> dict[str, int]:
    """Her contact list; returns key → contact id."""
    ids = {}
    for key, (name, role, phone, email, place) in CONTACTS.items():
        ids[key] = save_contact(db, Contact(None, citizen_id, name, role, phone, email, place)).id
    return ids


def add_course(
    db: sqlite_utils.Database,
    citizen_id: int,
    meetings: dict[int, int],
    contacts: dict[str, int],
    today: date,
) -> None:
    """Everything but the meetings, efforts and contacts. ``meetings``: days ago → id."""

    def day(days_ago: int) -> date:
        return today - timedelta(days=days_ago)

    def happened(days_ago: int | None) -> bool:
        """A demo built for a day ahead of the clock leaves the days still to come open."""
        return days_ago is not None and day(days_ago) <= clock.today()

    _add_screenings(db, citizen_id, meetings)
    first_wheel = _add_wheels(db, meetings)
    selvtillid = next(a for a in first_wheel.areas if a.name == "Selvtillid")
    first_hhh = get_hhh(db, start_hhh_from_area(db, meetings[WHEEL_DAYS[0]], selvtillid.id))
    why, how = FIRST_HHH
    save_hhh(db, replace(first_hhh, why=why, how=how))
    held, what, why, how = HHH
    hhh = save_hhh(db, Hhh(None, citizen_id, what, why, how, meetings[held]))
    goal = save_goal(db, Goal(None, citizen_id, GoalKind.JOB, *GOAL, hhh_id=hhh.id), meetings[held])
    subs = []
    for title, target, reached in SUB_GOALS:
        sub = save_sub_goal(db, SubGoal(None, goal.id, title, day(target)))
        if happened(reached):
            sub = set_sub_goal_outcome(db, sub.id, Outcome.REACHED, day(reached))
        subs.append(sub)
    for title, due, reached, sub_index in MILESTONES:
        sub_id = subs[sub_index].id if sub_index is not None else None
        milestone = save_milestone(db, Milestone(None, goal.id, title, day(due), None, sub_id))
        if happened(reached):
            set_milestone_outcome(db, milestone.id, Outcome.REACHED, day(reached))
    for owner, what, agreed, due, follow_ups in STEPS:
        contact_id = contacts.get(owner)
        step = save_step(
            db,
            Step(
                None,
                citizen_id,
                what,
                StepOwner(owner) if contact_id is None else StepOwner.OTHER,  # the contact's role
                day(due),
                goal_id=goal.id,
                agreed_meeting_id=meetings[agreed],
                contact_id=contact_id,
            ),
        )
        for at, status, on, reason in (f for f in follow_ups if happened(f[2])):
            ahead = NEW_DATE.get(what) if at == follow_ups[-1][0] else None
            set_step_status(
                db,
                step.id,
                status,
                day(on),
                reason,
                meetings[at],
                day(ahead) if ahead is not None else None,
            )
    for days_ago, text in RECOMMENDATIONS:  # the worker's advice to a colleague, in the handover
        if happened(days_ago):
            add_recommendation(db, citizen_id, text, day(days_ago))


def _add_screenings(db: sqlite_utils.Database, citizen_id: int, meetings: dict[int, int]) -> None:
    for held, areas in SCREENINGS:
        screening = start_screening(db, citizen_id, meeting_id=meetings[held])
        for key, (status, words, note) in areas.items():
            answer = AreaAnswer(ScreeningArea(key), ScreeningStatus(status), words, note)
            save_answer(db, screening.id, answer)


def _add_wheels(db: sqlite_utils.Database, meetings: dict[int, int]) -> LifeWheel:
    """The first wheel from her own areas; each later one starts from it. Returns the first."""
    first = LifeWheel.from_names([name for name, _, _ in WHEEL])
    stored = []
    for column, held in enumerate(WHEEL_DAYS):
        wheel = first.restarted()
        for index, (_, scores, wishes) in enumerate(WHEEL):
            wheel = wheel.set_score(index, scores[column])
            if wishes[column]:
                wheel = wheel.set_status(index, AreaStatus.WANTS_CHANGE, wishes[column])
            elif scores[column] >= 7:
                wheel = wheel.set_status(index, AreaStatus.WORKS_WELL)
        stored.append(save_wheel(db, meetings[held], wheel))
    return stored[0]
