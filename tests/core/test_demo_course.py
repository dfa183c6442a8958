"""Seed 003's 42-year-old woman ("Hanne Bøgh") has her whole year in the demo (issue 13):
two dated screenings, three wheels, HHH, a goal linked to its HHH, sub-goals (some reached),
milestones, contacts linked from the company record, steps by three owners followed up at
her meetings, "Det talte vi om", and a booked next meeting. And the citizen the plan screen's
tests start from stays without a plan."""

from __future__ import annotations

from datetime import date

import pytest

from progressionsdialog import clock
from progressionsdialog.demo import build_demo
from progressionsdialog.domain.contacts import ContactRole
from progressionsdialog.domain.lifecycle import Outcome
from progressionsdialog.domain.plan import EffortKind, StepOwner, StepStatus
from progressionsdialog.domain.screening import AreaStatus, ScreeningArea
from progressionsdialog.domain.wheel_change import area_changes
from progressionsdialog.reports.readability import check_plan, plan_texts
from progressionsdialog.storage.appointments import next_meeting
from progressionsdialog.storage.citizens import list_citizens
from progressionsdialog.storage.company_efforts import records_for_citizen
from progressionsdialog.storage.contacts import list_contacts
from progressionsdialog.storage.efforts import list_efforts
from progressionsdialog.storage.goals import list_goals
from progressionsdialog.storage.hhh import get_hhh, list_hhh
from progressionsdialog.storage.life_wheels import wheel_history
from progressionsdialog.storage.meetings import list_meetings, score_history
from progressionsdialog.storage.milestones import list_milestones
from progressionsdialog.storage.screening import list_screenings
from progressionsdialog.storage.steps import list_steps, reviews_of
from progressionsdialog.storage.sub_goals import list_sub_goals

TODAY = date(2026, 11, 25)


@pytest.fixture
def demo(db):
    clock.set_today(TODAY)
    try:
        build_demo(db, TODAY)
        yield db, {c.name: c.id for c in list_citizens(db)}
    finally:
        clock.set_today(None)


def test_hannes_two_screenings_are_dated_and_show_the_change(demo):
    db, ids = demo
    hanne = ids["Hanne Bøgh"]
    first, later = list_screenings(db, hanne)
    meetings = {m.id: m.held_on for m in list_meetings(db, hanne)}
    assert first.screened_on == meetings[first.meeting_id] < later.screened_on
    assert later.screened_on == meetings[later.meeting_id] < TODAY
    assert all(a.status is not AreaStatus.NOT_TALKED for a in first.answers)  # all eleven
    assert len(first.answers) == len(ScreeningArea) == 11
    assert all(a.citizen_words for a in first.answers), "her own words in every area"
    assert first.answer("health").worker_note  # the worker's note
    job_wish = ScreeningArea.JOB_WISHES
    assert (first.answer(job_wish).status, later.answer(job_wish).status) == (
        AreaStatus.BARRIER,
        AreaStatus.RESOURCE,
    )
    assert len(later.barriers()) < len(first.barriers())
    assert first.answer(job_wish).citizen_words.startswith("Jeg vil have pension")  # kept


def test_hannes_wheels_are_her_own_areas_and_show_the_change_per_area(demo):
    db, ids = demo
    wheels = wheel_history(db, ids["Hanne Bøgh"])
    assert len(wheels) == 3
    names = [[a.name for a in wheel.areas] for _, wheel in wheels]
    assert names[0] == names[1] == names[2]
    assert "Selvtillid" in names[0]  # an area of her own, not a pre-filled one
    first, middle, latest = (wheel for _, wheel in wheels)
    assert {c.name: c.mark for c in area_changes(first, latest)}["Job"] == "▲"
    assert {c.name: (c.before, c.after) for c in area_changes(middle, latest)}["Job"] == (5, 8)
    assert any(a.status.value == "wants_change" and a.citizen_words for a in first.areas)


def test_hannes_goal_comes_from_her_hhh_with_sub_goals_and_milestones(demo):
    db, ids = demo
    hanne = ids["Hanne Bøgh"]
    [goal] = list_goals(db, hanne)
    hhh = get_hhh(db, goal.hhh_id)
    assert hhh.what and hhh.why and hhh.how
    assert goal.citizen_wording and goal.worker_wording != goal.citizen_wording
    assert len(list_hhh(db, hanne)) == 2  # the first from her wheel's wish
    assert any(h.life_area_id for h in list_hhh(db, hanne))
    subs = list_sub_goals(db, goal.id)
    titles = [s.title for s in subs]
    assert titles[:3] == [
        "Praktik 12 timer om ugen",
        "Praktik 20 timer om ugen",
        "Praktik 32 timer om ugen",
    ]
    assert "Fast job" in titles
    reached = [s for s in subs if s.outcome is Outcome.REACHED]
    assert 0 < len(reached) < len(subs)
    assert all(s.reached_on <= TODAY for s in reached)
    milestones = list_milestones(db, goal.id)
    assert len(milestones) >= 3
    assert any(m.outcome is Outcome.REACHED for m in milestones)
    assert any(m.outcome is Outcome.OPEN and m.due_on > TODAY for m in milestones)


