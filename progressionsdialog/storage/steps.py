"""Steps of the plan (who does what by when), in the worker's order, and their follow-up.

Each follow-up is kept in ``step_reviews`` – done, not done, dropped, taken up again, a new
date – with the day it happened and the meeting it was talked about at, so what was agreed
and what happened can be seen later. A dropped step is taken up again only with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import sqlite_utils

from progressionsdialog import clock
from progressionsdialog.domain.dates import format_date, from_iso, to_iso
from progressionsdialog.domain.lifecycle import check_closing
from progressionsdialog.domain.plan import Step, StepOwner, StepStatus, validate_step
from progressionsdialog.errors import NotFoundError, ValidationError
from progressionsdialog.i18n import _
from progressionsdialog.storage import audit, ordering
from progressionsdialog.storage.clock import now_iso
from progressionsdialog.storage.contacts import get_contact
from progressionsdialog.storage.meetings import get_meeting
from progressionsdialog.storage.transaction import transaction

# A step owned by a contact shows the contact's name as it is now.
_SELECT = (
    "SELECT s.id, s.citizen_id, s.what, s.owner, s.due_on, s.status, s.status_reason, "
    "coalesce(c.name, s.owner_name), s.goal_id, s.sub_goal_id, s.effort_id, "
    "s.agreed_meeting_id, s.status_on, s.contact_id "
    "FROM steps s LEFT JOIN contacts c ON c.id = s.contact_id"
)


def _reason_needed(status: StepStatus) -> str | None:
    """The message when a step is not done or dropped without a reason (None: not needed)."""
    if status is StepStatus.NOT_DONE:
        return _("Skriv kort, hvorfor skridtet ikke blev gjort.")
    if status is StepStatus.DROPPED:
        return _("Skriv kort, hvorfor skridtet er droppet.")
    return None


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
        from_iso(r[12]),
        r[13],
    )


def _meeting_date(db: sqlite_utils.Database, meeting_id: int | None) -> date | None:
    return get_meeting(db, meeting_id).held_on if meeting_id else None


def save_step(db: sqlite_utils.Database, step: Step, meeting_id: int | None = None) -> Step:
    """Insert (no id: last in the order) or update a step, checked against its meeting's date.

    A new date on a step already in the plan is kept as a follow-up (at ``meeting_id``).
    A dropped step is not opened here: ``set_step_status`` asks for the reason.
    """
    step = validate_step(step, _meeting_date(db, step.agreed_meeting_id))
    if step.contact_id is not None:  # the person decides who ("Mentor") and the name
        contact = get_contact(db, step.contact_id)
        step = replace(step, owner=contact.role.step_owner, owner_name=contact.name)
    before = get_step(db, step.id) if step.id is not None else None
    if before and before.status is StepStatus.DROPPED and step.status.is_open:
        raise ValidationError("status", _reopen_message(before))
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
        to_iso(step.status_on),
        step.contact_id,
    ]
    stamp = now_iso()
    with transaction(db):
        if before is None:
            step_id = db.execute(
                "INSERT INTO steps (what, owner, due_on, status, status_reason, owner_name, "
                "goal_id, sub_goal_id, effort_id, status_on, contact_id, citizen_id, "
                "agreed_meeting_id, position, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    *values,
                    step.citizen_id,
                    step.agreed_meeting_id,
                    ordering.next_position(db, "steps", step.citizen_id),
                    stamp,
                    stamp,
                ],
            ).lastrowid
            audit.record(db, "create", citizen_id=step.citizen_id, entity="step", entity_id=step_id)
        else:
            step_id = step.id
            db.execute(
                "UPDATE steps SET what = ?, owner = ?, due_on = ?, status = ?, status_reason = ?, "
                "owner_name = ?, goal_id = ?, sub_goal_id = ?, effort_id = ?, status_on = ?, "
                "contact_id = ?, updated_at = ? WHERE id = ?",
                [*values, stamp, step_id],
            )
            audit.record(db, "update", citizen_id=step.citizen_id, entity="step", entity_id=step_id)
            if step.due_on and step.due_on != before.due_on:
                _add_review(db, step_id, meeting_id, step.status, "", step.due_on, None)
    return get_step(db, step_id)


def _reopen_message(step: Step) -> str:
    if step.status_on:
        return _("Skridtet blev droppet {date}. Skriv kort, hvorfor det tages op igen.").format(
            date=format_date(step.status_on)
        )
    return _("Skridtet blev droppet. Skriv kort, hvorfor det tages op igen.")


def set_step_status(
    db: sqlite_utils.Database,
    step_id: int,
    status: StepStatus,
    on: date | None = None,
    reason: str = "",
    meeting_id: int | None = None,
    new_due_on: date | None = None,
) -> Step:
    """Done, not done (why), dropped (why) on ``on`` (today if not given), or taken up again
    (a dropped step only with a reason). Kept as a follow-up, at ``meeting_id`` if given."""
    step = get_step(db, step_id)
    status = StepStatus(status)
    if status is StepStatus.PLANNED:
        reason = reason.strip()
        if step.status is StepStatus.DROPPED and not reason:
            raise ValidationError("status_reason", _reopen_message(step))
        on, kept_reason = None, ""
    else:
        on = on or clock.today()
        reason = check_closing(on, reason, missing=_reason_needed(status))
        kept_reason = reason
    changed = replace(
        step,
        status=status,
        status_reason=kept_reason,
        status_on=on,
        due_on=new_due_on or step.due_on,
    )
    validate_step(changed, _meeting_date(db, meeting_id) if new_due_on else None)
    with transaction(db):
        db.execute(
            "UPDATE steps SET status = ?, status_reason = ?, status_on = ?, due_on = ?, "
            "updated_at = ? WHERE id = ?",
            [
                status.value,
                kept_reason,
                to_iso(on),
                to_iso(changed.due_on),
                now_iso(),
                step_id,
            ],
        )
        _add_review(db, step_id, meeting_id, status, reason, new_due_on, on)
        audit.record(
            db,
            "update",
            citizen_id=step.citizen_id,
            entity="step",
            entity_id=step_id,
            detail=status.value,
        )
    return get_step(db, step_id)


def review_step(
    db: sqlite_utils.Database,
    step_id: int,
    meeting_id: int,
    status: StepStatus,
    reason: str = "",
    new_due_on: date | None = None,
) -> Step:
    """Follow up a step at a meeting: done, not done (and why), dropped, or moved to a new date."""
    return set_step_status(db, step_id, status, None, reason, meeting_id, new_due_on)


def _add_review(db, step_id, meeting_id, status, reason, new_due_on, status_on) -> None:
    db.execute(
        "INSERT INTO step_reviews (step_id, meeting_id, status, reason, new_due_on, status_on, "
        "reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            step_id,
            meeting_id,
            StepStatus(status).value,
            reason,
            to_iso(new_due_on),
            to_iso(status_on),
            now_iso(),
        ],
    )


def get_step(db: sqlite_utils.Database, step_id: int) -> Step:
    row = db.execute(f"{_SELECT} WHERE s.id = ?", [step_id]).fetchone()
    if row is None:
        raise NotFoundError(_("Skridtet findes ikke (længere)."))
    return _step(row)


def list_steps(db: sqlite_utils.Database, citizen_id: int, open_only: bool = False) -> list[Step]:
    """In the worker's order (new steps last)."""
    where = " AND s.status IN ('planned', 'not_done')" if open_only else ""
    rows = db.execute(
        f"{_SELECT} WHERE s.citizen_id = ?{where} ORDER BY s.position, s.id", [citizen_id]
    ).fetchall()
    return [_step(row) for row in rows]


