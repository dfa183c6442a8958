"""Projects, control groups and outcomes (issue 14): the data, its bad input, the 12/24
months' reminder, and the leader's answer for the demo's project."""

from __future__ import annotations

from datetime import date

import pytest

from progressionsdialog.demo import create_demo_database
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.outcome import MemberRole, OutcomeStatus
from progressionsdialog.errors import NotFoundError, ValidationError
from progressionsdialog.statistics.projects import outcome_counts, outcome_table
from progressionsdialog.storage import DB_FILENAME, open_database
from progressionsdialog.storage.citizens import add_citizen, archive_citizen
from progressionsdialog.storage.projects import (
    add_member,
    add_project,
    follow_ups_due,
    project_named,
    record_outcome,
)

START = date(2025, 1, 6)


@pytest.fixture
def project(db):
    return add_project(db, "JobStart", START, has_control_group=True)


def _citizen(db, name="Anna Berg"):
    return add_citizen(db, CitizenDraft(name=name, birth_or_cpr="01-01-1980"))


def test_a_citizen_is_never_in_both_the_project_and_its_control_group(db, project):
    anna = _citizen(db)
    add_member(db, project.id, anna.id, MemberRole.PARTICIPANT, START)
    with pytest.raises(ValidationError, match="både deltager og i kontrolgruppen"):
        add_member(db, project.id, anna.id, MemberRole.CONTROL, START)
    rows = db.execute("SELECT role FROM project_members").fetchall()
    assert rows == [("participant",)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("", "skal have et navn"), ("x" * 81, "højst have 80 tegn"), ("JobStart", "allerede")],
)
def test_a_project_needs_a_new_name(db, project, name, expected):
    with pytest.raises(ValidationError, match=expected):
        add_project(db, name, START)


def test_no_control_group_and_no_date_before_the_start(db):
    course = add_project(db, "Afklaringsværksted", START)
    anna = _citizen(db)
    with pytest.raises(ValidationError, match="ingen kontrolgruppe"):
        add_member(db, course.id, anna.id, MemberRole.CONTROL, START)
    with pytest.raises(ValidationError, match="før projektet begyndte"):
        add_member(db, course.id, anna.id, MemberRole.PARTICIPANT, date(2024, 12, 1))
    with pytest.raises(NotFoundError, match="Afklaringsværksted"):
        project_named(db, "JobStrat")


def test_the_reminder_at_12_and_24_months_includes_archived_citizens(db, project):
    anna, bo = _citizen(db), _citizen(db, "Bo Holm")
    add_member(db, project.id, anna.id, MemberRole.PARTICIPANT, START)
    add_member(db, project.id, bo.id, MemberRole.CONTROL, START)
    archive_citizen(db, bo.id)
    due = follow_ups_due(db, date(2026, 2, 1))
    assert {(d.citizen_id, d.months) for d in due} == {(anna.id, 12), (bo.id, 12)}
    record_outcome(db, anna.id, OutcomeStatus.ORDINARY_JOB, date(2026, 1, 10))
    assert [(d.citizen_id, d.months) for d in follow_ups_due(db, date(2026, 2, 1))] == [(bo.id, 12)]
    later = follow_ups_due(db, date(2027, 2, 1))
    assert {(d.citizen_id, d.months) for d in later} == {(anna.id, 24), (bo.id, 12), (bo.id, 24)}


def test_outcomes_at_12_months_count_the_latest_status_and_hide_small_numbers(db, project):
    for n in range(6):
        citizen = _citizen(db, f"Deltager {n}")
        add_member(db, project.id, citizen.id, MemberRole.PARTICIPANT, START)
        record_outcome(db, citizen.id, OutcomeStatus.UNEMPLOYED, START)
        if n < 5:  # five in a job at the follow-up, one still unemployed
            record_outcome(db, citizen.id, OutcomeStatus.ORDINARY_JOB, date(2026, 1, 20))
    counts = outcome_counts(db, project, date(2026, 3, 1))
    participants = next(c for c in counts if c.role is MemberRole.PARTICIPANT and c.months == 12)
    assert participants.reached == 6
    assert participants.by_status == {"Ordinært job": 5, "Ledig": 1}
    assert participants.in_work_or_education == 5
    table = outcome_table(project, counts)
    assert ("Deltagere", "12 mdr.", "6", "I job eller uddannelse", "83 %") in table.rows
    assert ("Deltagere", "12 mdr.", "", "Ledig", "færre end 5") in table.rows


