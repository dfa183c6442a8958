"""Steps of the plan (who does what by when) and their follow-up at each meeting.

A review at a meeting is kept in ``step_reviews``, so what was agreed and what happened at
which meeting can be seen later.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import sqlite_utils

from progressionsdialog.domain.dates import from_iso, to_iso
from progressionsdialog.domain.plan import Step, StepOwner, StepStatus, validate_step
from progressionsdialog.errors import NotFoundError
from progressionsdialog.storage import audit
from progressionsdialog.storage.clock import now_iso
from progressionsdialog.storage.meetings import get_meeting
from progressionsdialog.storage.transaction import transaction

_COLUMNS = (
    "id, citizen_id, what, owner, due_on, status, status_reason, owner_name, goal_id, "
    "sub_goal_id, effort_id, agreed_meeting_id"
)


def _step(r: tuple) -> Step:
    return Step(
        r[0],
        r[1],
        r[2],
        StepOwner(r[3]),
        from_iso(r[4]),
        StepStatus(r[5]),
        r[6],
        r[7],
        r[8],
        r[9],
        r[10],
        r[11],
    )


def save_step(db: sqlite_utils.Database, step: Step) -> Step:
    """Insert (no id) or update a step, after checking it against its meeting's date."""
    meeting_date = (
        get_meeting(db, step.agreed_meeting_id).held_on if step.agreed_meeting_id else None
    )
    step = validate_step(step, meeting_date)
    values = [
        step.what,
        StepOwner(step.owner).value,
        to_iso(step.due_on),
        StepStatus(step.status).value,
        step.status_reason.strip(),
        step.owner_name.strip(),
        step.goal_id,
        step.sub_goal_id,
        step.effort_id,
    ]
    stamp = now_iso()
    with transaction(db):
        if step.id is None:
            position = db.execute(
                "SELECT coalesce(max(position), 0) + 1 FROM steps WHERE citizen_id = ?",
                [step.citizen_id],
            ).fetchone()[0]
            step_id = db.execute(
                "INSERT INTO steps (what, owner, due_on, status, status_reason, owner_name, "
                "goal_id, sub_goal_id, effort_id, citizen_id, agreed_meeting_id, position, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [*values, step.citizen_id, step.agreed_meeting_id, position, stamp, stamp],
            ).lastrowid
            audit.record(db, "create", citizen_id=step.citizen_id, entity="step", entity_id=step_id)
        else:
            step_id = step.id
            db.execute(
                "UPDATE steps SET what = ?, owner = ?, due_on = ?, status = ?, status_reason = ?, "
                "owner_name = ?, goal_id = ?, sub_goal_id = ?, effort_id = ?, updated_at = ? "
                "WHERE id = ?",
                [*values, stamp, step_id],
            )
    return get_step(db, step_id)


def get_step(db: sqlite_utils.Database, step_id: int) -> Step:
    row = db.execute(f"SELECT {_COLUMNS} FROM steps WHERE id = ?", [step_id]).fetchone()
    if row is None:
        raise NotFoundError("Skridtet findes ikke (længere).")
    return _step(row)


def list_steps(db: sqlite_utils.Database, citizen_id: int, open_only: bool = False) -> list[Step]:
    where = " AND status IN ('planned', 'not_done')" if open_only else ""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM steps WHERE citizen_id = ?{where} "
        "ORDER BY due_on IS NULL, due_on, position",
        [citizen_id],
    ).fetchall()
    return [_step(row) for row in rows]


def overdue_steps(
    db: sqlite_utils.Database, citizen_id: int, today: date | None = None
) -> list[Step]:
    today = today or date.today()
    return [s for s in list_steps(db, citizen_id, open_only=True) if s.due_on and s.due_on < today]


@dataclass(frozen=True, slots=True)
class Review:
    step_id: int
    meeting_id: int | None
    status: StepStatus
    reason: str
    new_due_on: date | None


def review_step(
    db: sqlite_utils.Database,
    step_id: int,
    meeting_id: int,
    status: StepStatus,
    reason: str = "",
    new_due_on: date | None = None,
) -> Step:
    """Follow up a step at a meeting: done, not done (and why), dropped, or moved to a new date."""
    step = get_step(db, step_id)
    updated = replace(
        step, status=StepStatus(status), status_reason=reason, due_on=new_due_on or step.due_on
    )
    meeting_date = get_meeting(db, meeting_id).held_on
    validate_step(updated, meeting_date if new_due_on else None)
    with transaction(db):
        save_step(db, replace(updated, agreed_meeting_id=step.agreed_meeting_id))
        db.execute(
            "INSERT INTO step_reviews (step_id, meeting_id, status, reason, new_due_on, "
            "reviewed_at) VALUES (?, ?, ?, ?, ?, ?)",
            [
                step_id,
                meeting_id,
                StepStatus(status).value,
                reason.strip(),
                to_iso(new_due_on),
                now_iso(),
            ],
        )
    return get_step(db, step_id)


def reviews_of(db: sqlite_utils.Database, step_id: int) -> list[Review]:
    rows = db.execute(
        "SELECT step_id, meeting_id, status, reason, new_due_on FROM step_reviews "
        "WHERE step_id = ? ORDER BY id",
        [step_id],
    ).fetchall()
    return [Review(r[0], r[1], StepStatus(r[2]), r[3], from_iso(r[4])) for r in rows]
