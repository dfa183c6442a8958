"""Data-subject rights: access (everything about one citizen), erasure, and retention.

Erasure removes every row about the citizen; the audit log keeps only the numeric id
(it never held names), the freed pages are overwritten (``secure_delete``) and reclaimed.
The erasure is listed (``erasures.py``) so that a restored backup has it applied again.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import sqlite_utils

from progressionsdialog import clock
from progressionsdialog.errors import ValidationError
from progressionsdialog.storage import audit, erasures
from progressionsdialog.storage.citizens import get_citizen
from progressionsdialog.storage.clock import now_iso
from progressionsdialog.storage.erasures import Erasure
from progressionsdialog.storage.transaction import transaction

RETENTION_YEARS = 5

# Every table that holds a citizen's data, with how to find their rows.
_CITIZEN_TABLES = {
    "citizens": "id = :id",
    "meetings": "citizen_id = :id",
    "indicator_scores": "meeting_id IN (SELECT id FROM meetings WHERE citizen_id = :id)",
    "life_wheels": "meeting_id IN (SELECT id FROM meetings WHERE citizen_id = :id)",
    "life_areas": "wheel_id IN (SELECT w.id FROM life_wheels w JOIN meetings m "
    "ON m.id = w.meeting_id WHERE m.citizen_id = :id)",
    "hhh_answers": "citizen_id = :id",
    "goals": "citizen_id = :id",
    "sub_goals": "goal_id IN (SELECT id FROM goals WHERE citizen_id = :id)",
    "milestones": "goal_id IN (SELECT id FROM goals WHERE citizen_id = :id)",
    "steps": "citizen_id = :id",
    "step_reviews": "step_id IN (SELECT id FROM steps WHERE citizen_id = :id)",
    "efforts": "citizen_id = :id",
    "company_efforts": "effort_id IN (SELECT id FROM efforts WHERE citizen_id = :id)",
    "effort_hours": "effort_id IN (SELECT id FROM efforts WHERE citizen_id = :id)",
    "company_follow_ups": "effort_id IN (SELECT id FROM efforts WHERE citizen_id = :id)",
    "appointments": "citizen_id = :id",
    "plan_revisions": "citizen_id = :id",
    "recommendations": "citizen_id = :id",
    "contacts": "citizen_id = :id",
    "screenings": "citizen_id = :id",
    "screening_answers": "screening_id IN (SELECT id FROM screenings WHERE citizen_id = :id)",
    "project_members": "citizen_id = :id",
    "outcomes": "citizen_id = :id",
    "audit_log": "citizen_ref = :id",
}


def export_citizen(db: sqlite_utils.Database, citizen_id: int, out: Path) -> Path:
    """All data about one citizen as JSON (the access right), table by table."""
    get_citizen(db, citizen_id)
    data = {"format": "progressionsdialog-export", "version": 1, "citizen_id": citizen_id}
    for table, where in _CITIZEN_TABLES.items():
        cursor = db.execute(
            f"SELECT * FROM {table} WHERE {where} ORDER BY rowid", {"id": citizen_id}
        )
        columns = [c[0] for c in cursor.description]
        data[table] = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    out = Path(out)
    # Readable by the user only (mkstemp makes it 0600), and whole or not at all
    handle, temp = tempfile.mkstemp(prefix=".export-", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(json.dumps(data, ensure_ascii=False, indent=2))
        os.replace(temp, out)
    except OSError:
        Path(temp).unlink(missing_ok=True)
        raise
    with transaction(db):
        audit.record(db, "export", citizen_id=citizen_id, entity="citizen", entity_id=citizen_id)
    return out


def erase_citizen(db: sqlite_utils.Database, citizen_id: int, typed_name: str) -> None:
    """Erase a citizen for good. ``typed_name`` must match: a slip cannot erase anyone."""
    citizen = get_citizen(db, citizen_id)
    if typed_name.strip() != citizen.name:
        raise ValidationError("confirm", "Navnet passer ikke. Skriv borgerens navn præcis.")
    (created_at,) = db.execute(
        "SELECT created_at FROM citizens WHERE id = ?", [citizen_id]
    ).fetchone()
    erasure = Erasure(citizen_id, now_iso(), created_at)
    db.execute("PRAGMA secure_delete = ON")
    with transaction(db):
        _erase_rows(db, erasure)
        erasures.add(db, erasure)
    _reclaim(db)
    erasures.remember(db)  # beside the database too, for a restore when the file is damaged


def reapply_erasures(db: sqlite_utils.Database, wanted: Iterable[Erasure]) -> int:
    """Erase again (in a restored backup) every erasure in ``wanted`` that ``db`` does not
    list: those were made after it was saved. Returns how many citizens were removed.

    A citizen is removed only if its row is the one erased (same id and, when known, the same
    ``created_at``): a newer citizen who got the id later stays. Every erasure is listed in
    ``db`` afterwards, so the list survives the restore.
    """
    have = {e.key for e in erasures.erasures_in(db)}
    todo = [e for e in erasures.merged(wanted) if e.key not in have]
    if not todo:
        return 0
    removed = 0
    db.execute("PRAGMA secure_delete = ON")
    with transaction(db):
        for erasure in todo:
            removed += _erase_rows(db, erasure, detail="again after a restore")
            erasures.add(db, erasure)
    if removed:
        _reclaim(db)
    return removed


def _erase_rows(db: sqlite_utils.Database, erasure: Erasure, detail: str = "") -> int:
    cursor = db.execute(
        "DELETE FROM citizens WHERE id = :id AND (:created IS NULL OR created_at = :created)",
        {"id": erasure.citizen_ref, "created": erasure.created_at},
    )  # cascades to the rest
    if cursor.rowcount:
        audit.record(
            db,
            "erase",
            citizen_id=erasure.citizen_ref,
            entity="citizen",
            entity_id=erasure.citizen_ref,
            detail=detail,
        )
    return cursor.rowcount


def _reclaim(db: sqlite_utils.Database) -> None:
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("VACUUM")  # reclaim the space; secure_delete has overwritten the old pages


@dataclass(frozen=True, slots=True)
class Inactive:
    citizen_id: int
    name: str
    last_activity: date | None


def inactive_citizens(
    db: sqlite_utils.Database, years: int = RETENTION_YEARS, today: date | None = None
) -> list[Inactive]:
    """Citizens with no meeting and no change for ``years``: candidates for erasure."""
    today = today or clock.today()
    cutoff = (today - timedelta(days=365 * years)).isoformat()
    rows = db.execute(
        "SELECT c.id, c.name, max(coalesce(m.last, ''), substr(c.updated_at, 1, 10)) AS last "
        "FROM citizens c LEFT JOIN (SELECT citizen_id, max(held_on) AS last FROM meetings "
        "GROUP BY citizen_id) m ON m.citizen_id = c.id "
        "WHERE max(coalesce(m.last, ''), substr(c.updated_at, 1, 10)) < ? ORDER BY last",
        [cutoff],
    ).fetchall()
    return [Inactive(r[0], r[1], date.fromisoformat(r[2]) if r[2] else None) for r in rows]
