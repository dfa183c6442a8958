"""The company record of an internship driven as a user drives it (issue 13, seed 003): the
company typed in, a bad CVR refused next to the field, hours 12 → 20, hours above 37
refused, a follow-up at the plejecenter, one dated before the effort refused, the result,
deleting the effort names its hours and follow-ups, and Ctrl+Z brings everything back."""

from __future__ import annotations

from datetime import timedelta

import pytest

from progressionsdialog import clock
from progressionsdialog.domain.company import is_company_directed
from progressionsdialog.domain.plan import EffortTrack
from progressionsdialog.storage.company_efforts import company_record, get_details
from progressionsdialog.storage.efforts import get_effort, list_efforts
from ui.screens.plan.efforts_section import TRACK_ROLE
from ui.screens.plan.widgets import ID_ROLE, qdate

TODAY = clock.today()


@pytest.fixture
def plan(hannes_plan):
    """Hanne's plan: her mastery course (the social track) and the plejecenter's records."""
    return hannes_plan


def row_of(table, effort_id: int) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, 0).data(ID_ROLE) == effort_id)


def test_the_efforts_are_grouped_by_track(plan, demo_db):
    table = plan.efforts_section.efforts
    headings = [
        table.item(r, 0).data(TRACK_ROLE)
        for r in range(table.rowCount())
        if table.item(r, 0).data(TRACK_ROLE)
    ]
    assert headings[0] == EffortTrack.JOB.value
    tracks = {e.kind.track.value for e in list_efforts(demo_db, plan.cid)}
    assert set(headings) == tracks | {EffortTrack.JOB.value}
    assert table.item(0, 0).text().startswith("Jobsporet")


def test_a_company_record_through_its_life(plan, demo_db, user, qtbot):
    efforts = plan.efforts_section
    user.type_into(efforts.effort_provider, "Plejecenter Egely")
    user.press(efforts, "Tilføj indsats")  # the default kind is a course: choose internship
    effort = list_efforts(demo_db, plan.cid)[-1]
    assert not is_company_directed(effort.kind)
    user.choose_row(efforts.efforts, row_of(efforts.efforts, effort.id))
    assert not efforts.company.isVisible()
    user.press(efforts, "Ret")
    efforts.effort_kind.setCurrentIndex(efforts.effort_kind.findData("company_internship"))
    efforts.effort_start.setDate(qdate(TODAY - timedelta(days=60)))
    user.press(efforts, "Gem ændring")
    user.choose_row(efforts.efforts, row_of(efforts.efforts, effort.id))
    company = efforts.company
    assert company.isVisible()
    assert company.company_name.text() == "Plejecenter Egely"

    user.type_into(company.cvr, "1234567")
    user.type_into(company.address, "Egelyvej 2, 3300 Frederiksværk")
    user.type_into(company.contact.typed, "Lone Berg, afdelingsleder")
    user.type_into(company.sub_goals, "Møde til tiden")
    user.click(company.save_button)
    assert "CVR-nummeret skal være 8 cifre" in company.error.text()
    assert company.cvr.hasFocus()
    assert get_details(demo_db, effort.id) is None
    assert company.address.text() == "Egelyvej 2, 3300 Frederiksværk"  # nothing typed lost
    user.type_into(company.cvr, "12345678")
    user.click(company.save_button)
    assert company.error.isHidden()
    saved = get_details(demo_db, effort.id)
    assert (saved.cvr, saved.contact_name) == ("12345678", "Lone Berg, afdelingsleder")

    hours = efforts.company.hours
    hours.from_on.setDate(qdate(TODAY - timedelta(days=60)))
    user.type_into(hours.hours, "12")
    user.click(hours.add_button)
    hours = efforts.company.hours
    hours.from_on.setDate(qdate(TODAY - timedelta(days=30)))
    user.type_into(hours.hours, "38")
    user.click(hours.add_button)
    assert "fra 0 til 37" in efforts.company.error.text()
    assert hours.hours.text() == "38"
    user.type_into(hours.hours, "20")
    user.click(hours.add_button)
    assert [lv.hours for lv in company_record(demo_db, effort.id).hours] == [12, 20]
    assert efforts.company.hours.series.text() == "12 → 20 timer"

    visits = efforts.company.visits
    visits.held_on.setDate(qdate(TODAY - timedelta(days=61)))
    user.type_into(visits.company_view, "Møder til tiden, god med beboerne")
    user.click(visits.add_button)
    assert "før indsatsen begynder" in efforts.company.error.text()
    assert visits.company_view.toPlainText() == "Møder til tiden, god med beboerne"
    visits.held_on.setDate(qdate(TODAY - timedelta(days=20)))
    user.click(visits.add_button)
    assert len(company_record(demo_db, effort.id).follow_ups) == 1

    company = efforts.company
    company.result.setCurrentIndex(company.result.findData("stopped"))
    user.click(company.result_button)
    assert "hvorfor indsatsen stoppede" in company.error.text()
    company.result.setCurrentIndex(company.result.findData("job"))
    company.result_on.setDate(qdate(TODAY))
    user.click(company.result_button)
    ended = get_effort(demo_db, effort.id)
    assert (ended.result, ended.ends_on) == ("Job", TODAY)

    user.choose_row(efforts.efforts, row_of(efforts.efforts, effort.id))
    user.answer(yes=True)
    user.press(efforts, "Slet …")
    assert "2 timetal og 1 opfølgninger i virksomheden" in user.asked[-1]
    assert effort.id not in {e.id for e in list_efforts(demo_db, plan.cid)}
    user.ctrl_z(efforts.efforts)
    record = company_record(demo_db, effort.id)
    assert (len(record.hours), len(record.follow_ups)) == (2, 1)
    assert record.details.cvr == "12345678"


def test_ctrl_z_takes_back_a_new_hours_level(plan, demo_db, user):
    efforts = plan.efforts_section
    internship = next(e for e in list_efforts(demo_db, plan.cid) if is_company_directed(e.kind))
    user.choose_row(efforts.efforts, row_of(efforts.efforts, internship.id))
    company = efforts.company
    user.type_into(company.company_name, internship.provider or "Plejecenter")
    user.click(company.save_button)
    before = len(company_record(demo_db, internship.id).hours)
    company.hours.from_on.setDate(qdate(internship.starts_on + timedelta(days=3)))
    user.type_into(company.hours.hours, "15")
    user.click(company.hours.add_button)
    assert len(company_record(demo_db, internship.id).hours) == before + 1
    user.ctrl_z(efforts.efforts)
    assert len(company_record(demo_db, internship.id).hours) == before
