"""Program settings kept in the database (so they follow the data, and are encrypted too)."""

from __future__ import annotations

import sqlite_utils

from progressionsdialog.storage.transaction import transaction

LOCK_AFTER_MINUTES = "lock_after_minutes"
DEFAULTS = {LOCK_AFTER_MINUTES: 5}


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
