"""Both PDFs for a whole course (seed 003: the 42-year-old woman), read back from real files.

The course: a screening in her own words, two life wheels, an HHH, a goal with sub-goals
and milestones, a mastery course, an internship at a nursing home, a wage subsidy job, a
health effort, contacts, steps done and open, and notes from the meetings.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, time, timedelta

import pytest
from pypdf import PdfReader

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.company import CompanyDetails, CompanyFollowUp, HoursLevel
from progressionsdialog.domain.contacts import Contact, ContactRole
from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.life_wheel import AreaStatus as WheelStatus
from progressionsdialog.domain.life_wheel import LifeWheel
from progressionsdialog.domain.lifecycle import Outcome
from progressionsdialog.domain.meeting import IndicatorScore, MeetingKind
from progressionsdialog.domain.plan import (
    Appointment,
    Effort,
    EffortKind,
    Goal,
    Hhh,
    Milestone,
    Step,
    StepOwner,
    StepStatus,
    SubGoal,
)
from progressionsdialog.domain.screening import AreaAnswer, AreaStatus, ScreeningArea
from progressionsdialog.reports.make import make_report
from progressionsdialog.storage.appointments import book_next_meeting
from progressionsdialog.storage.caseworkers import ensure_caseworker
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.company_efforts import save_details
from progressionsdialog.storage.company_follow_ups import save_follow_up
from progressionsdialog.storage.contacts import list_contacts, save_contact
from progressionsdialog.storage.effort_hours import save_hours
from progressionsdialog.storage.efforts import save_effort
from progressionsdialog.storage.goals import save_goal
from progressionsdialog.storage.hhh import save_hhh
from progressionsdialog.storage.life_wheels import save_wheel
from progressionsdialog.storage.meetings import add_meeting, save_score
from progressionsdialog.storage.milestones import save_milestone, set_milestone_outcome
from progressionsdialog.storage.screening import save_answer, start_screening
from progressionsdialog.storage.steps import save_step, set_step_status
from progressionsdialog.storage.sub_goals import save_sub_goal, set_sub_goal_outcome

PRIVATE = "PRIVAT-SKAL-IKKE-MED"
KEYS = ("motivation", "personal_resources", "competences", "job_search")
TALK = "Du er glad for aftenvagterne. Ryggen og hænderne har det bedre."
WORKER_NOTE = "MEDARBEJDER-NOTE-SCREENING"
COMPANY_VIEW = "Klarer 32 timer. Vil gerne tilbyde løntilskud."


def build_course(db) -> int:
    """The 42-year-old woman's year, entered as a worker would; returns her citizen id."""
    today = clock.today()
    worker = ensure_caseworker(db, "Jonas Friis", "44 55 66 77")
    citizen = add_citizen(
        db,
        CitizenDraft(
            name="Mette Lund", birth_or_cpr=f"01-03-{today.year - 42}", caseworker_id=worker.id
        ),
    )
    cid = citizen.id
    days = (-330, -270, -210, -150, -90, -30, 0)
    kinds = [MeetingKind.FIRST, *[MeetingKind.FOLLOW_UP] * 5, MeetingKind.INTERNSHIP_FOLLOW_UP]
    meetings = [
        add_meeting(db, cid, today + timedelta(days=d), kind)
        for d, kind in zip(days, kinds, strict=True)
    ]
    for n, meeting in enumerate(meetings):
        for k, key in enumerate(KEYS):
            note = TALK if (n == len(meetings) - 1 and key == "motivation") else ""
            if n == len(meetings) - 1 and key == "job_search":
                note = "Du vil søge fast job på plejecentret."
            save_score(
                db,
                meeting,
                IndicatorScore(
                    key,
                    min(10, 2 + n + k % 2),
                    min(10, 3 + n),
                    shared_note=note,
                    private_note=PRIVATE if n == 3 else "",
                ),
            )

    screening = start_screening(db, cid, meeting_id=meetings[0].id)
    for area, status, words in (
        (ScreeningArea.EDUCATION, AreaStatus.RESOURCE, "Jeg har fundet mit gamle eksamensbevis."),
        (ScreeningArea.WORK_EXPERIENCE, AreaStatus.BARRIER, "Jeg har aldrig haft et rigtigt job."),
        (ScreeningArea.JOB_WISHES, AreaStatus.BOTH, "Jeg vil gerne passe ældre mennesker."),
        (ScreeningArea.HEALTH, AreaStatus.BARRIER, "Gigt i hænderne. Aftenvagter går bedst."),
        (ScreeningArea.NETWORK, AreaStatus.RESOURCE, "Min søster hjælper mig."),
    ):
        save_answer(db, screening.id, AreaAnswer(area, status, words, WORKER_NOTE))

    names = ["Familie", "Bolig", "Helbred", "Arbejde", "Venner", "Økonomi"]
    first = LifeWheel.from_names(names)
    for i, score in enumerate((6, 7, 3, 2, 5, 3)):
        first = first.set_score(i, score)
    save_wheel(db, meetings[0].id, first)
    latest = LifeWheel.from_names([*names, "Fritid"])
    for i, score in enumerate((7, 7, 4, 7, 4, 5, 6)):
        latest = latest.set_score(i, score)
    latest = latest.set_status(3, WheelStatus.WANTS_CHANGE, "Fast job")
    save_wheel(db, meetings[-1].id, latest)

    hhh = save_hhh(
        db,
        Hhh(
            None,
            cid,
            what="Et fast job som social- og sundhedshjælper.",
            why="Så jeg kan klare mig selv. Jeg vil vise, at jeg kan.",
            how="Jeg tager aftenvagter. Jeg passer på mine hænder.",
        ),
    )
    goal = save_goal(
        db,
        Goal(
            None,
            cid,
            citizen_wording="Fast job på et plejecenter.",
            worker_wording="Ordinær ansættelse som social- og sundhedshjælper, 32 timer.",
            hhh_id=hhh.id,
        ),
    )
    found = save_sub_goal(db, SubGoal(None, goal.id, "Find dit gamle eksamensbevis."))
    set_sub_goal_outcome(db, found.id, Outcome.REACHED, today - timedelta(days=300))
    save_sub_goal(
        db, SubGoal(None, goal.id, "Arbejd 32 timer om ugen.", today + timedelta(days=60))
    )
    done = save_milestone(
        db, Milestone(None, goal.id, "Første dag i praktik.", today - timedelta(days=250))
    )
    set_milestone_outcome(db, done.id, Outcome.REACHED, today - timedelta(days=250))
    save_milestone(db, Milestone(None, goal.id, "Samtale om fast job.", today + timedelta(days=45)))

    save_effort(
        db,
        Effort(
            None,
            cid,
            EffortKind.MASTERY_COURSE,
            today - timedelta(days=320),
            today - timedelta(days=260),
            "Jobcentrets kursus",
            "Tro på sig selv.",
            "Gennemført. Hun fandt sit gamle eksamensbevis.",
        ),
    )
    internship = save_effort(
        db,
        Effort(
            None,
            cid,
            EffortKind.COMPANY_INTERNSHIP,
            today - timedelta(days=250),
            today - timedelta(days=130),
            "Plejecenter Solhøj",
            "Prøve aftenvagter.\nGå fra 12 til 32 timer om ugen.",
            "32 timer om ugen. Løntilskud aftalt.",
            goal.id,
        ),
    )
    save_effort(
        db,
        Effort(
            None,
            cid,
            EffortKind.WAGE_SUBSIDY_JOB,
            today - timedelta(days=120),
            None,
            "Plejecenter Solhøj",
            "lære alle opgaver på en aftenvagt",
            "",
            goal.id,
        ),
    )
    gigt = save_effort(
        db,
        Effort(
            None,
            cid,
            EffortKind.HEALTH_TRAINING,
            today - timedelta(days=200),
            None,
            "Genoptræningscentret",
            "GIGT-TRÆNING-SKJULT",
        ),
    )
    mentor = save_contact(
        db, Contact(None, cid, "Lise Holm", ContactRole.MENTOR, "22 33 44 55", "lise@example.dk")
    )
    save_contact(
        db,
        Contact(
            None,
            cid,
            "Peter Dahl",
            ContactRole.COMPANY_CONSULTANT,
            "33 44 55 66",
            "peter.dahl@example.dk",
            "Jobcentret",
        ),
    )
    save_contact(
        db, Contact(None, cid, "Karin Berg", ContactRole.COMPANY, "44 55 66 11", "", "Solhøj")
    )
    save_contact(db, Contact(None, cid, "Dr. Holst", ContactRole.DOCTOR, "55 66 77 88"))

    consultant = next(c for c in list_contacts(db, cid) if c.name == "Peter Dahl")
    save_details(
        db,
        CompanyDetails(
            None,
            internship.id,
            "Plejecenter Solhøj",
            "12345678",
            "Skovvej 4, 3300 Frederiksværk",
            contact_name="Karin Berg",
            consultant_id=consultant.id,
            sub_goals="Lære beboerne at kende.\nKlare en aftenvagt alene.",
        ),
    )
    for offset, hours in ((250, 12), (210, 20), (170, 32)):
        save_hours(db, HoursLevel(None, internship.id, today - timedelta(days=offset), hours))
    for offset, view in ((220, "Mødestabil og god til beboerne."), (160, COMPANY_VIEW)):
        save_follow_up(
            db, CompanyFollowUp(None, internship.id, today - timedelta(days=offset), view)
        )

    old = save_step(db, Step(None, cid, "Find dit eksamensbevis frem.", StepOwner.CITIZEN))
    set_step_status(db, old.id, StepStatus.DONE, today - timedelta(days=300))
    save_step(
        db,
        Step(
            None,
            cid,
            "Spørg lederen om en fast stilling.",
            StepOwner.CITIZEN,
            today + timedelta(days=14),
        ),
    )
    save_step(
        db,
        Step(
            None,
            cid,
            "Ring til plejecentret om opfølgning.",
            StepOwner.MENTOR,
            today + timedelta(days=7),
            contact_id=mentor.id,
        ),
    )
    save_step(db, Step(None, cid, "Træn hænderne to gange om ugen.", effort_id=gigt.id))
    book_next_meeting(
        db,
        Appointment(
            None,
            cid,
            datetime.combine(today + timedelta(days=21), time(10, 0)),
            "Jobcentret",
            "Dit eksamensbevis",
        ),
    )
    return cid


