"""The citizen's plan, handed over at the end of the meeting and taken home.

Plain Danish, short sentences, large type. Never a private note; nothing about health or
addiction (those efforts, their steps, the doctor) unless the worker ticks it in for this
print. The fixed texts live in ``plan_texts.py``; the parts that tell the course (efforts,
sub-goals, "Det talte vi om", contacts) in ``plan_parts.py``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import sqlite_utils

from progressionsdialog import clock
from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.life_wheel import AreaStatus
from progressionsdialog.domain.plan import NOT_DECIDED
from progressionsdialog.i18n import _, language
from progressionsdialog.reports.document import styles, write_pdf
from progressionsdialog.reports.drawings import progress_drawing, wheel_drawing
from progressionsdialog.reports.plan_parts import (
    PLAN_LOOK,
    effort_part,
    goal_parts,
    people_part,
    shown_efforts,
    shown_goal,
    talk_part,
    wheel_change_part,
)
from progressionsdialog.reports.plan_texts import TEXTS, owner_words, text
from progressionsdialog.reports.tables import fitted_table
from progressionsdialog.reports.text import para
from progressionsdialog.storage.appointments import next_meeting
from progressionsdialog.storage.caseworkers import list_caseworkers
from progressionsdialog.storage.citizens import get_citizen
from progressionsdialog.storage.hhh import list_hhh
from progressionsdialog.storage.life_wheels import previous_wheel, wheel_history
from progressionsdialog.storage.meetings import score_history
from progressionsdialog.storage.steps import list_steps
from progressionsdialog.tools.definition import ToolDefinition

__all__ = ["TEXTS", "build_plan", "plan_story"]
WIDTH = 483  # A4 less the margins, in points


def build_plan(
    db: sqlite_utils.Database,
    citizen_id: int,
    tool: ToolDefinition,
    out: Path,
    include_sensitive: bool = False,
    today: date | None = None,
) -> Path:
    citizen = get_citizen(db, citizen_id)
    return write_pdf(
        out,
        plan_story(db, citizen_id, tool, include_sensitive, today),
        title=_("Plan for {name}").format(name=citizen.name),
        subject=_("Borgerens plan"),
        footer=_("Plan for {name}").format(name=citizen.name),
    )


def plan_story(
    db: sqlite_utils.Database,
    citizen_id: int,
    tool: ToolDefinition,
    include_sensitive: bool = False,
    today: date | None = None,
) -> list:
    """The plan's flowables, in order (``readability.story_texts`` reads them back)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Paragraph

    today = today or clock.today()
    s = styles(13)
    t = {key: text(key) for key in TEXTS}  # in the language in use
    citizen = get_citizen(db, citizen_id)
    story = [
        Paragraph(t["title"], s["title"]),
        Paragraph(para(citizen.name), s["h1"]),
        Paragraph(t["made"].format(date=format_date(today)), s["body"]),
    ]

    goal = shown_goal(db, citizen_id)
    story.append(Paragraph(t["goal"], s["h1"]))
    goal_text = goal.citizen_wording if goal and goal.citizen_wording else ""
    story.append(Paragraph(para(goal_text) if goal_text else t["no_goal"], s["body"]))
    if goal is not None:
        story += goal_parts(db, goal, s, WIDTH)

    answers = list_hhh(db, citizen_id)
    story.append(Paragraph(t["answers"], s["h1"]))
    if answers:
        hhh = answers[-1]
        for field in ("what", "why", "how"):
            story.append(Paragraph(t[field], s["h2"]))
            story.append(Paragraph(para(getattr(hhh, field) or _(NOT_DECIDED)), s["body"]))
    else:
        story.append(Paragraph(t["no_answers"], s["body"]))

    story += talk_part(db, citizen_id, tool, s, today)
    efforts = shown_efforts(db, citizen_id, include_sensitive)
    story += effort_part(efforts, s, today)

    hidden = {e.id for e in shown_efforts(db, citizen_id, True)} - {e.id for e in efforts}
    steps = [st for st in list_steps(db, citizen_id, open_only=True) if st.effort_id not in hidden]
    story.append(Paragraph(t["steps"], s["h1"]))
    if steps:
        story.append(Paragraph(t["steps_hint"], s["body"]))
        rows = [["", t["who"], t["todo"], t["by"]]]
        for step in steps:
            owner = step.owner.label
            who = owner_words(step.owner) or (
                f"{owner}\n{step.owner_name}" if step.owner_name else owner
            )
            rows.append(["☐", who, step.what, format_date(step.due_on)])
        box = ParagraphStyle("box", parent=s["body"], fontSize=15, leading=17, spaceAfter=0)
        story.append(fitted_table(rows, WIDTH, PLAN_LOOK, fixed={0: 26}, column_styles={0: box}))
    else:
        story.append(Paragraph(t["no_steps"], s["body"]))
    booked = next_meeting(db, citizen_id)
    meeting_part = [Paragraph(t["meeting"], s["h1"])]
    if booked:
        when = _("{date} kl. {time}").format(
            date=format_date(booked.starts_at.date()), time=f"{booked.starts_at:%H:%M}"
        )
        meeting_part.append(
            Paragraph(para(when + (f", {booked.place}" if booked.place else "")), s["body"])
        )
        if booked.bring:
            meeting_part.append(Paragraph(para(t["bring"].format(bring=booked.bring)), s["body"]))
    else:
        meeting_part.append(Paragraph(t["no_meeting"], s["body"]))
    story.append(KeepTogether(meeting_part))

    worker = next((w for w in list_caseworkers(db) if w.id == citizen.caseworker_id), None)
    story.append(KeepTogether(people_part(db, citizen_id, worker, include_sensitive, s, WIDTH)))

    wheels = wheel_history(db, citizen_id)
    wheel_part = [Paragraph(t["wheel"], s["h1"])]
    if wheels:
        meeting, wheel = wheels[-1]
        before = previous_wheel(db, meeting)
        if before:
            wheel_part.append(Paragraph(t["wheel_hint"], s["body"]))
        if any(area.status is AreaStatus.WANTS_CHANGE for area in wheel.areas):
            wheel_part.append(Paragraph(t["wheel_star"], s["body"]))
        wheel_part.append(wheel_drawing(wheel, before[1] if before else None, 460, 270))
        story.append(KeepTogether(wheel_part))
        story.append(
            KeepTogether(wheel_change_part(before[1] if before else None, wheel, s, WIDTH))
        )
    else:
        wheel_part.append(Paragraph(t["no_wheel"], s["body"]))
        story.append(KeepTogether(wheel_part))

    progress_part = [Paragraph(t["progress"], s["h1"])]
    history = score_history(db, citizen_id)
    rows = []
    for indicator in tool.indicators:
        given = [
            sc[indicator.key].citizen_score
            for _meeting, sc in history
            if indicator.key in sc and sc[indicator.key].citizen_score is not None
        ]
        rows.append(
            (indicator.name(language()), given[0] if given else None, given[-1] if given else None)
        )
    if any(first is not None for _name, first, _latest in rows):
        progress_part += [Paragraph(t["progress_hint"], s["body"]), progress_drawing(rows, 460)]
    else:
        progress_part.append(Paragraph(t["no_progress"], s["body"]))
    story.append(KeepTogether(progress_part))

    return story
