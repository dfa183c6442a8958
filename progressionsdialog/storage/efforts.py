"""Efforts (indsatser) on the citizen's timeline: internships, courses, mentors …

A company-directed effort has more (company, hours, follow-ups at the company): see
``company_efforts.py``, ``effort_hours.py`` and ``company_follow_ups.py``.

An effort may be ongoing (no end date): the seed warns that 3 months of internship is
often not enough. Its agreed goals and its result are kept with it.
"""

from __future__ import annotations

import sqlite_utils

from progressionsdialog.domain.dates import format_date, from_iso, to_iso
from progressionsdialog.domain.plan import Effort, EffortKind, validate_effort
from progressionsdialog.errors import NotFoundError, ValidationError
from progressionsdialog.i18n import _
from progressionsdialog.storage import audit
from progressionsdialog.storage.clock import now_iso
from progressionsdialog.storage.transaction import transaction

_COLUMNS = "id, citizen_id, kind, starts_on, ends_on, provider, agreed_goals, result, goal_id"


def _effort(r: tuple) -> Effort:
    return Effort(
        r[0], r[1], EffortKind(r[2]), from_iso(r[3]), from_iso(r[4]), r[5], r[6], r[7], r[8]
    )


def _earliest_linked(db: sqlite_utils.Database, effort_id: int) -> str | None:
    """The first day an hours level or a company follow-up of the effort is dated."""
    return db.execute(
        "SELECT min(d) FROM (SELECT from_on AS d FROM effort_hours WHERE effort_id = :id "
        "UNION ALL SELECT held_on FROM company_follow_ups WHERE effort_id = :id)",
        {"id": effort_id},
    ).fetchone()[0]


def save_effort(db: sqlite_utils.Database, effort: Effort) -> Effort:
    effort = validate_effort(effort)
    if effort.id is not None:
        earliest = _earliest_linked(db, effort.id)
        if earliest and earliest < to_iso(effort.starts_on):
            raise ValidationError(
                "starts_on",
                _(
                    "Indsatsen har timer eller opfølgninger fra {date}. "
                    "Den kan ikke begynde senere end det."
                ).format(date=format_date(from_iso(earliest))),
            )
    values = [
        EffortKind(effort.kind).value,
        to_iso(effort.starts_on),
        to_iso(effort.ends_on),
        effort.provider.strip(),
        effort.agreed_goals.strip(),
        effort.result.strip(),
        effort.goal_id,
    ]
    stamp = now_iso()
    with transaction(db):
        if effort.id is None:
            effort_id = db.execute(
                "INSERT INTO efforts (kind, starts_on, ends_on, provider, agreed_goals, result, "
                "goal_id, citizen_id, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [*values, effort.citizen_id, stamp, stamp],
            ).lastrowid
            audit.record(
                db, "create", citizen_id=effort.citizen_id, entity="effort", entity_id=effort_id
            )
        else:
            effort_id = effort.id
            db.execute(
                "UPDATE efforts SET kind = ?, starts_on = ?, ends_on = ?, provider = ?, "
                "agreed_goals = ?, result = ?, goal_id = ?, updated_at = ? WHERE id = ?",
                [*values, stamp, effort_id],
            )
            audit.record(
                db, "update", citizen_id=effort.citizen_id, entity="effort", entity_id=effort_id
            )
    return get_effort(db, effort_id)


def get_effort(db: sqlite_utils.Database, effort_id: int) -> Effort:
    row = db.execute(f"SELECT {_COLUMNS} FROM efforts WHERE id = ?", [effort_id]).fetchone()
    if row is None:
        raise NotFoundError(_("Indsatsen findes ikke (længere)."))
    return _effort(row)


def list_efforts(db: sqlite_utils.Database, citizen_id: int) -> list[Effort]:
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM efforts WHERE citizen_id = ? ORDER BY starts_on, id", [citizen_id]
    ).fetchall()
    return [_effort(row) for row in rows]


def steps_for_effort(db: sqlite_utils.Database, effort_id: int) -> int:
    """How many steps point at the effort."""
    return db.execute("SELECT count(*) FROM steps WHERE effort_id = ?", [effort_id]).fetchone()[0]


def delete_effort(db: sqlite_utils.Database, effort_id: int) -> int:
    """Delete an effort; returns how many steps pointed at it (they stay, without it).

    Its company record, hours a week and company follow-ups go with it (ON DELETE CASCADE);
    ``company_efforts.linked_counts`` tells how many, for the question asked first."""
    effort = get_effort(db, effort_id)
    linked = steps_for_effort(db, effort_id)
    with transaction(db):
        db.execute("DELETE FROM efforts WHERE id = ?", [effort_id])
        audit.record(
            db, "delete", citizen_id=effort.citizen_id, entity="effort", entity_id=effort_id
        )
    return linked


def record_effort_part(db: sqlite_utils.Database, effort: Effort, action: str, detail: str) -> None:
    """A part of ``effort`` (its hours a week, a follow-up at the company) was created,
    changed or deleted: the audit log has it on the effort. Inside the caller's transaction."""
    audit.record(
        db,
        action,
        citizen_id=effort.citizen_id,
        entity="effort",
        entity_id=effort.id,
        detail=detail,
    )


def delete_effort_part(
    db: sqlite_utils.Database, table: str, part_id: int, effort: Effort, detail: str
) -> None:
    """Delete row ``part_id`` of ``table`` (``effort_hours``, ``company_follow_ups``), logged."""
    with transaction(db):
        db.execute(f"DELETE FROM {table} WHERE id = ?", [part_id])
        record_effort_part(db, effort, "delete", detail)
