"""A database made by the program at m007 (before company records) is upgraded by m008 with
every row it held intact, and its efforts can then take a company record."""

from __future__ import annotations

from datetime import date

from progressionsdialog.domain.company import CompanyDetails, HoursLevel
from progressionsdialog.storage import DB_FILENAME, connect, open_database
from progressionsdialog.storage.company_efforts import company_record, save_details
from progressionsdialog.storage.effort_hours import save_hours
from progressionsdialog.storage.efforts import list_efforts
from progressionsdialog.storage.meetings import list_meetings
from progressionsdialog.storage.migrations import migrations


def test_m007_database_upgraded_with_data_intact(data_dir):
    path = data_dir / DB_FILENAME
    old = connect(path)
    migrations.apply(old, stop_before="m008_company_efforts")
    assert "company_efforts" not in old.table_names()
    stamp = "2026-01-05T10:00:00+00:00"
    citizen_id = old.execute(
        "INSERT INTO citizens (name, created_at, updated_at) VALUES ('Birgit Holm', ?, ?)",
        [stamp, stamp],
    ).lastrowid
    old.execute(
        "INSERT INTO meetings (citizen_id, held_on, kind, created_at, updated_at) "
        "VALUES (?, '2026-01-05', 'internship_follow_up', ?, ?)",
        [citizen_id, stamp, stamp],
    )
    effort_id = old.execute(
        "INSERT INTO efforts (citizen_id, kind, provider, starts_on, agreed_goals, created_at, "
        "updated_at) VALUES (?, 'company_internship', 'Plejecenter Solhøj', '2026-01-05', "
        "'Stabilt fremmøde', ?, ?)",
        [citizen_id, stamp, stamp],
    ).lastrowid
    old.conn.commit()
    old.close()

    db = open_database(path)
    [effort] = list_efforts(db, citizen_id)
    assert (effort.id, effort.provider, effort.agreed_goals) == (
        effort_id,
        "Plejecenter Solhøj",
        "Stabilt fremmøde",
    )
    assert effort.ongoing
    [meeting] = list_meetings(db, citizen_id)
    assert meeting.kind.value == "internship_follow_up"
    save_details(db, CompanyDetails(None, effort_id, effort.provider))
    save_hours(db, HoursLevel(None, effort_id, date(2026, 1, 5), 12))
    assert company_record(db, effort_id).hours[0].hours == 12
    db.close()


def test_m009_takes_a_job_interview_and_keeps_every_meeting_and_its_scores(data_dir):
    from progressionsdialog.domain.meeting import MeetingKind
    from progressionsdialog.storage.meetings import add_meeting

    path = data_dir / DB_FILENAME
    old = connect(path)
    migrations.apply(old, stop_before="m009_meeting_kinds")
    stamp = "2026-01-05T10:00:00+00:00"
    citizen_id = old.execute(
        "INSERT INTO citizens (name, created_at, updated_at) VALUES ('Birgit Holm', ?, ?)",
        [stamp, stamp],
    ).lastrowid
    meeting_id = old.execute(
        "INSERT INTO meetings (citizen_id, held_on, kind, created_at, updated_at) "
        "VALUES (?, '2026-01-05', 'first', ?, ?)",
        [citizen_id, stamp, stamp],
    ).lastrowid
    old.execute(
        "INSERT INTO indicator_scores (meeting_id, tool_id, tool_version, indicator_key, "
        "citizen_score, updated_at) VALUES (?, 'halsnaes', '1', 'motivation', 6, ?)",
        [meeting_id, stamp],
    )
    old.conn.commit()
    old.close()

    db = open_database(path)
    [meeting] = list_meetings(db, citizen_id)
    assert (meeting.id, meeting.kind.label) == (meeting_id, "Visitationssamtale")
    assert db.execute("SELECT count(*) FROM indicator_scores").fetchone()[0] == 1
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    add_meeting(db, citizen_id, date(2026, 2, 2), MeetingKind.JOB_INTERVIEW)
    assert list_meetings(db, citizen_id)[-1].kind.label == "Jobsamtale"
    db.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])  # the cascade still holds
    assert db.execute("SELECT count(*) FROM indicator_scores").fetchone()[0] == 0
    db.close()
