"""Damaged files: a clear message, never a crash, and never a silent change to the file."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3

import pytest

from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.errors import DamagedDatabaseError, NotADatabaseError, StorageError
from progressionsdialog.storage import DB_FILENAME, open_database
from progressionsdialog.storage.citizens import add_citizen, list_citizens
from progressionsdialog.storage.database import check_database, integrity_check, storage_errors


@pytest.fixture
def filled(data_dir):
    db = open_database(data_dir / DB_FILENAME)
    with db.atomic():
        for i in range(400):
            add_citizen(db, CitizenDraft(name=f"Borger {i}", phone="20 30 40 50"))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return data_dir / DB_FILENAME


def test_a_file_cut_in_the_middle(filled):
    data = filled.read_bytes()
    filled.write_bytes(data[: len(data) // 2])
    try:
        db = open_database(filled)
    except StorageError as error:
        assert "beskadiget" in str(error) or "ikke en database" in str(error)
        return
    problems = integrity_check(db)
    assert problems != ["ok"]  # the check says so; the program can offer a backup


def test_random_bytes_overwritten(filled):
    data = bytearray(filled.read_bytes())
    rng = random.Random(3)
    for _ in range(200):
        data[rng.randrange(4096, len(data))] = rng.randrange(256)
    filled.write_bytes(bytes(data))
    try:
        db = open_database(filled)
        result = integrity_check(db)
        list_citizens(db)
    except StorageError as error:
        assert str(error)
        return
    except Exception as error:
        pytest.fail(f"raw error escaped: {error!r}")
    assert result  # either ok or a list of problems, never a crash


def test_a_corrupt_wal_loses_at_most_what_was_not_checkpointed(filled, tmp_path):
    db = open_database(filled)
    db.execute("PRAGMA wal_autocheckpoint = 0")
    add_citizen(db, CitizenDraft(name="Sidst skrevet"))
    wal = filled.with_name(DB_FILENAME + "-wal")
    # What a crash leaves: the file and its WAL as they are while the program has them open.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    shutil.copyfile(filled, crashed / DB_FILENAME)
    garbled = bytearray(wal.read_bytes())
    db.close()
    assert len(garbled) > 4096  # the last save is in the WAL, not yet in the file
    garbled[60:100] = b"\xff" * 40  # the first frame's header and checksum
    (crashed / (DB_FILENAME + "-wal")).write_bytes(bytes(garbled))
    db = open_database(crashed / DB_FILENAME)
    try:
        assert integrity_check(db) == ["ok"]
        names = [c.name for c in list_citizens(db)]
    finally:
        db.close()
    assert len([n for n in names if n.startswith("Borger ")]) == 400  # nothing older is lost
    assert "Sidst skrevet" not in names  # the garbled frame is not trusted


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _damage(path, offsets, seed=0) -> None:
    """Random bytes over whole pages, and no -wal or -shm: a damaged copy of the file."""
    rng = random.Random(seed)
    with open(path, "r+b") as handle:
        for offset in offsets:
            handle.seek(offset)
            handle.write(rng.randbytes(4096))
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _root_page(path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", [table]
        ).fetchone()[0]
    finally:
        conn.close()


def _list_like_the_command_line(path) -> list:
    """What ``progressionsdialog list`` does, inside ``storage_errors`` as the CLI wraps it."""
    db = None
    try:
        with storage_errors(path):
            db = open_database(path)
            return list_citizens(db)
    finally:
        if db is not None:
            db.close()


def test_a_damaged_table_found_after_opening_is_named(filled):
    """The file opens (its schema is whole), but the citizens' pages are not."""
    _damage(filled, [(_root_page(filled, "citizens") - 1) * 4096])
    before = digest(filled)
    with pytest.raises(DamagedDatabaseError) as caught:
        _list_like_the_command_line(filled)
    message = str(caught.value)
    assert message.startswith(f"Databasen {filled} er beskadiget")
    assert "Hent en sikkerhedskopi: progressionsdialog restore FIL" in message
    assert "Filen er ikke ændret" in message
    assert isinstance(caught.value, NotADatabaseError)  # the window offers the newest backup
    assert digest(filled) == before


@pytest.mark.parametrize("seed", range(4))
def test_a_damaged_copy_of_the_demo_is_named_not_a_traceback(demo_db, data_dir, seed):
    """The report's steps: 4096 random bytes at 8192 and in the middle, no -wal or -shm."""
    path = data_dir / DB_FILENAME
    demo_db.close()
    size = path.stat().st_size
    _damage(path, [8192, size // 2 // 4096 * 4096], seed)
    before = digest(path)
    try:
        _list_like_the_command_line(path)
    except StorageError as error:
        assert "beskadiget" in str(error) or "ikke en database" in str(error)
    result = check_database(path)
    assert not result.ok
    assert result.problems and all(result.problems)
    assert digest(path) == before


def test_check_lists_the_problems_of_a_damaged_file(filled):
    """Damage that makes SQLite's own check stop is a problem to print, not a traceback."""
    size = filled.stat().st_size
    for offset in (4096, (_root_page(filled, "citizens") - 1) * 4096, size // 2):
        _damage(filled, [offset], seed=offset)
    before = digest(filled)
    result = check_database(filled)
    assert not result.ok
    assert result.problems != ["ok"]
    assert digest(filled) == before


def test_check_of_a_sound_file_says_ok_and_the_version(filled):
    before = digest(filled)
    result = check_database(filled)
    assert result.ok and result.problems == ["ok"]
    assert result.schema_version and result.schema_version >= 1
    assert digest(filled) == before


def test_check_of_a_file_that_is_not_a_database(data_dir):
    path = data_dir / DB_FILENAME
    path.write_bytes(os.urandom(8192))
    result = check_database(path)
    assert not result.ok
    assert "ikke en database" in result.problems[0]
    assert result.schema_version is None


def test_a_damaged_file_is_not_upgraded(filled, later_migration):
    """An upgrade writes into the file: on a damaged one it could spread the damage."""

    _damage(filled, [(_root_page(filled, "citizens") - 1) * 4096])
    before = digest(filled)
    with pytest.raises(DamagedDatabaseError):
        open_database(filled)
    assert digest(filled) == before
