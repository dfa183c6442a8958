"""Checking a database file: SQLite's integrity check, and ``check_database`` for
``progressionsdialog check`` (read-only: no migration, no backup, nothing changed).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from progressionsdialog.errors import NotADatabaseError
from progressionsdialog.storage import migrations
from progressionsdialog.storage.errors_classify import database_errors

if TYPE_CHECKING:
    import sqlite_utils


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
        from progressionsdialog.storage.database import connect  # it imports this module

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
