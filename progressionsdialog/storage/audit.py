"""The audit log: an append-only record of who did what to which citizen's data.

Entries name the citizen by id only (never by name), so they can stay after an erasure.

Triggers refuse UPDATE, DELETE and a second row with the same id (also through
``INSERT OR REPLACE``). Triggers can be dropped by anyone who can open the file, so the log
is also tamper-evident: each row holds the previous row's hash (``prev_hash``) and the
sha256 of that hash and its own content (``hash``), and the settings row
``audit_log_head`` holds the id and hash of the last row (kept by a trigger, in the same
transaction). ``verify_audit_log`` checks all of it.

What it cannot see: someone who can open the file and rewrites rows *and* recomputes every
hash after them and the head (the chain has no secret key, and anyone with the password
can do that), or who empties the whole log and sets the head back to ``0``. It finds every
change made with plain SQL that does not recompute the chain.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from progressionsdialog.i18n import _, n_
from progressionsdialog.storage.clock import now_iso, parse_timestamp
from progressionsdialog.storage.database import is_read_only
from progressionsdialog.storage.migrations import AUDIT_GUARD_TRIGGERS, AUDIT_HEAD_KEY

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

# The columns a row's hash covers, in this order. Part of the file format: never change.
HASHED_COLUMNS = "id, at, actor, action, citizen_ref, entity, entity_id, detail"
MAX_PROBLEMS = 20


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    citizen_ref: int | None
    entity: str
    entity_id: int | None
    detail: str


def current_actor(db: sqlite_utils.Database | None = None) -> str:
    """The caseworker's name from Indstillinger, else the computer's login name."""
    if db is not None:
        row = db.execute("SELECT value FROM settings WHERE key = 'caseworker_name'").fetchone()
        if row and row[0].strip():
            return row[0].strip()
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return ""


def record(
    db: sqlite_utils.Database,
    action: str,
    *,
    citizen_id: int | None,
    entity: str = "citizen",
    entity_id: int | None = None,
    detail: str = "",
) -> None:
    """Append one entry. Call it inside the same transaction as the change it records.

    A database opened for reading only cannot take the entry: a view or a print of it is
    written to the program's log instead, so reading and printing still work.
    """
    if is_read_only(db):
        log.info("Read-only database, not in the audit log: %s %s %s", action, entity, citizen_id)
        return
    last = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    prev = (last[1] or "") if last else ""
    row = (
        (last[0] if last else 0) + 1,
        now_iso(),
        current_actor(db),
        str(action),
        None if citizen_id is None else int(citizen_id),  # as SQLite gives it back
        str(entity),
        None if entity_id is None else int(entity_id),
        str(detail),
    )
    db.execute(
        f"INSERT INTO audit_log ({HASHED_COLUMNS}, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [*row, prev, row_hash(prev, row)],
    )


def row_hash(prev_hash: str, row: Sequence[object]) -> str:
    """sha256 of the previous row's hash and this row's ``HASHED_COLUMNS``, as compact JSON.

    >>> row_hash("", (1, "2026-01-02T10:00:00+00:00", "mette", "view", 7, "citizen", 7, ""))[:12]
    '847b80638299'
    """
    payload = json.dumps([prev_hash, *row], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _normalised(sql: str | None) -> str:
    return " ".join((sql or "").split())


def verify_audit_log(db: sqlite_utils.Database) -> list[str]:
    """Problems with the audit log, in the language in use; an empty list when it is whole.

    Checks that the guard triggers are there as created, that every row's hash fits its
    content and the row before it, and that the last row is the one the head mark names.
    """
    problems: list[str] = []
    present = dict(
        db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
        ).fetchall()
    )
    for name, sql in AUDIT_GUARD_TRIGGERS.items():
        if name not in present:
            problems.append(
                _("Beskyttelsen af revisionsloggen mangler (trigger {name}).").format(name=name)
            )
        elif _normalised(present[name]) != _normalised(sql):
            problems.append(
                _("Beskyttelsen af revisionsloggen er ændret (trigger {name}).").format(name=name)
            )
    changed: list[str] = []
    last_id, last_hash = 0, ""
    cursor = db.execute(f"SELECT {HASHED_COLUMNS}, prev_hash, hash FROM audit_log ORDER BY id")
    for *content, prev, own in cursor:
        if own != row_hash(prev or "", content):
            changed.append(_("Revisionsloggen er ændret ved række {row}.").format(row=content[0]))
        elif (prev or "") != last_hash:
            changed.append(
                _(
                    "Revisionsloggen er ændret ved række {row}: "
                    "rækken før den mangler eller er ændret."
                ).format(row=content[0])
            )
        last_id, last_hash = content[0], own or ""
    if len(changed) > MAX_PROBLEMS:
        rest = len(changed) - MAX_PROBLEMS
        more = n_("… og 1 ændret række mere.", "… og {n} ændrede rækker mere.", rest)
        changed = [*changed[:MAX_PROBLEMS], more.format(n=rest)]
    problems.extend(changed)
    head = db.execute("SELECT value FROM settings WHERE key = ?", [AUDIT_HEAD_KEY]).fetchone()
    if head is None:
        problems.append(_("Kontrolværdien for revisionsloggens sidste række mangler."))
    else:
        head_id, _space, head_hash = head[0].partition(" ")
        if not head_id.isdigit():
            problems.append(_("Kontrolværdien for revisionsloggens sidste række er ændret."))
        elif int(head_id) > last_id:
            problems.append(
                _("Revisionsloggen er afkortet: rækkerne efter række {row} mangler.").format(
                    row=last_id
                )
            )
        elif (int(head_id), head_hash) != (last_id, last_hash):
            problems.append(_("Revisionsloggen er ændret ved række {row}.").format(row=last_id))
    return problems


def entries(db: sqlite_utils.Database, citizen_id: int | None = None) -> list[AuditEntry]:
    where, params = ("WHERE citizen_ref = ?", [citizen_id]) if citizen_id is not None else ("", [])
    rows = db.execute(
        "SELECT id, at, actor, action, citizen_ref, entity, entity_id, detail "
        f"FROM audit_log {where} ORDER BY id",
        params,
    ).fetchall()
    return [
        AuditEntry(r[0], parse_timestamp(r[1]), r[2], r[3], r[4], r[5], r[6], r[7]) for r in rows
    ]
