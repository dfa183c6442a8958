"""Life wheels, one per meeting, with their areas; and the link from a wish to the plan."""

from __future__ import annotations

import sqlite_utils

from progressionsdialog import clock
from progressionsdialog.domain.life_wheel import AreaStatus, LifeArea, LifeWheel
from progressionsdialog.domain.meeting import Meeting
from progressionsdialog.errors import NotFoundError
from progressionsdialog.i18n import _
from progressionsdialog.storage import audit
from progressionsdialog.storage.clock import now_iso
from progressionsdialog.storage.meetings import get_meeting
from progressionsdialog.storage.transaction import transaction


def get_wheel(db: sqlite_utils.Database, meeting_id: int) -> LifeWheel | None:
    """The wheel filled in at a meeting, or ``None`` if there is none."""
    row = db.execute("SELECT id FROM life_wheels WHERE meeting_id = ?", [meeting_id]).fetchone()
    if row is None:
        return None
    areas = db.execute(
        "SELECT id, name, score, status, citizen_words FROM life_areas WHERE wheel_id = ? "
        "ORDER BY position",
        [row[0]],
    ).fetchall()
    return LifeWheel(tuple(LifeArea(r[1], r[2], AreaStatus(r[3]), r[4], r[0]) for r in areas))


def save_wheel(db: sqlite_utils.Database, meeting_id: int, wheel: LifeWheel) -> LifeWheel:
    """Store the wheel of a meeting (replacing the one there); returns it with area ids.

    Areas keep their ids where their name is unchanged, so links to the plan survive.
    """
    meeting = get_meeting(db, meeting_id)
    stamp = now_iso()
    with transaction(db):
        row = db.execute("SELECT id FROM life_wheels WHERE meeting_id = ?", [meeting_id]).fetchone()
        if row is None:
            wheel_id = db.execute(
                "INSERT INTO life_wheels (meeting_id, created_at, updated_at) VALUES (?, ?, ?)",
                [meeting_id, stamp, stamp],
            ).lastrowid
        else:
            wheel_id = row[0]
            db.execute("UPDATE life_wheels SET updated_at = ? WHERE id = ?", [stamp, wheel_id])
        kept = {
            r[1]: r[0]
            for r in db.execute("SELECT id, name FROM life_areas WHERE wheel_id = ?", [wheel_id])
        }
        wanted = {area.name for area in wheel.areas}
        for name, area_id in kept.items():
            if name not in wanted:
                db.execute("DELETE FROM life_areas WHERE id = ?", [area_id])
        for position, area in enumerate(wheel.areas):
            values = [position, area.score, AreaStatus(area.status).value, area.citizen_words]
            if area.name in kept:
                db.execute(
                    "UPDATE life_areas SET position = ?, score = ?, status = ?, citizen_words = ? "
                    "WHERE id = ?",
                    [*values, kept[area.name]],
                )
            else:
                db.execute(
                    "INSERT INTO life_areas (wheel_id, position, score, status, citizen_words, "
                    "name) VALUES (?, ?, ?, ?, ?, ?)",
                    [wheel_id, *values, area.name],
                )
        if meeting.held_on < clock.today():
            audit.record(
                db, "update", citizen_id=meeting.citizen_id, entity="life_wheel", entity_id=wheel_id
            )
    return get_wheel(db, meeting_id)


def previous_wheel(db: sqlite_utils.Database, meeting: Meeting) -> tuple[Meeting, LifeWheel] | None:
    """The latest wheel from a meeting before this one (for the faint outline)."""
    row = db.execute(
        "SELECT m.id FROM meetings m JOIN life_wheels w ON w.meeting_id = m.id "
        "WHERE m.citizen_id = ? AND (m.held_on < ? OR (m.held_on = ? AND m.id < ?)) "
        "ORDER BY m.held_on DESC, m.id DESC LIMIT 1",
        [meeting.citizen_id, meeting.held_on.isoformat(), meeting.held_on.isoformat(), meeting.id],
    ).fetchone()
    if row is None:
        return None
    return get_meeting(db, row[0]), get_wheel(db, row[0])


def wheel_history(db: sqlite_utils.Database, citizen_id: int) -> list[tuple[Meeting, LifeWheel]]:
    rows = db.execute(
        "SELECT m.id FROM meetings m JOIN life_wheels w ON w.meeting_id = m.id "
        "WHERE m.citizen_id = ? ORDER BY m.held_on, m.id",
        [citizen_id],
    ).fetchall()
    return [(get_meeting(db, r[0]), get_wheel(db, r[0])) for r in rows]


def start_hhh_from_area(db: sqlite_utils.Database, meeting_id: int, area_id: int) -> int:
    """Carry a wish ("I want a change") to the plan: an HHH linked to the area.

    The citizen's own words become the first answer to "what". Returns the HHH id.
    """
    meeting = get_meeting(db, meeting_id)
    row = db.execute(
        "SELECT a.name, a.citizen_words FROM life_areas a JOIN life_wheels w ON w.id = a.wheel_id "
        "WHERE a.id = ? AND w.meeting_id = ?",
        [area_id, meeting_id],
    ).fetchone()
    if row is None:
        raise NotFoundError(_("Livsområdet findes ikke (længere)."))
    existing = db.execute("SELECT id FROM hhh_answers WHERE life_area_id = ?", [area_id]).fetchone()
    if existing:
        return existing[0]
    stamp = now_iso()
    with transaction(db):
        hhh_id = db.execute(
            "INSERT INTO hhh_answers (citizen_id, meeting_id, life_area_id, what, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            [meeting.citizen_id, meeting_id, area_id, row[1] or row[0], stamp, stamp],
        ).lastrowid
        audit.record(db, "create", citizen_id=meeting.citizen_id, entity="hhh", entity_id=hhh_id)
    return hhh_id
