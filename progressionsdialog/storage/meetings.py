"""Meetings and their indicator scores: every change saved at once, in one transaction.

An edit of a meeting held before today is allowed and written in the audit log.
"""

from __future__ import annotations

from datetime import date

import sqlite_utils

from progressionsdialog import clock
from progressionsdialog.domain.dates import format_date, from_iso, to_iso
from progressionsdialog.domain.meeting import (
    NOTE_MAX,
    IndicatorScore,
    Meeting,
    MeetingKind,
    validate_meeting_date,
    validate_score,
)
from progressionsdialog.domain.text import validate_text
from progressionsdialog.errors import NotFoundError
from progressionsdialog.i18n import _
from progressionsdialog.storage import audit
from progressionsdialog.storage.clock import now_iso
from progressionsdialog.storage.transaction import transaction

_COLUMNS = "id, citizen_id, held_on, kind, participants, tool_id, tool_version"


def _meeting(row: tuple) -> Meeting:
    return Meeting(row[0], row[1], from_iso(row[2]), MeetingKind(row[3]), row[4], row[5], row[6])


def _birth_date(db: sqlite_utils.Database, citizen_id: int) -> date | None:
    row = db.execute("SELECT birth_date FROM citizens WHERE id = ?", [citizen_id]).fetchone()
    if row is None:
        raise NotFoundError(_("Borgeren (nr. {id}) findes ikke.").format(id=citizen_id))
    return from_iso(row[0])


def add_meeting(
    db: sqlite_utils.Database,
    citizen_id: int,
    held_on: date,
    kind: MeetingKind = MeetingKind.FOLLOW_UP,
    participants: str = "",
    caseworker_id: int | None = None,
    tool_id: str = "halsnaes",
    tool_version: str = "1",
) -> Meeting:
    """Create a meeting; raises ``ValidationError`` (and stores nothing) for a wrong date."""
    validate_meeting_date(held_on, _birth_date(db, citizen_id))
    participants = validate_text(participants, "participants", "Deltagerne", max_length=500)
    kind = MeetingKind(kind)
    stamp = now_iso()
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO meetings (citizen_id, held_on, kind, participants, caseworker_id, "
            "tool_id, tool_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                citizen_id,
                to_iso(held_on),
                kind.value,
                participants,
                caseworker_id,
                tool_id,
                tool_version,
                stamp,
                stamp,
            ],
        )
        meeting_id = cursor.lastrowid
        audit.record(db, "create", citizen_id=citizen_id, entity="meeting", entity_id=meeting_id)
    return Meeting(meeting_id, citizen_id, held_on, kind, participants, tool_id, tool_version)


def get_meeting(db: sqlite_utils.Database, meeting_id: int) -> Meeting:
    row = db.execute(f"SELECT {_COLUMNS} FROM meetings WHERE id = ?", [meeting_id]).fetchone()
    if row is None:
        raise NotFoundError(_("Samtalen findes ikke (længere)."))
    return _meeting(row)


def update_meeting(
    db: sqlite_utils.Database,
    meeting_id: int,
    held_on: date,
    kind: MeetingKind,
    participants: str = "",
) -> Meeting:
    before = get_meeting(db, meeting_id)
    validate_meeting_date(held_on, _birth_date(db, before.citizen_id))
    participants = validate_text(participants, "participants", "Deltagerne", max_length=500)
    with transaction(db):
        db.execute(
            "UPDATE meetings SET held_on = ?, kind = ?, participants = ?, updated_at = ? "
            "WHERE id = ?",
            [to_iso(held_on), MeetingKind(kind).value, participants, now_iso(), meeting_id],
        )
        _audit_change(db, before, "meeting")
    return get_meeting(db, meeting_id)


def delete_meeting(db: sqlite_utils.Database, meeting_id: int) -> None:
    """Delete a meeting with its scores (the screen asks first)."""
    meeting = get_meeting(db, meeting_id)
    with transaction(db):
        db.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])
        audit.record(
            db,
            "delete",
            citizen_id=meeting.citizen_id,
            entity="meeting",
            entity_id=meeting_id,
            detail=format_date(meeting.held_on, "da"),  # stored: Danish
        )


