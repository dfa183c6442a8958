"""A company-directed effort as a record (issue 13, seed 003): the company and its people,
hours a week over time, follow-ups at the company, the result; each bad input refused with a
Danish message, deletion with everything that goes with it, and undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.company import (
    CompanyDetails,
    CompanyFollowUp,
    EffortResult,
    HoursLevel,
    hours_on,
    hours_series_text,
    is_company_directed,
)
from progressionsdialog.domain.contacts import Contact, ContactRole
from progressionsdialog.domain.plan import Effort, EffortKind
from progressionsdialog.errors import ValidationError
from progressionsdialog.storage.audit import entries
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.company_efforts import (
    company_record,
    get_details,
    linked_counts,
    records_for_citizen,
    save_details,
)
from progressionsdialog.storage.company_follow_ups import (
    delete_follow_up,
    list_follow_ups,
    save_follow_up,
)
from progressionsdialog.storage.contacts import delete_contact, save_contact
from progressionsdialog.storage.effort_hours import delete_hours, list_hours, save_hours
from progressionsdialog.storage.efforts import delete_effort, get_effort, save_effort
from progressionsdialog.storage.plan_changes import plan_change
from progressionsdialog.storage.plan_changes import plan_state as effort_state
from progressionsdialog.storage.plan_changes import redo_change as redo_effort_change
from progressionsdialog.storage.plan_changes import undo_change as undo_effort_change
from progressionsdialog.storage.rights import erase_citizen

START = clock.today() - timedelta(days=180)


@pytest.fixture
def citizen(db):
    return add_citizen(db, CitizenDraft(name="Birgit Holm", birth_or_cpr="14-02-1984"))


@pytest.fixture
def internship(db, citizen):
    return save_effort(
        db, Effort(None, citizen.id, EffortKind.COMPANY_INTERNSHIP, START, agreed_goals="Stabil")
    )


def details(effort_id: int, **changes) -> CompanyDetails:
    return replace(CompanyDetails(None, effort_id, "Plejecenter Solhøj"), **changes)


def test_company_kinds_are_the_four_at_a_company():
    assert all(
        is_company_directed(k)
        for k in ("company_internship", "wage_subsidy_job", "ordinary_hours", "mentor")
    )
    assert not is_company_directed(EffortKind.DEBT_COUNSELLING)


def test_company_details_with_contacts_from_the_list_and_typed(db, citizen, internship):
    consultant = save_contact(
        db, Contact(None, citizen.id, "Jonas Vad", ContactRole.COMPANY_CONSULTANT, "22334455")
    )
    saved = save_details(
        db,
        details(
            internship.id,
            cvr="1234 5678",
            address="Solhøjvej 4, 3300 Frederiksværk",
            contact_name="Lone, afdelingsleder",
            consultant_id=consultant.id,
            sub_goals="Møde til tiden\nArbejde 4 timer i træk",
        ),
    )
    assert saved.cvr == "12345678"
    assert saved.sub_goal_lines() == ["Møde til tiden", "Arbejde 4 timer i træk"]
    record = company_record(db, internship.id)
    assert record.contact_person == "Lone, afdelingsleder"
    assert (record.consultant, record.consultant_phone) == ("Jonas Vad", "22334455")
    assert get_effort(db, internship.id).provider == "Plejecenter Solhøj"
    assert [e.detail for e in entries(db, citizen.id)][-1] == "virksomhed"


def test_a_deleted_contact_stays_as_text(db, citizen, internship):
    consultant = save_contact(
        db, Contact(None, citizen.id, "Jonas Vad", ContactRole.COMPANY_CONSULTANT)
    )
    save_details(db, details(internship.id, consultant_id=consultant.id))
    delete_contact(db, consultant.id)
    record = company_record(db, internship.id)
    assert record.details.consultant_id is None
    assert record.consultant == "Jonas Vad"


@pytest.mark.parametrize("cvr", ["1234567", "123456789", "1234567a", "12-34-56-78x"])
def test_a_malformed_cvr_is_refused(db, internship, cvr):
    with pytest.raises(ValidationError, match="CVR-nummeret skal være 8 cifre") as caught:
        save_details(db, details(internship.id, cvr=cvr))
    assert caught.value.field == "cvr"
    assert get_details(db, internship.id) is None


def test_an_empty_company_name_is_refused(db, internship):
    with pytest.raises(ValidationError, match="Virksomhedens navn må ikke være tomt"):
        save_details(db, details(internship.id, company_name="  "))


def test_an_effort_that_ends_before_it_starts_is_refused(db, citizen):
    with pytest.raises(ValidationError, match="slutte, før den begynder") as caught:
        save_effort(
            db,
            Effort(None, citizen.id, EffortKind.COMPANY_INTERNSHIP, START, START - timedelta(1)),
        )
    assert caught.value.field == "ends_on"


def test_hours_over_time_12_20_32(db, internship):
    for weeks, hours in ((0, 12), (8, "20"), (16, "32,0")):
        save_hours(db, HoursLevel(None, internship.id, START + timedelta(weeks=weeks), hours))
    levels = list_hours(db, internship.id)
    assert [lv.hours for lv in levels] == [12, 20, 32]
    assert hours_series_text(levels) == "12 → 20 → 32 timer"
    assert hours_on(levels, START + timedelta(weeks=9)) == 20


@pytest.mark.parametrize("hours", [-1, 37.5, 38, "40", "tolv", ""])
def test_hours_below_0_or_above_37_are_refused(db, internship, hours):
    with pytest.raises(ValidationError, match="Timer om ugen skal være et tal fra 0 til 37"):
        save_hours(db, HoursLevel(None, internship.id, START, hours))
    assert list_hours(db, internship.id) == []


def test_0_and_37_hours_are_allowed(db, internship):
    save_hours(db, HoursLevel(None, internship.id, START, 0))
    save_hours(db, HoursLevel(None, internship.id, START + timedelta(1), 37))
    assert [lv.hours for lv in list_hours(db, internship.id)] == [0, 37]


def test_hours_before_the_effort_or_twice_on_one_day_are_refused(db, internship):
    with pytest.raises(ValidationError, match="før indsatsen begynder"):
        save_hours(db, HoursLevel(None, internship.id, START - timedelta(1), 12))
    save_hours(db, HoursLevel(None, internship.id, START, 12))
    with pytest.raises(ValidationError, match="allerede et timetal"):
        save_hours(db, HoursLevel(None, internship.id, START, 20))


def test_hours_edited_and_deleted(db, internship):
    level = save_hours(db, HoursLevel(None, internship.id, START, 12))
    save_hours(db, replace(level, hours=15))
    assert [lv.hours for lv in list_hours(db, internship.id)] == [15]
    delete_hours(db, level.id)
    assert list_hours(db, internship.id) == []


def test_follow_up_at_the_company_life(db, internship):
    first = save_follow_up(
        db, CompanyFollowUp(None, internship.id, START + timedelta(30), "Møder til tiden")
    )
    save_follow_up(db, replace(first, notes="Vil gerne flere timer"))
    assert list_follow_ups(db, internship.id)[0].notes == "Vil gerne flere timer"
    delete_follow_up(db, first.id)
    assert list_follow_ups(db, internship.id) == []


def test_a_follow_up_dated_before_the_effort_is_refused(db, internship):
    with pytest.raises(ValidationError, match="før indsatsen begynder") as caught:
        save_follow_up(db, CompanyFollowUp(None, internship.id, START - timedelta(1), "Godt"))
    assert caught.value.field == "held_on"
    assert list_follow_ups(db, internship.id) == []


def test_an_empty_follow_up_is_refused(db, internship):
    with pytest.raises(ValidationError, match="vurdering eller en note"):
        save_follow_up(db, CompanyFollowUp(None, internship.id, START, " ", ""))


def test_the_effort_cannot_start_after_its_follow_ups(db, internship):
    save_follow_up(db, CompanyFollowUp(None, internship.id, START + timedelta(10), "Godt"))
    with pytest.raises(ValidationError, match="kan ikke begynde senere") as caught:
        save_effort(db, replace(internship, starts_on=START + timedelta(20)))
    assert caught.value.field == "starts_on"


def test_result_job_and_stopped_with_a_reason(db, internship):
    save_details(db, details(internship.id, result=EffortResult.JOB))
    assert get_effort(db, internship.id).result == "Job"
    with pytest.raises(ValidationError, match="hvorfor indsatsen stoppede"):
        save_details(db, details(internship.id, result=EffortResult.STOPPED))
    save_details(db, details(internship.id, result="stopped", result_reason="Gigten blussede op"))
    assert get_details(db, internship.id).result is EffortResult.STOPPED
    assert get_effort(db, internship.id).result == "Stoppet: Gigten blussede op"


def test_deleting_an_effort_takes_hours_and_follow_ups_and_undo_brings_them_back(
    db, citizen, internship
):
    save_details(db, details(internship.id))
    save_hours(db, HoursLevel(None, internship.id, START, 12))
    save_hours(db, HoursLevel(None, internship.id, START + timedelta(60), 20))
    save_follow_up(db, CompanyFollowUp(None, internship.id, START + timedelta(30), "Godt"))
    assert linked_counts(db, internship.id) == (2, 1)
    before = effort_state(db, citizen.id)
    delete_effort(db, internship.id)
    assert linked_counts(db, internship.id) == (0, 0)
    change = plan_change(before, effort_state(db, citizen.id))
    change = undo_effort_change(db, change)
    assert linked_counts(db, internship.id) == (2, 1)
    assert company_record(db, internship.id).details.company_name == "Plejecenter Solhøj"
    redo_effort_change(db, change)
    assert records_for_citizen(db, citizen.id) == {}


def test_undo_of_a_new_hours_level(db, citizen, internship):
    before = effort_state(db, citizen.id)
    save_hours(db, HoursLevel(None, internship.id, START, 12))
    change = undo_effort_change(db, plan_change(before, effort_state(db, citizen.id)))
    assert list_hours(db, internship.id) == []
    redo_effort_change(db, change)
    assert [lv.hours for lv in list_hours(db, internship.id)] == [12]


def test_erasure_removes_the_company_record(db, citizen, internship):
    save_details(db, details(internship.id))
    save_hours(db, HoursLevel(None, internship.id, START, 12))
    save_follow_up(db, CompanyFollowUp(None, internship.id, START, "Godt"))
    erase_citizen(db, citizen.id, "Birgit Holm")
    for table in ("company_efforts", "effort_hours", "company_follow_ups"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_the_schema_refuses_what_the_rules_refuse(db, internship):
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO effort_hours (effort_id, from_on, hours, created_at) "
            "VALUES (?, '2026-01-01', 38, '')",
            [internship.id],
        )
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO company_efforts (effort_id, company_name, cvr, created_at, updated_at) "
            "VALUES (?, 'X', '1234567x', '', '')",
            [internship.id],
        )


def test_result_job_ends_the_effort_and_extended_keeps_it_going(db, internship):
    from progressionsdialog.storage.company_efforts import set_result

    with pytest.raises(ValidationError, match="virksomhedens navn"):
        set_result(db, internship.id, EffortResult.JOB, on=START + timedelta(100))
    save_details(db, details(internship.id))
    set_result(db, internship.id, EffortResult.JOB, on=START + timedelta(100))
    assert get_effort(db, internship.id).ends_on == START + timedelta(100)
    with pytest.raises(ValidationError, match="slutte, før den begynder"):
        set_result(db, internship.id, EffortResult.STOPPED, "Ondt", on=START - timedelta(1))
    assert get_details(db, internship.id).result is EffortResult.JOB  # nothing half-saved
    set_result(db, internship.id, EffortResult.EXTENDED)
    assert get_effort(db, internship.id).ongoing
    assert get_effort(db, internship.id).result == "Forlænget"


def test_result_words_typed_for_the_effort_stay_until_a_result_is_chosen(db, internship):
    save_effort(db, replace(internship, result="Gik godt. Tilbud om løntilskud."))
    save_details(db, details(internship.id))
    assert get_effort(db, internship.id).result == "Gik godt. Tilbud om løntilskud."
    save_details(db, details(internship.id, result=EffortResult.JOB))
    save_details(db, details(internship.id, result=None))
    assert get_effort(db, internship.id).result == ""
