"""Sub-goals (delmål): steps on the way to a goal, in the order the worker gives them,
each reached or dropped on a day."""

from __future__ import annotations

from datetime import date

import sqlite_utils

from progressionsdialog.domain.dates import from_iso, to_iso
from progressionsdialog.domain.lifecycle import Outcome, with_outcome
from progressionsdialog.domain.plan import PLAN_TEXT_MAX, SubGoal
from progressionsdialog.domain.text import validate_text
from progressionsdialog.errors import NotFoundError, ValidationError
from progressionsdialog.i18n import _
from progressionsdialog.storage import audit, clock, ordering
from progressionsdialog.storage.transaction import transaction

_COLUMNS = "id, goal_id, title, target_date, reached_on, dropped_on, status_reason"


def _sub_goal(r: tuple) -> SubGoal:
    return SubGoal(r[0], r[1], r[2], from_iso(r[3]), from_iso(r[4]), from_iso(r[5]), r[6])


def _citizen_of_goal(db: sqlite_utils.Database, goal_id: int) -> int:
    row = db.execute("SELECT citizen_id FROM goals WHERE id = ?", [goal_id]).fetchone()
    if row is None:
        raise NotFoundError(_("Målet findes ikke (længere)."))
    return row[0]


def save_sub_goal(db: sqlite_utils.Database, sub_goal: SubGoal) -> SubGoal:
    """Insert (no id: last in the goal's order) or update a sub-goal."""
    title = validate_text(sub_goal.title, "title", "Delmålet", max_length=PLAN_TEXT_MAX)
    if not title:
        raise ValidationError("title", _("Skriv, hvad delmålet er."))
    citizen_id = _citizen_of_goal(db, sub_goal.goal_id)
    values = [
        title,
        to_iso(sub_goal.target_date),
        to_iso(sub_goal.reached_on),
        to_iso(sub_goal.dropped_on),
        sub_goal.status_reason.strip(),
    ]
    stamp = clock.now_iso()
    with transaction(db):
        if sub_goal.id is None:
            sub_id = db.execute(
                "INSERT INTO sub_goals (title, target_date, reached_on, dropped_on, "
                "status_reason, goal_id, position, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    *values,
                    sub_goal.goal_id,
                    ordering.next_position(db, "sub_goals", sub_goal.goal_id),
                    stamp,
                    stamp,
                ],
            ).lastrowid
        else:
            sub_id = sub_goal.id
            db.execute(
                "UPDATE sub_goals SET title = ?, target_date = ?, reached_on = ?, dropped_on = ?, "
                "status_reason = ?, updated_at = ? WHERE id = ?",
                [*values, stamp, sub_id],
            )
        audit.record(db, "update", citizen_id=citizen_id, entity="sub_goal", entity_id=sub_id)
    return get_sub_goal(db, sub_id)


def get_sub_goal(db: sqlite_utils.Database, sub_id: int) -> SubGoal:
    row = db.execute(f"SELECT {_COLUMNS} FROM sub_goals WHERE id = ?", [sub_id]).fetchone()
    if row is None:
        raise NotFoundError(_("Delmålet findes ikke (længere)."))
    return _sub_goal(row)


def list_sub_goals(db: sqlite_utils.Database, goal_id: int) -> list[SubGoal]:
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM sub_goals WHERE goal_id = ? ORDER BY position, id", [goal_id]
    ).fetchall()
    return [_sub_goal(r) for r in rows]


def move_sub_goal(db: sqlite_utils.Database, sub_id: int, offset: int) -> bool:
    """One place up (−1) or down (+1); ``False`` when it is already at that end."""
    get_sub_goal(db, sub_id)
    with transaction(db):
        return ordering.move(db, "sub_goals", sub_id, offset)


def set_sub_goal_outcome(
    db: sqlite_utils.Database,
    sub_id: int,
    outcome: Outcome,
    on: date | None = None,
    reason: str = "",
) -> SubGoal:
    """Reached or dropped on ``on`` (today if not given; dropped needs a reason), or open again."""
    return save_sub_goal(
        db, with_outcome(get_sub_goal(db, sub_id), outcome, on, reason, _("delmålet"))
    )


def delete_sub_goal(db: sqlite_utils.Database, sub_id: int) -> None:
    """Steps and milestones that pointed at it stay, without the sub-goal."""
    sub = get_sub_goal(db, sub_id)
    citizen_id = _citizen_of_goal(db, sub.goal_id)
    with transaction(db):
        db.execute("DELETE FROM sub_goals WHERE id = ?", [sub_id])
        audit.record(db, "delete", citizen_id=citizen_id, entity="sub_goal", entity_id=sub_id)
