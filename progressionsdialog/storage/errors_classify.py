"""What went wrong with a database, named: every SQLite, SQLCipher or file-system error
becomes one of the project's ``StorageError`` kinds with a Danish message (a full disk, a
read-only place, a busy or a damaged database), in one place, ``classify_error``.

    with storage_errors(path):
        rows = list_citizens(db)
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from progressionsdialog.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    ReadOnlyError,
    StorageError,
)

DISK_FULL_MESSAGE = (
    "Disken er fuld. Frigør plads (slet store filer eller tøm papirkurven), og prøv igen. "
    "Intet er ændret."
)
NEARLY_FULL_BYTES = 1_000_000  # less free than this, and an I/O error means a full disk
_BACKUP_FOLDER = "backups"  # storage.backup.BACKUP_DIR (that module imports this one)


class WrongPasswordError(StorageError):
    """The password does not open the database (or the file is damaged). Nothing changed."""


def _cipher():
    from sqlcipher3 import dbapi2

    return dbapi2


def _cipher_if_loaded():
    """SQLCipher's module if something has imported it, else ``None``: no SQLCipher error
    can exist before then, and a plain database's start need not import it (~4 ms)."""
    return sys.modules.get("sqlcipher3.dbapi2")


def database_errors() -> tuple[type[BaseException], ...]:
    """sqlite3's and SQLCipher's exception classes are different: catch both, here.

    Evaluated where an exception is matched (``except (*database_errors(), ...)``), so a
    SQLCipher error raised in the ``try`` finds its module loaded."""
    cipher = _cipher_if_loaded()
    return (sqlite3.Error,) if cipher is None else (sqlite3.Error, cipher.Error)


def _errors_opening(password: str | None) -> tuple[type[BaseException], ...]:
    """``database_errors()`` for a connection about to be opened (with a password, through
    SQLCipher: loaded first, so that its errors are among them)."""
    if password is not None:
        _cipher()
    return database_errors()


def integrity_errors() -> tuple[type[BaseException], ...]:
    cipher = _cipher_if_loaded()
    if cipher is None:
        return (sqlite3.IntegrityError,)
    return (sqlite3.IntegrityError, cipher.IntegrityError)


def _bug_errors() -> tuple[type[BaseException], ...]:
    """Errors that mean a mistake in the program, not in the file or the disk."""
    cipher = _cipher_if_loaded()
    extra: tuple[type[BaseException], ...] = ()
    if cipher is not None:
        extra = (cipher.IntegrityError, cipher.ProgrammingError, cipher.InterfaceError)
    return (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError, *extra)


# ---------------------------------------------------------------------------------------
# Naming what went wrong


