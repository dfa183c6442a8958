"""Nothing falls between two chairs: which citizens need attention, and why.

A citizen is marked when no next meeting is booked, when the last meeting is older than the
follow-up interval (a setting, 3 months by default), or when open steps are past their date.

Issue 13 adds three marks: the last meeting held had no scores; the scores are older than
the target group's scoring interval (a setting per group, every 4 weeks for
aktivitetsparate); and no company-directed effort after N months (a setting, 6 by default)
counted from when the benefit started, or from the first meeting when that is not known.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from progressionsdialog import clock
from progressionsdialog.errors import ValidationError
from progressionsdialog.i18n import _, n_
from progressionsdialog.storage.transaction import transaction

if TYPE_CHECKING:
    import sqlite_utils

INTERVAL_KEY = "follow_up_interval_days"
DEFAULT_INTERVAL_DAYS = 91
SCORE_WEEKS_KEY = "score_every_weeks."  # + the target group's stored value
# How often to score, in weeks: seed 003's projects score the activity-ready every 4 weeks;
# people close to a job or in a resource course need it less or as often as that.
DEFAULT_SCORE_WEEKS = {
    "jobparat": 13,
    "aktivitetsparat": 4,
    "sygedagpenge": 8,
    "ressourceforloeb": 4,
    "uddannelseshjaelp": 4,
    "andet": 8,
}
SCORE_WEEKS_RANGE = (1, 52)
NO_COMPANY_MONTHS_KEY = "no_company_effort_months"
DEFAULT_NO_COMPANY_MONTHS = 6
NO_COMPANY_MONTHS_RANGE = (1, 36)
COMPANY_KIND_VALUES = ("company_internship", "wage_subsidy_job", "ordinary_hours", "mentor")


@dataclass(frozen=True, slots=True)
class Attention:
    no_next_meeting: bool
    last_meeting_too_old: bool
    overdue_steps: int
    last_meeting_unscored: bool = False
    scoring_weeks_overdue: int = 0  # the target group's interval, when the scores are older
    no_company_effort_months: int = 0  # the setting, when it applies to the citizen

    @property
    def needed(self) -> bool:
        return (
            self.no_next_meeting
            or self.last_meeting_too_old
            or self.overdue_steps > 0
            or self.last_meeting_unscored
            or self.scoring_weeks_overdue > 0
            or self.no_company_effort_months > 0
        )

    def reasons(self) -> list[str]:
        """Plain words in the language in use, for the register's tooltip and the overview."""
        found = []
        if self.no_next_meeting:
            found.append(_("Næste samtale er ikke booket."))
        if self.last_meeting_too_old:
            found.append(_("Det er længe siden sidste samtale."))
        if self.overdue_steps:
            found.append(
                n_(
                    "1 skridt er over fristen.", "{n} skridt er over fristen.", self.overdue_steps
                ).format(n=self.overdue_steps)
            )
        if self.last_meeting_unscored:
            found.append(_("Der blev ikke scoret ved sidste samtale."))
        if self.scoring_weeks_overdue:
            found.append(
                _("Der er ikke scoret i over {n} uger.").format(n=self.scoring_weeks_overdue)
            )
        if self.no_company_effort_months:
            found.append(
                _("Ingen virksomhedsrettet indsats efter {n} måneder.").format(
                    n=self.no_company_effort_months
                )
            )
        return found


def interval_days(db: sqlite_utils.Database) -> int:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [INTERVAL_KEY]).fetchone()
    return int(row[0]) if row else DEFAULT_INTERVAL_DAYS


def set_interval_days(db: sqlite_utils.Database, days: int) -> None:
    if not 7 <= days <= 730:
        message = _("Vælg mellem {low} og {high} dage.").format(low=7, high=730)
        raise ValidationError("interval", message)
    with transaction(db):
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [INTERVAL_KEY, str(days)],
        )


def _put(db: sqlite_utils.Database, key: str, value: int) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, str(value)],
    )


def _get(db: sqlite_utils.Database, key: str, default: int) -> int:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    try:
        return int(row[0]) if row else default
    except ValueError:
        return default


def score_weeks(db: sqlite_utils.Database) -> dict[str, int]:
    """How often to score, in weeks, per target group (its stored value)."""
    return {
        group: _get(db, SCORE_WEEKS_KEY + group, weeks)
        for group, weeks in DEFAULT_SCORE_WEEKS.items()
    }


