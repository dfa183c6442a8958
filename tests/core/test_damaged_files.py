"""Damaged files: a clear message, never a crash, and never a silent change to the file."""

from __future__ import annotations

import random

import pytest

from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.errors import StorageError
from progressionsdialog.storage import DB_FILENAME, open_database
from progressionsdialog.storage.citizens import add_citizen, list_citizens
from progressionsdialog.storage.database import integrity_check


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


def test_a_corrupt_wal_loses_at_most_what_was_not_checkpointed(filled):
    db = open_database(filled)
    add_citizen(db, CitizenDraft(name="Sidst skrevet"))
    wal = filled.with_name(DB_FILENAME + "-wal")
    # Keep the WAL as a crash would leave it: copy it, close, put the garbled copy back.
    garbled = bytearray(wal.read_bytes())
    db.close()
    if len(garbled) > 100:
        garbled[60:100] = b"\xff" * 40
        wal.write_bytes(bytes(garbled))
    db = open_database(filled)
    assert integrity_check(db) == ["ok"]
    assert len(list_citizens(db)) >= 400