def list_meetings(db: sqlite_utils.Database, citizen_id: int) -> list[Meeting]:
    """The citizen's meetings, oldest first."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM meetings WHERE citizen_id = ? ORDER BY held_on, id", [citizen_id]
    ).fetchall()
    return [_meeting(row) for row in rows]


def meetings_on(db: sqlite_utils.Database, citizen_id: int, day: date) -> list[Meeting]:
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM meetings WHERE citizen_id = ? AND held_on = ? ORDER BY id",
        [citizen_id, to_iso(day)],
    ).fetchall()
    return [_meeting(row) for row in rows]


def _audit_change(db: sqlite_utils.Database, meeting: Meeting, what: str, key: str = "") -> None:
    """Record edits of meetings held before today (today's meeting is work in progress)."""
    if meeting.held_on < clock.today():
        detail = f"{what} {key} {format_date(meeting.held_on, 'da')}".replace("  ", " ").strip()
        audit.record(
            db,
            "update",
            citizen_id=meeting.citizen_id,
            entity="meeting",
            entity_id=meeting.id,
            detail=detail,
        )


def save_score(db: sqlite_utils.Database, meeting: Meeting, score: IndicatorScore) -> None:
    """Insert or replace the score of one indicator at one meeting.

    Every value is validated first; on a ``ValidationError`` nothing is written.
    """
    values = {
        "meeting_id": meeting.id,
        "tool_id": meeting.tool_id,
        "tool_version": meeting.tool_version,
        "indicator_key": score.indicator_key,
        "citizen_score": validate_score(score.citizen_score, "citizen_score"),
        "citizen_declined": int(bool(score.citizen_declined)),
        "worker_score": validate_score(score.worker_score, "worker_score"),
        "shared_note": validate_text(
            score.shared_note, "shared_note", "Teksten", max_length=NOTE_MAX
        ),
        "private_note": validate_text(
            score.private_note, "private_note", "Noten", max_length=NOTE_MAX
        ),
        "updated_at": now_iso(),
    }
    if values["citizen_declined"]:
        values["citizen_score"] = None
    with transaction(db):
        db.execute(
            "INSERT INTO indicator_scores (meeting_id, tool_id, tool_version, indicator_key, "
            "citizen_score, citizen_declined, worker_score, shared_note, private_note, updated_at) "
            "VALUES (:meeting_id, :tool_id, :tool_version, :indicator_key, :citizen_score, "
            ":citizen_declined, :worker_score, :shared_note, :private_note, :updated_at) "
            "ON CONFLICT (meeting_id, indicator_key) DO UPDATE SET "
            "citizen_score = excluded.citizen_score, citizen_declined = excluded.citizen_declined, "
            "worker_score = excluded.worker_score, shared_note = excluded.shared_note, "
            "private_note = excluded.private_note, updated_at = excluded.updated_at",
            values,
        )
        _audit_change(db, meeting, "score", score.indicator_key)


def _score(row: tuple) -> IndicatorScore:
    return IndicatorScore(row[0], row[1], row[2], bool(row[3]), row[4], row[5])


_SCORE_COLUMNS = (
    "indicator_key, citizen_score, worker_score, citizen_declined, shared_note, private_note"
)


def scores_for(db: sqlite_utils.Database, meeting_id: int) -> dict[str, IndicatorScore]:
    """The scores of one meeting, by indicator key."""
    rows = db.execute(
        f"SELECT {_SCORE_COLUMNS} FROM indicator_scores WHERE meeting_id = ? ORDER BY id",
        [meeting_id],
    ).fetchall()
    return {row[0]: _score(row) for row in rows}


def score_history(
    db: sqlite_utils.Database, citizen_id: int
) -> list[tuple[Meeting, dict[str, IndicatorScore]]]:
    """Every meeting of a citizen, oldest first, each with its scores (for charts)."""
    meetings = list_meetings(db, citizen_id)
    by_meeting: dict[int, dict[str, IndicatorScore]] = {m.id: {} for m in meetings}
    rows = db.execute(
        f"SELECT s.meeting_id, {', '.join('s.' + c.strip() for c in _SCORE_COLUMNS.split(','))} "
        "FROM indicator_scores s JOIN meetings m ON m.id = s.meeting_id WHERE m.citizen_id = ?",
        [citizen_id],
    ).fetchall()
    for row in rows:
        by_meeting[row[0]][row[1]] = _score(row[1:])
    return [(m, by_meeting[m.id]) for m in meetings]


def previous_meeting(db: sqlite_utils.Database, meeting: Meeting) -> Meeting | None:
    """The meeting before this one (by date, then by creation order)."""
    row = db.execute(
        f"SELECT {_COLUMNS} FROM meetings WHERE citizen_id = ? AND "
        "(held_on < ? OR (held_on = ? AND id < ?)) ORDER BY held_on DESC, id DESC LIMIT 1",
        [meeting.citizen_id, to_iso(meeting.held_on), to_iso(meeting.held_on), meeting.id],
    ).fetchone()
    return _meeting(row) if row else None
