"""Milestones (milepæle): the days on the way to a goal that say "we are this far"; in date
order, each reached or dropped on a day."""

from __future__ import annotations

from datetime import date

import sqlite_utils

from progressionsdialog.domain.dates import from_iso, to_iso
from progressionsdialog.domain.lifecycle import Outcome, with_outcome
from progressionsdialog.domain.plan import PLAN_TEXT_MAX, Milestone
from progressionsdialog.domain.text import validate_text
from progressionsdialog.errors import NotFoundError, ValidationError
from progressionsdialog.i18n import _
from progressionsdialog.storage import audit, clock
from progressionsdialog.storage.transaction import transaction

_COLUMNS = "id, goal_id, title, due_on, reached_on, sub_goal_id, dropped_on, status_reason"


def _milestone(r: tuple) -> Milestone:
    return Milestone(r[0], r[1], r[2], from_iso(r[3]), from_iso(r[4]), r[5], from_iso(r[6]), r[7])


def _citizen_of_goal(db: sqlite_utils.Database, goal_id: int) -> int:
    row = db.execute("SELECT citizen_id FROM goals WHERE id = ?", [goal_id]).fetchone()
    if row is None:
        raise NotFoundError(_("Målet findes ikke (længere)."))
    return row[0]


def save_milestone(db: sqlite_utils.Database, milestone: Milestone) -> Milestone:
    """Insert (no id) or update a milestone."""
    title = validate_text(milestone.title, "title", "Milepælen", max_length=PLAN_TEXT_MAX)
    if not title:
        raise ValidationError("title", _("Skriv, hvad milepælen er."))
    citizen_id = _citizen_of_goal(db, milestone.goal_id)
    values = [
        title,
        to_iso(milestone.due_on),
        to_iso(milestone.reached_on),
        milestone.sub_goal_id,
        to_iso(milestone.dropped_on),
        milestone.status_reason.strip(),
    ]
    with transaction(db):
        if milestone.id is None:
            milestone_id = db.execute(
                "INSERT INTO milestones (title, due_on, reached_on, sub_goal_id, dropped_on, "
                "status_reason, goal_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [*values, milestone.goal_id, clock.now_iso()],
            ).lastrowid
            action = "create"
        else:
            milestone_id = milestone.id
            db.execute(
                "UPDATE milestones SET title = ?, due_on = ?, reached_on = ?, sub_goal_id = ?, "
                "dropped_on = ?, status_reason = ? WHERE id = ?",
                [*values, milestone_id],
            )
            action = "update"
        audit.record(db, action, citizen_id=citizen_id, entity="milestone", entity_id=milestone_id)
    return get_milestone(db, milestone_id)


def get_milestone(db: sqlite_utils.Database, milestone_id: int) -> Milestone:
    row = db.execute(f"SELECT {_COLUMNS} FROM milestones WHERE id = ?", [milestone_id]).fetchone()
    if row is None:
        raise NotFoundError(_("Milepælen findes ikke (længere)."))
    return _milestone(row)


def list_milestones(db: sqlite_utils.Database, goal_id: int) -> list[Milestone]:
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM milestones WHERE goal_id = ? ORDER BY due_on IS NULL, due_on, id",
        [goal_id],
    ).fetchall()
    return [_milestone(r) for r in rows]


def set_milestone_outcome(
    db: sqlite_utils.Database,
    milestone_id: int,
    outcome: Outcome,
    on: date | None = None,
    reason: str = "",
) -> Milestone:
    """Reached or dropped on ``on`` (today if not given; dropped needs a reason), or open again."""
    return save_milestone(
        db, with_outcome(get_milestone(db, milestone_id), outcome, on, reason, _("milepælen"))
    )


def delete_milestone(db: sqlite_utils.Database, milestone_id: int) -> None:
    milestone = get_milestone(db, milestone_id)
    citizen_id = _citizen_of_goal(db, milestone.goal_id)
    with transaction(db):
        db.execute("DELETE FROM milestones WHERE id = ?", [milestone_id])
        audit.record(
            db, "delete", citizen_id=citizen_id, entity="milestone", entity_id=milestone_id
        )
