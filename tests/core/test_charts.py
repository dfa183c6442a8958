"""The charts render for 0, 1, 2 and 60 meetings and with missing scores; points know meetings."""

from __future__ import annotations

from datetime import timedelta

import pytest

from progressionsdialog import clock
from progressionsdialog.charts.progression import progression_figure, radar_figure
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.meeting import IndicatorScore
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.meetings import add_meeting, save_score, score_history
from progressionsdialog.tools import load_tool

KEYS = ("motivation", "personal_resources", "competences", "job_search")


@pytest.fixture(scope="module")
def tool():
    return load_tool("halsnaes")


def history_of(db, count: int, missing_every: int = 0):
    citizen = add_citizen(db, CitizenDraft(name="Test", birth_or_cpr="01-01-1980"))
    start = clock.today() - timedelta(days=14 * count)
    for i in range(count):
        meeting = add_meeting(db, citizen.id, start + timedelta(days=14 * i))
        for n, key in enumerate(KEYS):
            declined = missing_every and (i + n) % missing_every == 0
            score = IndicatorScore(
                key,
                None if declined else 1 + (i + n) % 10,
                1 + i % 10,
                citizen_declined=bool(declined),
            )
            save_score(db, meeting, score)
    return score_history(db, citizen.id)


def render(figure, tmp_path, name):
    path = tmp_path / f"{name}.png"
    figure.savefig(path, dpi=50)
    assert path.stat().st_size > 2000
    return path


@pytest.mark.parametrize("count", [0, 1, 2, 60])
def test_lines_render_and_each_point_knows_its_meeting(db, tool, tmp_path, count):
    history = history_of(db, count, missing_every=3)
    figure = progression_figure(history, tool)
    render(figure, tmp_path, f"lines-{count}")
    axes = figure.axes[:4]
    assert [ax.get_title(loc="left") for ax in axes] == [
        "Motivation",
        "Personlige ressourcer",
        "Kompetencer",
        "Jobsøgning",
    ]
    meeting_ids = {m.id for m, _ in history}
    plotted = [line for ax in axes for line in ax.get_lines() if hasattr(line, "meeting_ids")]
    if count == 0:
        assert plotted == []
        return
    for line in plotted:
        assert len(line.meeting_ids) == len(line.get_xdata())
        assert set(line.meeting_ids) <= meeting_ids
    # A declined score leaves a gap in the points, not a zero.
    assert all(min(line.get_ydata()) >= 1 for line in plotted)
    expected_points = sum(
        (s.citizen_score is not None) + (s.worker_score is not None)
        for _, scores in history
        for s in scores.values()
    )
    assert sum(len(line.get_ydata()) for line in plotted) == expected_points


def test_dates_on_the_axis_are_danish(db, tool, tmp_path):
    figure = progression_figure(history_of(db, 6), tool)
    render(figure, tmp_path, "danish")
    labels = [t.get_text() for t in figure.axes[2].get_xticklabels() if t.get_text()]
    assert labels
    for label in labels:
        day, month, year = label.split("-")
        assert len(day) == 2 and len(month) == 2 and len(year) == 4


@pytest.mark.parametrize("count", [0, 1, 2, 3, 60])
def test_radar_shows_first_previous_latest(db, tool, tmp_path, count):
    history = history_of(db, count, missing_every=5)
    figure = radar_figure(history, tool)
    render(figure, tmp_path, f"radar-{count}")
    lines = [line for line in figure.axes[0].get_lines() if hasattr(line, "meeting_ids")]
    assert len(lines) == min(count, 3)
    if count >= 3:
        firsts = [line.meeting_ids[0] for line in lines]
        assert firsts == [history[0][0].id, history[-2][0].id, history[-1][0].id]


def test_effort_names_are_drawn_inside_the_axes_whole(db, tool, tmp_path):
    """Effort names once sat above the axes and were cut off, on screen and in print."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from progressionsdialog.domain.plan import Effort, EffortKind

    history = history_of(db, 12)
    first, last = history[0][0].held_on, history[-1][0].held_on
    efforts = [
        Effort(1, 1, EffortKind.MASTERY_COURSE, first, first + timedelta(days=40)),
        Effort(2, 1, EffortKind.COMPANY_INTERNSHIP, first + timedelta(days=45), None),
        Effort(3, 1, EffortKind.HEALTH_TRAINING, first + timedelta(days=50), last),
    ]
    figure = progression_figure(history, tool, width=8, height=5.2, efforts=efforts)
    renderer = FigureCanvasAgg(figure).get_renderer()
    figure.draw(renderer)
    ax = figure.axes[0]
    box = ax.get_window_extent(renderer)
    names = {t.get_text(): t for t in ax.texts}
    assert set(names) == {"Mestringskursus", "Virksomhedspraktik", "Sundhed og træning"}
    extents = []
    for text in names.values():
        extent = text.get_window_extent(renderer)
        assert box.x0 <= extent.x0 and extent.x1 <= box.x1 + 0.5, text.get_text()
        assert box.y0 <= extent.y0 and extent.y1 <= box.y1 + 0.5, text.get_text()
        extents.append(extent)
    for n, one in enumerate(extents):  # no name over another
        for other in extents[n + 1 :]:
            assert not one.overlaps(other)