def test_the_leader_can_answer_for_the_demo_project(data_dir, cli):
    create_demo_database(data_dir, with_project=True, today=date(2026, 11, 25))
    result = cli("statistik", "--projekt", "JobStart", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "JobStart – deltagere" in text and "JobStart – kontrolgruppe" in text
    assert "hvor er borgerne efter 12 og 24 måneder" in text
    shares = [line.split()[-2] for line in text.splitlines() if "I job eller uddannelse" in line]
    assert len(shares) == 2 and int(shares[0]) > int(shares[1])  # the project did better
    unknown = cli("statistik", "--projekt", "Ukendt", "--data-dir", str(data_dir))
    assert unknown.returncode == 2 and "Der er intet projekt" in unknown.stderr
    db = open_database(data_dir / DB_FILENAME)
    shown = db.execute("SELECT count(*) FROM citizens WHERE archived_at IS NULL").fetchone()[0]
    db.close()
    assert shown == 6  # the cohort is archived: the register shows the cases as before


def test_the_commands_make_a_project_put_citizens_in_it_and_record_status(
    data_dir, cli, monkeypatch
):
    from progressionsdialog import clock

    monkeypatch.setenv(clock.ENV_VAR, "2026-03-01")  # past 12 months, before 24
    db = open_database(data_dir / DB_FILENAME)
    anna = _citizen(db)
    db.close()
    where = ("--data-dir", str(data_dir))
    made = cli("projekt", "--navn", "JobStart", "--start", "06-01-2025", "--kontrolgruppe", *where)
    assert made.returncode == 0, made.stderr
    joined = cli(
        "projekt", "--navn", "JobStart", "--borger", str(anna.id), "--rolle", "deltager",
        "--dato", "06-01-2025", *where,
    )  # fmt: skip
    assert joined.returncode == 0, joined.stderr
    twice = cli(
        "projekt", "--navn", "JobStart", "--borger", str(anna.id), "--rolle", "kontrol",
        "--dato", "06-01-2025", *where,
    )  # fmt: skip
    assert twice.returncode == 2 and "både deltager og i kontrolgruppen" in twice.stderr
    reminder = cli("status", *where)
    assert (
        reminder.returncode == 0 and "Anna Berg" in reminder.stdout and "12 mdr." in reminder.stdout
    )
    recorded = cli(
        "status", "--borger", str(anna.id), "--status", "ordinary_job", "--dato", "10-01-2026",
        *where,
    )  # fmt: skip
    assert recorded.returncode == 0 and "Ordinært job" in recorded.stdout
    assert "Anna Berg" not in cli("status", *where).stdout
    unknown = cli("projekt", "--navn", "Ukendt", "--borger", str(anna.id), "--rolle",
                  "deltager", "--dato", "06-01-2025", *where)  # fmt: skip
    assert unknown.returncode == 2 and "Der er intet projekt" in unknown.stderr


def test_a_project_is_renamed_and_moved_but_never_past_its_first_member(db, project):
    from progressionsdialog.storage.projects import get_project, update_project

    anna = _citizen(db)
    add_member(db, project.id, anna.id, MemberRole.CONTROL, date(2025, 2, 1))
    changed = update_project(db, project.id, "JobStart 2", START, has_control_group=True)
    assert get_project(db, project.id) == changed and changed.name == "JobStart 2"
    with pytest.raises(ValidationError, match="kan ikke begynde senere"):
        update_project(db, project.id, "JobStart 2", date(2025, 3, 1), has_control_group=True)
    with pytest.raises(ValidationError, match="Kontrolgruppen har 1 borgere"):
        update_project(db, project.id, "JobStart 2", START, has_control_group=False)
    add_project(db, "Værksted", START)
    with pytest.raises(ValidationError, match="allerede et projekt"):
        update_project(db, project.id, "Værksted", START, has_control_group=True)
    assert get_project(db, project.id).name == "JobStart 2"
    logged = db.execute(
        "SELECT count(*) FROM audit_log WHERE entity = 'project' AND action = 'update' "
        "AND citizen_ref IS NULL"
    ).fetchone()[0]
    assert logged == 1


def test_a_member_is_removed_and_a_wrong_outcome_deleted_with_audit_rows(db, project):
    from progressionsdialog.storage.projects import (
        delete_outcome,
        members,
        outcomes_of,
        remove_member,
    )

    anna = _citizen(db)
    add_member(db, project.id, anna.id, MemberRole.PARTICIPANT, START)
    wrong = record_outcome(db, anna.id, OutcomeStatus.FLEXJOB, date(2026, 1, 10))
    removed = remove_member(db, project.id, anna.id)
    assert removed.role is MemberRole.PARTICIPANT and members(db, project.id) == []
    assert delete_outcome(db, wrong.id) == wrong and outcomes_of(db, anna.id) == []
    with pytest.raises(NotFoundError):
        delete_outcome(db, wrong.id)
    with pytest.raises(NotFoundError):
        remove_member(db, project.id, anna.id)
    rows = db.execute(
        "SELECT entity, citizen_ref FROM audit_log WHERE action = 'delete' ORDER BY id"
    ).fetchall()
    assert rows == [("project", anna.id), ("outcome", anna.id)]


def test_a_future_outcome_is_refused_when_today_is_given(db):
    anna = _citizen(db)
    with pytest.raises(ValidationError, match="i fremtiden"):
        record_outcome(db, anna.id, OutcomeStatus.EDUCATION, date(2026, 5, 2), today=START)
    assert db.execute("SELECT count(*) FROM outcomes").fetchone()[0] == 0


@pytest.mark.parametrize(
    ("day", "expected"),
    [(date(2030, 1, 1), "i fremtiden"), (date(1979, 12, 31), "før borgerens fødselsdato")],
)
def test_a_benefit_start_in_the_future_or_before_birth_is_refused(db, day, expected):
    from progressionsdialog.storage.projects import benefit_start, set_benefit_start

    anna = _citizen(db)
    set_benefit_start(db, anna.id, date(2024, 3, 1), today=START)
    with pytest.raises(ValidationError, match=expected):
        set_benefit_start(db, anna.id, day, today=START)
    assert benefit_start(db, anna.id) == date(2024, 3, 1)


def test_deleting_a_project_keeps_its_citizens_and_their_outcomes(db, project):
    from progressionsdialog.storage.projects import delete_project, list_projects, outcomes_of

    anna = _citizen(db)
    add_member(db, project.id, anna.id, MemberRole.PARTICIPANT, START)
    record_outcome(db, anna.id, OutcomeStatus.UNEMPLOYED, START)
    delete_project(db, project.id)
    assert list_projects(db) == [] and len(outcomes_of(db, anna.id)) == 1
