"""The team report: the statistics' tables, each with its chart above, for a leader's
meeting. No names, no numbers for groups under 5 citizens (the tables come from
``statistics.tables`` with the rule applied)."""

from __future__ import annotations

import io
from pathlib import Path

from progressionsdialog.domain.dates import format_date
from progressionsdialog.i18n import _
from progressionsdialog.reports.document import styles, write_pdf
from progressionsdialog.reports.text import para
from progressionsdialog.statistics.indicators import WHO, Period
from progressionsdialog.statistics.privacy import chartable
from progressionsdialog.statistics.report import Section
from progressionsdialog.statistics.tables import Table
from progressionsdialog.tools.definition import ToolDefinition

CHART_SIZE = (8.0, 4.8)  # inches, drawn at 150 dpi and shrunk to the page's width
NO_CHART = "Ingen grupper med 5 borgere eller flere, så intet diagram. Se tabellen."


def _image(png: bytes, width: float):
    from reportlab.platypus import Image

    return Image(io.BytesIO(png), width=width, height=width * CHART_SIZE[1] / CHART_SIZE[0])


def column_widths(rows: list[tuple[str, ...]], font: str, size: float, total: float):
    """Widths that never break a word: each column at least its longest word, the rest of
    the line shared by how much text each column holds.

    >>> from progressionsdialog.reports.fonts import FONT, register_fonts
    >>> register_fonts()
    >>> widths = column_widths([("Gruppe", "Op"), ("Aktivitetsparat", "12")], FONT, 9, 300)
    >>> round(sum(widths)), widths[0] > widths[1]
    (300, True)
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    padding = 6
    columns = list(zip(*rows, strict=True))
    least = [
        max(stringWidth(word, font, size) for cell in column for word in cell.split() or [""])
        + padding
        for column in columns
    ]
    wanted = [max(stringWidth(cell, font, size) for cell in column) + padding for column in columns]
    spare = max(0.0, total - sum(least))
    extra = [w - m for w, m in zip(wanted, least, strict=True)]
    if not sum(extra):  # every cell a single word: share the spare by width
        extra = least
    share = sum(extra)
    return [m + spare * e / share for m, e in zip(least, extra, strict=True)]


def _table(table: Table, width: float):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, TableStyle
    from reportlab.platypus import Table as PdfTable

    from progressionsdialog.reports.fonts import FONT, FONT_BOLD

    cell = ParagraphStyle("team-cell", fontName=FONT, fontSize=8.5, leading=11)
    head = ParagraphStyle("team-head", parent=cell, fontName=FONT_BOLD)
    all_rows = [table.header, *table.rows]
    widths = column_widths(all_rows, FONT_BOLD, 8.5, width)
    rows = [
        [Paragraph(para(text), head if n == 0 else cell) for text in row]
        for n, row in enumerate(all_rows)
    ]
    pdf_table = PdfTable(rows, colWidths=widths, repeatRows=1)
    pdf_table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), "#e8eef6"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, "#bbbbbb"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return pdf_table


def build_team_report(
    out: Path,
    sections: list[Section],
    tool: ToolDefinition,
    period: Period,
) -> Path:
    """One section per table; a table of indicator changes gets its two charts above it."""
    from reportlab.lib.units import cm
    from reportlab.platypus import CondPageBreak, Paragraph, Spacer

    s = styles(body_size=11)
    width = 21 * cm - 2 * 56
    span = (
        f"{format_date(period.start) if period.start else _('begyndelsen')} – "
        f"{format_date(period.end) if period.end else _('i dag')}"
    )
    story = [
        Paragraph(_("Teamets tal"), s["title"]),
        Paragraph(
            para(
                _(
                    "Samtaler fra {span}. Grupper med færre end 5 borgere vises som "
                    "'færre end 5' og er ikke med i diagrammerne."
                ).format(span=span)
            ),
            s["body"],
        ),
    ]
    from progressionsdialog.charts.drawing_process import section_charts

    charts = section_charts(sections, tool, CHART_SIZE, 150) or {}
    for n, section in enumerate(sections):
        story += [CondPageBreak(8 * cm), Paragraph(para(section.table.title), s["h1"])]
        if section.rows is not None:
            for who in WHO:
                if (n, who) in charts:
                    story += [_image(charts[(n, who)], width), Spacer(1, 4)]
            if not any(chartable(section.rows, who) for who in WHO):
                story.append(Paragraph(para(_(NO_CHART)), s["body"]))
        story.append(_table(section.table, width))
    return write_pdf(
        out,
        story,
        title=_("Teamets tal"),
        subject=_("Statistik uden navne"),
        footer=_("Teamets tal") + " – Progressionsdialog",
    )
