"""Hours a week over time for an effort: a dated series (12 from 5 January, 20 from 2 March
…). A level holds until the next one; 0–37 hours; a level cannot start before the effort.

    save_hours(db, HoursLevel(None, effort_id, date(2026, 1, 5), 12))
    list_hours(db, effort_id)  # by date
"""

from __future__ import annotations

import sqlite_utils

from progressionsdialog.domain.company import HoursLevel, format_hours, validate_hours_level
from progressionsdialog.domain.dates import format_date, from_iso, to_iso
from progressionsdialog.errors import NotFoundError, ValidationError
from progressionsdialog.i18n import _
from progressionsdialog.storage.clock import now_iso
from progressionsdialog.storage.efforts import delete_effort_part, get_effort, record_effort_part
from progressionsdialog.storage.transaction import transaction

DETAIL = "timer om ugen"  # the audit log's detail, stored in Danish


def _level(r: tuple) -> HoursLevel:
    return HoursLevel(r[0], r[1], from_iso(r[2]), float(r[3]))


def save_hours(db: sqlite_utils.Database, level: HoursLevel) -> HoursLevel:
    """Add a level (no id) or change one; one level per day per effort."""
    effort = get_effort(db, level.effort_id)
    level = validate_hours_level(level, effort)
    clash = db.execute(
        "SELECT id FROM effort_hours WHERE effort_id = ? AND from_on = ? AND id IS NOT ?",
        [level.effort_id, to_iso(level.from_on), level.id],
    ).fetchone()
    if clash:
        raise ValidationError(
            "from_on",
            _("Der er allerede et timetal fra {date}. Ret det i stedet.").format(
                date=format_date(level.from_on)
            ),
        )
    with transaction(db):
        if level.id is None:
            level_id = db.execute(
                "INSERT INTO effort_hours (effort_id, from_on, hours, created_at) "
                "VALUES (?, ?, ?, ?)",
                [level.effort_id, to_iso(level.from_on), level.hours, now_iso()],
            ).lastrowid
            action = "create"
        else:
            level_id = level.id
            db.execute(
                "UPDATE effort_hours SET from_on = ?, hours = ? WHERE id = ?",
                [to_iso(level.from_on), level.hours, level_id],
            )
            action = "update"
        detail = f"{DETAIL}: {format_hours(level.hours, 'da')}"  # stored: Danish
        record_effort_part(db, effort, action, detail)
    return get_hours(db, level_id)


def get_hours(db: sqlite_utils.Database, level_id: int) -> HoursLevel:
    row = db.execute(
        "SELECT id, effort_id, from_on, hours FROM effort_hours WHERE id = ?", [level_id]
    ).fetchone()
    if row is None:
        raise NotFoundError(_("Timetallet findes ikke (længere)."))
    return _level(row)


def list_hours(db: sqlite_utils.Database, effort_id: int) -> list[HoursLevel]:
    rows = db.execute(
        "SELECT id, effort_id, from_on, hours FROM effort_hours WHERE effort_id = ? "
        "ORDER BY from_on",
        [effort_id],
    ).fetchall()
    return [_level(r) for r in rows]


def delete_hours(db: sqlite_utils.Database, level_id: int) -> None:
    level = get_hours(db, level_id)
    effort = get_effort(db, level.effort_id)
    delete_effort_part(db, "effort_hours", level_id, effort, DETAIL)
