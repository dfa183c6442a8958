"""Caseworkers (sagsbehandlere): the people responsible for citizens."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from progressionsdialog.domain.text import validate_name
from progressionsdialog.storage.clock import now_iso
from progressionsdialog.storage.transaction import transaction


@dataclass(frozen=True, slots=True)
class Caseworker:
    id: int
    name: str
    phone: str = ""
    email: str = ""


def list_caseworkers(db: sqlite_utils.Database) -> list[Caseworker]:
    rows = db.execute("SELECT id, name, phone, email FROM caseworkers ORDER BY name").fetchall()
    return [Caseworker(*row) for row in rows]


def ensure_caseworker(db: sqlite_utils.Database, name: str, phone: str = "") -> Caseworker:
    """Return the caseworker with this name, creating them if new."""
    name = validate_name(name, field="caseworker", label="Sagsbehandlerens navn")
    row = db.execute("SELECT id, name, phone, email FROM caseworkers WHERE name = ?", [name])
    found = row.fetchone()
    if found:
        return Caseworker(*found)
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO caseworkers (name, phone, created_at) VALUES (?, ?, ?)",
            [name, phone, now_iso()],
        )
    return Caseworker(cursor.lastrowid, name, phone)
