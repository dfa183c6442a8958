"""Opening databases: the single place that calls ``sqlite3.connect`` (or SQLCipher's).

With a session password (``session_key``) the file is encrypted with SQLCipher 4; without,
it is plain SQLite. A plain file is encrypted in place the first time a password is set.

    db = open_database(data_dir / "progressionsdialog.db")
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlite_utils

from progressionsdialog.errors import NotADatabaseError, StorageError
from progressionsdialog.storage import migrations, session_key

DB_FILENAME = "progressionsdialog.db"
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"


class WrongPasswordError(StorageError):
    """The password does not open the database (or the file is damaged). Nothing changed."""


def _cipher():
    from sqlcipher3 import dbapi2

    return dbapi2


def database_errors() -> tuple[type[BaseException], ...]:
    """sqlite3's and SQLCipher's exception classes are different: catch both, here."""
    try:
        return (sqlite3.Error, _cipher().Error)
    except ImportError:
        return (sqlite3.Error,)


def integrity_errors() -> tuple[type[BaseException], ...]:
    try:
        return (sqlite3.IntegrityError, _cipher().IntegrityError)
    except ImportError:
        return (sqlite3.IntegrityError,)


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


def _raw_connect(path: Path, password: str | None):
    if password is None:
        return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    conn = _cipher().connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {_quote(password)}")
    return conn


def connect(path: Path | str, password: str | None = None) -> sqlite_utils.Database:
    """Open one database file with the pragmas every connection needs.

    Foreign keys on, WAL journal, a busy timeout, no extension loading, the key first when
    encrypted. The file is read before anything is written, so a file that is not a database,
    or a wrong password, is refused with the file untouched.
    """
    path = Path(path)
    password = password if password is not None else session_key.password()
    if password is not None and path.exists() and path.stat().st_size and is_plain(path):
        encrypt_in_place(path, password)
    errors = database_errors()
    try:
        conn = _raw_connect(path, password)
    except errors as error:
        raise StorageError(f"Databasen {path} kan ikke åbnes: {error}") from error
    try:
        if hasattr(conn, "enable_load_extension"):  # absent when Python was built without it
            conn.enable_load_extension(False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads page 1 first
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = NORMAL")
    except (*errors, UnicodeDecodeError) as error:  # a damaged schema can garble the message
        conn.close()
        text = "malformed" if isinstance(error, UnicodeDecodeError) else str(error)
        if "not a database" in text and password is not None:
            raise WrongPasswordError(
                "Adgangskoden passer ikke til databasen (eller filen er beskadiget). "
                "Filen er ikke ændret. Prøv igen."
            ) from error
        if "not a database" in text and not is_plain(path):
            raise NotADatabaseError(
                f"Filen {path} er ikke en database, som programmet kan læse uden adgangskode. "
                "Er den krypteret, så skriv adgangskoden (på kommandolinjen: sæt "
                f"{session_key.ENV_VAR}). Filen er ikke ændret."
            ) from error
        if "not a database" in text or "malformed" in text:
            raise NotADatabaseError(
                f"Filen {path} er ikke en database, som programmet kan læse. "
                "Filen er ikke ændret. Vælg en anden datamappe, eller hent en sikkerhedskopi."
            ) from error
        if "locked" in text or "busy" in text:
            raise StorageError(
                f"Databasen {path} er låst af et andet program. Luk det, og prøv igen."
            ) from error
        raise StorageError(f"Databasen {path} kan ikke åbnes: {error}") from error
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
    conn = _cipher().connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", [str(temp), password])
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
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
    """A read-only look at a file (to check a backup): it can never change the file."""
    uri = f"file:{Path(path).as_posix()}?mode=ro"
    password = session_key.password()
    if password is None or is_plain(Path(path)):
        return sqlite3.connect(uri, uri=True)
    conn = _cipher().connect(uri, uri=True)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {_quote(password)}")
    return conn


def open_database(path: Path | str) -> sqlite_utils.Database:
    """Connect and bring the schema up to date (refusing a newer schema).

    Before a migration changes an existing database, a backup is made beside it.
    """
    db = connect(path)
    try:
        if migrations.pending_names(db) and migrations.schema_version(db) > 0:
            from progressionsdialog.storage.backup import BACKUP_DIR, backup_to

            folder = Path(path).parent / BACKUP_DIR
            folder.mkdir(parents=True, exist_ok=True)
            backup_to(db, folder / f"før-opdatering-v{migrations.schema_version(db)}.db")
        migrations.upgrade(db)
    except StorageError:
        db.close()
        raise
    except (*database_errors(), UnicodeDecodeError) as error:
        db.close()
        raise NotADatabaseError(
            f"Databasen {path} er beskadiget og kan ikke læses ({error}). "
            "Filen er ikke ændret. Hent en sikkerhedskopi."
        ) from error
    return db


def integrity_check(db: sqlite_utils.Database) -> list[str]:
    """``PRAGMA integrity_check``: ``['ok']`` when the file is sound."""
    return [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
