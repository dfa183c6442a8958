"""The whole set of team statistics for one period, in the order the terminal, the CSV
file, the screen and the team report show them.

    sections = team_sections(db, Period(), load_tool("halsnaes"))
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from progressionsdialog.statistics.efforts import time_to_company_effort
from progressionsdialog.statistics.indicators import (
    GROUPINGS,
    ChangeRow,
    Period,
    indicator_changes,
    score_pairs,
)
from progressionsdialog.statistics.tables import Table, change_table, time_table
from progressionsdialog.tools.definition import ToolDefinition


@dataclass(frozen=True, slots=True)
class Section:
    """A table, and the rows its charts are drawn from (``None``: a table without charts)."""

    table: Table
    rows: list[ChangeRow] | None = None


def team_sections(db: sqlite_utils.Database, period: Period, tool: ToolDefinition) -> list[Section]:
    keys = [i.key for i in tool.indicators]
    pairs = score_pairs(db, period)
    sections = []
    for grouping, label in GROUPINGS.items():
        rows = indicator_changes(db, period, grouping, keys, pairs)
        title = f"Indikatorer: første og seneste score, opdelt efter {label.lower()}"
        sections.append(Section(change_table(title, rows, tool), rows))
    sections.append(Section(time_table(time_to_company_effort(db))))
    return sections