def text_of(path) -> str:
    """The PDF's text with every run of white space as one space (lines wrap anywhere)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def days_ago(days: int) -> str:
    """A day of the course as the report prints it: the course is laid out back from today."""
    return format_date(clock.today() - timedelta(days=days))


@pytest.fixture
def course(db):
    return build_course(db)


def test_the_plan_tells_the_whole_course_in_plain_danish(db, course, tmp_path):
    text = text_of(make_report(db, course, "plan", tmp_path / "plan.pdf"))
    for expected in (
        "Du skal i job med løntilskud for at",
        "lære alle opgaver på en aftenvagt",
        "Plejecenter Solhøj",
        "Arbejd 32 timer om ugen.",
        "Find dit gamle eksamensbevis.",
        "Samtale om fast job.",
        "Det talte vi om",
        TALK,
        "Lise Holm",
        "22 33 44 55",
        "peter.dahl@example.dk",
    ):
        assert expected in text, expected
    for hidden in (PRIVATE, WORKER_NOTE, "GIGT-TRÆNING-SKJULT", "Træn hænderne", "Dr. Holst"):
        assert hidden not in text, hidden


def test_the_plan_shows_the_wheels_change_per_area(db, course, tmp_path):
    text = text_of(make_report(db, course, "plan", tmp_path / "plan.pdf"))
    assert "Sådan har det ændret sig siden sidst" in text
    for row in ("Arbejde 2 7 ▲", "Venner 5 4 ▼", "Bolig 7 7 =", "Fritid nyt 6"):
        assert row in text, row


def test_sensitive_efforts_and_the_doctor_come_in_only_when_ticked(db, course, tmp_path):
    out = make_report(db, course, "plan", tmp_path / "plan.pdf", include_sensitive=True)
    text = text_of(out)
    for expected in ("GIGT-TRÆNING-SKJULT", "Træn hænderne", "Dr. Holst"):
        assert expected in text, expected


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) missing")
def test_the_meeting_screen_promise_kommer_med_i_planen_holds(db, course, tmp_path):
    """What the worker types in "Det talte vi om" at the latest meeting is in the plan."""
    out = make_report(db, course, "plan", tmp_path / "plan.pdf")
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Du vil søge fast job på plejecentret." in " ".join(text.split())


def test_the_handover_carries_what_a_colleague_acts_on(db, course, tmp_path):
    text = text_of(make_report(db, course, "handover", tmp_path / "handover.pdf"))
    for expected in (
        "Næste skridt Ring til plejecentret om opfølgning.",
        "Uddannelse, erfaring og jobønsker",
        "Jeg har fundet mit gamle eksamensbevis.",
        "Jeg vil gerne passe ældre mennesker.",
        "Ressourcer og barrierer",
        "Gigt i hænderne. Aftenvagter går bedst.",
        "Virksomhedspraktik hos Plejecenter Solhøj",
        "12345678",
        "12 → 20 → 32 timer",
        f"Fra {days_ago(170)[:3]}",  # each level of hours with its day (32 timer)
        COMPANY_VIEW,
        "Peter Dahl, tlf. 33 44 55 66",
        "peter.dahl@example.dk",
        "Find dit eksamensbevis frem.",  # a step done is there too
        "Gjort",
        "Milepæl: Første dag i praktik.",
        "Ændring fra første til seneste",
        TALK,
    ):
        assert expected in text, expected
    assert WORKER_NOTE not in text  # the screening's worker note stays with the worker
    assert PRIVATE not in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) missing")
def test_table_words_are_never_broken_inside(db, course, tmp_path):
    out = make_report(db, course, "handover", tmp_path / "handover.pdf")
    layout = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    tokens = set(layout.split())
    for word in (
        "Kompetencer",
        "Motivation",
        "Jobsøgning",
        "ressourcer",
        "Virksomhedspraktik",
        "Genoptræningscentret",
        "Virksomhedskonsulent",
        "Opfølgningssamtale",
        "eksamensbevis.",
        days_ago(320),
        "peter.dahl@example.dk",
    ):
        assert word in tokens, word


def test_the_whole_plan_as_printed_is_easy_to_read(db, course):
    """Every paragraph and table cell of a full plan, fixed texts and typed words alike."""
    from progressionsdialog.reports.plan import plan_story
    from progressionsdialog.reports.readability import check_plan, plan_texts, story_texts
    from progressionsdialog.tools import load_tool

    printed = story_texts(plan_story(db, course, load_tool("halsnaes")))
    assert "Det talte vi om" in printed and TALK in " ".join(printed)
    whole = check_plan(printed)
    assert whole.lix <= 30, whole
    typed = set(plan_texts(db, course))
    fixed_only = check_plan([t for t in printed if t not in typed])
    assert fixed_only.lix <= 30, fixed_only
