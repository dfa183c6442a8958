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

from progressionsdialog import clock
from progressionsdialog.domain.citizen import TargetGroup
from progressionsdialog.domain.plan import EffortKind
from progressionsdialog.errors import ValidationError
from progressionsdialog.i18n import _

# The Danish source texts; each goes through ``_`` where it is shown or made into a group,
# so numbers made in the English window (or its worker thread) speak English. A grouping's
# name (``GROUPINGS``) is for a chooser; its table's title is in ``GROUPING_TITLES``.
WHO = {"citizen_score": "Borgeren", "worker_score": "Medarbejderen"}
GROUPINGS = {
    "all": "Alle",
    "target_group": "Målgruppe",
    "effort_kind": "Indsats",
    "benefit_months": "Måneder på ydelse",
    "barrier": "Barriere (screening)",
    "project": "Projekt",
}
# The title of each grouping's table (``report.team_sections``).
GROUPING_TITLES = {
    "all": "Indikatorer: første og seneste score, opdelt efter alle",
    "target_group": "Indikatorer: første og seneste score, opdelt efter målgruppe",
    "effort_kind": "Indikatorer: første og seneste score, opdelt efter indsats",
    "benefit_months": "Indikatorer: første og seneste score, opdelt efter måneder på ydelse",
    "barrier": "Indikatorer: første og seneste score, opdelt efter barriere (screening)",
    "project": "Indikatorer: første og seneste score, opdelt efter projekt",
}
BENEFIT_BANDS = ((6, "0–6 mdr."), (12, "7–12 mdr."), (24, "13–24 mdr."), (48, "25–48 mdr."))


def benefit_band(months: int | None) -> str:
    """The band of months on benefit, in the language in use.

    >>> benefit_band(3), benefit_band(13), benefit_band(60), benefit_band(None)
    ('0–6 mdr.', '13–24 mdr.', 'over 48 mdr.', 'Ukendt')
    """
    if months is None:
        return _("Ukendt")
    band = next((label for top, label in BENEFIT_BANDS if months <= top), None)
    return _(band) if band else _("over 48 mdr.")


