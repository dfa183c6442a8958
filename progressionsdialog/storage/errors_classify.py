"""What went wrong with a database, named: every SQLite, SQLCipher or file-system error
becomes one of the project's ``StorageError`` kinds with a message in the language in use
(a full disk, a read-only place, a busy or a damaged database), in one place,
``classify_error``.

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
from progressionsdialog.i18n import _

NEARLY_FULL_BYTES = 1_000_000  # less free than this, and an I/O error means a full disk
_BACKUP_FOLDER = "backups"  # storage.backup.BACKUP_DIR (that module imports this one)


class WrongPasswordError(StorageError):
    """The password does not open the database (or the file is damaged). Nothing changed."""


def disk_full_message() -> str:
    return _(
        "Disken er fuld. Frigør plads (slet store filer eller tøm papirkurven), og prøv igen. "
        "Intet er ændret."
    )


def restore_hint() -> str:
    """Where a damaged database's message turns to the command line (the window cuts it
    there: ui/recovery.py)."""
    return _("Hent en sikkerhedskopi")


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
    """Why the program may not write ``path`` (a phrase), or ``""`` if it may."""
    if path is None:
        return ""
    folder = path.parent
    if not folder.is_dir():
        return ""
    if _on_read_only_disk(path if path.exists() else folder):
        return _("disken er skrivebeskyttet")
    if not os.access(folder, os.W_OK):  # first: it blocks even a writable file (its -wal)
        return _("mappen {folder} er skrivebeskyttet").format(folder=folder)
    if path.exists() and not os.access(path, os.W_OK):
        return _("filen {name} er skrivebeskyttet").format(name=path.name)
    return ""


def _read_only_message(reason: str) -> str:
    if reason:
        return _("Databasen kan kun læses ({reason}). Ændringen er ikke gemt.").format(
            reason=reason
        )
    return _("Databasen kan kun læses. Ændringen er ikke gemt.")


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
    if path:
        what = _("Databasen {path} er beskadiget og kan ikke læses ({detail}).")
    else:
        what = _("Databasen er beskadiget og kan ikke læses ({detail}).")
    message = what.format(path=path, detail=detail) + " " + _("Filen er ikke ændret.")
    message += " " + restore_hint() + ": progressionsdialog restore FIL."
    if path:
        message += " " + _("De automatiske sikkerhedskopier ligger i {folder}.").format(
            folder=path.parent / _BACKUP_FOLDER
        )
    return DamagedDatabaseError(message)


def _os_reason(number: int) -> str | None:
    """The phrase for an OS error number, in the language in use (literal for the check
    that every core text has its English)."""
    return {
        errno.ENOENT: _("findes ikke"),
        errno.ENOTDIR: _("en del af stien er ikke en mappe"),
        errno.EISDIR: _("er en mappe"),
        errno.EIO: _("disken svarede ikke"),
        errno.ENAMETOOLONG: _("navnet er for langt"),
    }.get(number)


def _from_os_error(error: OSError, path: Path | None) -> StorageError:
    where = error.filename or path or _("filen")
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFullError(disk_full_message())
    if error.errno == errno.EROFS:
        return ReadOnlyError(
            _(
                "Programmet må ikke skrive i {where} (disken er skrivebeskyttet). Intet er ændret."
            ).format(where=where)
        )
    if error.errno in (errno.EACCES, errno.EPERM):  # reading or writing: the system says no
        return ReadOnlyError(
            _("Programmet har ikke adgang til {where}. Intet er ændret.").format(where=where)
        )
    reason = _os_reason(error.errno or 0) or error.strerror or str(error)
    return StorageError(_("{where} kan ikke bruges ({reason}).").format(where=where, reason=reason))


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
        return DiskFullError(disk_full_message())
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return ReadOnlyError(_read_only_message(_why_read_only(path)))
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text or "busy" in text:
        return DatabaseBusyError(
            _(
                "Databasen er optaget af et andet program. Vent lidt, eller luk det andet "
                "program, og prøv igen. Intet er ændret."
            )
        )
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        reason = _why_read_only(path)
        if reason:
            return ReadOnlyError(
                _(
                    "Databasen kan ikke åbnes, fordi programmet ikke må skrive der ({reason}). "
                    "Intet er ændret."
                ).format(reason=reason)
            )
        if _disk_nearly_full(path):
            return DiskFullError(disk_full_message())
        return StorageError(
            _("Databasen{where} kan ikke åbnes ({error}). Intet er ændret.").format(
                where=f" {path}" if path else "", error=error
            )
        )
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        if _disk_nearly_full(path):
            return DiskFullError(disk_full_message())
        if name in ("", "SQLITE_IOERR", "SQLITE_IOERR_READ", "SQLITE_IOERR_SHORT_READ"):
            return _damaged(path, error)
        return StorageError(
            _(
                "Disken svarede ikke, så intet er gemt. Tjek disken (eller USB-nøglen), og prøv "
                "igen."
            )
        )
    if (
        name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
        or "malformed" in text
        or "not a database" in text
    ):
        return _damaged(path, error)
    return StorageError(
        _("Databasen{where} kan ikke bruges ({error}).").format(
            where=f" {path}" if path else "", error=error
        )
    )


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
