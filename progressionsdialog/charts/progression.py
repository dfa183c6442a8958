"""The indicator progression as pictures: a line per indicator, and a radar of three meetings.

``ProgressionChart`` and ``RadarChart`` each own one matplotlib ``Figure`` (no pyplot, no
global state). The screen keeps them and gives them the next citizen's history with
``update``, so a change of citizen changes the data of the lines and draws again, instead
of building, laying out and clearing whole figures; the PDF makes a fresh chart and renders
the very same figure with Agg (``progression_figure``, ``radar_figure``).

Each plotted point line carries ``meeting_ids`` (one id per point), so a click on a point
can open that meeting: ``event.artist.meeting_ids[event.ind[0]]``. A line with no points is
taken off its axes.

The layout (constrained layout) is worked out once for each size and shape of the content
and then kept (see ``_cached_layout``): on a change of citizen it was most of the time
spent drawing.
"""

from __future__ import annotations

import functools
import math
import re
import textwrap
from collections.abc import Sequence
from datetime import timedelta

from progressionsdialog.charts import style
from progressionsdialog.domain.dates import date_pattern, format_date
from progressionsdialog.domain.meeting import IndicatorScore, Meeting
from progressionsdialog.domain.plan import Effort
from progressionsdialog.i18n import _, speaking
from progressionsdialog.i18n import language as language_in_use
from progressionsdialog.tools.definition import ToolDefinition

History = Sequence[tuple[Meeting, dict[str, IndicatorScore]]]
NO_MEETINGS = "Ingen samtaler endnu"  # Danish; shown through ``_``
WHO = (("citizen", style.CITIZEN), ("worker", style.WORKER))
DATE_ROTATION, DATE_SIZE = 30, 8
EFFORT_LABEL_SIZE, EFFORT_ROW = 8, 0.085  # effort names: points; rows apart (axes fraction)
SIZE_TOLERANCE_PX = 4  # a layout is kept while the figure is within this of its size then

LAYOUTS_KEPT = 8  # per figure: the window's size now and then, times a few shapes
_layout_class = None


def _cached_layout():
    """Constrained layout, worked out once per size and ``shape`` of the content, then kept.

    Constrained layout measures every tick label of every axis; the charts' labels have the
    same size for every citizen (dates as 07-03-2026 or 07/03/2026, scores 1–10; a chart
    speaks one language all its life, and the layouts are kept per chart), so its answer depends
    only on the figure's size and on what the chart calls the ``shape`` of its content
    (whether there are dates at all; the star's legend). All it sets is each axes'
    position, so a kept answer is those positions, put back.
    """
    global _layout_class
    if _layout_class is None:
        from matplotlib.layout_engine import ConstrainedLayoutEngine

        class _CachedLayout(ConstrainedLayoutEngine):
            def __init__(self, **kwargs) -> None:
                super().__init__(**kwargs)
                self.shape: object = None
                self._kept: list[tuple[float, float, float, object, list]] = []

            def kept(self, fig) -> int | None:
                """Where in ``_kept`` a layout for this figure as it is now lies, if any."""
                dpi = fig.dpi
                width, height = (v * dpi for v in fig.get_size_inches())
                for n, (w, h, d, shape, _positions) in enumerate(self._kept):
                    if (
                        (d, shape) == (dpi, self.shape)
                        and abs(w - width) <= SIZE_TOLERANCE_PX
                        and abs(h - height) <= SIZE_TOLERANCE_PX
                    ):
                        return n
                return None

            def execute(self, fig):
                n = self.kept(fig)
                if n is not None:
                    if n:  # not the layout in place now
                        for ax, position in zip(fig.axes, self._kept[n][4], strict=True):
                            ax._set_position(position)  # as constrained layout does
                        self._kept.insert(0, self._kept.pop(n))
                    return None
                width, height = (v * fig.dpi for v in fig.get_size_inches())
                for ax in fig.axes:  # start where a fresh figure starts: the answer of
                    spec = ax.get_subplotspec()  # constrained layout depends on the start
                    if spec is not None:
                        ax._set_position(spec.get_position(fig))
                result = super().execute(fig)
                positions = [ax.get_position(original=True).frozen() for ax in fig.axes]
                self._kept.insert(0, (width, height, fig.dpi, self.shape, positions))
                del self._kept[LAYOUTS_KEPT:]
                return result

        _layout_class = _CachedLayout
    return _layout_class()


