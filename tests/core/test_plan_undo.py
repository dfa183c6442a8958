"""Undo and redo of a change to the plan: the rows the change touched, and only those, go back
to what they were (issue 13: every part of the plan can be undone with Ctrl+Z)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

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
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.efforts import save_effort
from progressionsdialog.storage.goals import delete_goal, get_goal, save_goal, set_goal_status
from progressionsdialog.storage.hhh import get_hhh, save_hhh
from progressionsdialog.storage.meetings import add_meeting
from progressionsdialog.storage.milestones import save_milestone
from progressionsdialog.storage.plan_changes import (
    plan_change,
    plan_state,
    redo_change,
    undo_change,
)
from progressionsdialog.storage.steps import get_step, list_steps, save_step, set_step_status
from progressionsdialog.storage.sub_goals import save_sub_goal, set_sub_goal_outcome

TODAY = clock.today()


@pytest.fixture
def hanne(db):
    citizen = add_citizen(db, CitizenDraft(name="Hanne Bøgh"))
    meeting = add_meeting(db, citizen.id, TODAY - timedelta(days=7))
    return citizen.id, meeting.id


def test_a_deleted_goal_comes_back_with_all_it_held_and_goes_again(db, hanne):
    cid, meeting_id = hanne
    hhh = save_hhh(db, Hhh(None, cid, what="Arbejde i ældreplejen"))
    goal = save_goal(db, Goal(None, cid, citizen_wording="Job som hjemmehjælper", hhh_id=hhh.id))
    practice = save_sub_goal(db, SubGoal(None, goal.id, "Praktik 12 timer"))
    save_sub_goal(db, SubGoal(None, goal.id, "32 timer"))
    save_milestone(db, Milestone(None, goal.id, "Første vagt", sub_goal_id=practice.id))
    effort = save_effort(
        db, Effort(None, cid, EffortKind.COMPANY_INTERNSHIP, TODAY, goal_id=goal.id)
    )
    step = save_step(
        db, Step(None, cid, "Ring", goal_id=goal.id, sub_goal_id=practice.id, effort_id=effort.id)
    )
    set_step_status(db, step.id, StepStatus.DONE, TODAY, meeting_id=meeting_id)
    before = plan_state(db, cid)

    delete_goal(db, goal.id, with_sub_goals=True)
    after = plan_state(db, cid)
    change = plan_change(before, after)
    assert change

    undo_change(db, change)
    assert plan_state(db, cid) == before
    assert get_step(db, step.id).sub_goal_id == practice.id
    redo_change(db, change)
    assert plan_state(db, cid) == after
    undo_change(db, change)
    assert plan_state(db, cid) == before


def test_undo_puts_back_only_the_columns_the_change_changed(db, hanne):
    cid, _ = hanne
    goal = save_goal(db, Goal(None, cid, citizen_wording="Job"))
    before = plan_state(db, cid)
    set_goal_status(db, goal.id, GoalStatus.REACHED, TODAY, "Fast job")
    change = plan_change(before, plan_state(db, cid))
    save_goal(db, replace(get_goal(db, goal.id), citizen_wording="Fast job i ældreplejen"))
    hhh = save_hhh(db, Hhh(None, cid, what="Typed after the change"))  # not part of it

    undo_change(db, change)
    undone = get_goal(db, goal.id)
    assert (undone.status, undone.status_on, undone.status_reason) == (GoalStatus.ACTIVE, None, "")
    assert undone.citizen_wording == "Fast job i ældreplejen"
    assert get_hhh(db, hhh.id).what == "Typed after the change"


def test_a_new_step_is_undone_and_redone_with_the_same_id(db, hanne):
    cid, _ = hanne
    before = plan_state(db, cid)
    step = save_step(db, Step(None, cid, "Find eksamensbeviset"))
    change = plan_change(before, plan_state(db, cid))
    undo_change(db, change)
    assert list_steps(db, cid) == []
    redo_change(db, change)
    assert list_steps(db, cid) == [step]


def test_nothing_changed_is_no_change(db, hanne):
    cid, _ = hanne
    goal = save_goal(db, Goal(None, cid, citizen_wording="Job"))
    sub = save_sub_goal(db, SubGoal(None, goal.id, "Praktik"))
    before = plan_state(db, cid)
    assert not plan_change(before, plan_state(db, cid))
    set_sub_goal_outcome(db, sub.id, Outcome.REACHED, TODAY)
    assert plan_change(before, plan_state(db, cid)).describe_tables() == ["sub_goals"]


def test_an_undo_that_no_longer_fits_changes_nothing_and_says_so(db, hanne):
    from progressionsdialog.errors import StorageError
    from progressionsdialog.storage.hhh import delete_hhh, list_hhh

    cid, _ = hanne
    hhh = save_hhh(db, Hhh(None, cid, what="Det første"))
    before = plan_state(db, cid)
    delete_hhh(db, hhh.id)
    change = plan_change(before, plan_state(db, cid))
    newer = save_hhh(db, Hhh(None, cid, what="Fra livshjulet"))  # outside undo: same id again
    assert newer.id == hhh.id
    with pytest.raises(StorageError, match="ændret et andet sted"):
        undo_change(db, change)
    assert [h.what for h in list_hhh(db, cid)] == ["Fra livshjulet"]


def test_undoing_a_deleted_contact_links_the_company_effort_to_them_again(db, hanne):
    from progressionsdialog.domain.company import CompanyDetails
    from progressionsdialog.domain.contacts import Contact, ContactRole
    from progressionsdialog.storage.company_efforts import get_details, save_details
    from progressionsdialog.storage.contacts import delete_contact, save_contact

    cid, _meeting_id = hanne
    consultant = save_contact(
        db, Contact(None, cid, "Søren Vestergaard", ContactRole.COMPANY_CONSULTANT)
    )
    effort = save_effort(db, Effort(None, cid, EffortKind.COMPANY_INTERNSHIP, TODAY))
    save_details(
        db, CompanyDetails(None, effort.id, "Plejecenter Solgården", consultant_id=consultant.id)
    )
    before = plan_state(db, cid)
    delete_contact(db, consultant.id)
    assert get_details(db, effort.id).consultant_id is None  # ON DELETE SET NULL
    undo_change(db, plan_change(before, plan_state(db, cid)))
    assert get_details(db, effort.id).consultant_id == consultant.id
    assert plan_state(db, cid) == before
