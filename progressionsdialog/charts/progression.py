"""The indicator progression as pictures: a line per indicator, and a radar of three meetings.

Both return a matplotlib ``Figure`` (no pyplot, no global state), so the screen embeds it
with ``FigureCanvasQTAgg`` and the PDF renders the very same figure with Agg.

Each plotted point line carries ``meeting_ids`` (one id per point), so a click on a point
can open that meeting: ``event.artist.meeting_ids[event.ind[0]]``.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from datetime import timedelta

from progressionsdialog.charts import style
from progressionsdialog.domain.meeting import IndicatorScore, Meeting
from progressionsdialog.domain.plan import Effort
from progressionsdialog.tools.definition import ToolDefinition

History = Sequence[tuple[Meeting, dict[str, IndicatorScore]]]


def _figure(width: float, height: float):
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def progression_figure(
    history: History,
    tool: ToolDefinition,
    language: str = "da",
    width: float = 8.0,
    height: float = 5.5,
    efforts: Sequence[Effort] = (),
):
    """Small multiples, one per indicator: the citizen's and the worker's score over time.

    Efforts are shaded spans on the time axis, so one can see what was going on while the
    scores moved; an effort still running reaches to the last date shown.
    """
    import matplotlib.dates as mdates

    figure = _figure(width, height)
    axes = figure.subplots(2, 2, sharex=True, sharey=True).flatten()
    dates = [meeting.held_on for meeting, _ in history]
    for ax, indicator in zip(axes, tool.indicators, strict=False):
        ax.set_title(indicator.name(language), fontsize=11, loc="left", fontweight="bold")
        for who, line_style in (("citizen", style.CITIZEN), ("worker", style.WORKER)):
            points = [
                (
                    meeting.held_on,
                    getattr(scores.get(indicator.key), f"{who}_score", None),
                    meeting.id,
                )
                for meeting, scores in history
            ]
            points = [p for p in points if p[1] is not None]
            if not points:
                continue
            (line,) = ax.plot(
                [p[0] for p in points],
                [p[1] for p in points],
                markersize=(5 if line_style is style.CITIZEN else 8) if len(points) < 25 else 3,
                linewidth=1.8,
                picker=True,
                pickradius=6,
                **line_style,
            )
            line.meeting_ids = [p[2] for p in points]
        ax.set_ylim(tool.score_min - 0.5, tool.score_max + 0.5)
        ax.set_yticks(range(tool.score_min, tool.score_max + 1, 3 if tool.score_max > 6 else 1))
        ax.grid(True, color=style.GRID, linewidth=0.8)
        ax.spines[["top", "right"]].set_visible(False)
        if not dates:
            ax.text(
                0.5,
                0.5,
                "Ingen samtaler endnu",
                ha="center",
                va="center",
                transform=ax.transAxes,
                color="#555555",
            )
    if dates:
        low, high = min(dates), max(dates)
        pad = max(timedelta(days=10), (high - low) / 25)
        axes[0].set_xlim(low - pad, high + pad)
        _shade_efforts(axes, efforts, low - pad, high + pad)
        locator = mdates.AutoDateLocator(minticks=2, maxticks=5)
        for ax in axes:
            ax.xaxis.set_major_locator(locator)
            ax.xaxis.set_major_formatter(mdates.DateFormatter(style.DANISH_DATE))
            ax.tick_params(axis="x", labelrotation=30, labelsize=8)
    handles = [
        _legend_line(style.CITIZEN, "Borgerens score"),
        _legend_line(style.WORKER, "Medarbejderens score"),
    ]
    figure.legend(handles=handles, loc="outside lower center", ncols=2, frameon=False)
    return figure


def _shade_efforts(axes, efforts: Sequence[Effort], start, end) -> None:
    shown = [e for e in efforts if e.starts_on <= end and (e.ends_on or end) >= start]
    for n, effort in enumerate(shown):
        left, right = max(effort.starts_on, start), min(effort.ends_on or end, end)
        color = style.EFFORT_COLOURS[n % len(style.EFFORT_COLOURS)]
        for ax in axes:
            ax.axvspan(left, right, color=color, alpha=0.35, linewidth=0, zorder=0)
        axes[0].text(
            left, 10.45, effort.kind.label, fontsize=7, color="#444444", va="bottom", clip_on=True
        )


def _legend_line(line_style: dict, label: str):
    from matplotlib.lines import Line2D

    return Line2D([], [], **{**line_style, "label": label})


def radar_figure(
    history: History,
    tool: ToolDefinition,
    who: str = "citizen",
    language: str = "da",
    size: float = 5.0,
):
    """The first, the previous and the latest meeting as three outlines on one star."""
    figure = _figure(size, size)
    ax = figure.add_subplot(projection="polar")
    keys = [indicator.key for indicator in tool.indicators]
    angles = [2 * math.pi * i / len(keys) for i in range(len(keys))]
    ax.set_theta_offset(math.pi / 2)  # the first indicator at the top, then clockwise
    ax.set_theta_direction(-1)
    ax.set_xticks(angles)
    names = [i.name(language) for i in tool.indicators]
    ax.set_xticklabels([textwrap.fill(n, 12) for n in names], fontsize=10)
    ax.set_ylim(0, tool.score_max)
    ax.set_yticks(range(2, tool.score_max + 1, 2))
    ax.tick_params(axis="y", labelsize=7, labelcolor="#777777")
    ax.tick_params(axis="x", pad=8)
    ax.grid(color=style.GRID)

    picks = _radar_meetings(history)
    for (meeting, scores), (line_style, fill) in picks:
        values = [getattr(scores.get(k), f"{who}_score", None) for k in keys]
        present = [(a, v) for a, v in zip(angles, values, strict=True) if v is not None]
        if not present:
            continue
        xs = [a for a, _ in present] + [present[0][0]]
        ys = [v for _, v in present] + [present[0][1]]
        label = f"{line_style['label']} ({meeting.held_on.strftime(style.DANISH_DATE)})"
        missing = [n for n, v in zip(names, values, strict=True) if v is None]
        if missing:
            label += "\n  ikke svaret: " + textwrap.shorten(", ".join(missing), 60, placeholder="…")
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
        if fill:
            ax.fill(xs, ys, color=line_style["color"], alpha=0.15)
    if picks:
        figure.legend(loc="outside lower center", ncols=1, frameon=False, fontsize=9)
    else:
        ax.text(0, 0, "Ingen samtaler endnu", ha="center", va="center", color="#555555")
    return figure


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