def test_the_company_record_points_at_hannes_contacts(demo):
    db, ids = demo
    hanne = ids["Hanne Bøgh"]
    contacts = {c.role: c for c in list_contacts(db, hanne)}
    assert {
        ContactRole.COMPANY_CONSULTANT,
        ContactRole.COMPANY,
        ContactRole.MENTOR,
        ContactRole.DOCTOR,
    } <= set(contacts)
    assert all(c.phone for c in contacts.values())
    internship = next(e for e in list_efforts(db, hanne) if e.kind is EffortKind.COMPANY_INTERNSHIP)
    record = records_for_citizen(db, hanne)[internship.id]
    assert record.details.contact_id == contacts[ContactRole.COMPANY].id
    assert record.details.consultant_id == contacts[ContactRole.COMPANY_CONSULTANT].id
    assert record.contact_person == contacts[ContactRole.COMPANY].name
    assert record.consultant_phone == contacts[ContactRole.COMPANY_CONSULTANT].phone


def test_hannes_steps_have_three_owners_follow_ups_and_one_not_done_with_a_reason(demo):
    db, ids = demo
    hanne = ids["Hanne Bøgh"]
    steps = list_steps(db, hanne)
    owners = {s.owner for s in steps}
    assert {StepOwner.CITIZEN, StepOwner.CASEWORKER, StepOwner.COMPANY_CONSULTANT} <= owners
    assert any(s.contact_id for s in steps if s.owner is StepOwner.COMPANY_CONSULTANT)
    done = [s for s in steps if s.status is StepStatus.DONE]
    assert len(done) >= 5 and all(s.status_on <= TODAY for s in done)
    [not_done] = [s for s in steps if s.status is StepStatus.NOT_DONE]
    assert not_done.status_reason and not_done.due_on > TODAY  # a new date
    meeting_ids = {m.id for m in list_meetings(db, hanne)}
    reviews = [r for s in steps for r in reviews_of(db, s.id)]
    assert reviews and all(r.meeting_id in meeting_ids for r in reviews)
    assert len(reviews_of(db, not_done.id)) == 2  # followed up at two meetings
    assert any(s.status.is_open and s.due_on > TODAY for s in steps if s is not not_done)


def test_hannes_meetings_have_notes_and_her_next_meeting_is_booked(demo):
    db, ids = demo
    hanne = ids["Hanne Bøgh"]
    history = score_history(db, hanne)
    latest = history[-1][1]
    assert sum(bool(s.shared_note) for s in latest.values()) == 4
    booked = next_meeting(db, hanne)
    assert booked is not None and booked.starts_at.date() > TODAY and booked.place


def test_hannes_printed_plan_is_easy_to_read(demo):
    """The words typed for her that the printed plan shows, checked as the print dialog
    checks them: LIX ≤ 30, no long sentence."""
    db, ids = demo
    texts = plan_texts(db, ids["Hanne Bøgh"], today=TODAY)
    assert len(texts) > 20  # goal, sub-goals, milestones, HHH, talk, efforts, steps
    found = check_plan(texts)
    assert not found.hard and found.lix <= 30, (found.lix, found.long_words)
    assert found.long_sentences == []


def test_the_plan_free_citizen_keeps_an_empty_plan(demo):
    """tests/ui/plan/ make this citizen's plan from nothing (PLAN_FREE in their conftest)."""
    db, ids = demo
    sabina = ids["Sabina Østergaard"]
    assert list_hhh(db, sabina) == [] and list_goals(db, sabina) == []
    assert list_steps(db, sabina) == [] and list_screenings(db, sabina) == []
    assert list_contacts(db, sabina) == []
    assert wheel_history(db, sabina), "her wheels carry wishes the plan tests take on"


def test_hanne_has_the_workers_recommendation_for_a_colleague(demo_db):
    from progressionsdialog.storage.citizens import list_citizens
    from progressionsdialog.storage.recommendations import latest_recommendation

    hanne = next(c for c in list_citizens(demo_db) if c.name == "Hanne Bøgh")
    latest = latest_recommendation(demo_db, hanne.id)
    assert latest is not None and "Løntilskud" in latest.text