def set_score_weeks(db: sqlite_utils.Database, weeks: dict[str, int]) -> None:
    low, high = SCORE_WEEKS_RANGE
    for group, value in weeks.items():
        if group not in DEFAULT_SCORE_WEEKS:
            raise ValueError(group)
        if not low <= value <= high:
            message = _("Vælg mellem {low} og {high} uger.").format(low=low, high=high)
            raise ValidationError("score_weeks", message)
    with transaction(db):
        for group, value in weeks.items():
            _put(db, SCORE_WEEKS_KEY + group, value)


def no_company_months(db: sqlite_utils.Database) -> int:
    return _get(db, NO_COMPANY_MONTHS_KEY, DEFAULT_NO_COMPANY_MONTHS)


def set_no_company_months(db: sqlite_utils.Database, months: int) -> None:
    low, high = NO_COMPANY_MONTHS_RANGE
    if not low <= months <= high:
        message = _("Vælg mellem {low} og {high} måneder.").format(low=low, high=high)
        raise ValidationError("no_company_months", message)
    with transaction(db):
        _put(db, NO_COMPANY_MONTHS_KEY, months)


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier (the month's last day when it has fewer days).

    >>> months_before(date(2026, 8, 31), 6)
    datetime.date(2026, 2, 28)
    """
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError(day)  # pragma: no cover


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
    scoring = _scoring(db, today, one, of)
    months = no_company_months(db)
    without = _without_company_effort(db, months_before(today, months), one, of)
    return {
        cid: Attention(
            no_next_meeting=cid not in booked,
            # "long since the last meeting" only when there was one: a new citizen has
            # had none (the missing booking says what to do)
            last_meeting_too_old=cid in last and last[cid] < cutoff,
            overdue_steps=overdue.get(cid, 0),
            last_meeting_unscored=scoring.get(cid, (False, 0))[0],
            scoring_weeks_overdue=scoring.get(cid, (False, 0))[1],
            no_company_effort_months=months if cid in without else 0,
        )
        for cid in citizens
    }


_SCORED = (
    "EXISTS (SELECT 1 FROM indicator_scores s WHERE s.meeting_id = m.id AND "
    "(s.citizen_score IS NOT NULL OR s.worker_score IS NOT NULL OR s.citizen_declined = 1))"
)


def _scoring(db: sqlite_utils.Database, today: date, one: str, of: list) -> dict:
    """Per citizen: (the last meeting held had no scores, weeks overdue or 0).

    A meeting today is still going on: the mark waits till tomorrow."""
    weeks = score_weeks(db)
    where = one.replace("citizen_id", "m.citizen_id")
    rows = db.execute(
        f"SELECT m.citizen_id, c.target_group, m.held_on, {_SCORED} FROM meetings m "
        "JOIN citizens c ON c.id = m.citizen_id WHERE m.held_on <= ?"
        + where
        + " ORDER BY m.citizen_id, m.held_on, m.id",
        [today.isoformat(), *of],
    ).fetchall()
    first: dict[int, str] = {}
    scored: dict[int, str] = {}
    groups: dict[int, str] = {}
    unscored: dict[int, bool] = {}
    for cid, group, held_on, has_scores in rows:
        first.setdefault(cid, held_on)
        groups[cid] = group
        if has_scores:
            scored[cid] = held_on
        if held_on < today.isoformat():
            unscored[cid] = not has_scores
    found: dict[int, tuple[bool, int]] = {}
    for cid, group in groups.items():
        interval = weeks.get(group, DEFAULT_SCORE_WEEKS["andet"])
        since = scored.get(cid, first[cid])
        overdue = since < (today - timedelta(weeks=interval)).isoformat()
        found[cid] = (unscored.get(cid, False), interval if overdue else 0)
    return found


def _without_company_effort(db: sqlite_utils.Database, limit: date, one: str, of: list) -> set:
    """Citizens on benefit (or met first) on or before ``limit`` with no company-directed
    effort begun by now."""
    where = one.replace("citizen_id", "c.id")
    kinds = ", ".join("?" for _ in COMPANY_KIND_VALUES)
    rows = db.execute(
        "SELECT c.id FROM citizens c WHERE coalesce(c.benefit_started_on, "
        "(SELECT min(held_on) FROM meetings m WHERE m.citizen_id = c.id)) <= ?"
        + where
        + f" AND NOT EXISTS (SELECT 1 FROM efforts e WHERE e.citizen_id = c.id "
        f"AND e.kind IN ({kinds}))",
        [limit.isoformat(), *of, *COMPANY_KIND_VALUES],
    ).fetchall()
    return {r[0] for r in rows}
