"""A chart given another citizen's history shows what a fresh chart of that history shows.

The screen keeps its two charts and only updates them; the kept layout must be the layout
constrained layout would make for that size and content.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from progressionsdialog.charts.progression import (
    ProgressionChart,
    RadarChart,
    progression_figure,
    radar_figure,
)
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.meeting import IndicatorScore
from progressionsdialog.domain.plan import Effort, EffortKind
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.efforts import list_efforts, save_effort
from progressionsdialog.storage.meetings import add_meeting, save_score, score_history
from progressionsdialog.tools import load_tool

KEYS = ("motivation", "personal_resources", "competences", "job_search")


@pytest.fixture(scope="module")
def tool():
    return load_tool("halsnaes")


def citizen_with(db, name: str, count: int, every_days: int, missing_every: int = 0):
    citizen = add_citizen(db, CitizenDraft(name=name, birth_or_cpr="01-01-1980"))
    start = date(2025, 1, 6)
    for i in range(count):
        meeting = add_meeting(db, citizen.id, start + timedelta(days=every_days * i))
        for n, key in enumerate(KEYS):
            declined = bool(missing_every) and (i + n) % missing_every == 0
            score = IndicatorScore(key, None if declined else 1 + (i + n) % 10, 1 + i % 10)
            save_score(db, meeting, score)
    if count:
        save_effort(db, Effort(None, citizen.id, EffortKind.MENTOR, start + timedelta(days=20)))
    return score_history(db, citizen.id), list_efforts(db, citizen.id)


def drawn(figure):
    """What a figure shows, artist by artist, in data coordinates."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure).draw()
    shown = []
    for ax in figure.axes:
        lines = [
            (
                line.get_label(),
                list(line.get_xdata()),
                list(line.get_ydata()),
                line.get_markersize(),
                getattr(line, "meeting_ids", None),
            )
            for line in ax.get_lines()
        ]
        spans = [(p.get_path().vertices.tolist(), p.get_facecolor()) for p in ax.patches]
        texts = [(t.get_text(), t.get_position()) for t in ax.texts]
        ticks = [t.get_text() for t in ax.get_xticklabels()]
        shown.append((sorted(lines, key=str), spans, texts, ticks, ax.get_xlim()))
    legends = [[t.get_text() for t in legend.get_texts()] for legend in figure.legends]
    return shown, legends


def same_layout(kept, fresh) -> bool:
    """Each axes in the same place, to the pixel.

    Constrained layout starts from where the axes are, so a kept figure and a fresh one
    can differ by a fraction of a pixel; more than that would show.
    """
    size = tuple(fresh.get_size_inches() * fresh.dpi) * 2
    return all(
        abs(a - b) * length <= 1
        for one, other in zip(kept.axes, fresh.axes, strict=True)
        for a, b, length in zip(
            one.get_position().bounds, other.get_position().bounds, size, strict=True
        )
    )


def test_an_updated_chart_shows_what_a_fresh_one_shows(db, tool):
    many = citizen_with(db, "Mange", 60, 14)
    few = citizen_with(db, "Få", 3, 30, missing_every=3)
    none = ([], [])
    chart = ProgressionChart(tool)
    star = RadarChart(tool)
    for history, efforts in (many, few, none, many, few):
        chart.update(history, efforts)
        star.update(history)
        assert drawn(chart.figure) == drawn(progression_figure(history, tool, efforts=efforts))
        assert drawn(star.figure) == drawn(radar_figure(history, tool))


def test_no_meetings_leaves_no_line_to_click(db, tool):
    chart = ProgressionChart(tool)
    chart.update(*citizen_with(db, "Mange", 10, 14))
    chart.update([])
    shown = [x for ax in chart.figure.axes for x in ax.get_lines()]
    assert [x for x in shown if hasattr(x, "meeting_ids")] == []
    assert all(line.axes is None for lines in chart.lines for line in lines.values())
    assert all(ax.texts[0].get_text() == "Ingen samtaler endnu" for ax in chart.axes)


def test_the_kept_layout_is_the_layout_of_a_fresh_chart(db, tool):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    many = citizen_with(db, "Mange", 60, 14)
    few = citizen_with(db, "Få", 3, 30, missing_every=3)
    chart, star = ProgressionChart(tool, width=4.3, height=5.6), RadarChart(tool, size=2.9)
    for figure in (chart.figure, star.figure):
        FigureCanvasAgg(figure)
    for history, efforts in (few, many, ([], []), few, many, few):
        chart.update(history, efforts)
        star.update(history)
        chart.figure.canvas.draw()
        star.figure.canvas.draw()
        fresh = progression_figure(history, tool, efforts=efforts, width=4.3, height=5.6)
        fresh_star = radar_figure(history, tool, size=2.9)
        FigureCanvasAgg(fresh).draw()
        FigureCanvasAgg(fresh_star).draw()
        assert same_layout(chart.figure, fresh)
        assert same_layout(star.figure, fresh_star)


def test_a_new_size_gets_a_new_layout(db, tool):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    history, efforts = citizen_with(db, "Mange", 60, 14)
    chart = ProgressionChart(tool, width=4.3, height=5.6)
    chart.update(history, efforts)
    FigureCanvasAgg(chart.figure).draw()
    chart.figure.set_size_inches(8, 4)
    chart.figure.canvas.draw()
    fresh = progression_figure(history, tool, efforts=efforts, width=8, height=4)
    FigureCanvasAgg(fresh).draw()
    assert same_layout(chart.figure, fresh)
