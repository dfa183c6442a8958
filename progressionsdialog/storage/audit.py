"""The audit log: an append-only record of who did what to which citizen's data.

Entries name the citizen by id only (never by name), so they can stay after an erasure.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from progressionsdialog.storage.clock import now_iso, parse_timestamp


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    citizen_ref: int | None
    entity: str
    entity_id: int | None
    detail: str


def current_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return ""


def record(
    db: sqlite_utils.Database,
    action: str,
    *,
    citizen_id: int | None,
    entity: str = "citizen",
    entity_id: int | None = None,
    detail: str = "",
) -> None:
    """Append one entry. Call it inside the same transaction as the change it records."""
    db.execute(
        "INSERT INTO audit_log (at, actor, action, citizen_ref, entity, entity_id, detail) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [now_iso(), current_actor(), action, citizen_id, entity, entity_id, detail],
    )


def entries(db: sqlite_utils.Database, citizen_id: int | None = None) -> list[AuditEntry]:
    where, params = ("WHERE citizen_ref = ?", [citizen_id]) if citizen_id is not None else ("", [])
    rows = db.execute(
        "SELECT id, at, actor, action, citizen_ref, entity, entity_id, detail "
        f"FROM audit_log {where} ORDER BY id",
        params,
    ).fetchall()
    return [
        AuditEntry(r[0], parse_timestamp(r[1]), r[2], r[3], r[4], r[5], r[6], r[7]) for r in rows
    ]
