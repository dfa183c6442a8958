import sqlite3

import pytest

from progressionsdialog.domain.citizen import CitizenDraft, TargetGroup
from progressionsdialog.errors import (
    DataDirError,
    NotADatabaseError,
    NotFoundError,
    SchemaTooNewError,
    ValidationError,
)
from progressionsdialog.paths import ensure_writable_dir
from progressionsdialog.storage import DB_FILENAME, connect, open_database
from progressionsdialog.storage.audit import entries
from progressionsdialog.storage.caseworkers import ensure_caseworker
from progressionsdialog.storage.citizens import (
    add_citizen,
    archive_citizen,
    count_citizens,
    get_citizen,
    list_citizens,
    restore_citizen,
    update_citizen,
)
from progressionsdialog.storage.migrations import MIGRATION_SET, known_names, schema_version


def test_connect_sets_the_pragmas(db):
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_schema_holds_every_planned_table(db):
    expected = {
        "citizens",
        "caseworkers",
        "meetings",
        "indicator_scores",
        "life_wheels",
        "life_areas",
        "hhh_answers",
        "goals",
        "sub_goals",
        "milestones",
        "steps",
        "step_reviews",
        "efforts",
        "appointments",
        "audit_log",
        "settings",
    }
    assert expected <= set(db.table_names())
    assert schema_version(db) == len(known_names())


def test_add_edit_archive_restore_round_trip(db):
    worker = ensure_caseworker(db, "Mette Lund")
    draft = CitizenDraft(
        name="  Nguyễn Thị Lan ",
        birth_or_cpr="120394-1234",
        phone="20 30 40 50",
        email="lan@eksempel.dk",
        target_group=TargetGroup.JOB_READY,
        caseworker_id=worker.id,
    )
    citizen = add_citizen(db, draft)
    assert citizen.name == "Nguyễn Thị Lan"
    assert citizen.caseworker_name == "Mette Lund"
    assert str(citizen.cpr) == "120394-1234"
    assert citizen.birth_date.year == 1994

    edited = update_citizen(
        db, citizen.id, CitizenDraft(name="أمينة حسن 😀", birth_or_cpr="01-02-1980")
    )
    assert edited.name == "أمينة حسن 😀" and edited.cpr is None

    archive_citizen(db, citizen.id)
    assert [c.id for c in list_citizens(db, include_archived=False)] == []
    assert get_citizen(db, citizen.id).archived
    restore_citizen(db, citizen.id)
    assert not get_citizen(db, citizen.id).archived
    actions = [e.action for e in entries(db, citizen.id)]
    assert actions == ["create", "update", "archive", "restore"]


def test_invalid_citizen_stores_nothing(db):
    with pytest.raises(ValidationError):
        add_citizen(db, CitizenDraft(name="x" * 500))
    with pytest.raises(ValidationError):
        add_citizen(db, CitizenDraft(name="Ok", birth_or_cpr="310299-1234"))
    assert count_citizens(db) == 0
    assert entries(db) == []


def test_failed_edit_keeps_the_old_data(db):
    citizen = add_citizen(db, CitizenDraft(name="Hanne Bøgh"))
    with pytest.raises(ValidationError):
        update_citizen(db, citizen.id, CitizenDraft(name="   "))
    assert get_citizen(db, citizen.id).name == "Hanne Bøgh"


def test_missing_citizen_is_a_danish_not_found(db):
    with pytest.raises(NotFoundError, match="findes ikke"):
        get_citizen(db, 999)


def test_audit_log_is_append_only(db):
    add_citizen(db, CitizenDraft(name="Bent"))
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM audit_log")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE audit_log SET actor = 'x'")


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(data_dir):
    path = data_dir / DB_FILENAME
    content = b"Dette er et brev, ikke en database.\n" * 200
    path.write_bytes(content)
    with pytest.raises(NotADatabaseError) as caught:
        open_database(path)
    assert "ikke en database" in str(caught.value)
    assert "ikke ændret" in str(caught.value)
    assert path.read_bytes() == content
    assert not (data_dir / (DB_FILENAME + "-wal")).exists()


def test_a_database_from_a_newer_version_is_refused_untouched(data_dir):
    path = data_dir / DB_FILENAME
    db = open_database(path)
    db["_sqlite_migrations"].insert(
        {"migration_set": MIGRATION_SET, "name": "m999_from_the_future", "applied_at": "2030"}
    )
    db.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="nyere version"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_data_folder_that_cannot_be_written(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(DataDirError, match="kan ikke gemme"):
        ensure_writable_dir(blocker / "data")


def test_reopening_applies_nothing_twice(data_dir):
    path = data_dir / DB_FILENAME
    open_database(path).close()
    db = connect(path)
    from progressionsdialog.storage.migrations import upgrade

    assert upgrade(db) == []
    db.close()
