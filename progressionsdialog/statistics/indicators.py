"""First and latest score per indicator, and how many went up, held steady or went down.

A citizen counts for an indicator when they have at least two scores of it in the period
(the first and the latest may not be the same meeting). The citizen's and the worker's
scores are counted apart: each has its own first and latest.

    rows = indicator_changes(db, Period(date(2026, 1, 1), date(2026, 12, 31)), "target_group")
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import sqlite_utils

from progressionsdialog.domain.citizen import TARGET_GROUP_LABELS, TargetGroup
from progressionsdialog.domain.plan import EFFORT_LABELS, EffortKind
from progressionsdialog.errors import ValidationError

WHO = {"citizen_score": "Borgerens score", "worker_score": "Medarbejderens score"}
GROUPINGS = {
    "all": "Alle",
    "target_group": "Målgruppe",
    "effort_kind": "Indsats",
}


@dataclass(frozen=True, slots=True)
class Period:
    """Meetings held from ``start`` to ``end``, both included; ``None`` is open."""

    start: date | None = None
    end: date | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.end < self.start:
            raise ValidationError(
                "til", "Perioden slutter, før den begynder. Ret --fra eller --til."
            )


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """One group's numbers for one indicator and one scorer."""

    grouping: str
    group: str
    indicator_key: str
    who: str  # "citizen_score" or "worker_score"
    citizens: int
    first_mean: float | None
    latest_mean: float | None
    up: int
    same: int
    down: int


def _pairs(db: sqlite_utils.Database, column: str, period: Period):
    """(citizen, indicator) → (first, latest) of one score column, in the period."""
    where, params = [f"i.{column} IS NOT NULL"], []
    if period.start:
        where.append("m.held_on >= ?")
        params.append(period.start.isoformat())
    if period.end:
        where.append("m.held_on <= ?")
        params.append(period.end.isoformat())
    rows = db.execute(
        f"""SELECT citizen_id, indicator_key, count(*),
                   max(CASE WHEN rank_first = 1 THEN score END),
                   max(CASE WHEN rank_last = 1 THEN score END)
            FROM (SELECT m.citizen_id, i.indicator_key, i.{column} AS score,
                         row_number() OVER (PARTITION BY m.citizen_id, i.indicator_key
                                            ORDER BY m.held_on, m.id) AS rank_first,
                         row_number() OVER (PARTITION BY m.citizen_id, i.indicator_key
                                            ORDER BY m.held_on DESC, m.id DESC) AS rank_last
                  FROM indicator_scores i JOIN meetings m ON m.id = i.meeting_id
                  WHERE {" AND ".join(where)})
            GROUP BY citizen_id, indicator_key
            HAVING count(*) >= 2""",
        params,
    ).fetchall()
    return {(r[0], r[1]): (r[3], r[4]) for r in rows}


def _groups(db: sqlite_utils.Database, grouping: str) -> dict[int, list[str]]:
    """citizen id → the groups they belong to (a citizen can have several effort kinds)."""
    if grouping == "all":
        rows = db.execute("SELECT id FROM citizens").fetchall()
        return {r[0]: [GROUPINGS["all"]] for r in rows}
    if grouping == "target_group":
        rows = db.execute("SELECT id, target_group FROM citizens").fetchall()
        return {r[0]: [TARGET_GROUP_LABELS[TargetGroup(r[1])]] for r in rows}
    if grouping == "effort_kind":
        found: dict[int, list[str]] = defaultdict(list)
        for citizen_id, kind in db.execute("SELECT DISTINCT citizen_id, kind FROM efforts"):
            found[citizen_id].append(EFFORT_LABELS[EffortKind(kind)])
        return found
    raise ValidationError("grouping", f"Ukendt opdeling: {grouping}.")


def indicator_changes(
    db: sqlite_utils.Database,
    period: Period | None = None,
    grouping: str = "all",
    indicator_keys: Iterable[str] = (),
) -> list[ChangeRow]:
    """The numbers per group, indicator and scorer, ordered as ``indicator_keys`` gives them."""
    period = period or Period()
    groups = _groups(db, grouping)
    order = list(indicator_keys)
    rows: list[ChangeRow] = []
    for column in WHO:
        collected: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        for (citizen_id, key), pair in _pairs(db, column, period).items():
            for group in groups.get(citizen_id, ()):
                collected[group, key].append(pair)
        for (group, key), pairs in collected.items():
            n = len(pairs)
            rows.append(
                ChangeRow(
                    grouping,
                    group,
                    key,
                    column,
                    n,
                    sum(p[0] for p in pairs) / n,
                    sum(p[1] for p in pairs) / n,
                    sum(p[1] > p[0] for p in pairs),
                    sum(p[1] == p[0] for p in pairs),
                    sum(p[1] < p[0] for p in pairs),
                )
            )

    def sort_key(row: ChangeRow):
        position = order.index(row.indicator_key) if row.indicator_key in order else len(order)
        return (row.group, position, row.indicator_key, row.who)

    return sorted(rows, key=sort_key)