def _figure(width: float, height: float):
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100, layout=_cached_layout())


class ProgressionChart:
    """Small multiples, one per indicator: the citizen's and the worker's score over time.

    Efforts are shaded spans on the time axis, so one can see what was going on while the
    scores moved; an effort still running reaches to the last date shown.

    Every text (titles, legend, effort names, "no meetings") is in ``language``, by default
    the language in use when the chart is made, and so are the dates on its time axis
    (07-03-2026 in Danish, 07/03/2026 in English). A chart keeps its language; one for
    another language is another chart (the handover keeps one per language).
    """

    def __init__(
        self,
        tool: ToolDefinition,
        language: str | None = None,
        width: float = 8.0,
        height: float = 5.5,
    ) -> None:
        from matplotlib.dates import DateFormatter

        language = language or language_in_use()
        self.language = language
        self.tool = tool
        self.figure = _figure(width, height)
        axes = self.figure.subplots(2, 2, sharex=True, sharey=True).flatten()
        self.axes = list(axes[: len(tool.indicators)])
        for ax in axes[len(tool.indicators) :]:
            ax.set_visible(False)
        self.lines: list[dict] = []
        self._grid: list = []
        self.animated = False
        for ax, indicator in zip(axes, tool.indicators, strict=False):
            # y given: the title's place is fixed, not measured against the axis each draw
            ax.set_title(
                indicator.name(language), fontsize=11, loc="left", fontweight="bold", y=1.0
            )
            lines = {}
            for who, line_style in WHO:
                (line,) = ax.plot(
                    [],
                    [],
                    linewidth=1.8,
                    picker=True,
                    pickradius=6,
                    **{**line_style, "label": _label(line_style, language)},
                )
                line.remove()  # on its axes only while it has points
                lines[who] = line
            self.lines.append(lines)
            ax.set_ylim(tool.score_min - 0.5, tool.score_max + 0.5)
            ticks = range(tool.score_min, tool.score_max + 1, 3 if tool.score_max > 6 else 1)
            ax.set_yticks(ticks)
            ax.grid(True, axis="x", color=style.GRID, linewidth=0.8)
            # The score lines as lines of their own (as the grid draws them), so a screen that
            # keeps the axes as a picture can draw them again over the effort spans.
            self._grid += [
                ax.axhline(y, color=style.GRID, linewidth=0.8, zorder=1.5) for y in ticks
            ]
            ax.spines[["top", "right"]].set_visible(False)
            ax.xaxis.axis_date()
            ax.tick_params(axis="x", labelrotation=DATE_ROTATION, labelsize=DATE_SIZE)
        # shared by all axes; the axis is redrawn with the data, never kept as a picture
        axes[0].xaxis.set_major_formatter(DateFormatter(date_pattern(language)))
        axes[0].xaxis.set_major_locator(_inside_dates(language))
        with speaking(language):
            handles = [
                _legend_line(style.CITIZEN, _("Borgerens score")),
                _legend_line(style.WORKER, _("Medarbejderens score")),
            ]
        self.figure.legend(handles=handles, loc="outside lower center", ncols=2, frameon=False)
        self._extras: list = []  # effort spans and labels, "no meetings" texts
        self.update([])

    def update(self, history: History, efforts: Sequence[Effort] = ()) -> None:
        """Show ``history``: the lines get new data; the axes, titles and legend stay."""
        with speaking(self.language):
            self._update(history, efforts)
        if self.animated:
            self.set_animated(True)

    def dynamic_artists(self) -> list:
        """What changes from citizen to citizen, in the order it is drawn.

        The rest (titles, score axis, frame, legend) depends only on the size; a screen can
        keep it as a picture and draw these over it.
        """
        found = [*self._extras, *self._grid]
        for ax, lines in zip(self.axes, self.lines, strict=False):
            found.append(ax.xaxis)
            found += [line for line in lines.values() if line.axes is not None]
        return sorted(found, key=lambda artist: artist.get_zorder())

    def set_animated(self, on: bool) -> None:
        """Leave the dynamic artists out of a full draw (they are drawn over the picture)."""
        self.animated = on
        for artist in self.dynamic_artists():
            artist.set_animated(on)

    def _update(self, history: History, efforts: Sequence[Effort]) -> None:
        from matplotlib.dates import date2num

        for artist in self._extras:
            artist.remove()
        self._extras = []
        dates = [meeting.held_on for meeting, _ in history]
        for ax, indicator, lines in zip(self.axes, self.tool.indicators, self.lines, strict=False):
            for who, line in lines.items():
                points = [
                    (day, getattr(scores.get(indicator.key), f"{who}_score", None), meeting.id)
                    for (meeting, scores), day in zip(history, dates, strict=True)
                ]
                points = [p for p in points if p[1] is not None]
                self._show_line(ax, line, who, points)
            if not dates:
                self._extras.append(
                    ax.text(
                        0.5,
                        0.5,
                        _(NO_MEETINGS),
                        ha="center",
                        va="center",
                        transform=ax.transAxes,
                        color="#555555",
                    )
                )
        for ax in self.axes:
            ax.xaxis.set_visible(bool(dates))  # no dates, no date axis
        self.figure.get_layout_engine().shape = bool(dates)
        if not dates:
            self.axes[0].set_xlim(0, 1)
            return
        low, high = min(dates), max(dates)
        pad = max(timedelta(days=10), (high - low) / 25)
        start, end = low - pad, high + pad
        self.axes[0].set_xlim(date2num(start), date2num(end))
        self._shade_efforts(efforts, start, end)

    def _show_line(self, ax, line, who: str, points: list) -> None:
        from matplotlib.dates import date2num

        if not points:
            if line.axes is not None:
                line.remove()
            vars(line).pop("meeting_ids", None)  # a line without points is no line to click
            return
        line.set_data(date2num([p[0] for p in points]), [p[1] for p in points])
        line.set_markersize((5 if who == "citizen" else 8) if len(points) < 25 else 3)
        line.meeting_ids = [p[2] for p in points]
        if line.axes is None:
            ax.add_line(line)

    def _shade_efforts(self, efforts: Sequence[Effort], start, end) -> None:
        from matplotlib.dates import date2num

        shown = [e for e in efforts if e.starts_on <= end and (e.ends_on or end) >= start]
        for n, effort in enumerate(shown):
            left, right = max(effort.starts_on, start), min(effort.ends_on or end, end)
            color = style.EFFORT_COLOURS[n % len(style.EFFORT_COLOURS)]
            left, right = date2num(left), date2num(right)
            for ax in self.axes:
                self._extras.append(
                    ax.axvspan(left, right, color=color, alpha=0.35, linewidth=0, zorder=0)
                )
        self._label_efforts(shown, start, end)

    def _label_efforts(self, efforts: Sequence[Effort], start, end) -> None:
        """Each effort's name inside the top of the first axes, over its span.

        A name that would run into the one before goes a row lower; a name that would
        reach past the right edge ends at it. Drawn under the lines, on a pale box.
        """
        from matplotlib.dates import date2num

        ax = self.axes[0]
        figure_width_pt = self.figure.get_size_inches()[0] * 72
        axes_width_pt = ax.get_position().width * figure_width_pt or 1
        low, high = date2num(start), date2num(end)
        row_ends: list[float] = []  # per row, where the last name ends (axes fraction)
        for effort in efforts:
            label = effort.kind.label
            width = len(label) * EFFORT_LABEL_SIZE * 0.62 / axes_width_pt + 0.01
            x = (date2num(max(effort.starts_on, start)) - low) / ((high - low) or 1)
            x = max(0.0, min(x + 0.005, 1 - width))
            row = next((n for n, used in enumerate(row_ends) if used <= x), len(row_ends))
            if row == len(row_ends):
                row_ends.append(0.0)
            row_ends[row] = x + width
            self._extras.append(
                ax.text(
                    x,
                    0.985 - row * EFFORT_ROW,
                    label,
                    transform=ax.transAxes,
                    fontsize=EFFORT_LABEL_SIZE,
                    color="#333333",
                    va="top",
                    ha="left",
                    zorder=1.6,  # over the score lines of the grid, under the data
                    clip_on=True,
                    bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.6},
                )
            )


