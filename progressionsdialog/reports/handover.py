"""The handover report: everything a colleague or another team needs, so no one starts over.

Private notes are included only when the worker ticks them in for this report.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import sqlite_utils

from progressionsdialog import clock
from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.plan import NOT_DECIDED
from progressionsdialog.reports.document import figure_image, styles, write_pdf
from progressionsdialog.reports.drawings import wheel_drawing
from progressionsdialog.reports.text import para
from progressionsdialog.storage.citizens import get_citizen
from progressionsdialog.storage.efforts import list_efforts
from progressionsdialog.storage.goals import list_goals, list_sub_goals
from progressionsdialog.storage.hhh import list_hhh
from progressionsdialog.storage.life_wheels import wheel_history
from progressionsdialog.storage.meetings import score_history
from progressionsdialog.storage.steps import list_steps
from progressionsdialog.tools.definition import ToolDefinition

_charts: dict[tuple[str, str], object] = {}  # one print chart per tool, kept
_charts_lock = threading.Lock()  # reports are made on worker threads


def _chart_image(history, tool, efforts, width: float):
    """The same progression chart as on screen, rendered for print.

    The chart is kept from one report to the next and given the citizen's data, as the
    screen does: building it and working out its layout cost more than drawing it.
    """
    from progressionsdialog.charts.progression import ProgressionChart

    with _charts_lock:
        chart = _charts.get((tool.id, tool.version))
        if chart is None:
            chart = _charts[tool.id, tool.version] = ProgressionChart(tool, width=8, height=5.2)
        chart.update(history, efforts)
        return figure_image(chart.figure, width, dpi=170)


def _table(rows, widths, style_extra=()):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    head = ParagraphStyle("head", fontName="DejaVuSans-Bold", fontSize=7.5, leading=9.5)
    rows = [[Paragraph(para(str(text)), head) for text in rows[0]], *rows[1:]]
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)  # long cells split
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "DejaVuSans", 9.5),
                ("FONT", (0, 0), (-1, 0), "DejaVuSans-Bold", 9.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("BACKGROUND", (0, 0), (-1, 0), "#e8eef6"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, "#bbbbbb"),
                *style_extra,
            ]
        )
    )
    return table


def build_handover(
    db: sqlite_utils.Database,
    citizen_id: int,
    tool: ToolDefinition,
    out: Path,
    include_private_notes: bool = False,
    today: date | None = None,
) -> Path:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    today = today or clock.today()
    s = styles(11)
    cell = s["cell"]
    citizen = get_citizen(db, citizen_id)

    def p(text: str, style=cell):
        return Paragraph(para(text), style)

    facts = [citizen.target_group.label]
    if citizen.birth_date:
        facts.insert(0, f"Født {format_date(citizen.birth_date)}")
    if citizen.caseworker_name:
        facts.append(f"Sagsbehandler: {citizen.caseworker_name}")
    story = [
        Paragraph("Overleveringsrapport", s["title"]),
        p(citizen.name, s["h1"]),
        p(" · ".join(facts), s["body"]),
        p(
            f"Lavet den {format_date(today)}. "
            + ("Private noter er med." if include_private_notes else "Private noter er ikke med."),
            s["small"],
        ),
    ]

    story.append(Paragraph("Mål", s["h1"]))
    goals = list_goals(db, citizen_id)
    if not goals:
        story.append(p("Der er ikke skrevet et mål.", s["body"]))
    for goal in goals:
        story.append(p(f"{goal.kind.label}: {goal.citizen_wording or NOT_DECIDED}", s["body"]))
        if goal.worker_wording:
            story.append(p(f"Jobrettet formulering: {goal.worker_wording}", s["body"]))
        for sub in list_sub_goals(db, goal.id):
            when = f" (senest {format_date(sub.target_date)})" if sub.target_date else ""
            story.append(p(f"• Delmål: {sub.title}{when}", s["body"]))
    for hhh in list_hhh(db, citizen_id):
        story.append(
            p(
                f"Hvad: {hhh.shown('what')}\nHvorfor: {hhh.shown('why')}\n"
                f"Hvordan: {hhh.shown('how')}",
                s["body"],
            )
        )

    story.append(Paragraph("Indsatser", s["h1"]))
    efforts = list_efforts(db, citizen_id)
    if efforts:
        rows = [["Indsats", "Sted", "Periode", "Aftalte mål", "Resultat"]]
        for e in efforts:
            period = f"{format_date(e.starts_on)} – {format_date(e.ends_on) if e.ends_on else 'nu'}"
            rows.append([p(e.kind.label), p(e.provider), p(period), p(e.agreed_goals), p(e.result)])
        story.append(_table(rows, [95, 90, 78, 110, 110]))
    else:
        story.append(p("Der er ikke registreret indsatser.", s["body"]))

    story.append(Paragraph("Åbne skridt", s["h1"]))
    steps = list_steps(db, citizen_id, open_only=True)
    if steps:
        rows = [["Hvem", "Hvad", "Frist", "Status"]]
        for st in steps:
            status = st.status.label + (f": {st.status_reason}" if st.status_reason else "")
            rows.append([p(st.owner.label), p(st.what), p(format_date(st.due_on)), p(status)])
        story.append(_table(rows, [80, 250, 70, 83]))
    else:
        story.append(p("Der er ingen åbne skridt.", s["body"]))

    history = score_history(db, citizen_id)
    story.append(Paragraph("Samtaler og scorer", s["h1"]))
    if history:
        story.append(p("Scorer: borger/medarbejder. – betyder ikke svaret.", s["small"]))
        names = [i.name() for i in tool.indicators]
        rows = [["Dato", "Type", *names, "Det talte vi om"]]
        for meeting, scores in history:
            cells = []
            notes = []
            for indicator in tool.indicators:
                sc = scores.get(indicator.key)
                own = "–" if sc is None or sc.citizen_score is None else str(sc.citizen_score)
                worker = "–" if sc is None or sc.worker_score is None else str(sc.worker_score)
                cells.append(p(f"{own}/{worker}"))
                if sc and sc.shared_note:
                    notes.append(sc.shared_note)
                if include_private_notes and sc and sc.private_note:
                    notes.append(f"Privat note: {sc.private_note}")
            rows.append(
                [
                    p(format_date(meeting.held_on)),
                    p(meeting.kind.label),
                    *cells,
                    p("\n".join(notes)),
                ]
            )
        story.append(_table(rows, [64, 70, 54, 56, 62, 56, 121]))
        story.append(Spacer(1, 10))
        story.append(
            KeepTogether(
                [Paragraph("Udviklingen", s["h1"]), _chart_image(history, tool, efforts, 480)]
            )
        )
    else:
        story.append(p("Der er ingen samtaler endnu.", s["body"]))

    heading = Paragraph("Livshjul", s["h1"])
    wheels = wheel_history(db, citizen_id)
    if wheels:
        first_meeting, first = wheels[0]
        last_meeting, last = wheels[-1]
        first_title = p(f"Første: {format_date(first_meeting.held_on)}", s["h2"])
        story.append(KeepTogether([heading, first_title, wheel_drawing(first, None, 440, 260)]))
        if len(wheels) > 1:
            title = p(f"Seneste: {format_date(last_meeting.held_on)} (stiplet: første)", s["h2"])
            story.append(KeepTogether([title, wheel_drawing(last, first, 440, 260)]))
    else:
        story += [heading, p("Der er ikke lavet et livshjul.", s["body"])]
    return write_pdf(
        out,
        story,
        title=f"Overleveringsrapport for {citizen.name}",
        subject="Overlevering af borgerens forløb",
        footer=f"Overlevering: {citizen.name}",
    )
