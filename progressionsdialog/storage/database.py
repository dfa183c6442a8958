"""Opening databases: the single place that calls ``sqlite3.connect`` (or SQLCipher's).

With a session password (``session_key``) the file is encrypted with SQLCipher 4; without,
it is plain SQLite. A plain file is encrypted in place the first time a password is set.

    db = open_database(data_dir / "progressionsdialog.db")

A file the program may not write (a read-only file, folder or disk) is opened for reading
only: ``is_read_only(db)`` says so, ``read_only_reason(db)`` says why in Danish, and any
write raises ``ReadOnlyError``. Every SQLite, SQLCipher or file-system error is named in one
place, ``classify_error``: a full disk, a read-only place, a busy or a damaged database.
"""

from __future__ import annotations

import errno
import functools
import hashlib
import logging
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from progressionsdialog.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    NotADatabaseError,
    ReadOnlyError,
    StorageError,
)
from progressionsdialog.storage import migrations, session_key

log = logging.getLogger(__name__)

DB_FILENAME = "progressionsdialog.db"
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"
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


def _opening_error(error: BaseException, path: Path, password: str | None) -> StorageError:
    """Name an error met while a file is first read (its key and its first page)."""
    text = "malformed" if isinstance(error, UnicodeDecodeError) else str(error)
    if "not a database" in text and password is not None:
        return WrongPasswordError(
            "Adgangskoden passer ikke til databasen (eller filen er beskadiget). "
            "Filen er ikke ændret. Prøv igen."
        )
    if "not a database" in text and not is_plain(path):
        return NotADatabaseError(
            f"Filen {path} er ikke en database, som programmet kan læse uden adgangskode. "
            "Er den krypteret, så skriv adgangskoden (på kommandolinjen: sæt "
            f"{session_key.ENV_VAR}). Filen er ikke ændret."
        )
    if "not a database" in text:
        return NotADatabaseError(
            f"Filen {path} er ikke en database, som programmet kan læse. "
            "Filen er ikke ændret. Vælg en anden datamappe, eller hent en sikkerhedskopi: "
            "progressionsdialog restore FIL."
        )
    return classify_error(error, path)


# ---------------------------------------------------------------------------------------
# Read-only connections


class _ReadOnly:
    """Marks a connection opened for reading only; ``reason`` says why, in Danish.

    Until ``reason`` is set (while the file is first read), SQLite's errors pass unchanged.
    """

    reason: str | None = None

    def _refusal(self, error: BaseException) -> BaseException:
        if self.reason is None:
            return error
        name = (getattr(error, "sqlite_errorname", None) or "").upper()
        if name.startswith("SQLITE_READONLY") or "readonly database" in str(error).lower():
            return ReadOnlyError(_read_only_message(self.reason))
        return error


@functools.cache
def _read_only_connection_class(module):
    """A connection class of ``module`` (sqlite3 or SQLCipher) whose writes raise
    ``ReadOnlyError`` with the reason, instead of SQLite's English message."""

    class ReadOnlyCursor(module.Cursor):
        def execute(self, *args):
            try:
                return super().execute(*args)
            except module.Error as error:
                raise self.connection._refusal(error) from error

        def executemany(self, *args):
            try:
                return super().executemany(*args)
            except module.Error as error:
                raise self.connection._refusal(error) from error

        def executescript(self, *args):
            try:
                return super().executescript(*args)
            except module.Error as error:
                raise self.connection._refusal(error) from error

    class ReadOnlyConnection(_ReadOnly, module.Connection):
        created: tuple[Path, ...] = ()  # side files this connection made, removed at close

        def cursor(self, factory=ReadOnlyCursor):
            return super().cursor(factory)

        def close(self):
            super().close()
            for extra in self.created:
                with suppress(OSError):
                    extra.unlink()
            self.created = ()

        def execute(self, *args):
            try:
                return super().execute(*args)
            except module.Error as error:
                raise self._refusal(error) from error

        def executemany(self, *args):
            try:
                return super().executemany(*args)
            except module.Error as error:
                raise self._refusal(error) from error

        def executescript(self, *args):
            try:
                return super().executescript(*args)
            except module.Error as error:
                raise self._refusal(error) from error

    return ReadOnlyConnection


def is_read_only(db: sqlite_utils.Database) -> bool:
    """``True`` when ``db`` was opened for reading only (every write raises ``ReadOnlyError``)."""
    return isinstance(db.conn, _ReadOnly)