class RadarChart:
    """The first, the previous and the latest meeting as three outlines on one star."""

    def __init__(
        self,
        tool: ToolDefinition,
        who: str = "citizen",
        language: str | None = None,
        size: float = 5.0,
    ) -> None:
        language = language or language_in_use()
        self.language = language
        self.tool, self.who = tool, who
        self.figure = _figure(size, size)
        self.ax = ax = self.figure.add_subplot(projection="polar")
        self.keys = [indicator.key for indicator in tool.indicators]
        self.angles = [2 * math.pi * i / len(self.keys) for i in range(len(self.keys))]
        ax.set_theta_offset(math.pi / 2)  # the first indicator at the top, then clockwise
        ax.set_theta_direction(-1)
        ax.set_xticks(self.angles)
        self.names = [i.name(language) for i in tool.indicators]
        ax.set_xticklabels([textwrap.fill(n, 12) for n in self.names], fontsize=10)
        ax.set_ylim(0, tool.score_max)
        ax.set_yticks(range(2, tool.score_max + 1, 2))
        ax.tick_params(axis="y", labelsize=7, labelcolor="#777777")
        ax.tick_params(axis="x", pad=8)
        ax.grid(color=style.GRID)
        self._drawn: list = []  # outlines, fills, the legend or the "no meetings" text
        self.animated = False
        self.update([])

    def dynamic_artists(self) -> list:
        """What changes from citizen to citizen (see ``ProgressionChart``)."""
        return sorted(self._drawn, key=lambda artist: artist.get_zorder())

    def set_animated(self, on: bool) -> None:
        self.animated = on
        for artist in self._drawn:
            artist.set_animated(on)

    def update(self, history: History) -> None:
        with speaking(self.language):
            self._update(history)
        if self.animated:
            self.set_animated(True)

    def _update(self, history: History) -> None:
        for artist in self._drawn:
            artist.remove()
        self._drawn = []
        ax, picks, labels = self.ax, _radar_meetings(history), []
        for (meeting, scores), (line_style, fill) in picks:
            values = [getattr(scores.get(k), f"{self.who}_score", None) for k in self.keys]
            present = [(a, v) for a, v in zip(self.angles, values, strict=True) if v is not None]
            if not present:
                continue
            xs = [a for a, _ in present] + [present[0][0]]
            ys = [v for _, v in present] + [present[0][1]]
            label = f"{style.label(line_style)} ({format_date(meeting.held_on)})"  # chart language
            missing = [n for n, v in zip(self.names, values, strict=True) if v is None]
            if missing:
                label += "\n  " + _("ikke svaret: {names}").format(
                    names=textwrap.shorten(", ".join(missing), 60, placeholder="…")
                )
            (line,) = ax.plot(
                xs,
                ys,
                linewidth=2,
                marker="o",
                markersize=4,
                picker=True,
                **{**line_style, "label": label},
            )
            line.meeting_ids = [meeting.id] * len(xs)
            self._drawn.append(line)
            labels.append(label)
            if fill:
                self._drawn += ax.fill(xs, ys, color=line_style["color"], alpha=0.15)
        if labels:
            self._drawn.append(
                self.figure.legend(loc="outside lower center", ncols=1, frameon=False, fontsize=9)
            )
        elif not picks:
            self._drawn.append(
                ax.text(0, 0, _(NO_MEETINGS), ha="center", va="center", color="#555555")
            )
        # Dates differ only in their digits, which are all as wide: same labels, same layout.
        shape = tuple(re.sub(r"\d", "0", label) for label in labels)
        self.figure.get_layout_engine().shape = (bool(picks), shape)


