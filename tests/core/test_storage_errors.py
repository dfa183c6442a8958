"""One place names what went wrong: a full disk, a read-only file, a busy or a damaged database.

Every SQLite or SQLCipher error and every OSError is mapped to one of the project's
``StorageError`` classes, with a Danish sentence that says what to do.
"""

from __future__ import annotations

import errno
import logging
import sqlite3

import pytest

from progressionsdialog.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    NotADatabaseError,
    ReadOnlyError,
    StorageError,
)
from progressionsdialog.logs import set_up_logging
from progressionsdialog.storage.database import classify_error, storage_errors

DISK_FULL = (
    "Disken er fuld. Frigør plads (slet store filer eller tøm papirkurven), og prøv igen. "
    "Intet er ændret."
)


def sqlite_error(cls, message: str, name: str) -> sqlite3.Error:
    error = cls(message)
    error.sqlite_errorname = name
    return error


def cipher_error(cls_name: str, message: str) -> Exception:
    from sqlcipher3 import dbapi2

    return getattr(dbapi2, cls_name)(message)


@pytest.mark.parametrize(
    "error",
    [
        OSError(errno.ENOSPC, "No space left on device"),
        sqlite_error(sqlite3.OperationalError, "database or disk is full", "SQLITE_FULL"),
        sqlite3.OperationalError("database or disk is full"),  # no code: the text decides
        cipher_error("OperationalError", "database or disk is full"),
    ],
)
def test_a_full_disk_is_called_a_full_disk(error):
    result = classify_error(error)
    assert isinstance(result, DiskFullError)
    assert str(result) == DISK_FULL


@pytest.mark.parametrize(
    "error",
    [
        OSError(errno.EROFS, "Read-only file system"),
        OSError(errno.EACCES, "Permission denied"),
        sqlite_error(
            sqlite3.OperationalError, "attempt to write a readonly database", "SQLITE_READONLY"
        ),
        cipher_error("OperationalError", "attempt to write a readonly database"),
    ],
)
def test_a_read_only_place_is_called_read_only(error, tmp_path):
    result = classify_error(error, tmp_path / "progressionsdialog.db")
    assert isinstance(result, ReadOnlyError)
    assert any(w in str(result) for w in ("kan kun læses", "må ikke skrive", "ikke adgang"))
    assert "readonly" not in str(result) and "Permission" not in str(result)


@pytest.mark.parametrize(
    "error",
    [
        sqlite_error(sqlite3.OperationalError, "database is locked", "SQLITE_BUSY"),
        cipher_error("OperationalError", "database table is locked"),
    ],
)
def test_a_busy_database_is_called_busy(error):
    result = classify_error(error)
    assert isinstance(result, DatabaseBusyError)
    assert "optaget" in str(result)


@pytest.mark.parametrize(
    "error",
    [
        sqlite_error(sqlite3.DatabaseError, "database disk image is malformed", "SQLITE_CORRUPT"),
        sqlite_error(sqlite3.DatabaseError, "file is not a database", "SQLITE_NOTADB"),
        sqlite_error(sqlite3.OperationalError, "disk I/O error", "SQLITE_IOERR_READ"),
        cipher_error("DatabaseError", "database disk image is malformed"),
        UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
    ],
)
def test_a_damaged_database_says_fetch_a_backup(error, tmp_path):
    result = classify_error(error, tmp_path / "progressionsdialog.db")
    assert isinstance(result, DamagedDatabaseError)
    assert isinstance(result, NotADatabaseError)  # the window offers the newest backup
    assert "beskadiget" in str(result)
    assert "progressionsdialog restore FIL" in str(result)
    assert "Filen er ikke ændret" in str(result)


def test_an_unknown_error_is_still_a_storage_error():
    result = classify_error(sqlite3.OperationalError("something new"))
    assert type(result) is StorageError
    assert "something new" in str(result)  # for support


def test_storage_errors_converts_what_is_raised_inside(tmp_path):
    with pytest.raises(DiskFullError) as caught, storage_errors():
        raise OSError(errno.ENOSPC, "No space left on device")
    assert isinstance(caught.value.__cause__, OSError)
    with pytest.raises(DamagedDatabaseError), storage_errors(tmp_path / "x.db"):
        raise sqlite3.DatabaseError("database disk image is malformed")


def test_storage_errors_can_leave_file_errors_to_the_caller():
    """The command line names errors of the files it reads and writes itself."""
    with pytest.raises(FileNotFoundError), storage_errors(os_errors=False):
        raise FileNotFoundError(2, "No such file or directory", "/x/plan.pdf")
    with pytest.raises(DiskFullError), storage_errors(os_errors=False):
        raise sqlite3.OperationalError("database or disk is full")


def test_a_file_that_may_not_be_read_is_not_called_read_only():
    result = classify_error(PermissionError(13, "Permission denied", "/x/scores.csv"))
    assert "har ikke adgang til /x/scores.csv" in str(result)
    assert "Permission" not in str(result)


def test_storage_errors_leaves_our_own_errors_and_bugs_alone():
    already = ReadOnlyError("Databasen kan kun læses (test). Ændringen er ikke gemt.")
    with pytest.raises(ReadOnlyError) as caught, storage_errors():
        raise already
    assert caught.value is already
    with pytest.raises(BrokenPipeError), storage_errors():  # the CLI treats this itself
        raise BrokenPipeError()
    with pytest.raises(sqlite3.IntegrityError), storage_errors():  # a bug: keep the traceback
        raise sqlite3.IntegrityError("CHECK constraint failed")
    with pytest.raises(sqlite3.ProgrammingError), storage_errors():
        raise sqlite3.ProgrammingError("Cannot operate on a closed database.")


@pytest.fixture
def our_log(tmp_path):
    root = logging.getLogger()
    level = root.level
    path = set_up_logging(tmp_path / "data")
    yield path
    for handler in [h for h in root.handlers if getattr(h, "_progressionsdialog", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def test_a_log_that_cannot_be_written_prints_nothing(our_log, capfd, monkeypatch):
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "_progressionsdialog", 0))

    def full(_text):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(handler.stream, "write", full)
    monkeypatch.setattr(logging, "raiseExceptions", True)  # as in every normal run
    logging.getLogger("test").error("Start failed: %s", "disk full")
    captured = capfd.readouterr()
    assert captured.err == ""
    assert captured.out == ""


def test_a_full_disk_when_the_data_folder_is_made_is_named(tmp_path, monkeypatch):
    import tempfile

    from progressionsdialog.paths import ensure_writable_dir

    def no_room(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", no_room)
    with pytest.raises(DiskFullError) as caught:
        ensure_writable_dir(tmp_path / "data")
    assert str(caught.value) == DISK_FULL