@dataclass(frozen=True, slots=True)
class Period:
    """Meetings held from ``start`` to ``end``, both included; ``None`` is open."""

    start: date | None = None
    end: date | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.end < self.start:
            raise ValidationError(
                "til", _("Perioden slutter, før den begynder. Ret fra- eller til-datoen.")
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


Pairs = dict[str, dict[tuple[int, str], tuple[int, int]]]


def score_pairs(db: sqlite_utils.Database, period: Period | None = None) -> Pairs:
    """For each score column: (citizen, indicator) → (first, latest), with two scores or more.

    One ordered pass over the scores (the meetings' index gives the order), so all the
    groupings of one report share it.
    """
    period = period or Period()
    where, params = [], []
    if period.start:
        where.append("m.held_on >= ?")
        params.append(period.start.isoformat())
    if period.end:
        where.append("m.held_on <= ?")
        params.append(period.end.isoformat())
    cursor = db.execute(
        "SELECT m.citizen_id, i.indicator_key, i.citizen_score, i.worker_score "
        "FROM meetings m JOIN indicator_scores i ON i.meeting_id = m.id "
        + ("WHERE " + " AND ".join(where) + " " if where else "")
        + "ORDER BY m.citizen_id, m.held_on, m.id",
        params,
    )
    # per column: first score, latest score, count; plain dicts keep the pass fast
    first: list[dict] = [{}, {}]
    latest: list[dict] = [{}, {}]
    count: list[dict] = [{}, {}]
    for citizen_id, key, *scores in cursor.fetchall():
        pair = (citizen_id, key)
        for column in (0, 1):
            score = scores[column]
            if score is None:
                continue
            if pair in count[column]:
                latest[column][pair] = score
                count[column][pair] += 1
            else:
                first[column][pair] = latest[column][pair] = score
                count[column][pair] = 1
    return {
        name: {
            pair: (first[column][pair], latest[column][pair])
            for pair, n in count[column].items()
            if n >= 2
        }
        for column, name in enumerate(WHO)
    }


def _groups(
    db: sqlite_utils.Database, grouping: str, at: date | None = None
) -> dict[int, list[str]]:
    """citizen id → the groups they belong to (a citizen can have several effort kinds), by
    their names in the language in use."""
    if grouping == "all":
        everyone = _(GROUPINGS["all"])
        rows = db.execute("SELECT id FROM citizens").fetchall()
        return {r[0]: [everyone] for r in rows}
    if grouping == "target_group":
        rows = db.execute("SELECT id, target_group FROM citizens").fetchall()
        return {r[0]: [TargetGroup(r[1]).label] for r in rows}
    if grouping == "benefit_months":
        from progressionsdialog.domain.outcome import months_between

        rows = db.execute("SELECT id, benefit_started_on FROM citizens").fetchall()
        at = at or clock.today()
        return {
            r[0]: [benefit_band(months_between(date.fromisoformat(r[1]), at) if r[1] else None)]
            for r in rows
        }
    if grouping == "barrier":  # the areas that are a barrier in the latest screening
        from progressionsdialog.storage.screening import barrier_categories

        none = _("Ingen barrierer")
        return {citizen_id: areas or [none] for citizen_id, areas in barrier_categories(db).items()}
    if grouping == "project":
        from progressionsdialog.statistics.projects import project_groups
        from progressionsdialog.storage.projects import list_projects

        return project_groups(db, list_projects(db))
    if grouping == "effort_kind":
        found: dict[int, list[str]] = defaultdict(list)
        for citizen_id, kind in db.execute("SELECT DISTINCT citizen_id, kind FROM efforts"):
            found[citizen_id].append(EffortKind(kind).label)
        return found
    raise ValidationError("grouping", _("Ukendt opdeling: {grouping}.").format(grouping=grouping))


def indicator_changes(
    db: sqlite_utils.Database,
    period: Period | None = None,
    grouping: str = "all",
    indicator_keys: Iterable[str] = (),
    pairs: Pairs | None = None,
    groups: dict[int, list[str]] | None = None,
) -> list[ChangeRow]:
    """The numbers per group, indicator and scorer, ordered as ``indicator_keys`` gives them.

    ``pairs`` (from ``score_pairs``) saves the pass over the scores when several groupings
    of the same period are made; ``groups`` (citizen id → group names) replaces the
    grouping's own, e.g. for one project only.
    """
    pairs = pairs if pairs is not None else score_pairs(db, period)
    period = period or Period()
    groups = groups if groups is not None else _groups(db, grouping, period.end)
    order = list(indicator_keys)
    rows: list[ChangeRow] = []
    for column in WHO:
        totals: dict[tuple[str, str], list] = {}  # n, sum first, sum latest, up, same, down
        for (citizen_id, key), (first, latest) in pairs[column].items():
            for group in groups.get(citizen_id, ()):
                total = totals.get((group, key))
                if total is None:
                    total = totals[group, key] = [0, 0, 0, 0, 0, 0]
                total[0] += 1
                total[1] += first
                total[2] += latest
                total[3 if latest > first else 4 if latest == first else 5] += 1
        for (group, key), (n, first_sum, latest_sum, up, same, down) in totals.items():
            rows.append(
                ChangeRow(
                    grouping, group, key, column, n, first_sum / n, latest_sum / n, up, same, down
                )
            )

    place = group_order(grouping)

    def sort_key(row: ChangeRow):
        position = order.index(row.indicator_key) if row.indicator_key in order else len(order)
        return (place(row.group), position, row.indicator_key, row.who)

    return sorted(rows, key=sort_key)


def group_order(grouping: str):
    """A sort key for the groups of ``grouping``: months on benefit from the fewest to the
    most, "Ukendt" last; any other grouping by name.

    >>> months = group_order("benefit_months")
    >>> sorted(["Ukendt", "over 48 mdr.", "13–24 mdr.", "0–6 mdr."], key=months)
    ['0–6 mdr.', '13–24 mdr.', 'over 48 mdr.', 'Ukendt']
    """
    if grouping != "benefit_months":
        return lambda group: (0, group)
    bands = [_(label) for _top, label in BENEFIT_BANDS] + [_("over 48 mdr."), _("Ukendt")]
    return lambda group: (bands.index(group), "") if group in bands else (len(bands), group)
