"""The citizen's plan, handed over at the end of the meeting and taken home.

Plain Danish, short sentences, large type. Never a private note; nothing about health or
addiction (those efforts and their steps) unless the worker ticks it in for this print.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import sqlite_utils

from progressionsdialog import clock
from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.plan import NOT_DECIDED
from progressionsdialog.reports.document import styles, write_pdf
from progressionsdialog.reports.drawings import progress_drawing, wheel_drawing
from progressionsdialog.reports.text import para
from progressionsdialog.storage.appointments import next_meeting
from progressionsdialog.storage.caseworkers import list_caseworkers
from progressionsdialog.storage.citizens import get_citizen
from progressionsdialog.storage.efforts import list_efforts
from progressionsdialog.storage.goals import list_goals
from progressionsdialog.storage.hhh import list_hhh
from progressionsdialog.storage.life_wheels import previous_wheel, wheel_history
from progressionsdialog.storage.meetings import score_history
from progressionsdialog.storage.steps import list_steps
from progressionsdialog.tools.definition import ToolDefinition

# The fixed texts of the plan, in one place so their readability (LIX) can be checked.
TEXTS = {
    "title": "Din plan",
    "made": "Lavet den {date}.",
    "goal": "Dit mål",
    "no_goal": "I har ikke skrevet et mål endnu.",
    "answers": "Dine svar",
    "what": "Hvad vil du nå?",
    "why": "Hvorfor er det vigtigt for dig?",
    "how": "Hvordan gør du det?",
    "no_answers": "I har ikke skrevet svar endnu.",
    "steps": "Næste skridt",
    "steps_hint": "Sæt et kryds, når et skridt er gjort.",
    "no_steps": "Der er ingen skridt lige nu.",
    "who": "Hvem",
    "todo": "Hvad",
    "by": "Senest",
    "meeting": "Næste møde",
    "no_meeting": "Vi har ikke sat en dato endnu. Vi ringer til dig.",
    "bring": "Tag med: {bring}",
    "wheel": "Dit livshjul",
    "wheel_hint": "Den stiplede linje er sidste gang.",
    "no_wheel": "I har ikke lavet et livshjul endnu.",
    "progress": "Sådan går det",
    "progress_hint": "Ringen er første gang. Prikken er nu.",
    "no_progress": "Der er ingen tal endnu.",
    "contact": "Din kontakt",
    "no_contact": "Ring til jobcentret.",
}


def build_plan(
    db: sqlite_utils.Database,
    citizen_id: int,
    tool: ToolDefinition,
    out: Path,
    include_sensitive: bool = False,
    today: date | None = None,
) -> Path:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    today = today or clock.today()
    from reportlab.lib.styles import ParagraphStyle

    s = styles(13)
    cell = ParagraphStyle("plan_cell", parent=s["body"], fontSize=12.5, leading=17, spaceAfter=0)
    t = TEXTS
    citizen = get_citizen(db, citizen_id)
    story = [
        Paragraph(t["title"], s["title"]),
        Paragraph(para(citizen.name), s["h1"]),
        Paragraph(t["made"].format(date=format_date(today)), s["body"]),
    ]

    goals = list_goals(db, citizen_id)
    story.append(Paragraph(t["goal"], s["h1"]))
    goal_text = goals[-1].citizen_wording if goals and goals[-1].citizen_wording else ""
    story.append(Paragraph(para(goal_text) if goal_text else t["no_goal"], s["body"]))

    answers = list_hhh(db, citizen_id)
    story.append(Paragraph(t["answers"], s["h1"]))
    if answers:
        hhh = answers[-1]
        for field in ("what", "why", "how"):
            story.append(Paragraph(t[field], s["h2"]))
            story.append(Paragraph(para(getattr(hhh, field) or NOT_DECIDED), s["body"]))
    else:
        story.append(Paragraph(t["no_answers"], s["body"]))

    sensitive = {e.id for e in list_efforts(db, citizen_id) if e.kind.sensitive}
    steps = [
        st
        for st in list_steps(db, citizen_id, open_only=True)
        if include_sensitive or st.effort_id not in sensitive
    ]
    story.append(Paragraph(t["steps"], s["h1"]))
    if steps:
        story.append(Paragraph(t["steps_hint"], s["body"]))
        rows = [["", t["who"], t["todo"], t["by"]]]
        for step in steps:
            rows.append(
                [
                    "☐",
                    Paragraph(para(step.owner.label), cell),
                    Paragraph(para(step.what), cell),
                    Paragraph(format_date(step.due_on), cell),
                ]
            )
        table = Table(rows, colWidths=[24, 100, 250, 96], repeatRows=1, splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), "DejaVuSans", 11),
                    ("FONT", (0, 0), (-1, 0), "DejaVuSans-Bold", 11),
                    ("FONT", (0, 1), (0, -1), "DejaVuSans", 16),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.5, "#bbbbbb"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        story.append(table)
    else:
        story.append(Paragraph(t["no_steps"], s["body"]))

    booked = next_meeting(db, citizen_id)
    meeting_part = [Paragraph(t["meeting"], s["h1"])]
    if booked:
        when = f"{format_date(booked.starts_at.date())} kl. {booked.starts_at:%H:%M}"
        meeting_part.append(
            Paragraph(para(when + (f", {booked.place}" if booked.place else "")), s["body"])
        )
        if booked.bring:
            meeting_part.append(Paragraph(para(t["bring"].format(bring=booked.bring)), s["body"]))
    else:
        meeting_part.append(Paragraph(t["no_meeting"], s["body"]))
    story.append(KeepTogether(meeting_part))

    wheels = wheel_history(db, citizen_id)
    wheel_part = [Paragraph(t["wheel"], s["h1"])]
    if wheels:
        meeting, wheel = wheels[-1]
        before = previous_wheel(db, meeting)
        if before:
            wheel_part.append(Paragraph(t["wheel_hint"], s["body"]))
        wheel_part.append(wheel_drawing(wheel, before[1] if before else None, 460, 300))
    else:
        wheel_part.append(Paragraph(t["no_wheel"], s["body"]))
    story.append(KeepTogether(wheel_part))

    progress_part = [Paragraph(t["progress"], s["h1"])]
    history = score_history(db, citizen_id)
    rows = []
    for indicator in tool.indicators:
        given = [
            sc[indicator.key].citizen_score
            for _, sc in history
            if indicator.key in sc and sc[indicator.key].citizen_score is not None
        ]
        rows.append((indicator.name(), given[0] if given else None, given[-1] if given else None))
    if any(first is not None for _, first, _ in rows):
        progress_part += [Paragraph(t["progress_hint"], s["body"]), progress_drawing(rows, 460)]
    else:
        progress_part.append(Paragraph(t["no_progress"], s["body"]))
    story.append(KeepTogether(progress_part))

    worker = next((w for w in list_caseworkers(db) if w.id == citizen.caseworker_id), None)
    contact = (
        f"{worker.name}, tlf. {worker.phone}"
        if worker and worker.phone
        else (worker.name if worker else t["no_contact"])
    )
    story += [Spacer(1, 6), Paragraph(t["contact"], s["h1"]), Paragraph(para(contact), s["body"])]
    return write_pdf(
        out,
        story,
        title=f"Plan for {citizen.name}",
        subject="Borgerens plan",
        footer=f"Plan for {citizen.name}",
    )
