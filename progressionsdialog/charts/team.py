"""The team's numbers as a picture: per indicator, the first and the latest mean score of
each group, side by side. Groups under 5 citizens are never drawn (the table says
"færre end 5" for them). One ``Figure`` for the screen and the team report alike, in the
language in use while it is drawn (the window's, in its worker thread)."""

from __future__ import annotations

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

    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    axes = figure.subplots(2, 2, sharey=True).flatten()
    shown = [r for r in rows if r.who == who and not is_small(r.citizens)]
    groups = sorted({r.group for r in shown})
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
        ax.set_xticks(range(len(groups)), [_short(g) for g in groups], fontsize=8)
        ax.tick_params(axis="y", labelsize=8)
    if not groups:
        figure.text(0.5, 0.5, _("Ingen grupper med 5 borgere eller flere"), ha="center")
    handles, labels = axes[0].get_legend_handles_labels()
    if handles:
        figure.legend(handles[:2], labels[:2], loc="outside upper right", fontsize=8)
    title = (
        _("Borgerens score: første og seneste i gennemsnit")
        if who == "citizen_score"
        else _("Medarbejderens score: første og seneste i gennemsnit")
    )
    figure.suptitle(title, fontsize=11, x=0.02, ha="left")
    return figure


def _short(group: str) -> str:
    """A label that fits under its bars: a project's group by its role alone.

    >>> _short("JobStart – kontrolgruppe"), _short("Virksomhedspraktik"), _short("Mentor")
    ('Kontrolgruppe', 'Virksomhedspra…', 'Mentor')
    """
    group = group.split(" – ")[-1]
    group = group[:1].upper() + group[1:]
    return group if len(group) <= 15 else group[:14] + "…"
