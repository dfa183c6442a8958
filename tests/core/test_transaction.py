"""``transaction(db)``: all or nothing on a real SQLite file, and each kind of storage
fault told in plain Danish while a broken rule still surfaces as the bug it is."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from progressionsdialog.errors import StorageError
from progressionsdialog.storage.transaction import storage_message, transaction


@pytest.fixture
def path(tmp_path):
    file = tmp_path / "t.db"
    db = sqlite_utils.Database(file)
    db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)")
    db.execute("INSERT INTO notes (text) VALUES ('før')")
    db.conn.commit()
    db.close()
    return file


def texts(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT text FROM notes ORDER BY id")]


def test_a_transaction_that_completes_is_stored(path):
    db = sqlite_utils.Database(path)
    with transaction(db) as same:
        same.execute("INSERT INTO notes (text) VALUES ('a')")
        same.execute("INSERT INTO notes (text) VALUES ('b')")
    db.close()
    assert texts(path) == ["før", "a", "b"]


def test_a_broken_rule_rolls_back_everything_and_is_not_dressed_up(path):
    db = sqlite_utils.Database(path)
    with pytest.raises(sqlite3.IntegrityError), transaction(db):
        db.execute("INSERT INTO notes (text) VALUES ('ny')")
        db.execute("INSERT INTO notes (text) VALUES ('før')")  # UNIQUE
    db.close()
    assert texts(path) == ["før"]


def test_any_other_exception_rolls_back_and_passes_through(path):
    db = sqlite_utils.Database(path)
    with pytest.raises(KeyError), transaction(db):
        db.execute("INSERT INTO notes (text) VALUES ('halv')")
        raise KeyError("a bug in the middle")
    db.close()
    assert texts(path) == ["før"]


def test_a_read_only_file_is_said_in_danish(path):
    db = sqlite_utils.Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))
    with pytest.raises(StorageError, match="kan kun læses") as raised, transaction(db):
        db.execute("INSERT INTO notes (text) VALUES ('x')")
    db.close()
    assert isinstance(raised.value.__cause__, sqlite3.OperationalError)
    assert texts(path) == ["før"]


def test_a_database_another_program_holds_is_busy(path):
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        db = sqlite_utils.Database(sqlite3.connect(path, timeout=0))
        with pytest.raises(StorageError, match="optaget af et andet program"), transaction(db):
            db.execute("INSERT INTO notes (text) VALUES ('x')")
        db.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert texts(path) == ["før"]


def test_a_full_disk_loses_the_whole_change_and_says_so(path):
    db = sqlite_utils.Database(path)
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow: as a full disk
    with pytest.raises(StorageError, match="ikke mere plads på disken"), transaction(db):
        for n in range(200):
            db.execute("INSERT INTO notes (text) VALUES (?)", [f"{n:04d}" + "x" * 400])
    db.close()
    assert texts(path) == ["før"]


def test_an_unknown_fault_keeps_sqlites_own_words(path):
    db = sqlite_utils.Database(path)
    with pytest.raises(StorageError) as raised, transaction(db):
        db.execute("INSERT INTO missing (text) VALUES ('x')")
    db.close()
    assert str(raised.value) == "Ændringen kunne ikke gemmes (no such table: missing)."


@pytest.mark.parametrize(
    ("sqlite_says", "danish"),
    [
        ("database or disk is full", "ikke mere plads"),
        ("database is locked", "optaget"),
        ("database table is locked", "optaget"),
        ("busy", "optaget"),
        ("attempt to write a readonly database", "kan kun læses"),
        ("read-only file system", "kan kun læses"),
        ("disk I/O error", "Disken svarede ikke"),
    ],
)
def test_each_fault_has_its_sentence(sqlite_says, danish):
    message = storage_message(sqlite3.OperationalError(sqlite_says))
    assert danish in message
    assert "ikke gemt" in message  # and it says the change is not saved
