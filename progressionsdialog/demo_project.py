"""The demo's project: "JobStart", about 40 invented participants and a control group of
40, scored over a year, with outcomes at 12 months, so the statistics show something real.

The names are invented (first name + surname drawn from common lists); the cohort has
finished and is archived, so the caseworker's register shows the five cases as before
("Vis arkiverede" shows them).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import sqlite_utils

from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.meeting import IndicatorScore, MeetingKind
from progressionsdialog.domain.outcome import MemberRole, OutcomeStatus, months_later
from progressionsdialog.storage.citizens import add_citizen, archive_citizen
from progressionsdialog.storage.meetings import add_meeting, save_score
from progressionsdialog.storage.projects import (
    add_member,
    add_project,
    record_outcome,
    set_benefit_start,
)

PROJECT = "JobStart"
COHORT = 40  # in each group
FIRST = (
    "Anders", "Birgit", "Camilla", "Dennis", "Emma", "Frederik", "Gitte", "Henrik", "Ida",
    "Jonas", "Karina", "Lars", "Maja", "Niels", "Pernille", "Rasmus", "Signe", "Thomas",
    "Ulla", "Victor", "Yasmin", "Ahmad", "Fatima", "Mustafa", "Leila", "Omar", "Agnieszka",
)  # fmt: skip
LAST = (
    "Andersen", "Bach", "Christiansen", "Dam", "Eriksen", "Frost", "Gregersen", "Holm",
    "Iversen", "Jeppesen", "Kjær", "Lund", "Mikkelsen", "Nørgaard", "Olsen", "Poulsen",
    "Riis", "Skov", "Thygesen", "Vestergaard", "Østergård", "Hassan", "Yilmaz", "Nowak",
)  # fmt: skip
KEYS = ("motivation", "personal_resources", "competences", "job_search")
IN_WORK = (OutcomeStatus.ORDINARY_JOB, OutcomeStatus.WAGE_SUBSIDY_JOB, OutcomeStatus.EDUCATION,
           OutcomeStatus.ORDINARY_HOURS, OutcomeStatus.FLEXJOB)  # fmt: skip


def build_demo_project(db: sqlite_utils.Database, today: date, seed: int = 2026) -> int:
    """Add the project and its two groups; returns the number of citizens added."""
    rng = random.Random(seed)
    started = months_later(today, -15)
    project = add_project(db, PROJECT, started, has_control_group=True)
    names = rng.sample([f"{f} {last}" for f in FIRST for last in LAST], 2 * COHORT)
    for n, name in enumerate(names):
        role = MemberRole.PARTICIPANT if n < COHORT else MemberRole.CONTROL
        joined = started + timedelta(days=rng.randrange(0, 120))
        birth = date(today.year - rng.randrange(22, 58), rng.randrange(1, 13), rng.randrange(1, 29))
        group = "aktivitetsparat" if rng.random() < 0.7 else "jobparat"
        citizen = add_citizen(
            db,
            CitizenDraft(name=name, birth_or_cpr=birth.strftime("%d-%m-%Y"), target_group=group),
        )
        add_member(db, project.id, citizen.id, role, joined)
        set_benefit_start(db, citizen.id, months_later(joined, -rng.choice((2, 5, 9, 16, 30, 60))))
        _scores(
            db, rng, citizen.id, joined, today, lift=1.0 if role is MemberRole.PARTICIPANT else 0.35
        )
        _outcome(db, rng, citizen.id, joined, today, role)
        archive_citizen(db, citizen.id)
    return len(names)


def _scores(db, rng: random.Random, citizen_id: int, joined: date, today: date, lift: float):
    start = [rng.randint(2, 5) for _ in KEYS]
    for visit in range(5):
        held = joined + timedelta(days=visit * 84 + rng.randrange(0, 10))
        if held > today:
            break
        kind = MeetingKind.FIRST if visit == 0 else MeetingKind.FOLLOW_UP
        meeting = add_meeting(db, citizen_id, held, kind)
        for key, base in zip(KEYS, start, strict=True):
            drift = visit * lift * rng.uniform(0.2, 1.1) + rng.choice((-1, 0, 0, 1))
            own = max(1, min(10, round(base + drift)))
            worker = max(1, min(10, own + rng.choice((-1, 0, 0, 0, 1))))
            save_score(db, meeting, IndicatorScore(key, own, worker))


def _outcome(db, rng: random.Random, citizen_id: int, joined: date, today: date, role):
    record_outcome(db, citizen_id, OutcomeStatus.UNEMPLOYED, joined)
    follow_up = months_later(joined, 12)
    if follow_up > today:
        return
    chance = 0.5 if role is MemberRole.PARTICIPANT else 0.25
    status = rng.choice(IN_WORK) if rng.random() < chance else OutcomeStatus.UNEMPLOYED
    if rng.random() < 0.06:
        status = OutcomeStatus.MOVED_AWAY
    # recorded a little late, as in real life, but never in the future
    late = follow_up + timedelta(days=rng.randrange(0, 20))
    record_outcome(db, citizen_id, status, min(today, late))
