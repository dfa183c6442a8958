"""Program settings kept in the database (so they follow the data, and are encrypted too)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from progressionsdialog.storage.transaction import transaction

if TYPE_CHECKING:
    import sqlite_utils

LOCK_AFTER_MINUTES = "lock_after_minutes"
CASEWORKER_NAME = "caseworker_name"  # who "Hvem" is in the audit log (else the login name)
DEFAULTS = {LOCK_AFTER_MINUTES: 5}
NAME_MAX = 80


def get_int(db: sqlite_utils.Database, key: str) -> int:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    try:
        return int(row[0]) if row else DEFAULTS[key]
    except ValueError:
        return DEFAULTS[key]


def set_int(db: sqlite_utils.Database, key: str, value: int) -> None:
    with transaction(db):
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, str(int(value))],
        )


def get_text(db: sqlite_utils.Database, key: str) -> str:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else ""


def set_caseworker_name(db: sqlite_utils.Database, name: str) -> str:
    """The worker's own name for the audit log; empty means the computer's login name."""
    from progressionsdialog.domain.text import validate_text

    name = validate_text(name, "caseworker_name", "Navnet", max_length=NAME_MAX).strip()
    with transaction(db):
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [CASEWORKER_NAME, name],
        )
    return name