def _on_read_only_disk(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # no statvfs on Windows
        return False


def _why_read_only(path: Path | None) -> str:
    """Why the program may not write ``path`` (a Danish phrase), or ``""`` if it may."""
    if path is None:
        return ""
    folder = path.parent
    if not folder.is_dir():
        return ""
    if _on_read_only_disk(path if path.exists() else folder):
        return "disken er skrivebeskyttet"
    if not os.access(folder, os.W_OK):  # first: it blocks even a writable file (its -wal)
        return f"mappen {folder} er skrivebeskyttet"
    if path.exists() and not os.access(path, os.W_OK):
        return f"filen {path.name} er skrivebeskyttet"
    return ""


def _read_only_message(reason: str) -> str:
    inside = f" ({reason})" if reason else ""
    return f"Databasen kan kun læses{inside}. Ændringen er ikke gemt."


def _disk_nearly_full(path: Path | None) -> bool:
    if path is None:
        return False
    place = path
    while not place.exists() and place != place.parent:
        place = place.parent
    try:
        return shutil.disk_usage(place).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _damaged(path: Path | None, detail: object) -> DamagedDatabaseError:
    where = f"Databasen {path}" if path else "Databasen"
    backups = (
        f" De automatiske sikkerhedskopier ligger i {path.parent / _BACKUP_FOLDER}." if path else ""
    )
    return DamagedDatabaseError(
        f"{where} er beskadiget og kan ikke læses ({detail}). Filen er ikke ændret. "
        f"Hent en sikkerhedskopi: progressionsdialog restore FIL.{backups}"
    )


_OS_REASONS = {
    errno.ENOENT: "findes ikke",
    errno.ENOTDIR: "en del af stien er ikke en mappe",
    errno.EISDIR: "er en mappe",
    errno.EIO: "disken svarede ikke",
    errno.ENAMETOOLONG: "navnet er for langt",
}


def _from_os_error(error: OSError, path: Path | None) -> StorageError:
    where = error.filename or path or "filen"
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFullError(DISK_FULL_MESSAGE)
    if error.errno == errno.EROFS:
        return ReadOnlyError(
            f"Programmet må ikke skrive i {where} (disken er skrivebeskyttet). Intet er ændret."
        )
    if error.errno in (errno.EACCES, errno.EPERM):  # reading or writing: the system says no
        return ReadOnlyError(f"Programmet har ikke adgang til {where}. Intet er ændret.")
    reason = _OS_REASONS.get(error.errno or 0, error.strerror or str(error))
    return StorageError(f"{where} kan ikke bruges ({reason}).")


def classify_error(error: BaseException, path: Path | str | None = None) -> StorageError:
    """The project's ``StorageError`` for an SQLite/SQLCipher error or an ``OSError``.

    ``path`` is the database file (it makes the message say where, and why a place is
    read-only). Raise the result ``from error`` so the original stays in the log.

    >>> type(classify_error(OSError(28, "No space left on device"))).__name__
    'DiskFullError'
    >>> type(classify_error(sqlite3.DatabaseError("database disk image is malformed"))).__name__
    'DamagedDatabaseError'
    """
    path = Path(path) if path is not None else None
    if isinstance(error, StorageError):
        return error
    if isinstance(error, UnicodeDecodeError):  # a damaged schema can garble SQLite's text
        return _damaged(path, "malformed")
    if isinstance(error, OSError):
        return _from_os_error(error, path)
    name = (getattr(error, "sqlite_errorname", None) or "").upper()
    text = str(error).lower()
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return DiskFullError(DISK_FULL_MESSAGE)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return ReadOnlyError(_read_only_message(_why_read_only(path)))
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text or "busy" in text:
        return DatabaseBusyError(
            "Databasen er optaget af et andet program. Vent lidt, eller luk det andet "
            "program, og prøv igen. Intet er ændret."
        )
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        reason = _why_read_only(path)
        if reason:
            return ReadOnlyError(
                f"Databasen kan ikke åbnes, fordi programmet ikke må skrive der ({reason}). "
                "Intet er ændret."
            )
        if _disk_nearly_full(path):
            return DiskFullError(DISK_FULL_MESSAGE)
        where = f" {path}" if path else ""
        return StorageError(f"Databasen{where} kan ikke åbnes ({error}). Intet er ændret.")
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        if _disk_nearly_full(path):
            return DiskFullError(DISK_FULL_MESSAGE)
        if name in ("", "SQLITE_IOERR", "SQLITE_IOERR_READ", "SQLITE_IOERR_SHORT_READ"):
            return _damaged(path, error)
        return StorageError(
            "Disken svarede ikke, så intet er gemt. Tjek disken (eller USB-nøglen), og prøv igen."
        )
    if (
        name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
        or "malformed" in text
        or "not a database" in text
    ):
        return _damaged(path, error)
    where = f" {path}" if path else ""
    return StorageError(f"Databasen{where} kan ikke bruges ({error}).")


@contextmanager
def storage_errors(path: Path | str | None = None, *, os_errors: bool = True) -> Iterator[None]:
    """Turn any SQLite/SQLCipher error or OSError raised inside into a named ``StorageError``.

    Our own errors pass unchanged; so do broken pipes (the command line's business) and
    errors that mean a bug (a broken constraint, a closed connection). With
    ``os_errors=False`` an ``OSError`` passes too, for a caller that names file errors itself.

        with storage_errors(path):
            db = open_database(path)
            rows = list_citizens(db)
    """
    try:
        yield
    except StorageError:
        raise
    except BrokenPipeError:
        raise
    except _bug_errors():
        raise
    except (*database_errors(), OSError, UnicodeDecodeError) as error:
        if isinstance(error, OSError) and not os_errors:
            raise
        raise classify_error(error, path) from error