def overdue_steps(
    db: sqlite_utils.Database, citizen_id: int, today: date | None = None
) -> list[Step]:
    today = today or clock.today()
    return [s for s in list_steps(db, citizen_id, open_only=True) if s.due_on and s.due_on < today]


def move_step(db: sqlite_utils.Database, step_id: int, offset: int) -> bool:
    """One place up (−1) or down (+1); ``False`` when it is already at that end."""
    get_step(db, step_id)
    with transaction(db):
        return ordering.move(db, "steps", step_id, offset)


def delete_step(db: sqlite_utils.Database, step_id: int) -> int:
    """Delete a step; returns how many follow-ups went with it."""
    step = get_step(db, step_id)
    count = len(reviews_of(db, step_id))
    with transaction(db):
        db.execute("DELETE FROM steps WHERE id = ?", [step_id])
        audit.record(db, "delete", citizen_id=step.citizen_id, entity="step", entity_id=step_id)
    return count


@dataclass(frozen=True, slots=True)
class Review:
    step_id: int
    meeting_id: int | None
    status: StepStatus
    reason: str
    new_due_on: date | None
    status_on: date | None = None


def reviews_of(db: sqlite_utils.Database, step_id: int) -> list[Review]:
    rows = db.execute(
        "SELECT step_id, meeting_id, status, reason, new_due_on, status_on FROM step_reviews "
        "WHERE step_id = ? ORDER BY id",
        [step_id],
    ).fetchall()
    return [
        Review(r[0], r[1], StepStatus(r[2]), r[3], from_iso(r[4]), from_iso(r[5])) for r in rows
    ]
