"""Earlier words of HHH answers and goals, with the day they were written.

Text is saved as it is typed, so keeping every save would keep every pause in the typing.
One version per field and day is kept instead: typing on the same day changes that day's
version; the first change on a later day starts a new one. The newest version is the text
in use; the ones before it are the history the screen shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import sqlite_utils

from progressionsdialog.storage import clock


@dataclass(frozen=True, slots=True)
class Revision:
    field: str
    text: str
    written_at: str  # ISO timestamp (UTC) of the last change that day

    @property
    def written_on(self) -> date:
        return local_day(self.written_at)


def local_day(stamp: str) -> date:
    """The day on this computer's calendar of a stored (UTC) timestamp."""
    return datetime.fromisoformat(stamp).astimezone().date()


def record_changes(
    db: sqlite_utils.Database,
    citizen_id: int,
    entity: str,
    entity_id: int,
    old: dict[str, str],
    new: dict[str, str],
    old_written_at: str,
) -> None:
    """Keep ``new`` text of every field that differs from ``old``. Call inside the write's
    transaction. ``old_written_at`` dates text written before history was kept."""
    stamp = clock.now_iso()
    for field, text in new.items():
        before = old.get(field, "")
        if text == before:
            continue
        latest = _latest(db, entity, entity_id, field)
        if latest is None and before:
            _insert(db, citizen_id, entity, entity_id, field, before, old_written_at)
            latest = _latest(db, entity, entity_id, field)
        if latest is not None and local_day(latest[2]) == local_day(stamp):
            db.execute(
                "UPDATE plan_revisions SET text = ?, written_at = ? WHERE id = ?",
                [text, stamp, latest[0]],
            )
        else:
            _insert(db, citizen_id, entity, entity_id, field, text, stamp)


def history(
    db: sqlite_utils.Database, entity: str, entity_id: int, fields: tuple[str, ...]
) -> list[Revision]:
    """Every kept version of ``fields``, in that order, each oldest first (the last of a
    field is the text in use)."""
    rows = db.execute(
        "SELECT field, text, written_at FROM plan_revisions WHERE entity = ? AND entity_id = ? "
        "ORDER BY written_at, id",
        [entity, entity_id],
    ).fetchall()
    kept = [Revision(*row) for row in rows if row[0] in fields]
    return sorted(kept, key=lambda r: fields.index(r.field))  # stable: by day within a field


def forget(db: sqlite_utils.Database, entity: str, entity_id: int) -> None:
    """The thing itself is deleted: its history goes with it (inside the delete's transaction)."""
    db.execute("DELETE FROM plan_revisions WHERE entity = ? AND entity_id = ?", [entity, entity_id])


def _latest(db, entity, entity_id, field) -> tuple | None:
    return db.execute(
        "SELECT id, text, written_at FROM plan_revisions WHERE entity = ? AND entity_id = ? "
        "AND field = ? ORDER BY written_at DESC, id DESC LIMIT 1",
        [entity, entity_id, field],
    ).fetchone()


def _insert(db, citizen_id, entity, entity_id, field, text, written_at) -> None:
    db.execute(
        "INSERT INTO plan_revisions (citizen_id, entity, entity_id, field, text, written_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [citizen_id, entity, entity_id, field, text, written_at],
    )