def progression_figure(
    history: History,
    tool: ToolDefinition,
    language: str | None = None,
    width: float = 8.0,
    height: float = 5.5,
    efforts: Sequence[Effort] = (),
):
    """A fresh ``ProgressionChart`` figure showing ``history`` (for a PDF, or once)."""
    chart = ProgressionChart(tool, language, width, height)
    chart.update(history, efforts)
    return chart.figure


def radar_figure(
    history: History,
    tool: ToolDefinition,
    who: str = "citizen",
    language: str | None = None,
    size: float = 5.0,
):
    """A fresh ``RadarChart`` figure showing ``history``."""
    chart = RadarChart(tool, who, language, size)
    chart.update(history)
    return chart.figure


_locator_class = None


def _inside_dates(language: str):
    """A date locator whose labels (dates in ``language``) never reach past the axis (see
    ``InsideDates``)."""
    global _locator_class
    if _locator_class is None:
        from matplotlib.dates import AutoDateLocator
        from matplotlib.ticker import Locator

        class InsideDates(Locator):
            """Calendar ticks, as AutoDateLocator picks them, whose labels fit on the axis.

            A label at a tick near the end of the axis would reach past it, and constrained
            layout would then make room for it: the layout would depend on the dates. Such
            ticks are left out, and so is a tick whose label would touch the one before
            (when none is left, one tick in the middle stays). So the layout is the same
            for every citizen and can be kept.
            """

            def __init__(self, language: str) -> None:
                self.language = language
                self._picked: tuple = (None, [])

            def __call__(self):
                low, high = self.axis.get_view_interval()
                width = self.axis.axes.bbox.width
                half = _date_label_half_width_pt(self.language)
                label = 2 * half * self.axis.figure.dpi / 72
                room = label + 6  # between two labels' middles
                fits = max(1, int((width - label) // room) + 1)
                if self._picked[0] != (low, high, fits):  # rrule is slow: not every draw
                    auto = AutoDateLocator(minticks=2, maxticks=max(fits + 2, 3))
                    auto.set_axis(self.axis)
                    self._picked = ((low, high, fits), list(auto()))
                span = (high - low) or 1
                shown: list[float] = []
                for tick in self._picked[1]:
                    x = (tick - low) / span * width
                    if label / 2 <= x <= width - label / 2 and (
                        not shown or x - (shown[-1] - low) / span * width >= room
                    ):
                        shown.append(tick)
                return shown or [(low + high) / 2]

        _locator_class = InsideDates
    return _locator_class(language)


@functools.cache
def _date_label_half_width_pt(language: str) -> float:
    """Half the width of a date label in ``language`` on the axis (rotated 30°), in points."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(dpi=72)
    widest = date_pattern(language).replace("%d", "00").replace("%m", "00").replace("%Y", "0000")
    text = figure.text(0, 0, widest, rotation=DATE_ROTATION, fontsize=DATE_SIZE)
    return text.get_window_extent(FigureCanvasAgg(figure).get_renderer()).width / 2


def _label(line_style: dict, language: str) -> str:
    """The line style's label in ``language``."""
    with speaking(language):
        return style.label(line_style)


def _legend_line(line_style: dict, label: str):
    from matplotlib.lines import Line2D

    return Line2D([], [], **{**line_style, "label": label})


def _radar_meetings(history: History):
    """First, previous and latest, skipping repeats when there are fewer than three."""
    scored = [(m, s) for m, s in history if s]
    if not scored:
        return []
    chosen = [(scored[-1], (style.LATEST, True))]
    if len(scored) >= 2:
        chosen.insert(0, (scored[-2], (style.PREVIOUS, False)))
    if len(scored) >= 3:
        chosen.insert(0, (scored[0], (style.FIRST, False)))
    return chosen
