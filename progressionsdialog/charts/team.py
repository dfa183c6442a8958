"""The team's numbers as a picture: per indicator, the first and the latest mean score of
each group, side by side. Groups under 5 citizens are never drawn (the table says
"færre end 5" for them). One ``Figure`` for the screen and the team report alike, in the
language in use while it is drawn (the window's, in its worker thread)."""

from __future__ import annotations

import math

from progressionsdialog.charts import style
from progressionsdialog.i18n import _, language
from progressionsdialog.statistics.indicators import ChangeRow
from progressionsdialog.statistics.privacy import is_small
from progressionsdialog.tools.definition import ToolDefinition


def change_figure(
    rows: list[ChangeRow],
    tool: ToolDefinition,
    who: str = "citizen_score",
    width: float = 8.0,
    height: float = 4.8,
):
    """Small multiples, one per indicator: a pair of bars (first, latest) per group."""
    from matplotlib.figure import Figure

    shown = [r for r in rows if r.who == who and not is_small(r.citizens)]
    groups = list(dict.fromkeys(r.group for r in shown))  # in the statistics' order
    names, size = _group_names(groups, (width - LEFT - RIGHT - COLUMN_GAP) / 2)
    extra = LINE if any("\n" in name for name in names) else 0.0
    figure = Figure(figsize=(width, height), dpi=100)
    figure.subplots_adjust(**_margins(width, height, extra))
    axes = figure.subplots(2, 2, sharey=True).flatten()
    first, latest = style.label(style.FIRST), style.label(style.LATEST)
    for ax, indicator in zip(axes, tool.indicators, strict=False):
        ax.set_title(indicator.name(language()), fontsize=10, loc="left", fontweight="bold")
        ax.set_ylim(0, 10)
        ax.grid(axis="y", color=style.GRID)
        ax.set_axisbelow(True)
        by_group = {r.group: r for r in shown if r.indicator_key == indicator.key}
        for position, group in enumerate(groups):
            row = by_group.get(group)
            if row is None:
                continue
            ax.bar(position - 0.2, row.first_mean, 0.38, color=style.FIRST["color"],
                   hatch="//", edgecolor="white", label=first)  # fmt: skip
            ax.bar(position + 0.2, row.latest_mean, 0.38, color=style.LATEST["color"],
                   label=latest)  # fmt: skip
        ax.set_xticks(range(len(groups)), names, fontsize=size)
        ax.tick_params(axis="y", labelsize=8)
    if not groups:
        figure.text(
            0.5,
            0.5,
            _("Ingen grupper med 5 borgere eller flere"),
            ha="center",
            va="center",
            bbox={"facecolor": "white", "edgecolor": "none"},  # over the axes' frames
        )
    handles, labels = axes[0].get_legend_handles_labels()
    if handles:
        figure.legend(handles[:2], labels[:2], loc="upper right", fontsize=8)
    title = (
        _("Borgerens score: første og seneste i gennemsnit")
        if who == "citizen_score"
        else _("Medarbejderens score: første og seneste i gennemsnit")
    )
    figure.suptitle(title, fontsize=11, x=0.02, ha="left")
    return figure


# Margins in inches, the same at every size: room for the title and the legend above, the
# values left of the first column, the groups below each row and each indicator's name.
# Fixed margins instead of matplotlib's constrained layout: a chart is drawn in 120 ms
# instead of 200, and the statistics window waits for eight of them.
LEFT, RIGHT, BOTTOM, TOP = 0.5, 0.15, 0.3, 0.65
ROW_GAP, COLUMN_GAP = 0.5, 0.25
LINE = 0.14  # a second line of group names, 8 points


def _margins(width: float, height: float, extra: float = 0.0) -> dict[str, float]:
    """``subplots_adjust``'s fractions for a 2 × 2 grid of ``width`` × ``height`` inches;
    ``extra``: more room under each row (group names on two lines).

    >>> _margins(10.0, 3.4)["top"], round(_margins(10.0, 3.4)["hspace"], 3)
    (0.8088235294117647, 0.513)
    """
    bottom, row_gap = BOTTOM + extra, ROW_GAP + extra
    axes_width = (width - LEFT - RIGHT - COLUMN_GAP) / 2
    axes_height = (height - bottom - TOP - row_gap) / 2
    return {
        "left": LEFT / width,
        "right": 1 - RIGHT / width,
        "bottom": bottom / height,
        "top": 1 - TOP / height,
        "wspace": COLUMN_GAP / axes_width,
        "hspace": row_gap / axes_height,
    }


def _group_names(groups: list[str], axes_width: float) -> tuple[list[str], float]:
    r"""The groups' names under their bars, and their size in points: on two lines (at
    the first space) where on one they would run into each other, smaller where a single
    word is still too long, and cut short ("…") where even 6 points are too large. The
    table under the chart has the whole names.

    >>> _group_names(["Aktivitetsparat", "Jobparat"], 4.5)
    (['Aktivitetsparat', 'Jobparat'], 8.0)
    >>> _group_names(["13–24 mdr.", "25–48 mdr.", "over 48 mdr.", "Ukendt"] * 2, 4.5)[0][:3]
    ['13–24\nmdr.', '25–48\nmdr.', 'Over\n48 mdr.']
    >>> _group_names(["Jobparat", "Ressourceforløb", "Sygedagpenge", "Aktivitetsparat"], 3.5)
    (['Jobparat', 'Ressourceforløb', 'Sygedagpenge', 'Aktivitetsparat'], 7.0)
    >>> _group_names(["Virksomhedspraktik", "Mentor"] * 3, 3.5)[0][:2]
    ['Virksomhe…', 'Mentor']
    """
    names = [_short(group) for group in groups]
    room = 0.9 * axes_width / max(1, len(names))  # and a little space between neighbours
    if _widest(names, 8.0) > room:
        names = [name.replace(" ", "\n", 1) for name in names]
    if _widest(names, 8.0) <= room:
        return names, 8.0
    size = max(6.0, math.floor(80.0 * room / _widest(names, 8.0)) / 10)  # down to a tenth
    return ["\n".join(_cut(line, size, room) for line in n.split("\n")) for n in names], size


def _widest(names: list[str], size: float) -> float:
    """The widest line of ``names`` in inches, at ``size`` points."""
    return max((_width(line, size) for name in names for line in name.split("\n")), default=0)


def _width(text: str, size: float) -> float:
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import text_to_path

    width, _height, _descent = text_to_path.get_text_width_height_descent(
        text, FontProperties(size=size), ismath=False
    )
    return width / 72


def _cut(line: str, size: float, room: float) -> str:
    """``line``, cut short with "…" until it fits in ``room`` inches at ``size`` points."""
    while len(line) > 2 and _width(line, size) > room:
        line = line[:-2] + "…"
    return line


def _short(group: str) -> str:
    """A label that fits under its bars: a project's group by its role alone.

    >>> _short("JobStart – kontrolgruppe"), _short("Virksomhedspraktik"), _short("Mentor")
    ('Kontrolgruppe', 'Virksomhedspra…', 'Mentor')
    """
    group = group.split(" – ")[-1]
    group = group[:1].upper() + group[1:]
    return group if len(group) <= 15 else group[:14] + "…"
