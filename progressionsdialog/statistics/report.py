"""The whole set of team statistics for one period, in the order the terminal, the CSV
file, the screen and the team report show them.

    sections = team_sections(db, Period(), load_tool("halsnaes"))

Everything is in the language in use while it is made (``i18n.speaking`` for another).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date

import sqlite_utils

from progressionsdialog.domain.outcome import Project
from progressionsdialog.i18n import _
from progressionsdialog.statistics.efforts import time_to_company_effort
from progressionsdialog.statistics.indicators import (
    GROUPING_TITLES,
    ChangeRow,
    Period,
    indicator_changes,
    score_pairs,
)
from progressionsdialog.statistics.projects import outcome_counts, outcome_table, project_groups
from progressionsdialog.statistics.tables import Table, change_table, time_table
from progressionsdialog.storage.projects import list_projects
from progressionsdialog.tools.definition import ToolDefinition


@dataclass(frozen=True, slots=True)
class Section:
    """A table, and the rows its charts are drawn from (``None``: a table without charts)."""

    table: Table
    rows: list[ChangeRow] | None = None


def team_sections(
    db: sqlite_utils.Database,
    period: Period,
    tool: ToolDefinition,
    today: date,
    project: Project | None = None,
    stop: threading.Event | None = None,
) -> list[Section]:
    """Everything, or with ``project`` only that project against its control group.

    ``stop`` (set by a window that closed) ends the work between two groupings; what was
    made so far is returned, and the caller throws it away."""
    keys = [i.key for i in tool.indicators]
    pairs = score_pairs(db, period)
    projects = [project] if project else list_projects(db)
    sections = []
    for grouping, title in GROUPING_TITLES.items():
        if stop is not None and stop.is_set():
            return sections
        if project is not None and grouping != "project":
            continue
        if grouping == "project" and not projects:
            continue
        groups = project_groups(db, projects) if grouping == "project" else None
        rows = indicator_changes(db, period, grouping, keys, pairs, groups)
        sections.append(Section(change_table(_(title), rows, tool), rows))
    for each in projects:
        sections.append(Section(outcome_table(each, outcome_counts(db, each, today))))
    if project is None:
        sections.append(Section(time_table(time_to_company_effort(db))))
    return sections