def read_only_reason(db: sqlite_utils.Database) -> str:
    """A Danish sentence for the window when ``db`` can only be read, else ``""``."""
    if not is_read_only(db):
        return ""
    reason = db.conn.reason or ""
    inside = f" ({reason})" if reason else ""
    return f"Databasen kan kun læses{inside}. Du kan se alt, men ændringer kan ikke gemmes."


# ---------------------------------------------------------------------------------------
# Opening


def is_plain(path: Path) -> bool:
    """A file that plain SQLite can read (its header is not encrypted); empty counts too."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except FileNotFoundError:
        return True
    return head == SQLITE_HEADER or head == b""


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# SQLCipher 4's defaults: the page key is PBKDF2-HMAC-SHA512 of the password and the file's
# 16-byte salt (its first bytes), 256,000 iterations, 32 bytes.
_KDF_ITERATIONS = 256_000
_SALT_BYTES = 16


@functools.lru_cache(maxsize=8)
def _derived_key(password: str, salt: bytes) -> str:
    """The raw key for one file, derived once per session (about 0.2 s each time otherwise).

    Held in memory only, like the password it comes from.
    """
    key = hashlib.pbkdf2_hmac("sha512", password.encode("utf-8"), salt, _KDF_ITERATIONS, 32)
    return f"\"x'{key.hex()}{salt.hex()}'\""


def _key_pragma(path: Path | None, password: str) -> str:
    """``PRAGMA key`` for ``path``: the cached raw key when the file already has its salt."""
    if path is not None:
        try:
            with open(path, "rb") as handle:
                salt = handle.read(_SALT_BYTES)
        except OSError:
            salt = b""
        if len(salt) == _SALT_BYTES and salt != SQLITE_HEADER:
            return f"PRAGMA key = {_derived_key(password, salt)}"
    return f"PRAGMA key = {_quote(password)}"  # a new file: SQLCipher picks its salt


def _raw_connect(
    target: str,
    password: str | None,
    *,
    uri: bool = False,
    read_only=False,
    path: Path | None = None,
):
    module = sqlite3 if password is None else _cipher()
    options: dict = {"timeout": BUSY_TIMEOUT_MS / 1000, "uri": uri}
    if read_only:
        options["factory"] = _read_only_connection_class(module)
    conn = module.connect(target, **options)
    if password is not None:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(path if path is not None else _plain_target(target), password))
    return conn


def _plain_target(target: str) -> Path | None:
    return None if target.startswith("file:") or target == ":memory:" else Path(target)


def _read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """``file:`` URI for SQLite (special characters in the path escaped)."""
    return Path(os.path.abspath(path)).as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")


def _first_read(conn) -> None:
    if hasattr(conn, "enable_load_extension"):  # absent when Python was built without it
        conn.enable_load_extension(False)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads page 1 first
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")


def _remove_created(path: Path) -> None:
    """Remove a database file this call created (and its journal files) after a failure."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(OSError):
            Path(str(path) + suffix).unlink(missing_ok=True)


def _unread_changes(path: Path) -> Path | None:
    """A journal holding changes that a read-only look without ``-shm`` would not see."""
    for suffix in ("-wal", "-journal"):
        journal = Path(str(path) + suffix)
        try:
            if journal.stat().st_size > 0:
                return journal
        except OSError:
            continue
    return None


def _connect_read_only(path: Path, password: str | None, reason: str) -> sqlite_utils.Database:
    """Open ``path`` for reading only; it can never change the file (or its folder).

    With no journal beside it, the file alone is the whole database: it is read as
    ``immutable``, which needs no ``-shm`` and leaves no file behind (a ``-shm`` left by a
    read-only look would stop the owner writing later). With changes still in its ``-wal``,
    SQLite needs the ``-shm``: in a folder that cannot get one, that is refused rather than
    showing the database without its newest changes.
    """
    if not path.exists():
        raise StorageError(f"Der er ingen database i {path.parent}.")
    if password is not None and is_plain(path):
        password = None  # a plain file is read as it is; encrypting it would be a write
    errors = (*_errors_opening(password), UnicodeDecodeError)
    journal = _unread_changes(path)
    shm = Path(f"{path}-shm")
    shm_existed = shm.exists()
    try:
        conn = _raw_connect(
            _read_only_uri(path, immutable=journal is None),
            password,
            uri=True,
            read_only=True,
            path=path,
        )
    except errors as error:
        raise _opening_error(error, path, password) from error
    try:
        _first_read(conn)
    except errors as error:
        conn.close()
        name = (getattr(error, "sqlite_errorname", None) or "").upper()
        if journal is not None and name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")):
            raise ReadOnlyError(
                f"Databasen kan kun læses ({reason}), og de seneste ændringer står i filen "
                f"{journal.name}, som kun kan læses, når programmet må skrive i mappen. "
                "Kopiér hele mappen til et sted, hvor du må skrive, og åbn den der. "
                "Intet er ændret."
            ) from error
        raise _opening_error(error, path, password) from error
    if not shm_existed and shm.exists():
        conn.created = (shm,)  # removed again when the connection closes
    conn.execute("PRAGMA query_only = ON")
    conn.reason = reason
    return sqlite_utils.Database(conn, execute_plugins=False)


