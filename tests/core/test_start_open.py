"""The window's start opens its database as a plain connection (``open_connection``), so the
first paint needs no sqlite-utils: case by case, it opens, upgrades and refuses exactly as
``open_database`` does."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.errors import ProgressionsdialogError
from progressionsdialog.storage import DB_FILENAME, migrations, open_database, session_key
from progressionsdialog.storage.backup import BACKUP_DIR
from progressionsdialog.storage.citizens import add_citizen, list_register
from progressionsdialog.storage.database import (
    as_database,
    is_read_only,
    open_connection,
    read_only_reason,
)


@pytest.fixture
def filled(data_dir) -> Path:
    db = open_database(data_dir / DB_FILENAME)
    add_citizen(db, CitizenDraft(name="Amina Hassan"))
    db.close()
    return data_dir / DB_FILENAME


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def outcome(opener, path: Path):
    """What opening ``path`` gives: the error's kind and words, or the register's names."""
    try:
        db = opener(path)
    except ProgressionsdialogError as error:
        return type(error), str(error)
    try:
        return sorted(s.citizen.name for s in list_register(db)), is_read_only(db)
    except sqlite3.DatabaseError as error:  # damage met by the first reads (the window's)
        return type(error), str(error)
    finally:
        db.close()


def test_the_migrations_table_is_the_one_sqlite_utils_writes():
    from sqlite_utils.migrations import Migrations

    assert Migrations.migrations_table == migrations.MIGRATIONS_TABLE
    assert migrations.known_names() == [m.name for m in migrations.migrations._migrations]


def test_an_up_to_date_database_opens_without_sqlite_utils(filled):
    script = textwrap.dedent(
        f"""
        import sys
        from progressionsdialog.storage.citizens import list_register
        from progressionsdialog.storage.database import as_database, open_connection
        conn = open_connection({str(filled)!r})
        names = [s.citizen.name for s in list_register(conn)]
        print("sqlite_utils" in sys.modules, names)
        db = as_database(conn)  # later, on the same connection
        print("sqlite_utils" in sys.modules, "numpy" in sys.modules, db.conn is conn)
        db["citizens"].count
        db.close()
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["False ['Amina Hassan']", "True False True"]


def test_a_new_database_is_made_as_open_database_makes_it(tmp_path):
    conn = open_connection(tmp_path / "new.db")
    db = as_database(conn)
    assert migrations.pending_names(db) == []
    assert migrations.schema_version(db) == len(migrations.known_names())
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_a_database_of_an_older_version_is_backed_up_and_upgraded(filled, later_migration):
    conn = open_connection(filled)
    assert conn.execute("SELECT count(*) FROM notes").fetchone() == (0,)
    conn.close()
    version = len(migrations.known_names()) - 1
    assert (filled.parent / BACKUP_DIR / f"før-opdatering-v{version}.db").is_file()


def test_a_database_of_a_newer_version_is_refused_untouched(filled):
    plain = sqlite3.connect(filled)
    with plain:
        plain.execute(
            f"INSERT INTO {migrations.MIGRATIONS_TABLE} (migration_set, name, applied_at) "
            "VALUES (?, 'm999_from_the_future', '2030-01-01')",
            [migrations.MIGRATION_SET],
        )
    plain.close()
    before = digest(filled)
    expected = outcome(open_database, filled)
    assert expected[0].__name__ == "SchemaTooNewError"
    assert outcome(open_connection, filled) == expected
    assert digest(filled) == before


def test_a_missing_migration_record_takes_the_full_way(filled):
    """A record gone (an odd file): not "up to date"; the full way says what it says."""
    plain = sqlite3.connect(filled)
    with plain:
        plain.execute(
            f"DELETE FROM {migrations.MIGRATIONS_TABLE} WHERE name = 'm010_recommendations'"
        )
    plain.close()
    first = outcome(open_database, filled)
    plain = sqlite3.connect(filled)  # the same file again for the other opener
    with plain:
        plain.execute(
            f"DELETE FROM {migrations.MIGRATIONS_TABLE} WHERE name = 'm010_recommendations'"
        )
    plain.close()
    assert outcome(open_connection, filled) == first


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda p: p.write_bytes(b"this is not a database" * 200), id="not-sqlite"),
        pytest.param(lambda p: p.write_bytes(p.read_bytes()[:5000]), id="cut-short"),
        pytest.param(
            lambda p: p.write_bytes(
                p.read_bytes()[:4096] + os.urandom(8192) + p.read_bytes()[12288:]
            ),
            id="pages-overwritten",
        ),
    ],
)
def test_a_damaged_file_is_refused_in_the_same_words(filled, spoil):
    spoil(filled)
    before = digest(filled)
    expected = outcome(open_database, filled)
    assert outcome(open_connection, filled) == expected
    assert digest(filled) == before


@pytest.mark.parametrize("seed", range(8))
def test_pages_overwritten_at_random_give_the_same_outcome(filled, seed):
    import random

    chance = random.Random(seed)
    data = bytearray(filled.read_bytes())
    for _ in range(chance.randint(1, 3)):
        page = chance.randrange(1, len(data) // 4096)
        data[page * 4096 : page * 4096 + 4096] = chance.randbytes(4096)
    filled.write_bytes(bytes(data))
    before = digest(filled)
    assert outcome(open_connection, filled) == outcome(open_database, filled)
    assert digest(filled) == before


def test_an_encrypted_database_opens_with_its_password_and_not_without(filled):
    session_key.set_password("en lang og god kode")
    try:
        open_database(filled).close()  # encrypted in place
        assert outcome(open_connection, filled) == (["Amina Hassan"], False)
        session_key.set_password("forkert kode her")
        expected = outcome(open_database, filled)
        assert expected[0].__name__ == "WrongPasswordError"
        assert outcome(open_connection, filled) == expected
    finally:
        session_key.set_password(None)
    expected = outcome(open_database, filled)
    assert expected[0].__name__ == "NotADatabaseError"
    assert outcome(open_connection, filled) == expected


def test_a_file_that_cannot_be_written_is_opened_for_reading(filled, monkeypatch):
    from progressionsdialog.storage import database

    monkeypatch.setattr(database, "_why_read_only", lambda path: "filen er skrivebeskyttet")
    conn = open_connection(filled)
    assert is_read_only(conn)
    assert "skrivebeskyttet" in read_only_reason(conn)
    assert read_only_reason(conn) == read_only_reason(as_database(conn))
    assert [s.citizen.name for s in list_register(conn)] == ["Amina Hassan"]
    conn.close()
