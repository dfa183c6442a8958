"""Undo and redo of a change to an effort together with its company record.

The plan's undo (``plan_changes``) keeps the rows of the plan's tables; deleting an effort
also removes its company record, hours and company follow-ups (ON DELETE CASCADE), so the
change is taken over both: the plan's tables and the company tables, parents first.

    before = effort_state(db, citizen_id)
    delete_effort(db, effort_id)
    change = plan_change(before, effort_state(db, citizen_id))
    change = undo_effort_change(db, change)  # the effort and its hours are back
"""

from __future__ import annotations

import sqlite_utils

from progressionsdialog.errors import StorageError
from progressionsdialog.storage import audit
from progressionsdialog.storage.database import integrity_errors
from progressionsdialog.storage.plan_changes import (
    _TABLES as PLAN_TABLES,
)
from progressionsdialog.storage.plan_changes import (
    Changed,
    PlanChange,
    PlanState,
)
from progressionsdialog.storage.transaction import transaction

_OF_EFFORTS = "effort_id IN (SELECT id FROM efforts WHERE citizen_id = :id)"
COMPANY_TABLES = {
    "company_efforts": _OF_EFFORTS,
    "effort_hours": _OF_EFFORTS,
    "company_follow_ups": _OF_EFFORTS,
}
# Parents before children; contacts (referred to by company_efforts) come before them too.
_TABLES = {**PLAN_TABLES, **COMPANY_TABLES}


def effort_state(db: sqlite_utils.Database, citizen_id: int) -> PlanState:
    """Every row of the citizen's plan and company records, by table and id."""
    rows: dict[tuple[str, int], dict] = {}
    for table, where in _TABLES.items():
        cursor = db.execute(f"SELECT * FROM {table} WHERE {where}", {"id": citizen_id})
        columns = [c[0] for c in cursor.description]
        for values in cursor.fetchall():
            row = dict(zip(columns, values, strict=True))
            rows[(table, row["id"])] = row
    return PlanState(citizen_id, rows)


def undo_effort_change(db: sqlite_utils.Database, change: PlanChange) -> PlanChange:
    return _apply(db, change, forward=False)


def redo_effort_change(db: sqlite_utils.Database, change: PlanChange) -> PlanChange:
    return _apply(db, change, forward=True)


def _row(db: sqlite_utils.Database, table: str, row_id: int) -> dict | None:
    cursor = db.execute(f"SELECT * FROM {table} WHERE id = ?", [row_id])
    values = cursor.fetchone()
    if values is None:
        return None
    return dict(zip([c[0] for c in cursor.description], values, strict=True))


def _apply(db: sqlite_utils.Database, change: PlanChange, forward: bool) -> PlanChange:
    """As ``plan_changes`` does it, over the plan's and the company tables."""
    put_back = change.added if forward else change.removed
    take_away = change.removed if forward else change.added
    current = tuple(
        (table, row) for table, row in ((t, _row(db, t, r["id"])) for t, r in take_away) if row
    )
    changed = []
    for c in change.changed:
        now = _row(db, c.table, c.id) or {}
        there = {k: now.get(k) for k in c.before}
        changed.append(
            Changed(c.table, c.id, there, c.after)
            if forward
            else Changed(c.table, c.id, c.before, there)
        )
    try:
        with transaction(db):
            for table in _TABLES:
                for row in (r for t, r in put_back if t == table):
                    columns = list(row)
                    db.execute(
                        f"INSERT INTO {table} ({', '.join(columns)}) "
                        f"VALUES ({', '.join('?' for _ in columns)})",
                        [row[c] for c in columns],
                    )
            for c in change.changed:
                values = c.after if forward else c.before
                db.execute(
                    f"UPDATE {c.table} SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
                    [*values.values(), c.id],
                )
            for table in reversed(_TABLES):
                for row in (r for t, r in take_away if t == table):
                    db.execute(f"DELETE FROM {table} WHERE id = ?", [row["id"]])
            audit.record(
                db,
                "update",
                citizen_id=change.citizen_id,
                entity="plan",
                detail="redo" if forward else "undo",
            )
    except integrity_errors() as error:
        raise StorageError(
            "Det kan ikke fortrydes, for planen er ændret et andet sted siden. Intet er ændret."
        ) from error
    if forward:
        return PlanChange(change.citizen_id, change.added, current, tuple(changed))
    return PlanChange(change.citizen_id, current, change.removed, tuple(changed))
