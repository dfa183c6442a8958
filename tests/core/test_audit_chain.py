"""The audit log is tamper-evident: a hash chain, guard triggers and a head mark, all checked."""

from __future__ import annotations

import sqlite3

import pytest

from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.storage import DB_FILENAME, connect, open_database, session_key
from progressionsdialog.storage.audit import entries, verify_audit_log
from progressionsdialog.storage.citizens import add_citizen, update_citizen
from progressionsdialog.storage.database import integrity_errors
from progressionsdialog.storage.migrations import migrations
from progressionsdialog.storage.rights import erase_citizen


@pytest.fixture(params=["plain", "encrypted"])
def logged(request, data_dir):
    """A database with five audit entries (ids 1-5), plain and encrypted."""
    if request.param == "encrypted":
        session_key.set_password("revision")
    db = open_database(data_dir / DB_FILENAME)
    citizen = add_citizen(db, CitizenDraft(name="Kæde Kædesen"))
    for number in range(2, 6):
        update_citizen(db, citizen.id, CitizenDraft(name=f"Kæde {number}"))
    assert [e.id for e in entries(db)] == [1, 2, 3, 4, 5]
    yield db
    db.close()


def test_an_untouched_log_verifies(logged):
    assert verify_audit_log(logged) == []


def test_insert_or_replace_cannot_rewrite_a_row(logged):
    for verb in ("INSERT OR REPLACE", "REPLACE"):
        with pytest.raises(integrity_errors(), match="append-only"):
            logged.execute(
                f"{verb} INTO audit_log (id, at, actor, action) VALUES (2, 'x', 'x', 'view')"
            )
    with pytest.raises(integrity_errors(), match="append-only"):
        logged.execute(
            "INSERT INTO audit_log (id, at, actor, action) VALUES (2, 'x', 'x', 'view') "
            "ON CONFLICT (id) DO UPDATE SET actor = 'x'"
        )
    assert entries(logged)[1].actor != "x"
    assert verify_audit_log(logged) == []


def test_an_update_after_dropping_the_trigger_is_found(logged):
    logged.execute("DROP TRIGGER audit_log_no_update")
    logged.execute("UPDATE audit_log SET actor = 'nogen anden' WHERE id = 3")
    problems = verify_audit_log(logged)
    assert "Revisionsloggen er ændret ved række 3." in problems
    assert any("(trigger audit_log_no_update)" in p for p in problems)


def test_a_trigger_put_back_does_not_hide_the_change(logged):
    sql = logged.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'"
    ).fetchone()[0]
    logged.execute("DROP TRIGGER audit_log_no_update")
    logged.execute("UPDATE audit_log SET detail = 'andet' WHERE id = 4")
    logged.execute(sql)
    assert verify_audit_log(logged) == ["Revisionsloggen er ændret ved række 4."]


def test_a_trigger_replaced_by_a_harmless_one_is_found(logged):
    logged.execute("DROP TRIGGER audit_log_no_delete")
    logged.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT 1; END"
    )
    assert verify_audit_log(logged) == [
        "Beskyttelsen af revisionsloggen er ændret (trigger audit_log_no_delete)."
    ]


def test_deleting_a_middle_row_is_found(logged):
    logged.execute("DROP TRIGGER audit_log_no_delete")
    logged.execute("DELETE FROM audit_log WHERE id = 3")
    problems = verify_audit_log(logged)
    assert any(p.startswith("Revisionsloggen er ændret ved række 4") for p in problems)
    assert "Beskyttelsen af revisionsloggen mangler (trigger audit_log_no_delete)." in problems


def test_deleting_the_first_rows_is_found(logged):
    logged.execute("DROP TRIGGER audit_log_no_delete")
    logged.execute("DELETE FROM audit_log WHERE id <= 2")
    assert any(
        p.startswith("Revisionsloggen er ændret ved række 3") for p in verify_audit_log(logged)
    )


def test_deleting_the_last_rows_is_found(logged):
    logged.execute("DROP TRIGGER audit_log_no_delete")
    logged.execute("DELETE FROM audit_log WHERE id >= 4")
    logged.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    )
    assert verify_audit_log(logged) == [
        "Revisionsloggen er afkortet: rækkerne efter række 3 mangler."
    ]


def test_a_row_added_by_hand_without_a_hash_is_found(logged):
    logged.execute("INSERT INTO audit_log (at, actor, action) VALUES ('2020', 'x', 'view')")
    assert "Revisionsloggen er ændret ved række 6." in verify_audit_log(logged)


def test_the_log_goes_on_verifying_after_an_erasure_and_keeps_the_id(logged):
    citizen_id = entries(logged)[0].citizen_ref
    name = logged.execute("SELECT name FROM citizens WHERE id = ?", [citizen_id]).fetchone()[0]
    erase_citizen(logged, citizen_id, name)
    assert entries(logged, citizen_id)[-1].action == "erase"
    add_citizen(logged, CitizenDraft(name="Næste"))
    assert verify_audit_log(logged) == []


def test_an_old_log_is_chained_by_the_migration(data_dir, monkeypatch):
    """A database made before the chain existed gets its rows hashed, in id order."""
    path = data_dir / DB_FILENAME
    first_only = [m for m in migrations._migrations if m.name == "m001_create_schema"]
    monkeypatch.setattr(migrations, "_migrations", first_only)
    db = open_database(path)
    for number in (1, 2):  # as the first version's audit.record wrote them
        db.execute(
            "INSERT INTO audit_log (at, actor, action, citizen_ref, entity, entity_id, detail) "
            f"VALUES ('2026-01-0{number}', 'mette', 'view', 7, 'citizen', 7, '')"
        )
    db.conn.commit()
    db.close()
    monkeypatch.undo()
    db = open_database(path)
    try:
        assert verify_audit_log(db) == []
        hashes = db.execute("SELECT prev_hash, hash FROM audit_log ORDER BY id").fetchall()
        assert hashes[0][0] == "" and hashes[1][0] == hashes[0][1] and len(hashes[0][1]) == 64
        add_citizen(db, CitizenDraft(name="Ny"))
        assert verify_audit_log(db) == []
    finally:
        db.close()


def test_a_plain_sqlite_tool_can_still_read_the_log_but_not_rewrite_it(data_dir):
    db = open_database(data_dir / DB_FILENAME)
    add_citizen(db, CitizenDraft(name="Værktøj"))
    db.close()
    other = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            other.execute(
                "INSERT OR REPLACE INTO audit_log (id, at, action) VALUES (1, 'x', 'view')"
            )
    finally:
        other.close()
    db = connect(data_dir / DB_FILENAME)
    assert verify_audit_log(db) == []
    db.close()
