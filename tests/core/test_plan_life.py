"""Every part of the plan through its whole life, in a real database: edited, put in order,
reached or dropped on a day with a reason, taken up again, deleted (issue 13)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.lifecycle import Outcome
from progressionsdialog.domain.plan import (
    Effort,
    EffortKind,
    Goal,
    GoalStatus,
    Hhh,
    Milestone,
    Step,
    StepStatus,
    SubGoal,
)
from progressionsdialog.errors import ValidationError
from progressionsdialog.storage import clock as timestamps
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.efforts import delete_effort, get_effort, list_efforts, save_effort
from progressionsdialog.storage.goals import (
    delete_goal,
    get_goal,
    goal_from_hhh,
    goal_parts,
    list_goals,
    save_goal,
    set_goal_status,
)
from progressionsdialog.storage.hhh import delete_hhh, hhh_history, list_hhh, save_hhh
from progressionsdialog.storage.meetings import add_meeting
from progressionsdialog.storage.milestones import (
    delete_milestone,
    list_milestones,
    save_milestone,
    set_milestone_outcome,
)
from progressionsdialog.storage.steps import (
    delete_step,
    get_step,
    list_steps,
    move_step,
    reviews_of,
    save_step,
    set_step_status,
)
from progressionsdialog.storage.sub_goals import (
    delete_sub_goal,
    list_sub_goals,
    move_sub_goal,
    save_sub_goal,
    set_sub_goal_outcome,
)

TODAY = clock.today()
DAY = timedelta(days=1)


@pytest.fixture
def hanne(db):
    citizen = add_citizen(db, CitizenDraft(name="Hanne Bøgh", birth_or_cpr="07-05-1984"))
    meeting = add_meeting(db, citizen.id, TODAY - 30 * DAY)
    return citizen, meeting


@pytest.fixture
def goal(db, hanne):
    citizen, meeting = hanne
    return save_goal(
        db, Goal(None, citizen.id, citizen_wording="Job som hjemmehjælper"), meeting.id
    )


def test_a_goal_is_reached_or_dropped_on_a_day_with_a_reason_and_can_be_taken_up(db, goal):
    with pytest.raises(ValidationError, match="hvorfor målet er opgivet"):
        set_goal_status(db, goal.id, GoalStatus.DROPPED, TODAY, "  ")
    with pytest.raises(ValidationError, match="fremtiden"):
        set_goal_status(db, goal.id, GoalStatus.REACHED, TODAY + DAY)
    assert get_goal(db, goal.id).status is GoalStatus.ACTIVE  # nothing changed
    reached = set_goal_status(db, goal.id, GoalStatus.REACHED, TODAY - 2 * DAY, "Fast job")
    assert (reached.status, reached.status_on, reached.status_reason) == (
        GoalStatus.REACHED,
        TODAY - 2 * DAY,
        "Fast job",
    )
    again = set_goal_status(db, goal.id, GoalStatus.ACTIVE)
    assert (again.status, again.status_on, again.status_reason) == (GoalStatus.ACTIVE, None, "")
    assert again.created_on == TODAY


def test_a_goal_is_linked_to_the_hhh_it_came_from(db, hanne, goal):
    citizen, meeting = hanne
    hhh = save_hhh(db, Hhh(None, citizen.id, what="Arbejde i ældreplejen", meeting_id=meeting.id))
    assert save_goal(db, replace(goal, hhh_id=hhh.id)).hhh_id == hhh.id
    made = goal_from_hhh(db, hhh.id, meeting.id)
    assert (made.citizen_wording, made.hhh_id) == ("Arbejde i ældreplejen", hhh.id)
    assert delete_hhh(db, hhh.id) == 2  # the goals that came from it stay, unlinked
    assert [g.hhh_id for g in list_goals(db, citizen.id)] == [None, None]


def test_sub_goals_are_put_in_order_reached_dropped_taken_up_and_deleted(db, goal):
    hours = [
        save_sub_goal(db, SubGoal(None, goal.id, title, TODAY + n * 30 * DAY))
        for n, title in enumerate(("12 timer", "20 timer", "32 timer"), start=1)
    ]
    late = save_sub_goal(db, SubGoal(None, goal.id, "Løntilskud", TODAY + DAY))
    assert [s.title for s in list_sub_goals(db, goal.id)][-1] == "Løntilskud"  # kept as added
    move_sub_goal(db, late.id, -1)
    assert [s.title for s in list_sub_goals(db, goal.id)] == [
        "12 timer",
        "20 timer",
        "Løntilskud",
        "32 timer",
    ]
    move_sub_goal(db, hours[0].id, -1)  # already first: stays
    assert list_sub_goals(db, goal.id)[0].id == hours[0].id
    edited = save_sub_goal(db, replace(hours[1], title="20 timer om ugen"))
    assert edited.title == "20 timer om ugen" and edited.id == hours[1].id

    reached = set_sub_goal_outcome(db, hours[0].id, Outcome.REACHED, TODAY - DAY)
    assert (reached.outcome, reached.reached_on) == (Outcome.REACHED, TODAY - DAY)
    with pytest.raises(ValidationError, match="hvorfor delmålet er opgivet"):
        set_sub_goal_outcome(db, late.id, Outcome.DROPPED, TODAY, "")
    dropped = set_sub_goal_outcome(db, late.id, Outcome.DROPPED, TODAY, "Fik job uden")
    assert (dropped.outcome, dropped.dropped_on, dropped.status_reason) == (
        Outcome.DROPPED,
        TODAY,
        "Fik job uden",
    )
    reopened = set_sub_goal_outcome(db, late.id, Outcome.OPEN)
    assert (reopened.outcome, reopened.status_reason) == (Outcome.OPEN, "")

    step = save_step(db, Step(None, goal.citizen_id, "Ring", goal_id=goal.id, sub_goal_id=late.id))
    marker = save_milestone(db, Milestone(None, goal.id, "Kontrakt", sub_goal_id=late.id))
    delete_sub_goal(db, late.id)
    assert late.id not in {s.id for s in list_sub_goals(db, goal.id)}
    assert get_step(db, step.id).sub_goal_id is None  # the step stays in the plan
    assert list_milestones(db, goal.id)[0].id == marker.id


def test_milestones_are_edited_reached_dropped_and_deleted(db, goal):
    first = save_milestone(db, Milestone(None, goal.id, "Første vagt", TODAY + 14 * DAY))
    second = save_milestone(db, Milestone(None, goal.id, "Kontrakt", TODAY + 60 * DAY))
    edited = save_milestone(db, replace(first, title="Første aftenvagt", due_on=TODAY + 7 * DAY))
    assert edited.id == first.id
    assert [m.title for m in list_milestones(db, goal.id)] == ["Første aftenvagt", "Kontrakt"]
    with pytest.raises(ValidationError, match="Skriv, hvad milepælen er"):
        save_milestone(db, replace(first, title=" "))
    assert set_milestone_outcome(db, first.id, Outcome.REACHED, TODAY).reached_on == TODAY
    with pytest.raises(ValidationError, match="hvorfor milepælen er opgivet"):
        set_milestone_outcome(db, second.id, Outcome.DROPPED, TODAY)
    dropped = set_milestone_outcome(db, second.id, Outcome.DROPPED, TODAY, "Ny plan")
    assert dropped.outcome is Outcome.DROPPED
    delete_milestone(db, second.id)
    assert [m.id for m in list_milestones(db, goal.id)] == [first.id]


def test_steps_are_edited_put_in_order_and_deleted_with_their_follow_up(db, hanne, goal):
    citizen, meeting = hanne
    steps = [
        save_step(db, Step(None, citizen.id, what, due_on=TODAY + n * DAY, goal_id=goal.id))
        for n, what in enumerate(("Ring til plejecentret", "Find eksamensbevis", "Køb sko"), 1)
    ]
    move_step(db, steps[2].id, -2)
    assert [s.what for s in list_steps(db, citizen.id)] == [
        "Køb sko",
        "Ring til plejecentret",
        "Find eksamensbevis",
    ]
    moved = save_step(db, replace(steps[0], what="Ring til Solgården", due_on=TODAY + 9 * DAY))
    assert (moved.what, moved.due_on) == ("Ring til Solgården", TODAY + 9 * DAY)
    assert [r.new_due_on for r in reviews_of(db, steps[0].id)] == [TODAY + 9 * DAY]
    set_step_status(db, steps[1].id, StepStatus.DONE, TODAY, meeting_id=meeting.id)
    assert delete_step(db, steps[1].id) == 1  # its one follow-up went with it
    assert steps[1].id not in {s.id for s in list_steps(db, citizen.id)}
    assert reviews_of(db, steps[1].id) == []


def test_a_step_is_done_not_done_or_dropped_on_a_day_and_its_follow_up_is_kept(db, hanne):
    citizen, meeting = hanne
    step = save_step(db, Step(None, citizen.id, "Find eksamensbeviset"))
    with pytest.raises(ValidationError, match="hvorfor skridtet er droppet"):
        set_step_status(db, step.id, StepStatus.DROPPED, TODAY, "")
    with pytest.raises(ValidationError, match="fremtiden"):
        set_step_status(db, step.id, StepStatus.DONE, TODAY + DAY)
    not_done = set_step_status(
        db, step.id, StepStatus.NOT_DONE, TODAY - 3 * DAY, "Kunne ikke finde det", meeting.id
    )
    assert (not_done.status, not_done.status_on) == (StepStatus.NOT_DONE, TODAY - 3 * DAY)
    done = set_step_status(db, step.id, StepStatus.DONE, TODAY)  # between meetings
    assert (done.status, done.status_on, done.status_reason) == (StepStatus.DONE, TODAY, "")
    history = reviews_of(db, step.id)
    assert [(r.status, r.status_on, r.meeting_id) for r in history] == [
        (StepStatus.NOT_DONE, TODAY - 3 * DAY, meeting.id),
        (StepStatus.DONE, TODAY, None),
    ]


def test_a_dropped_step_is_taken_up_again_only_with_a_reason(db, hanne):
    citizen, _ = hanne
    step = save_step(db, Step(None, citizen.id, "Søg praktik i Netto"))
    set_step_status(db, step.id, StepStatus.DROPPED, TODAY - DAY, "Vil hellere ældrepleje")
    with pytest.raises(ValidationError, match=r"droppet .*Skriv kort, hvorfor det tages op igen"):
        set_step_status(db, step.id, StepStatus.PLANNED)
    assert get_step(db, step.id).status is StepStatus.DROPPED  # nothing lost
    again = set_step_status(db, step.id, StepStatus.PLANNED, reason="Netto har aftenvagter")
    assert (again.status, again.status_on) == (StepStatus.PLANNED, None)
    assert [r.status for r in reviews_of(db, step.id)] == [StepStatus.DROPPED, StepStatus.PLANNED]
    assert reviews_of(db, step.id)[-1].reason == "Netto har aftenvagter"


def test_an_effort_can_be_ongoing_get_its_result_and_be_deleted(db, hanne):
    citizen, _ = hanne
    internship = save_effort(
        db,
        Effort(
            None, citizen.id, EffortKind.COMPANY_INTERNSHIP, TODAY - 90 * DAY, None, "Solgården"
        ),
    )
    assert internship.ongoing and get_effort(db, internship.id).ends_on is None
    with pytest.raises(ValidationError, match="slutte, før den begynder"):
        save_effort(db, replace(internship, ends_on=TODAY - 91 * DAY))
    assert get_effort(db, internship.id) == internship  # nothing changed
    ended = save_effort(db, replace(internship, ends_on=TODAY, result="Tilbud om løntilskud"))
    assert (ended.ongoing, ended.result) == (False, "Tilbud om løntilskud")
    step = save_step(db, Step(None, citizen.id, "Mød til tiden", effort_id=internship.id))
    assert delete_effort(db, internship.id) == 1  # one step pointed at it; it stays
    assert list_efforts(db, citizen.id) == []
    assert get_step(db, step.id).effort_id is None


def test_deleting_a_goal_names_what_goes_with_it_and_what_stays(db, hanne, goal):
    citizen, _ = hanne
    save_sub_goal(db, SubGoal(None, goal.id, "Praktik"))
    save_sub_goal(db, SubGoal(None, goal.id, "Løntilskud"))
    save_milestone(db, Milestone(None, goal.id, "Første vagt"))
    for what in ("Ring", "Skriv", "Mød op"):
        save_step(db, Step(None, citizen.id, what, goal_id=goal.id))
    parts = goal_parts(db, goal.id)
    assert (parts.sub_goals, parts.milestones, parts.steps) == (2, 1, 3)
    assert parts.describe() == (
        "2 delmål og 1 milepæl bliver slettet sammen med målet. 3 skridt bliver i planen uden mål."
    )
    with pytest.raises(ValidationError, match="2 delmål og 1 milepæl"):
        delete_goal(db, goal.id)
    assert len(list_sub_goals(db, goal.id)) == 2  # nothing lost
    assert delete_goal(db, goal.id, with_sub_goals=True) == 2
    assert list_goals(db, citizen.id) == []
    assert [s.goal_id for s in list_steps(db, citizen.id)] == [None, None, None]


def test_hhh_answers_keep_their_earlier_words_with_the_day_they_changed(db, hanne, monkeypatch):
    citizen, meeting = hanne
    monkeypatch.setattr(timestamps, "now_iso", lambda: "2025-02-03T09:00:00+00:00")
    hhh = save_hhh(db, Hhh(None, citizen.id, what="Pension", meeting_id=meeting.id))
    hhh = save_hhh(db, replace(hhh, what="Pension, tror jeg"))  # typed on: the same day
    monkeypatch.setattr(timestamps, "now_iso", lambda: "2025-03-10T10:00:00+00:00")
    hhh = save_hhh(db, replace(hhh, what="Arbejde som hjemmehjælper", why="At klare mig selv"))
    history = hhh_history(db, hhh.id)
    assert [(r.field, r.text, r.written_on) for r in history] == [
        ("what", "Pension, tror jeg", date(2025, 2, 3)),
        ("what", "Arbejde som hjemmehjælper", date(2025, 3, 10)),
        ("why", "At klare mig selv", date(2025, 3, 10)),
    ]
    assert list_hhh(db, citizen.id)[0].what == "Arbejde som hjemmehjælper"
