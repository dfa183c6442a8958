"""A change to one citizen's plan, kept as the rows it touched, so it can be undone and redone.

The screen takes ``plan_state`` before and after an action; ``plan_change`` keeps the
difference: rows added, rows removed, and for rows changed only the columns that changed.
``undo_change`` writes the old values back, ``redo_change`` the new ones. Both return the
change as it must be kept for the way back, read from the database just before writing, so
words typed in between (saved as typed, outside undo) go back and forth with their row.

    before = plan_state(db, citizen_id)
    delete_goal(db, goal_id, with_sub_goals=True)
    change = plan_change(before, plan_state(db, citizen_id))
    change = undo_change(db, change)  # the goal, its sub-goals and the steps' links are back
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from progressionsdialog.errors import StorageError
from progressionsdialog.i18n import _
from progressionsdialog.storage import audit
from progressionsdialog.storage.database import integrity_errors
from progressionsdialog.storage.transaction import transaction

# Parents before children: rows are put back in this order and removed in the reverse.
_TABLES = {
    "hhh_answers": "citizen_id = :id",
    "goals": "citizen_id = :id",
    "sub_goals": "goal_id IN (SELECT id FROM goals WHERE citizen_id = :id)",
    "milestones": "goal_id IN (SELECT id FROM goals WHERE citizen_id = :id)",
    "efforts": "citizen_id = :id",
    "contacts": "citizen_id = :id",
    # the company side of efforts (after efforts and contacts, which they refer to)
    "company_efforts": "effort_id IN (SELECT id FROM efforts WHERE citizen_id = :id)",
    "effort_hours": "effort_id IN (SELECT id FROM efforts WHERE citizen_id = :id)",
    "company_follow_ups": "effort_id IN (SELECT id FROM efforts WHERE citizen_id = :id)",
    "steps": "citizen_id = :id",
    "step_reviews": "step_id IN (SELECT id FROM steps WHERE citizen_id = :id)",
    "appointments": "citizen_id = :id",
    "plan_revisions": "citizen_id = :id",
    "recommendations": "citizen_id = :id",  # the worker's recommended next step
}
_NOT_COMPARED = {"updated_at"}  # a save that changed nothing else changed nothing

Key = tuple[str, int]
Row = dict[str, object]


@dataclass(frozen=True, slots=True)
class PlanState:
    citizen_id: int
    rows: dict[Key, Row]


@dataclass(frozen=True, slots=True)
class Changed:
    table: str
    id: int
    before: Row  # only the columns that changed
    after: Row


@dataclass(frozen=True, slots=True)
class PlanChange:
    citizen_id: int
    added: tuple[tuple[str, Row], ...]
    removed: tuple[tuple[str, Row], ...]
    changed: tuple[Changed, ...]

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def describe_tables(self) -> list[str]:
        """The tables touched, parents first (for tests and the log)."""
        touched = {t for t, _ in self.added} | {t for t, _ in self.removed}
        touched |= {c.table for c in self.changed}
        return [table for table in _TABLES if table in touched]


def plan_state(db: sqlite_utils.Database, citizen_id: int) -> PlanState:
    """Every row of the citizen's plan, by table and id."""
    rows: dict[Key, Row] = {}
    for table, where in _TABLES.items():
        cursor = db.execute(f"SELECT * FROM {table} WHERE {where}", {"id": citizen_id})
        columns = [c[0] for c in cursor.description]
        for values in cursor.fetchall():
            row = dict(zip(columns, values, strict=True))
            rows[(table, row["id"])] = row
    return PlanState(citizen_id, rows)


def plan_change(before: PlanState, after: PlanState) -> PlanChange:
    added = tuple((t, row) for (t, i), row in after.rows.items() if (t, i) not in before.rows)
    removed = tuple((t, row) for (t, i), row in before.rows.items() if (t, i) not in after.rows)
    changed = []
    for key, old in before.rows.items():
        new = after.rows.get(key)
        if new is None:
            continue
        columns = [c for c in old if c not in _NOT_COMPARED and old[c] != new[c]]
        if columns:
            changed.append(
                Changed(key[0], key[1], {c: old[c] for c in columns}, {c: new[c] for c in columns})
            )
    return PlanChange(after.citizen_id, added, removed, tuple(changed))


def undo_change(db: sqlite_utils.Database, change: PlanChange) -> PlanChange:
    """Back to before the change; returns the change to give to ``redo_change``."""
    return _apply(db, change, forward=False)


def redo_change(db: sqlite_utils.Database, change: PlanChange) -> PlanChange:
    """The change once more; returns the change to give to ``undo_change``."""
    return _apply(db, change, forward=True)


def _apply(db: sqlite_utils.Database, change: PlanChange, forward: bool) -> PlanChange:
    put_back = change.added if forward else change.removed
    take_away = change.removed if forward else change.added
    # What is there now is what the way back must restore (words typed since included).
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
            _("Det kan ikke fortrydes, for planen er ændret et andet sted siden. Intet er ændret.")
        ) from error
    if forward:
        return PlanChange(change.citizen_id, change.added, current, tuple(changed))
    return PlanChange(change.citizen_id, current, change.removed, tuple(changed))


def _row(db: sqlite_utils.Database, table: str, row_id: int) -> Row | None:
    cursor = db.execute(f"SELECT * FROM {table} WHERE id = ?", [row_id])
    values = cursor.fetchone()
    if values is None:
        return None
    return dict(zip([c[0] for c in cursor.description], values, strict=True))
