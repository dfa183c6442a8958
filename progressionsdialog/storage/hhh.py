"""HHH answers (hvad, hvorfor, hvordan), kept exactly as the citizen typed them.

Earlier answers are kept, one version a day (``revisions.py``), so the screen can show
how the citizen's words changed.
"""

from __future__ import annotations

import sqlite_utils

from progressionsdialog.domain.plan import PLAN_TEXT_MAX, Hhh
from progressionsdialog.domain.text import validate_text
from progressionsdialog.errors import NotFoundError
from progressionsdialog.i18n import _
from progressionsdialog.storage import audit, clock, revisions
from progressionsdialog.storage.revisions import Revision
from progressionsdialog.storage.transaction import transaction

_COLUMNS = "id, citizen_id, what, why, how, meeting_id, life_area_id"
_LABELS = {"what": "Hvad", "why": "Hvorfor", "how": "Hvordan"}
FIELDS = tuple(_LABELS)


def _clean(hhh: Hhh) -> dict:
    return {
        field: validate_text(getattr(hhh, field), field, label, max_length=PLAN_TEXT_MAX)
        for field, label in _LABELS.items()
    }


def save_hhh(db: sqlite_utils.Database, hhh: Hhh) -> Hhh:
    """Insert (no id) or update an HHH; empty answers are allowed."""
    values = _clean(hhh)
    stamp = clock.now_iso()
    with transaction(db):
        if hhh.id is None:
            hhh_id = db.execute(
                "INSERT INTO hhh_answers (citizen_id, meeting_id, life_area_id, what, why, how, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    hhh.citizen_id,
                    hhh.meeting_id,
                    hhh.life_area_id,
                    values["what"],
                    values["why"],
                    values["how"],
                    stamp,
                    stamp,
                ],
            ).lastrowid
            audit.record(db, "create", citizen_id=hhh.citizen_id, entity="hhh", entity_id=hhh_id)
            old, written = {}, stamp
        else:
            hhh_id = hhh.id
            before = get_hhh(db, hhh_id)
            old = {field: getattr(before, field) for field in FIELDS}
            (written,) = db.execute(
                "SELECT updated_at FROM hhh_answers WHERE id = ?", [hhh_id]
            ).fetchone()
            db.execute(
                "UPDATE hhh_answers SET what = ?, why = ?, how = ?, updated_at = ? WHERE id = ?",
                [values["what"], values["why"], values["how"], stamp, hhh_id],
            )
        revisions.record_changes(db, hhh.citizen_id, "hhh", hhh_id, old, values, written)
    return get_hhh(db, hhh_id)


def get_hhh(db: sqlite_utils.Database, hhh_id: int) -> Hhh:
    row = db.execute(f"SELECT {_COLUMNS} FROM hhh_answers WHERE id = ?", [hhh_id]).fetchone()
    if row is None:
        raise NotFoundError(_("HHH-svaret findes ikke (længere)."))
    return Hhh(*row)


def list_hhh(db: sqlite_utils.Database, citizen_id: int) -> list[Hhh]:
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM hhh_answers WHERE citizen_id = ? ORDER BY id", [citizen_id]
    ).fetchall()
    return [Hhh(*row) for row in rows]


def hhh_history(db: sqlite_utils.Database, hhh_id: int) -> list[Revision]:
    """The answers as they stood each day they were changed: what, why, how, oldest first."""
    return revisions.history(db, "hhh", hhh_id, FIELDS)


def life_area_of(db: sqlite_utils.Database, hhh: Hhh) -> str:
    """The name of the life-wheel area the wish came from ('' if it did not come from one)."""
    if hhh.life_area_id is None:
        return ""
    row = db.execute("SELECT name FROM life_areas WHERE id = ?", [hhh.life_area_id]).fetchone()
    return row[0] if row else ""


def goals_from(db: sqlite_utils.Database, hhh_id: int) -> int:
    """How many goals came from this HHH."""
    return db.execute("SELECT count(*) FROM goals WHERE hhh_id = ?", [hhh_id]).fetchone()[0]


def delete_hhh(db: sqlite_utils.Database, hhh_id: int) -> int:
    """Delete an HHH and its history; returns how many goals came from it (they stay)."""
    hhh = get_hhh(db, hhh_id)
    linked = goals_from(db, hhh_id)
    with transaction(db):
        db.execute("DELETE FROM hhh_answers WHERE id = ?", [hhh_id])
        revisions.forget(db, "hhh", hhh_id)
        audit.record(db, "delete", citizen_id=hhh.citizen_id, entity="hhh", entity_id=hhh_id)
    return linked
