"""The order the worker gives steps and sub-goals: a ``position`` column, moved one place at a
time. Table and column names come from the code, never from what was typed."""

from __future__ import annotations

import sqlite_utils

_SCOPES = {"steps": "citizen_id", "sub_goals": "goal_id"}


def next_position(db: sqlite_utils.Database, table: str, scope_id: int) -> int:
    scope = _SCOPES[table]
    return db.execute(
        f"SELECT coalesce(max(position), 0) + 1 FROM {table} WHERE {scope} = ?", [scope_id]
    ).fetchone()[0]


def move(db: sqlite_utils.Database, table: str, item_id: int, offset: int) -> bool:
    """Move a row ``offset`` places (−1 up, +1 down) among its own; ``False`` at either end.

    Call inside a transaction. Positions are written afresh as 1, 2, 3 …
    """
    scope = _SCOPES[table]
    (scope_id,) = db.execute(f"SELECT {scope} FROM {table} WHERE id = ?", [item_id]).fetchone()
    ids = [
        row[0]
        for row in db.execute(
            f"SELECT id FROM {table} WHERE {scope} = ? ORDER BY position, id", [scope_id]
        )
    ]
    here = ids.index(item_id)
    there = here + offset
    if offset == 0 or not 0 <= there < len(ids):
        return False
    ids.insert(there, ids.pop(here))
    for position, row_id in enumerate(ids, start=1):
        db.execute(f"UPDATE {table} SET position = ? WHERE id = ?", [position, row_id])
    return True
