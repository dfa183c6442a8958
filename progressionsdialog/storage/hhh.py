"""HHH answers (hvad, hvorfor, hvordan), kept exactly as the citizen typed them."""

from __future__ import annotations

import sqlite_utils

from progressionsdialog.domain.plan import PLAN_TEXT_MAX, Hhh
from progressionsdialog.domain.text import validate_text
from progressionsdialog.errors import NotFoundError
from progressionsdialog.storage import audit
from progressionsdialog.storage.clock import now_iso
from progressionsdialog.storage.transaction import transaction

_COLUMNS = "id, citizen_id, what, why, how, meeting_id, life_area_id"
_LABELS = {"what": "Hvad", "why": "Hvorfor", "how": "Hvordan"}


def _clean(hhh: Hhh) -> dict:
    return {
        field: validate_text(getattr(hhh, field), field, label, max_length=PLAN_TEXT_MAX)
        for field, label in _LABELS.items()
    }


def save_hhh(db: sqlite_utils.Database, hhh: Hhh) -> Hhh:
    """Insert (no id) or update an HHH; empty answers are allowed."""
    values = _clean(hhh)
    stamp = now_iso()
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
        else:
            hhh_id = hhh.id
            db.execute(
                "UPDATE hhh_answers SET what = ?, why = ?, how = ?, updated_at = ? WHERE id = ?",
                [values["what"], values["why"], values["how"], stamp, hhh_id],
            )
    return get_hhh(db, hhh_id)


def get_hhh(db: sqlite_utils.Database, hhh_id: int) -> Hhh:
    row = db.execute(f"SELECT {_COLUMNS} FROM hhh_answers WHERE id = ?", [hhh_id]).fetchone()
    if row is None:
        raise NotFoundError("HHH-svaret findes ikke (længere).")
    return Hhh(*row)


def list_hhh(db: sqlite_utils.Database, citizen_id: int) -> list[Hhh]:
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM hhh_answers WHERE citizen_id = ? ORDER BY id", [citizen_id]
    ).fetchall()
    return [Hhh(*row) for row in rows]


def delete_hhh(db: sqlite_utils.Database, hhh_id: int) -> None:
    hhh = get_hhh(db, hhh_id)
    with transaction(db):
        db.execute("DELETE FROM hhh_answers WHERE id = ?", [hhh_id])
        audit.record(db, "delete", citizen_id=hhh.citizen_id, entity="hhh", entity_id=hhh_id)
