"""An erasure reaches backups: a restore takes out again every citizen erased since."""

from __future__ import annotations

import json

import pytest

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.meeting import IndicatorScore
from progressionsdialog.storage import DB_FILENAME, open_database, session_key
from progressionsdialog.storage.audit import entries, verify_audit_log
from progressionsdialog.storage.backup import backup_to, restore
from progressionsdialog.storage.citizens import add_citizen, list_citizens
from progressionsdialog.storage.erasures import ERASURES_FILENAME, erasures_in
from progressionsdialog.storage.meetings import add_meeting, save_score
from progressionsdialog.storage.migrations import migrations
from progressionsdialog.storage.rights import erase_citizen

GONE = "Gunhild Glemmesen"
STAYS = "Bodil Bliversen"


@pytest.fixture(params=["plain", "encrypted"])
def folder(request, data_dir):
    if request.param == "encrypted":
        session_key.set_password("glemt er glemt")
    return data_dir


def make_two(path):
    db = open_database(path)
    gone = add_citizen(db, CitizenDraft(name=GONE, phone="11 22 33 44"))
    meeting = add_meeting(db, gone.id, clock.today())
    save_score(db, meeting, IndicatorScore("motivation", 3, 4, private_note="Glemmes-note"))
    stays = add_citizen(db, CitizenDraft(name=STAYS))
    return db, gone, stays


def names(path) -> list[str]:
    db = open_database(path)
    try:
        return sorted(c.name for c in list_citizens(db))
    finally:
        db.close()


def no_trace_in(folder, *needles: bytes) -> None:
    for suffix in ("", "-wal", "-journal"):
        path = folder / (DB_FILENAME + suffix)
        if path.exists():
            content = path.read_bytes()
            for needle in needles:
                assert needle not in content, (path.name, needle)


def test_a_restore_takes_an_erased_citizen_out_again(folder, tmp_path):
    db, gone, _ = make_two(folder / DB_FILENAME)
    yesterday = backup_to(db, tmp_path / "i-går.db")
    erase_citizen(db, gone.id, GONE)
    db.close()
    chosen = yesterday.read_bytes()
    result = restore(folder, yesterday)
    assert result.erased_again == 1
    assert "1 slettet borger er fjernet igen fra sikkerhedskopien" in result.message
    assert names(folder / DB_FILENAME) == [STAYS]
    no_trace_in(folder, GONE.encode(), b"Glemmesen", b"Glemmes-note", b"11 22 33 44")
    db = open_database(folder / DB_FILENAME)
    try:
        assert [e.citizen_ref for e in erasures_in(db)] == [gone.id]
        assert "erase" in [e.action for e in entries(db, gone.id)]
        assert verify_audit_log(db) == []
    finally:
        db.close()
    assert yesterday.read_bytes() == chosen  # the chosen backup file itself is not changed


def test_two_erasures_are_counted_in_the_message(data_dir, tmp_path):
    db, gone, stays = make_two(data_dir / DB_FILENAME)
    old = backup_to(db, tmp_path / "gammel.db")
    erase_citizen(db, gone.id, GONE)
    erase_citizen(db, stays.id, STAYS)
    db.close()
    result = restore(data_dir, old)
    assert result.erased_again == 2
    assert "2 slettede borgere er fjernet igen fra sikkerhedskopien" in result.message
    assert names(data_dir / DB_FILENAME) == []


def test_the_list_of_erasures_beside_the_database_holds_no_names(data_dir):
    db, gone, _ = make_two(data_dir / DB_FILENAME)
    erase_citizen(db, gone.id, GONE)
    db.close()
    text = (data_dir / ERASURES_FILENAME).read_text(encoding="utf-8")
    assert GONE not in text and "Glemmesen" not in text
    listed = json.loads(text)["erasures"]
    assert [item["citizen_ref"] for item in listed] == [gone.id]
    assert listed[0]["erased_at"][:10] == clock.today().isoformat()


def test_a_damaged_database_is_restored_without_bringing_the_erased_back(folder, tmp_path):
    """The live file cannot be read, so the list beside it is what remembers the erasure."""
    db, gone, _ = make_two(folder / DB_FILENAME)
    yesterday = backup_to(db, tmp_path / "i-går.db")
    erase_citizen(db, gone.id, GONE)
    db.close()
    (folder / DB_FILENAME).write_bytes(b"\0" * 8192)
    result = restore(folder, yesterday)
    assert result.erased_again == 1
    assert names(folder / DB_FILENAME) == [STAYS]


def test_a_backup_made_after_the_erasure_is_left_as_it_is(data_dir, tmp_path):
    """Ids are used again after the newest citizen is erased: the new one must stay."""
    db, _, stays = make_two(data_dir / DB_FILENAME)
    erase_citizen(db, stays.id, STAYS)
    newcomer = add_citizen(db, CitizenDraft(name="Ny Borger"))
    after = backup_to(db, tmp_path / "efter.db")
    db.close()
    result = restore(data_dir, after)
    assert result.erased_again == 0
    assert "fjernet igen" not in result.message
    assert names(data_dir / DB_FILENAME) == sorted([GONE, newcomer.name])


def test_the_erasure_list_survives_a_restore_of_an_even_older_backup(data_dir, tmp_path):
    db, gone, stays = make_two(data_dir / DB_FILENAME)
    oldest = backup_to(db, tmp_path / "ældst.db")
    erase_citizen(db, gone.id, GONE)
    db.close()
    restore(data_dir, oldest)
    db = open_database(data_dir / DB_FILENAME)
    erase_citizen(db, stays.id, STAYS)
    db.close()
    (data_dir / ERASURES_FILENAME).unlink()  # only the database remembers now
    result = restore(data_dir, oldest)
    assert result.erased_again == 2
    assert names(data_dir / DB_FILENAME) == []


def test_erasures_already_in_the_audit_log_are_listed_by_the_migration(data_dir, monkeypatch):
    path = data_dir / DB_FILENAME
    before = [m for m in migrations._migrations if m.name != "m003_erasures"]
    monkeypatch.setattr(migrations, "_migrations", before)
    db, gone, _ = make_two(path)
    db.execute("PRAGMA secure_delete = ON")
    with db.atomic():  # what erase_citizen did before the erasure list existed
        db.execute("DELETE FROM citizens WHERE id = ?", [gone.id])
        from progressionsdialog.storage import audit

        audit.record(db, "erase", citizen_id=gone.id, entity_id=gone.id)
    db.close()
    monkeypatch.undo()
    db = open_database(path)
    try:
        assert [e.citizen_ref for e in erasures_in(db)] == [gone.id]
    finally:
        db.close()
