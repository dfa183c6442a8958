"""Follow-up meetings at the company (opfølgning i virksomheden): the date, the company's
view of progress on the agreed goals, and notes. One dated before the effort is refused.

    save_follow_up(db, CompanyFollowUp(None, effort_id, date(2026, 3, 2), "Går godt"))
    list_follow_ups(db, effort_id)  # by date
"""

from __future__ import annotations

import sqlite_utils

from progressionsdialog.domain.company import CompanyFollowUp, validate_follow_up
from progressionsdialog.domain.dates import from_iso, to_iso
from progressionsdialog.errors import NotFoundError
from progressionsdialog.i18n import _
from progressionsdialog.storage.clock import now_iso
from progressionsdialog.storage.efforts import delete_effort_part, get_effort, record_effort_part
from progressionsdialog.storage.transaction import transaction

_COLUMNS = "id, effort_id, held_on, company_view, notes"
DETAIL = "opfølgning i virksomheden"  # the audit log's detail, stored in Danish


def _follow_up(r: tuple) -> CompanyFollowUp:
    return CompanyFollowUp(r[0], r[1], from_iso(r[2]), r[3], r[4])


def save_follow_up(db: sqlite_utils.Database, follow_up: CompanyFollowUp) -> CompanyFollowUp:
    effort = get_effort(db, follow_up.effort_id)
    follow_up = validate_follow_up(follow_up, effort)
    values = [to_iso(follow_up.held_on), follow_up.company_view, follow_up.notes]
    stamp = now_iso()
    with transaction(db):
        if follow_up.id is None:
            follow_up_id = db.execute(
                "INSERT INTO company_follow_ups (held_on, company_view, notes, effort_id, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                [*values, follow_up.effort_id, stamp, stamp],
            ).lastrowid
            action = "create"
        else:
            follow_up_id = follow_up.id
            db.execute(
                "UPDATE company_follow_ups SET held_on = ?, company_view = ?, notes = ?, "
                "updated_at = ? WHERE id = ?",
                [*values, stamp, follow_up_id],
            )
            action = "update"
        record_effort_part(db, effort, action, DETAIL)
    return get_follow_up(db, follow_up_id)


def get_follow_up(db: sqlite_utils.Database, follow_up_id: int) -> CompanyFollowUp:
    row = db.execute(
        f"SELECT {_COLUMNS} FROM company_follow_ups WHERE id = ?", [follow_up_id]
    ).fetchone()
    if row is None:
        raise NotFoundError(_("Opfølgningen findes ikke (længere)."))
    return _follow_up(row)


def list_follow_ups(db: sqlite_utils.Database, effort_id: int) -> list[CompanyFollowUp]:
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM company_follow_ups WHERE effort_id = ? ORDER BY held_on, id",
        [effort_id],
    ).fetchall()
    return [_follow_up(r) for r in rows]


def delete_follow_up(db: sqlite_utils.Database, follow_up_id: int) -> None:
    follow_up = get_follow_up(db, follow_up_id)
    effort = get_effort(db, follow_up.effort_id)
    delete_effort_part(db, "company_follow_ups", follow_up_id, effort, DETAIL)
