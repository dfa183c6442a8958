"""Screenings (``domain/screening.py``): one row per time the citizen is screened, dated by a
day or a meeting, and one answer per area. A new screening starts from the answers of the
latest one, which stays as it was: the history is every screening, oldest first.

    screening = start_screening(db, citizen_id)          # today, from the last answers
    save_answer(db, screening.id, AreaAnswer(ScreeningArea.HOUSING, AreaStatus.BARRIER))
    barrier_categories(db)                               # {citizen_id: ["Bolig"], ...}
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import sqlite_utils

from progressionsdialog import clock
from progressionsdialog.domain.dates import from_iso, to_iso
from progressionsdialog.domain.screening import (
    AreaAnswer,
    AreaStatus,
    Screening,
    ScreeningArea,
    all_answers,
    validate_answer,
    validate_screening_date,
)
from progressionsdialog.errors import NotFoundError, ValidationError
from progressionsdialog.i18n import _
from progressionsdialog.storage import audit
from progressionsdialog.storage.clock import now_iso
from progressionsdialog.storage.transaction import transaction

_NEWEST_FIRST = "screened_on DESC, id DESC"  # the latest day; of one day, the last made


def _answers(db: sqlite_utils.Database, screening_id: int) -> tuple[AreaAnswer, ...]:
    rows = db.execute(
        "SELECT area, status, citizen_words, worker_note FROM screening_answers "
        "WHERE screening_id = ?",
        [screening_id],
    ).fetchall()
    given = {
        ScreeningArea(r[0]): AreaAnswer(ScreeningArea(r[0]), AreaStatus(r[1]), r[2], r[3])
        for r in rows
    }
    return all_answers(given)


def _screening(db: sqlite_utils.Database, row: tuple) -> Screening:
    return Screening(row[0], row[1], from_iso(row[2]), row[3], _answers(db, row[0]))


def get_screening(db: sqlite_utils.Database, screening_id: int) -> Screening:
    row = db.execute(
        "SELECT id, citizen_id, screened_on, meeting_id FROM screenings WHERE id = ?",
        [screening_id],
    ).fetchone()
    if row is None:
        raise NotFoundError(_("Screeningen findes ikke (længere)."))
    return _screening(db, row)


def list_screenings(db: sqlite_utils.Database, citizen_id: int) -> list[Screening]:
    """The citizen's screenings, oldest first: the history."""
    rows = db.execute(
        "SELECT id, citizen_id, screened_on, meeting_id FROM screenings WHERE citizen_id = ? "
        "ORDER BY screened_on, id",
        [citizen_id],
    ).fetchall()
    return [_screening(db, r) for r in rows]


def latest_screening(db: sqlite_utils.Database, citizen_id: int) -> Screening | None:
    row = db.execute(
        "SELECT id, citizen_id, screened_on, meeting_id FROM screenings WHERE citizen_id = ? "
        f"ORDER BY {_NEWEST_FIRST} LIMIT 1",
        [citizen_id],
    ).fetchone()
    return _screening(db, row) if row else None