def connect(
    path: Path | str, password: str | None = None, *, read_only: bool | None = None
) -> sqlite_utils.Database:
    """Open one database file with the pragmas every connection needs.

    Foreign keys on, WAL journal, a busy timeout, no extension loading, the key first when
    encrypted. The file is read before anything is written, so a file that is not a database,
    or a wrong password, is refused with the file untouched.

    ``read_only``: ``None`` opens a file the program may not write (file, folder or disk)
    for reading only; ``True`` always opens for reading only; ``False`` never does.
    """
    path = Path(path)
    password = password if password is not None else session_key.password()
    reason = _why_read_only(path) if read_only is not False else ""
    if read_only or (read_only is None and reason):
        if not path.exists() and read_only is None:
            raise ReadOnlyError(
                f"Databasen kan ikke laves i mappen {path.parent} ({reason}). "
                "Vælg en mappe, du må skrive i, med --data-dir. Intet er ændret."
            )
        return _connect_read_only(path, password, reason or "åbnet kun til læsning")
    existed = path.exists()
    if password is not None and existed and path.stat().st_size and is_plain(path):
        with storage_errors(path):
            encrypt_in_place(path, password)
    errors = (*_errors_opening(password), UnicodeDecodeError)
    try:
        conn = _raw_connect(str(path), password)
    except errors as error:
        raise classify_error(error, path) from error
    try:
        _first_read(conn)
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = NORMAL")
    except errors as error:
        conn.close()
        if not existed:
            _remove_created(path)
        refusal = _opening_error(error, path, password)
        if isinstance(refusal, ReadOnlyError) and existed and read_only is None:
            # The checks above could not see it (e.g. a network drive): read it instead.
            return _connect_read_only(path, password, _why_read_only(path) or "kan ikke skrives")
        raise refusal from error
    return sqlite_utils.Database(conn, execute_plugins=False)


def encrypt_in_place(path: Path, password: str) -> None:
    """Encrypt a plain database (SQLCipher's sqlcipher_export), then swap the files."""
    temp = path.with_name(path.name + ".encrypting")
    temp.unlink(missing_ok=True)
    plain = sqlite3.connect(str(path))
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        plain.close()
    try:
        conn = _cipher().connect(str(path))
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", [str(temp), password])
            conn.execute("SELECT sqlcipher_export('encrypted')")
            conn.execute("DETACH DATABASE encrypted")
        finally:
            conn.close()
    except BaseException:
        _remove_created(temp)  # half an encrypted copy helps nobody; the plain file stays
        raise
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(temp, path)


def change_password(db: sqlite_utils.Database, new_password: str) -> None:
    """Re-encrypt the open database with a new password (``PRAGMA rekey``)."""
    if not new_password:
        raise StorageError("Adgangskoden må ikke være tom.")
    db.execute(f"PRAGMA rekey = {_quote(new_password)}")
    session_key.set_password(new_password)


def connect_read_only(path: Path | str):
    """A read-only look at a file (to check a backup): it can never change the file.

    SQLite's own errors are raised as they are (the caller names them).
    """
    path = Path(path)
    password = session_key.password()
    if password is not None and is_plain(path):
        password = None
    # With no journal beside it, the file is the whole database: no -shm needed or made.
    immutable = _unread_changes(path) is None
    return _raw_connect(_read_only_uri(path, immutable=immutable), password, uri=True, path=path)


# ---------------------------------------------------------------------------------------
# The schema


def _refuse_an_old_schema_read_only(db: sqlite_utils.Database, path: Path) -> None:
    applied = [m.name for m in migrations.migrations.applied(db)]
    if any(name not in migrations.known_names() for name in applied):
        migrations.upgrade(db)  # raises SchemaTooNewError before it would write anything
    if not applied:
        raise ReadOnlyError(
            f"Databasen {path} er tom, og den kan kun læses ({db.conn.reason}), så "
            "programmet kan ikke gøre den klar. Intet er ændret."
        )
    if migrations.pending_names(db):
        raise ReadOnlyError(
            f"Databasen kan kun læses ({db.conn.reason}), og den er fra en ældre version af "
            "programmet, så den skal opdateres, før den kan åbnes. Åbn den, hvor programmet "
            "må skrive (så tages en sikkerhedskopi, og den opdateres). Intet er ændret."
        )


