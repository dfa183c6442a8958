"""The citizen register: create, edit, list, archive and restore citizens.

Every change is written in one transaction with its audit entry.

    cid = add_citizen(db, CitizenDraft(name="Amina Hassan")).id
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from progressionsdialog.domain.citizen import Citizen, CitizenDraft, TargetGroup
from progressionsdialog.domain.cpr import Cpr
from progressionsdialog.domain.dates import from_iso, to_iso
from progressionsdialog.errors import NotFoundError
from progressionsdialog.i18n import _
from progressionsdialog.storage.clock import now_iso, parse_timestamp
from progressionsdialog.storage.transaction import transaction

if TYPE_CHECKING:
    import sqlite_utils


def _audit():
    """The audit log's module, with the first change (the register's first read needs none
    of it: hashing, JSON, the user's name)."""
    from progressionsdialog.storage import audit

    return audit


_SELECT = """
SELECT c.id, c.name, c.birth_date, c.cpr, c.phone, c.email, c.target_group, c.caseworker_id,
       COALESCE(w.name, ''), c.note, c.archived_at, c.created_at
FROM citizens c LEFT JOIN caseworkers w ON w.id = c.caseworker_id
"""


def _from_row(row: tuple) -> Citizen:
    return Citizen(
        id=row[0],
        name=row[1],
        birth_date=from_iso(row[2]),
        cpr=Cpr(row[3]) if row[3] else None,
        phone=row[4],
        email=row[5],
        target_group=TargetGroup(row[6]),
        caseworker_id=row[7],
        caseworker_name=row[8],
        note=row[9],
        archived_at=parse_timestamp(row[10]),
        created_at=parse_timestamp(row[11]),
    )


def _columns(draft: CitizenDraft) -> dict:
    clean = draft.validated()
    birth, cpr = clean.birth_date, clean.cpr
    return {
        "name": clean.name,
        "birth_date": to_iso(birth),
        "cpr": cpr.digits if cpr else None,
        "phone": clean.phone,
        "email": clean.email,
        "target_group": TargetGroup(clean.target_group).value,
        "caseworker_id": clean.caseworker_id,
        "note": clean.note,
    }


def _next_citizen_id(db: sqlite_utils.Database) -> int:
    """A number never given before: past every citizen and every number the audit log has
    named, erased citizens included (their "erase" entry stays). SQLite alone would give an
    erased newest citizen's number again, and with it that person's audit entries."""
    row = db.execute(
        "SELECT max(coalesce((SELECT max(id) FROM citizens), 0), "
        "coalesce((SELECT max(citizen_ref) FROM audit_log), 0))"
    ).fetchone()
    return int(row[0]) + 1


def add_citizen(db: sqlite_utils.Database, draft: CitizenDraft) -> Citizen:
    """Validate and store a new citizen; raises ``ValidationError`` and stores nothing if wrong."""
    values = _columns(draft)
    stamp = now_iso()
    with transaction(db):
        citizen_id = _next_citizen_id(db)
        db.execute(
            "INSERT INTO citizens (id, name, birth_date, cpr, phone, email, target_group, "
            "caseworker_id, note, created_at, updated_at) "
            "VALUES (:id, :name, :birth_date, :cpr, :phone, :email, :target_group, "
            ":caseworker_id, :note, :stamp, :stamp)",
            {**values, "id": citizen_id, "stamp": stamp},
        )
        _audit().record(db, "create", citizen_id=citizen_id, entity_id=citizen_id)
    return get_citizen(db, citizen_id)


def update_citizen(db: sqlite_utils.Database, citizen_id: int, draft: CitizenDraft) -> Citizen:
    values = _columns(draft)
    before = get_citizen(db, citizen_id)
    changed = [k for k in ("name", "phone", "email", "note") if getattr(before, k) != values[k]]
    with transaction(db):
        db.execute(
            "UPDATE citizens SET name = :name, birth_date = :birth_date, cpr = :cpr, "
            "phone = :phone, email = :email, target_group = :target_group, "
            "caseworker_id = :caseworker_id, note = :note, updated_at = :stamp WHERE id = :id",
            {**values, "stamp": now_iso(), "id": citizen_id},
        )
        _audit().record(
            db, "update", citizen_id=citizen_id, entity_id=citizen_id, detail=",".join(changed)
        )
    return get_citizen(db, citizen_id)


def get_citizen(db: sqlite_utils.Database, citizen_id: int) -> Citizen:
    row = db.execute(_SELECT + " WHERE c.id = ?", [citizen_id]).fetchone()
    if row is None:
        raise NotFoundError(_("Borgeren (nr. {id}) findes ikke.").format(id=citizen_id))
    return _from_row(row)


def list_citizens(db: sqlite_utils.Database, include_archived: bool = True) -> list[Citizen]:
    """All citizens, in no particular order (the screen sorts them the Danish way)."""
    where = "" if include_archived else " WHERE c.archived_at IS NULL"
    return [_from_row(row) for row in db.execute(_SELECT + where + " ORDER BY c.id")]


def citizen_names(db: sqlite_utils.Database, ids: set[int]) -> dict[int, str]:
    """Names of the citizens that still exist among ``ids`` (an erased one is absent)."""
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    rows = db.execute(f"SELECT id, name FROM citizens WHERE id IN ({marks})", list(ids))
    return dict(rows.fetchall())


def count_citizens(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM citizens").fetchone()[0]


def _set_archived(db: sqlite_utils.Database, citizen_id: int, value: str | None, action: str):
    get_citizen(db, citizen_id)
    with transaction(db):
        db.execute(
            "UPDATE citizens SET archived_at = ?, updated_at = ? WHERE id = ?",
            [value, now_iso(), citizen_id],
        )
        _audit().record(db, action, citizen_id=citizen_id, entity_id=citizen_id)
    return get_citizen(db, citizen_id)


def archive_citizen(db: sqlite_utils.Database, citizen_id: int) -> Citizen:
    return _set_archived(db, citizen_id, now_iso(), "archive")


def restore_citizen(db: sqlite_utils.Database, citizen_id: int) -> Citizen:
    return _set_archived(db, citizen_id, None, "restore")


@dataclass(frozen=True, slots=True)
class CitizenSummary:
    """What the register shows per row beyond the citizen: the latest meeting, and why the
    citizen needs follow-up (empty when all is well, and for archived citizens)."""

    citizen: Citizen
    last_meeting: date | None
    follow_up: tuple[str, ...] = ()


def list_register(db: sqlite_utils.Database) -> list[CitizenSummary]:
    """Every citizen with the date of their latest meeting, for the register list."""
    from progressionsdialog.storage.follow_up import attention_for_all

    last = dict(
        db.execute("SELECT citizen_id, max(held_on) FROM meetings GROUP BY citizen_id").fetchall()
    )
    attention = attention_for_all(db)
    return [
        CitizenSummary(
            c,
            from_iso(last.get(c.id)),
            tuple(attention[c.id].reasons()) if c.id in attention else (),
        )
        for c in list_citizens(db)
    ]
