"""Nothing falls between two chairs: which citizens need attention, and why.

A citizen is marked when no next meeting is booked, when the last meeting is older than the
follow-up interval (a setting, 3 months by default), or when open steps are past their date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlite_utils

from progressionsdialog import clock
from progressionsdialog.storage.transaction import transaction

INTERVAL_KEY = "follow_up_interval_days"
DEFAULT_INTERVAL_DAYS = 91


@dataclass(frozen=True, slots=True)
class Attention:
    no_next_meeting: bool
    last_meeting_too_old: bool
    overdue_steps: int

    @property
    def needed(self) -> bool:
        return self.no_next_meeting or self.last_meeting_too_old or self.overdue_steps > 0

    def reasons(self) -> list[str]:
        """Plain Danish, for the register's tooltip and the overview."""
        found = []
        if self.no_next_meeting:
            found.append("Næste samtale er ikke booket.")
        if self.last_meeting_too_old:
            found.append("Det er længe siden sidste samtale.")
        if self.overdue_steps:
            found.append(f"{self.overdue_steps} skridt er over fristen.")
        return found


def interval_days(db: sqlite_utils.Database) -> int:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [INTERVAL_KEY]).fetchone()
    return int(row[0]) if row else DEFAULT_INTERVAL_DAYS


def set_interval_days(db: sqlite_utils.Database, days: int) -> None:
    if not 7 <= days <= 730:
        from progressionsdialog.errors import ValidationError

        raise ValidationError("interval", "Vælg mellem 7 og 730 dage.")
    with transaction(db):
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [INTERVAL_KEY, str(days)],
        )


def attention_for_all(db: sqlite_utils.Database, today: date | None = None) -> dict[int, Attention]:
    """One query per fact, for every citizen at once (the register shows thousands)."""
    return _attention(db, today or clock.today())


def attention_for(
    db: sqlite_utils.Database, citizen_id: int, today: date | None = None
) -> Attention | None:
    """The same for one citizen (the overview shows one); ``None`` for an archived one."""
    return _attention(db, today or clock.today(), citizen_id).get(citizen_id)


def _attention(
    db: sqlite_utils.Database, today: date, citizen_id: int | None = None
) -> dict[int, Attention]:
    now = datetime.combine(today, datetime.min.time()).isoformat(timespec="minutes")
    cutoff = (today - timedelta(days=interval_days(db))).isoformat()
    if citizen_id is None:
        one = one_id = ""
        of: list = []
    else:
        one, one_id, of = " AND citizen_id = ?", " AND id = ?", [citizen_id]
    citizens = [
        r[0] for r in db.execute("SELECT id FROM citizens WHERE archived_at IS NULL" + one_id, of)
    ]
    booked = {
        r[0]
        for r in db.execute(
            "SELECT DISTINCT citizen_id FROM appointments WHERE cancelled = 0 AND starts_at >= ?"
            + one,
            [now, *of],
        )
    }
    last = dict(
        db.execute(
            "SELECT citizen_id, max(held_on) FROM meetings WHERE 1" + one + " GROUP BY citizen_id",
            of,
        )
    )
    overdue = dict(
        db.execute(
            "SELECT citizen_id, count(*) FROM steps WHERE status IN ('planned', 'not_done') "
            "AND due_on IS NOT NULL AND due_on < ?" + one + " GROUP BY citizen_id",
            [today.isoformat(), *of],
        )
    )
    return {
        cid: Attention(
            no_next_meeting=cid not in booked,
            last_meeting_too_old=(last.get(cid) or "") < cutoff,
            overdue_steps=overdue.get(cid, 0),
        )
        for cid in citizens
    }
