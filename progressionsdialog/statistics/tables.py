"""The statistics as tables of text cells, with the small-group rule applied: the same cells
go to the terminal, a CSV file, the screen and the team report.

    table = change_table(rows, tool)
    print(render_text(table))

Titles, headers and the words in cells are in the language in use when the table is made
(the command line's Danish, the window's language in its worker thread).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from progressionsdialog.i18n import _, language
from progressionsdialog.statistics.efforts import TimeToEffortRow
from progressionsdialog.statistics.indicators import WHO, ChangeRow
from progressionsdialog.statistics.privacy import is_small, shown_count, shown_mean, small
from progressionsdialog.tools.definition import ToolDefinition


@dataclass(frozen=True, slots=True)
class Table:
    title: str
    header: tuple[str, ...]
    rows: list[tuple[str, ...]]


def change_table(title: str, rows: list[ChangeRow], tool: ToolDefinition) -> Table:
    names = {i.key: i.name(language()) for i in tool.indicators}
    who = {key: _(text) for key, text in WHO.items()}
    body = []
    small_groups_shown = set()
    for row in rows:
        if is_small(row.citizens):  # one line for the whole group: no indicator, no number
            if row.group not in small_groups_shown:
                small_groups_shown.add(row.group)
                body.append((row.group, "", "", small(), "", "", "", "", ""))
            continue
        cells = (
            row.group,
            names.get(row.indicator_key, row.indicator_key),
            who[row.who],
            shown_count(row.citizens),
            shown_mean(row.first_mean, row.citizens),
            shown_mean(row.latest_mean, row.citizens),
            *(shown_count(n) for n in (row.up, row.same, row.down)),
        )
        body.append(cells)
    header = (_("Gruppe"), _("Indikator"), _("Hvis score"), _("Borgere"), _("Første"),
              _("Seneste"), _("Op"), _("Samme"), _("Ned"))  # fmt: skip
    return Table(title, header, body)


def time_table(rows: list[TimeToEffortRow]) -> Table:
    body = []
    for row in rows:
        days = "–" if row.median_days is None else f"{row.median_days:.0f}"
        hidden = is_small(row.with_effort)
        body.append(
            (
                row.group,
                shown_count(row.citizens),
                shown_count(row.with_effort),
                small() if hidden or is_small(row.citizens) else days,
            )
        )
    header = (
        _("Gruppe"),
        _("Borgere"),
        _("Med virksomhedsrettet indsats"),
        _("Dage til første (median)"),
    )
    return Table(_("Tid fra første samtale til første virksomhedsrettede indsats"), header, body)


def render_text(table: Table) -> str:
    """Columns padded to their widest cell, a title line above."""
    widths = [max(len(c) for c in column) for column in zip(table.header, *table.rows, strict=True)]
    lines = [table.title, "=" * len(table.title)]
    for cells in (table.header, *table.rows):
        lines.append("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip())
    if not table.rows:
        lines.append(_("(ingen borgere med mindst to målinger i perioden)"))
    return "\n".join(lines)


def write_csv(tables: list[Table], out: Path) -> Path:
    """Every table in one CSV file for a spreadsheet: its title, its header, its rows, a
    blank line. UTF-8 with a byte-order mark and ``;``, as Danish Excel reads it."""
    out = Path(out)
    temp = out.with_name(out.name + ".part")
    with open(temp, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        for table in tables:
            writer.writerow([table.title])
            writer.writerow(table.header)
            writer.writerows(table.rows)
            writer.writerow([])
    temp.replace(out)
    return out
