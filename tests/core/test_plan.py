"""The plan in a real database: HHH, goals, steps with follow-up, efforts, next meeting."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.plan import (
    NOT_DECIDED,
    Appointment,
    Effort,
    EffortKind,
    Goal,
    GoalKind,
    Hhh,
    Milestone,
    Step,
    StepOwner,
    StepStatus,
    SubGoal,
)
from progressionsdialog.errors import ValidationError
from progressionsdialog.storage.appointments import book_next_meeting, next_meeting
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.efforts import list_efforts, save_effort
from progressionsdialog.storage.follow_up import attention_for_all, set_interval_days
from progressionsdialog.storage.goals import (
    delete_goal,
    list_goals,
    list_milestones,
    list_sub_goals,
    save_goal,
    save_milestone,
    save_sub_goal,
)
from progressionsdialog.storage.hhh import list_hhh, save_hhh
from progressionsdialog.storage.meetings import add_meeting
from progressionsdialog.storage.steps import (
    list_steps,
    overdue_steps,
    review_step,
    reviews_of,
    save_step,
)

TODAY = clock.today()


@pytest.fixture
def hanne(db):
    citizen = add_citizen(db, CitizenDraft(name="Hanne Bøgh", birth_or_cpr="07-05-1984"))
    meeting = add_meeting(db, citizen.id, TODAY - timedelta(days=30))
    return citizen, meeting


def test_hhh_keeps_the_words_and_empty_answers_read_not_decided(db, hanne):
    citizen, meeting = hanne
    saved = save_hhh(
        db, Hhh(None, citizen.id, what="Arbejde som hjemmehjælper 😀", meeting_id=meeting.id)
    )
    assert saved.what == "Arbejde som hjemmehjælper 😀"
    assert saved.shown("why") == NOT_DECIDED and saved.shown("how") == NOT_DECIDED
    save_hhh(db, Hhh(saved.id, citizen.id, saved.what, "Så jeg kan klare mig selv", ""))
    assert list_hhh(db, citizen.id)[0].why == "Så jeg kan klare mig selv"


def test_goal_with_sub_goals_is_only_deleted_when_confirmed(db, hanne):
    citizen, _ = hanne
    goal = save_goal(
        db,
        Goal(
            None,
            citizen.id,
            GoalKind.JOB,
            "Job som hjemmehjælper",
            "Ordinær ansættelse i ældreplejen",
        ),
    )
    save_sub_goal(db, SubGoal(None, goal.id, "Praktik på plejecenter", TODAY + timedelta(days=60)))
    save_sub_goal(db, SubGoal(None, goal.id, "Løntilskud i 6 måneder"))
    save_milestone(db, Milestone(None, goal.id, "Første vagt", TODAY + timedelta(days=14)))
    with pytest.raises(ValidationError, match="2 delmål og 1 milepæl bliver slettet"):
        delete_goal(db, goal.id)
    assert len(list_sub_goals(db, goal.id)) == 2
    assert delete_goal(db, goal.id, with_sub_goals=True) == 2
    assert list_goals(db, citizen.id) == []
    assert db.execute("SELECT count(*) FROM sub_goals").fetchone()[0] == 0
    assert list_milestones(db, goal.id) == []


def test_a_step_due_before_its_meeting_is_refused(db, hanne):
    citizen, meeting = hanne
    with pytest.raises(ValidationError, match="før samtalen"):
        save_step(
            db,
            Step(
                None,
                citizen.id,
                "Ring til plejecentret",
                due_on=meeting.held_on - timedelta(days=1),
                agreed_meeting_id=meeting.id,
            ),
        )
    with pytest.raises(ValidationError, match="Skriv, hvad skridtet er"):
        save_step(db, Step(None, citizen.id, "   ", agreed_meeting_id=meeting.id))
    assert list_steps(db, citizen.id) == []


def test_an_effort_that_ends_before_it_starts_is_refused(db, hanne):
    citizen, _ = hanne
    with pytest.raises(ValidationError, match="slutte, før den begynder"):
        save_effort(
            db,
            Effort(
                None, citizen.id, EffortKind.COMPANY_INTERNSHIP, TODAY, TODAY - timedelta(days=1)
            ),
        )
    saved = save_effort(
        db,
        Effort(
            None,
            citizen.id,
            EffortKind.COMPANY_INTERNSHIP,
            TODAY,
            provider="Plejecenter Solgården",
            agreed_goals="Møde til tiden. Aftenvagter.",
        ),
    )
    assert list_efforts(db, citizen.id) == [saved]


def test_follow_up_keeps_history_and_needs_a_reason_for_not_done(db, hanne):
    citizen, first = hanne
    step = save_step(
        db,
        Step(
            None,
            citizen.id,
            "Find eksamensbeviset",
            StepOwner.CITIZEN,
            TODAY - timedelta(days=10),
            agreed_meeting_id=first.id,
        ),
    )
    assert overdue_steps(db, citizen.id) == [step]
    now = add_meeting(db, citizen.id, TODAY)
    with pytest.raises(ValidationError, match="hvorfor"):
        review_step(db, step.id, now.id, StepStatus.NOT_DONE)
    moved = review_step(
        db,
        step.id,
        now.id,
        StepStatus.NOT_DONE,
        "Kunne ikke finde det",
        new_due_on=TODAY + timedelta(days=14),
    )
    assert moved.due_on == TODAY + timedelta(days=14) and moved.status is StepStatus.NOT_DONE
    done = review_step(db, step.id, now.id, StepStatus.DONE)
    assert done.status is StepStatus.DONE
    assert [r.status for r in reviews_of(db, step.id)] == [StepStatus.NOT_DONE, StepStatus.DONE]
    assert list_steps(db, citizen.id, open_only=True) == []


def test_a_hundred_steps_on_one_plan(db, hanne):
    citizen, meeting = hanne
    with db.atomic():
        for i in range(100):
            save_step(
                db,
                Step(
                    None,
                    citizen.id,
                    f"Skridt {i + 1}",
                    StepOwner.CASEWORKER,
                    TODAY + timedelta(days=i),
                    agreed_meeting_id=meeting.id,
                ),
            )
    steps = list_steps(db, citizen.id)
    assert len(steps) == 100
    assert [s.what for s in steps[:3]] == ["Skridt 1", "Skridt 2", "Skridt 3"]


def test_next_meeting_and_the_attention_flags(db, hanne):
    citizen, _ = hanne
    other = add_citizen(db, CitizenDraft(name="Bent"))
    flags = attention_for_all(db)
    assert flags[citizen.id].no_next_meeting and not flags[citizen.id].last_meeting_too_old
    # Never met: not "long since the last meeting" (issue 12), but a meeting is to be booked
    assert not flags[other.id].last_meeting_too_old and flags[other.id].no_next_meeting
    assert "Det er længe siden sidste samtale." not in flags[other.id].reasons()
    with pytest.raises(ValidationError, match="fremtiden"):
        book_next_meeting(db, Appointment(None, citizen.id, clock.now() - timedelta(hours=1)))
    when = datetime.combine(TODAY + timedelta(days=21), datetime.min.time()).replace(hour=10)
    book_next_meeting(
        db, Appointment(None, citizen.id, when, "Jobcentret, lokale 3", "Eksamensbevis")
    )
    assert next_meeting(db, citizen.id).place == "Jobcentret, lokale 3"
    assert not attention_for_all(db)[citizen.id].no_next_meeting
    set_interval_days(db, 14)
    assert attention_for_all(db)[citizen.id].last_meeting_too_old
    assert "Det er længe siden sidste samtale." in attention_for_all(db)[citizen.id].reasons()
    with pytest.raises(ValidationError):
        set_interval_days(db, 0)


def test_the_overview_says_it_all_in_plain_danish(demo_db):
    from progressionsdialog.overview import overview
    from progressionsdialog.storage.citizens import list_citizens
    from progressionsdialog.tools import load_tool

    hanne = next(c for c in list_citizens(demo_db) if c.name == "Hanne Bøgh")
    goal = save_goal(demo_db, Goal(None, hanne.id, GoalKind.JOB, "Job som hjemmehjælper"))
    save_sub_goal(demo_db, SubGoal(None, goal.id, "Praktik", TODAY + timedelta(days=30)))
    save_step(
        demo_db,
        Step(None, hanne.id, "Ring til Solgården", StepOwner.CITIZEN, TODAY - timedelta(days=2)),
    )
    sections = {s.key: s for s in overview(demo_db, hanne.id, load_tool("halsnaes"))}
    assert sections["goal"].lines[0] == "Job: Job som hjemmehjælper"
    # the step past its date comes first, before the steps still in time
    assert sections["steps"].lines[0].startswith("• Borger: Ring til Solgården")
    assert sections["steps"].lines[0].endswith("over fristen")
    assert not any(line.endswith("over fristen") for line in sections["steps"].lines[1:])
    assert any("Løntilskud" in line for line in sections["efforts"].lines)
    assert sections["next"].lines[1] == "Plejecenter Solgården"  # her booked meeting's place
    assert sections["scores"].lines[0].startswith("6 samtaler")
    assert "1 skridt er over fristen." in sections["attention"].lines
    bent = next(c for c in list_citizens(demo_db) if c.name == "Bent Åge Kristiansen")
    bent_next = {s.key: s for s in overview(demo_db, bent.id, load_tool("halsnaes"))}["next"]
    assert bent_next.lines == ("Ikke booket.",)


def test_efforts_are_shaded_behind_the_scores(demo_db):
    from progressionsdialog.charts.progression import progression_figure
    from progressionsdialog.storage.citizens import list_citizens
    from progressionsdialog.storage.meetings import score_history
    from progressionsdialog.tools import load_tool

    hanne = next(c for c in list_citizens(demo_db) if c.name == "Hanne Bøgh")
    efforts = list_efforts(demo_db, hanne.id)
    figure = progression_figure(
        score_history(demo_db, hanne.id), load_tool("halsnaes"), efforts=efforts
    )
    spans = [p for p in figure.axes[0].patches]
    assert len(spans) == len(efforts) == 3
    labels = [t.get_text() for t in figure.axes[0].texts]
    assert labels == ["Mestringskursus", "Virksomhedspraktik", "Løntilskud"]