def _day(
    db: sqlite_utils.Database, citizen_id: int, screened_on: date | None, meeting_id: int | None
) -> date:
    """The day the screening is dated: the meeting's, else the one given, else today."""
    if meeting_id is not None:
        row = db.execute(
            "SELECT citizen_id, held_on FROM meetings WHERE id = ?", [meeting_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(_("Samtalen findes ikke (længere)."))
        if row[0] != citizen_id:
            raise ValidationError("meeting_id", _("Samtalen hører ikke til borgeren."))
        screened_on = from_iso(row[1])
    return validate_screening_date(screened_on or clock.today())


def start_screening(
    db: sqlite_utils.Database,
    citizen_id: int,
    screened_on: date | None = None,
    meeting_id: int | None = None,
) -> Screening:
    """A new screening, dated by ``meeting_id`` (its day), else ``screened_on``, else today.
    It starts from the latest screening's answers, which are kept unchanged."""
    if db.execute("SELECT 1 FROM citizens WHERE id = ?", [citizen_id]).fetchone() is None:
        raise NotFoundError(_("Borgeren (nr. {id}) findes ikke.").format(id=citizen_id))
    day = _day(db, citizen_id, screened_on, meeting_id)
    last = latest_screening(db, citizen_id)
    answers = last.answers if last else all_answers({})
    stamp = now_iso()
    with transaction(db):
        screening_id = db.execute(
            "INSERT INTO screenings (citizen_id, meeting_id, screened_on, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [citizen_id, meeting_id, to_iso(day), stamp, stamp],
        ).lastrowid
        _insert_answers(db, screening_id, answers, stamp)
        detail = "from the last" if last else ""
        audit.record(
            db,
            "create",
            citizen_id=citizen_id,
            entity="screening",
            entity_id=screening_id,
            detail=detail,
        )
    return get_screening(db, screening_id)


def _insert_answers(
    db: sqlite_utils.Database, screening_id: int, answers: tuple[AreaAnswer, ...], stamp: str
) -> None:
    for answer in answers:
        db.execute(
            "INSERT INTO screening_answers (screening_id, area, status, citizen_words, "
            "worker_note, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            [
                screening_id,
                answer.area.value,
                answer.status.value,
                answer.citizen_words,
                answer.worker_note,
                stamp,
            ],
        )


def save_answer(db: sqlite_utils.Database, screening_id: int, answer: AreaAnswer) -> AreaAnswer:
    """Save one area's answer (status, the citizen's words, the worker's note); a refused
    value raises a Danish ``ValidationError`` and leaves the saved answer as it was."""
    screening = get_screening(db, screening_id)
    answer = validate_answer(answer)
    if screening.answer(answer.area) == answer:
        return answer  # nothing changed: no write, no audit entry
    with transaction(db):
        db.execute(
            "INSERT INTO screening_answers (screening_id, area, status, citizen_words, "
            "worker_note, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (screening_id, area) DO UPDATE SET status = excluded.status, "
            "citizen_words = excluded.citizen_words, worker_note = excluded.worker_note, "
            "updated_at = excluded.updated_at",
            [
                screening_id,
                answer.area.value,
                answer.status.value,
                answer.citizen_words,
                answer.worker_note,
                now_iso(),
            ],
        )
        audit.record(
            db,
            "update",
            citizen_id=screening.citizen_id,
            entity="screening",
            entity_id=screening_id,
            detail=answer.area.value,
        )
    return answer


def set_area_status(
    db: sqlite_utils.Database, screening_id: int, area: ScreeningArea, status: AreaStatus
) -> AreaAnswer:
    """Change only an area's choice: its words and note stay as they are saved now."""
    current = get_screening(db, screening_id).answer(area)
    return save_answer(db, screening_id, replace(current, status=status))


def date_screening(
    db: sqlite_utils.Database,
    screening_id: int,
    screened_on: date | None,
    meeting_id: int | None = None,
) -> Screening:
    """Date the screening by a meeting (its day) or by a day (no meeting then)."""
    screening = get_screening(db, screening_id)
    day = _day(db, screening.citizen_id, screened_on, meeting_id)
    with transaction(db):
        db.execute(
            "UPDATE screenings SET screened_on = ?, meeting_id = ?, updated_at = ? WHERE id = ?",
            [to_iso(day), meeting_id, now_iso(), screening_id],
        )
        audit.record(
            db,
            "update",
            citizen_id=screening.citizen_id,
            entity="screening",
            entity_id=screening_id,
            detail="date",
        )
    return get_screening(db, screening_id)


def delete_screening(db: sqlite_utils.Database, screening_id: int) -> None:
    """Delete one screening with its answers (one started by mistake); the others stay."""
    screening = get_screening(db, screening_id)
    with transaction(db):
        db.execute("DELETE FROM screenings WHERE id = ?", [screening_id])
        audit.record(
            db,
            "delete",
            citizen_id=screening.citizen_id,
            entity="screening",
            entity_id=screening_id,
        )


def restore_screening(db: sqlite_utils.Database, screening: Screening) -> Screening:
    """Put a deleted screening back as it was, with its id (undo of a delete or a new one)."""
    stamp = now_iso()
    with transaction(db):
        db.execute(
            "INSERT INTO screenings (id, citizen_id, meeting_id, screened_on, created_at, "
            "updated_at) VALUES (?, ?, (SELECT id FROM meetings WHERE id = ?), ?, ?, ?)",
            [
                screening.id,
                screening.citizen_id,
                screening.meeting_id,
                to_iso(screening.screened_on),
                stamp,
                stamp,
            ],
        )
        _insert_answers(
            db, screening.id, all_answers({a.area: a for a in screening.answers}), stamp
        )
        audit.record(
            db,
            "restore",
            citizen_id=screening.citizen_id,
            entity="screening",
            entity_id=screening.id,
        )
    return get_screening(db, screening.id)


def barrier_categories(db: sqlite_utils.Database) -> dict[int, list[str]]:
    """Citizen id → the names (in the language in use) of the areas that are a barrier (or
    both) in the citizen's latest screening, in the order of the areas. A citizen screened
    with no barrier has an empty list; one never screened is not in it. For the team
    leader's statistics.
    """
    rows = db.execute(
        f"""SELECT s.citizen_id, a.area FROM screening_answers a
        JOIN (SELECT id, citizen_id, row_number() OVER (PARTITION BY citizen_id
              ORDER BY {_NEWEST_FIRST}) AS rank FROM screenings) s
          ON s.id = a.screening_id AND s.rank = 1
        WHERE a.status IN (?, ?)""",
        [AreaStatus.BARRIER.value, AreaStatus.BOTH.value],
    ).fetchall()
    barriers: dict[int, set[ScreeningArea]] = {}
    for (citizen_id,) in db.execute("SELECT DISTINCT citizen_id FROM screenings").fetchall():
        barriers[citizen_id] = set()
    for citizen_id, area in rows:
        barriers[citizen_id].add(ScreeningArea(area))
    order = list(ScreeningArea)
    return {
        citizen_id: [area.label for area in sorted(areas, key=order.index)]
        for citizen_id, areas in sorted(barriers.items())
    }
