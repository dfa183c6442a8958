"""Opening databases: the single place that calls ``sqlite3.connect``.

db = open_database(Path(tmp) / "progressionsdialog.db")
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from progressionsdialog.errors import NotADatabaseError, StorageError
from progressionsdialog.storage import migrations

DB_FILENAME = "progressionsdialog.db"
BUSY_TIMEOUT_MS = 5000


def connect(path: Path | str) -> sqlite_utils.Database:
    """Open one SQLite file with the pragmas every connection needs.

    Foreign keys on, WAL journal, a busy timeout, no extension loading. Encryption, when it
    comes, is added here and nowhere else. The file is read before anything is written, so a
    file that is not a database is refused untouched.
    """
    path = Path(path)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as error:
        raise StorageError(f"Databasen {path} kan ikke åbnes: {error}") from error
    try:
        if hasattr(conn, "enable_load_extension"):  # absent when Python was built without it
            conn.enable_load_extension(False)
        conn.execute("PRAGMA schema_version").fetchone()  # reads the header first
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as error:
        conn.close()
        if "not a database" in str(error) or "malformed" in str(error):
            raise NotADatabaseError(
                f"Filen {path} er ikke en database, som programmet kan læse. "
                "Filen er ikke ændret. Vælg en anden datamappe, eller hent en sikkerhedskopi."
            ) from error
        if "locked" in str(error) or "busy" in str(error):
            raise StorageError(
                f"Databasen {path} er låst af et andet program. Luk det, og prøv igen."
            ) from error
        raise StorageError(f"Databasen {path} kan ikke åbnes: {error}") from error
    return sqlite_utils.Database(conn, execute_plugins=False)


def connect_read_only(path: Path | str) -> sqlite3.Connection:
    """A read-only look at a file (to check a backup): it can never change the file."""
    return sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)


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
    except sqlite3.DatabaseError as error:
        db.close()
        raise NotADatabaseError(
            f"Databasen {path} er beskadiget og kan ikke læses ({error}). "
            "Filen er ikke ændret. Hent en sikkerhedskopi."
        ) from error
    return db


def integrity_check(db: sqlite_utils.Database) -> list[str]:
    """``PRAGMA integrity_check``: ``['ok']`` when the file is sound."""
    return [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
