"""The team chart as the leader reads it: the groups' names under their bars never run
into each other, on screen or on paper, in Danish or English, and nothing is cut off."""

from __future__ import annotations

from itertools import pairwise

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from progressionsdialog.charts.team import change_figure
from progressionsdialog.i18n import speaking
from progressionsdialog.statistics.indicators import ChangeRow
from progressionsdialog.tools import load_tool

TOOL = load_tool("halsnaes")
EFFORTS = ["Kursus", "Løntilskud", "Mentor", "Mestringskursus", "Ordinære timer",
           "Virksomhedspraktik"]  # fmt: skip
MONTHS = ["13–24 mdr.", "25–48 mdr.", "Ukendt", "over 48 mdr.", "JobStart – kontrolgruppe"]
TARGETS = ["Aktivitetsparat", "Jobparat", "Ressourceforløb", "Sygedagpenge"]


def _rows(groups: list[str]) -> list[ChangeRow]:
    return [
        ChangeRow("g", group, indicator.key, "citizen_score", 7, 3.5, 6.0, 5, 1, 1)
        for group in groups
        for indicator in TOOL.indicators
    ]


@pytest.mark.parametrize("groups", [EFFORTS, MONTHS, TARGETS, ["Alle"]])
@pytest.mark.parametrize(("size", "dpi"), [((10.0, 3.4), 100), ((8.0, 4.8), 150)])
@pytest.mark.parametrize("language", ["da", "en"])
def test_group_names_stand_apart_and_every_text_is_inside_the_picture(groups, size, dpi, language):
    with speaking(language):
        figure = change_figure(_rows(groups), TOOL, "citizen_score", *size)
    figure.set_dpi(dpi)
    renderer = FigureCanvasAgg(figure).get_renderer()
    picture = figure.bbox
    for ax in figure.axes:
        boxes = [label.get_window_extent(renderer) for label in ax.get_xticklabels()]
        assert len(boxes) == len(groups)
        for left, right in pairwise(boxes):
            assert left.x1 < right.x0, (left, right)  # a gap between neighbours
        title = ax.title.get_window_extent(renderer)
        assert title.y0 > ax.bbox.y1  # the indicator's name above its frame
        for box in [*boxes, title]:
            assert picture.x0 <= box.x0 and box.x1 <= picture.x1
            assert picture.y0 <= box.y0 and box.y1 <= picture.y1
    lowest_names = min(b.y0 for ax in figure.axes[2:] for b in _names(ax, renderer))
    assert lowest_names >= picture.y0  # the lower row's names are not cut at the bottom
    upper_names = min(b.y0 for ax in figure.axes[:2] for b in _names(ax, renderer))
    lower_titles = max(ax.title.get_window_extent(renderer).y1 for ax in figure.axes[2:])
    assert upper_names > lower_titles  # the upper row's names clear the lower row's titles


def _names(ax, renderer):
    return [label.get_window_extent(renderer) for label in ax.get_xticklabels()]
