"""The worker's recommended next step (``domain/recommendation.py``), with its history.

A new recommendation is a new row; the latest (by day, then by when it was added) is the
one that counts, the earlier ones are the history the screen and the handover show. The
screen saves as the worker types, so ``save_recommendation`` keeps one recommendation per
day: typing again on the day of the latest changes it, the first change on a later day adds
a new one. ``add_recommendation`` always adds one (for a given day).

    save_recommendation(db, citizen_id, "Start virksomhedspraktik i ældreplejen")
    latest_recommendation(db, citizen_id).text  # 'Start virksomhedspraktik i ældreplejen'

The rows go with the citizen (ON DELETE CASCADE): erasure removes them; the plan's undo
(``plan_changes``) and the access right's export (``rights``) cover the table.
"""

from __future__ import annotations

from datetime import date

import sqlite_utils

from progressionsdialog import clock
from progressionsdialog.domain.recommendation import Recommendation, validate_recommendation
from progressionsdialog.errors import NotFoundError
from progressionsdialog.i18n import _
from progressionsdialog.storage import audit
from progressionsdialog.storage.clock import now_iso
from progressionsdialog.storage.transaction import transaction

ENTITY = "recommendation"
_COLUMNS = "id, citizen_id, text, written_on"
_NEWEST_FIRST = "ORDER BY written_on DESC, id DESC"


def _recommendation(row: tuple) -> Recommendation:
    return Recommendation(row[0], row[1], row[2], date.fromisoformat(row[3]))


def add_recommendation(
    db: sqlite_utils.Database, citizen_id: int, text: str, written_on: date | None = None
) -> Recommendation:
    """A new recommendation (written today unless ``written_on`` says otherwise)."""
    text = validate_recommendation(text)
    day = (written_on or clock.today()).isoformat()
    stamp = now_iso()
    with transaction(db):
        new_id = db.execute(
            "INSERT INTO recommendations (citizen_id, text, written_on, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [citizen_id, text, day, stamp, stamp],
        ).lastrowid
        audit.record(db, "create", citizen_id=citizen_id, entity=ENTITY, entity_id=new_id)
    return get_recommendation(db, new_id)


def save_recommendation(db: sqlite_utils.Database, citizen_id: int, text: str) -> Recommendation:
    """The recommendation as typed now: today's is changed, else a new one is added.

    Text equal to the latest changes nothing (no new row, nothing in the audit log).
    """
    text = validate_recommendation(text)
    latest = latest_recommendation(db, citizen_id)
    if latest is not None and latest.text == text:
        return latest
    if latest is None or latest.written_on < clock.today():
        return add_recommendation(db, citizen_id, text)
    with transaction(db):
        db.execute(
            "UPDATE recommendations SET text = ?, updated_at = ? WHERE id = ?",
            [text, now_iso(), latest.id],
        )
        audit.record(db, "update", citizen_id=citizen_id, entity=ENTITY, entity_id=latest.id)
    return get_recommendation(db, latest.id)


def get_recommendation(db: sqlite_utils.Database, recommendation_id: int) -> Recommendation:
    row = db.execute(
        f"SELECT {_COLUMNS} FROM recommendations WHERE id = ?", [recommendation_id]
    ).fetchone()
    if row is None:
        raise NotFoundError(_("Anbefalingen findes ikke (længere)."))
    return _recommendation(row)


def latest_recommendation(db: sqlite_utils.Database, citizen_id: int) -> Recommendation | None:
    """The recommendation that counts now, or ``None`` when the worker has given none."""
    row = db.execute(
        f"SELECT {_COLUMNS} FROM recommendations WHERE citizen_id = ? {_NEWEST_FIRST} LIMIT 1",
        [citizen_id],
    ).fetchone()
    return _recommendation(row) if row else None


def recommendation_history(db: sqlite_utils.Database, citizen_id: int) -> list[Recommendation]:
    """Every recommendation for the citizen, the latest first."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM recommendations WHERE citizen_id = ? {_NEWEST_FIRST}",
        [citizen_id],
    ).fetchall()
    return [_recommendation(r) for r in rows]


def delete_recommendation(db: sqlite_utils.Database, recommendation_id: int) -> Recommendation:
    """Delete one recommendation (the one before it counts again); returns what was deleted.
    The plan's undo puts it back (``plan_changes``)."""
    gone = get_recommendation(db, recommendation_id)
    with transaction(db):
        db.execute("DELETE FROM recommendations WHERE id = ?", [recommendation_id])
        audit.record(
            db, "delete", citizen_id=gone.citizen_id, entity=ENTITY, entity_id=recommendation_id
        )
    return gone