def _refuse_to_upgrade_a_damaged_file(db: sqlite_utils.Database, path: Path) -> None:
    """An upgrade writes into the file; on a damaged file it could spread the damage."""
    problems = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
    if problems != ["ok"]:
        raise _damaged(path, problems[0])


def _backup_before_upgrade(db: sqlite_utils.Database, path: Path, version: int) -> None:
    from progressionsdialog.storage.backup import BACKUP_DIR, backup_to

    folder = path.parent / BACKUP_DIR
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"før-opdatering-v{version}.db"
    try:
        backup_to(db, target)
    except StorageError as error:
        cause = error.__cause__
        if cause is not None:
            named = classify_error(cause, target)
            if isinstance(named, (DiskFullError, ReadOnlyError, DatabaseBusyError)):
                raise named from error
        raise


def _upgrade(db: sqlite_utils.Database) -> None:
    """All pending migrations in one transaction: a failure half-way leaves the file as it was."""
    if any(not m.transactional for m in migrations.migrations.pending(db)):
        migrations.upgrade(db)  # e.g. a VACUUM cannot run inside a transaction
        return
    with db.atomic():
        migrations.upgrade(db)


def _encrypt_plain_backups(path: Path) -> None:
    """With a password in force, no backup beside the database may stay plain SQLite (those
    made before the password was chosen hold names in the clear). Cheap when there are none."""
    password = session_key.password()
    if password is None:
        return
    if not (path.parent / _BACKUP_FOLDER).is_dir():
        return
    from progressionsdialog.storage.backup import encrypt_plain_backups

    try:
        encrypt_plain_backups(path.parent, password)
    except (StorageError, OSError, *database_errors()):  # tried again at the next start
        log.warning("Plain backups could not be encrypted yet", exc_info=True)


def open_database(path: Path | str, *, read_only: bool | None = None) -> sqlite_utils.Database:
    """Connect and bring the schema up to date (refusing a newer schema).

    Before a migration changes an existing database, a backup is made beside it. A file
    the program may not write is opened for reading only (see ``connect``); then nothing is
    migrated or backed up, and a schema older than the program is refused.
    """
    path = Path(path)
    existed = path.exists()
    db = connect(path, read_only=read_only)
    errors = (*database_errors(), OSError, UnicodeDecodeError)
    try:
        if is_read_only(db):
            _refuse_an_old_schema_read_only(db, path)
            return db
        version = migrations.schema_version(db)
        if migrations.pending_names(db):
            if version > 0:
                _refuse_to_upgrade_a_damaged_file(db, path)
                _backup_before_upgrade(db, path, version)
            _upgrade(db)
        else:
            migrations.upgrade(db)  # only the check for a newer schema
        _encrypt_plain_backups(path)
    except errors as error:
        db.close()
        if not existed:
            _remove_created(path)
        named = classify_error(error, path)
        if type(named) is StorageError:  # an unexpected SQLite error here: a damaged file
            named = _damaged(path, error)
        raise named from error
    except BaseException:
        db.close()
        if not existed:
            _remove_created(path)
        raise
    return db


def integrity_check(db: sqlite_utils.Database) -> list[str]:
    """``PRAGMA integrity_check``: ``['ok']`` when the file is sound, else the problems.

    A file so damaged that the check itself stops gives that as its one problem.
    """
    try:
        return [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    except (*database_errors(), UnicodeDecodeError) as error:
        detail = "malformed" if isinstance(error, UnicodeDecodeError) else error
        return [f"kontrollen stoppede: {detail}"]


@dataclass(frozen=True, slots=True)
class DatabaseCheck:
    """What ``progressionsdialog check`` prints: the problems (``['ok']``) and the version."""

    problems: list[str]
    schema_version: int | None

    @property
    def ok(self) -> bool:
        return self.problems == ["ok"]


def check_database(path: Path | str) -> DatabaseCheck:
    """Check a database file without changing it: read-only, no migration, no backup.

    A file that is damaged or not a database gives its problem instead of raising; a wrong
    password still raises ``WrongPasswordError``.
    """
    path = Path(path)
    try:
        db = connect(path, read_only=True)
    except NotADatabaseError as error:
        return DatabaseCheck([str(error)], None)
    try:
        problems = integrity_check(db)
        try:
            version: int | None = migrations.schema_version(db)
        except (*database_errors(), UnicodeDecodeError):
            version = None
    finally:
        db.close()
    return DatabaseCheck(problems, version)
