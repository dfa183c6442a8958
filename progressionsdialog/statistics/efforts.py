"""Time from the first meeting to the first company-directed effort (internship, wage
subsidy job, ordinary hours): how fast the course becomes job-directed."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date

import sqlite_utils

from progressionsdialog.domain.citizen import TargetGroup
from progressionsdialog.domain.plan import EffortKind
from progressionsdialog.i18n import _

COMPANY_DIRECTED = (
    EffortKind.COMPANY_INTERNSHIP,
    EffortKind.WAGE_SUBSIDY_JOB,
    EffortKind.ORDINARY_HOURS,
)


@dataclass(frozen=True, slots=True)
class TimeToEffortRow:
    group: str
    citizens: int  # with a first meeting
    with_effort: int  # of those, with a company-directed effort
    median_days: float | None


def time_to_company_effort(db: sqlite_utils.Database) -> list[TimeToEffortRow]:
    """Per target group (and all): the median days from first meeting to first effort; the
    groups by their names in the language in use."""
    kinds = ", ".join("?" for _ in COMPANY_DIRECTED)
    rows = db.execute(
        f"""SELECT c.target_group, f.first_meeting,
                   (SELECT min(e.starts_on) FROM efforts e
                    WHERE e.citizen_id = c.id AND e.kind IN ({kinds}))
            FROM citizens c
            JOIN (SELECT citizen_id, min(held_on) AS first_meeting FROM meetings
                  GROUP BY citizen_id) f ON f.citizen_id = c.id""",
        [k.value for k in COMPANY_DIRECTED],
    ).fetchall()
    everyone = _("Alle")
    by_group: dict[str, list[tuple[str, str | None]]] = {everyone: []}
    for group, first, effort in rows:
        by_group[everyone].append((first, effort))
        by_group.setdefault(TargetGroup(group).label, []).append((first, effort))
    result = []
    for group, items in by_group.items():
        days = [
            max(0, (date.fromisoformat(effort) - date.fromisoformat(first)).days)
            for first, effort in items
            if effort
        ]
        median = statistics.median(days) if days else None
        result.append(TimeToEffortRow(group, len(items), len(days), median))
    return result
