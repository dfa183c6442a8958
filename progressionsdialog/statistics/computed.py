"""The statistics as the window shows them, made in one go off the GUI thread: the sections
(``report.team_sections``), each chart drawn to PNG bytes, and the projects there are.

It opens its own connection (one per thread) to the database file, or pools the team's
files, and closes it again:

    numbers = compute(path, None, Period(), None, load_tool("halsnaes"), clock.today())
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import sqlite_utils

from progressionsdialog.i18n import _, n_
from progressionsdialog.statistics.indicators import WHO as SCORERS
from progressionsdialog.statistics.indicators import Period
from progressionsdialog.statistics.report import Section, team_sections
from progressionsdialog.tools.definition import ToolDefinition

CHART_SIZE = (10.0, 3.4)  # inches at 100 dpi: the width of the window, 340 pixels high
WHO = tuple(SCORERS)  # the citizen's score, then the worker's


@dataclass
class Numbers:
    """What one computation gives the window: the sections, each section's charts as PNG
    bytes (made in the worker), the projects there are, and what to tell about the data."""

    sections: list[Section]
    charts: dict[tuple[int, str], bytes]
    projects: list[str]
    notes: list[str] = field(default_factory=list)
    team_files: list[Path] | None = None


def compute(
    db_path: Path | None,
    team_files: list[Path] | None,
    period: Period,
    project_name: str | None,
    tool: ToolDefinition,
    today: date,
    pixel_ratio: float = 1.0,
    db: sqlite_utils.Database | None = None,
    stop: threading.Event | None = None,
) -> Numbers | None:
    """The whole set of numbers and charts, with a connection of its own (run in a worker).

    ``team_files``: the team's exports instead of the database (checked first: one bad file
    and nothing is computed). ``db``: only for a database in memory, in the GUI thread.
    ``stop``: set when the window has closed; the charts are then not drawn (``None``), so
    a closed window leaves no work competing with the one in use.
    """
    from progressionsdialog.charts import drawing_process
    from progressionsdialog.storage import connect
    from progressionsdialog.storage.projects import list_projects, project_named

    drawing_process.warm()  # it imports matplotlib while the numbers are counted here
    notes: list[str] = []
    if team_files:
        from progressionsdialog.statistics.team_file import load_team_files

        pooled = load_team_files(team_files)
        source, owned = pooled.db, True
        notes.append(team_note(pooled.citizens, len(team_files)))
        notes += pooled.notes
    elif db is not None:
        source, owned = db, False
    else:
        source, owned = connect(db_path), True
    try:
        project = project_named(source, project_name) if project_name else None
        sections = team_sections(source, period, tool, today, project, stop)
        projects = [p.name for p in list_projects(source)]
    finally:
        if owned:
            source.close()
    if stop is not None and stop.is_set():
        return None
    charts = drawing_process.section_charts(sections, tool, CHART_SIZE, 100 * pixel_ratio, stop)
    if charts is None:  # the window has closed
        return None
    return Numbers(sections, charts, projects, notes, team_files)


def team_note(citizens: int, files: int) -> str:
    """What the window says above the pooled numbers, in the language in use.

    >>> team_note(6, 2), team_note(1, 1)
    ('Teamets tal: 6 borgere fra 2 filer.', 'Teamets tal: 1 borger fra 1 fil.')
    """
    return _("Teamets tal: {citizens} fra {files}.").format(
        citizens=n_("{n} borger", "{n} borgere", citizens).format(n=citizens),
        files=n_("1 fil", "{n} filer", files).format(n=files),
    )
