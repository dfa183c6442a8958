"""The parts of the citizen's plan that tell the course: the goal's sub-goals and important
days, what was talked about at the latest meeting, the efforts and what they are for, the
life wheel's change per area, and the people who can help.

Each function returns the flowables of one part; ``plan.py`` puts them in order. Health and
addiction efforts, their steps and the doctor stay out unless ``include_sensitive``.
"""

from __future__ import annotations

from datetime import date

import sqlite_utils

from progressionsdialog.domain.contacts import ContactRole
from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.lifecycle import Outcome
from progressionsdialog.domain.plan import Effort, Goal, GoalStatus
from progressionsdialog.i18n import _, language
from progressionsdialog.reports.plan_texts import effort_intro, text
from progressionsdialog.reports.tables import Look, Strong, fitted_table
from progressionsdialog.reports.text import para
from progressionsdialog.storage.contacts import list_contacts
from progressionsdialog.storage.efforts import list_efforts
from progressionsdialog.storage.goals import list_goals
from progressionsdialog.storage.meetings import score_history
from progressionsdialog.storage.milestones import list_milestones
from progressionsdialog.storage.sub_goals import list_sub_goals
from progressionsdialog.tools.definition import ToolDefinition

DONE, OPEN = "✓", "☐"
SENSITIVE_ROLES = (ContactRole.DOCTOR,)  # who the citizen sees about health
PLAN_LOOK = Look(
    head_size=11, body_size=12.5, padding=5, head_background=None, rule_width=0.5, bottom_padding=6
)


def _p(text: str, style):
    from reportlab.platypus import Paragraph

    return Paragraph(para(text), style)


def shown_goal(db: sqlite_utils.Database, citizen_id: int) -> Goal | None:
    """The goal the plan is about: the newest one still active, else the newest."""
    goals = list_goals(db, citizen_id)
    active = [g for g in goals if g.status is GoalStatus.ACTIVE]
    return (active or goals or [None])[-1]


def _ticks(rows: list[tuple[bool, str]], width: float, s) -> object:
    from reportlab.lib.styles import ParagraphStyle

    box = ParagraphStyle("tick", parent=s["body"], fontSize=15, leading=17, spaceAfter=0)
    return fitted_table(
        [[DONE if done else OPEN, text] for done, text in rows],
        width,
        PLAN_LOOK,
        header=False,
        fixed={0: 26},
        column_styles={0: box},
    )


def goal_parts(db: sqlite_utils.Database, goal: Goal, s, width: float) -> list:
    """The sub-goals (✓ reached, ☐ open) and the important days; dropped ones are left out."""
    story: list = []
    subs = [g for g in list_sub_goals(db, goal.id) if g.outcome is not Outcome.DROPPED]
    if subs:
        rows = []
        for sub in subs:
            when = ""
            if sub.reached_on:
                when = f" ({text('reached').format(date=format_date(sub.reached_on))})"
            elif sub.target_date:
                when = f" ({text('by_date').format(date=format_date(sub.target_date))})"
            rows.append((sub.reached_on is not None, sub.title + when))
        story += [_p(text("sub_goals"), s["h2"]), _ticks(rows, width, s)]
    days = [m for m in list_milestones(db, goal.id) if m.outcome is not Outcome.DROPPED]
    if days:
        rows = [
            (
                m.reached_on is not None,
                # the day it happened once it has, else the day it is planned for
                (f"{format_date(m.reached_on or m.due_on)}: " if m.reached_on or m.due_on else "")
                + m.title,
            )
            for m in days
        ]
        story += [_p(text("milestones"), s["h2"]), _ticks(rows, width, s)]
    return story


def latest_talk(
    db: sqlite_utils.Database, citizen_id: int, tool: ToolDefinition, today: date
) -> tuple[date, list[tuple[str, str]]] | None:
    """The day of the latest meeting (up to today) where something was written in "Det
    talte vi om", and its (indicator name, text) pairs in the tool's order."""
    names = {i.key: i.name(language()) for i in tool.indicators}
    order = [i.key for i in tool.indicators]
    for meeting, scores in reversed(score_history(db, citizen_id)):
        if meeting.held_on > today:
            continue
        notes = [
            (names.get(key, key), scores[key].shared_note.strip())
            for key in sorted(scores, key=lambda k: order.index(k) if k in order else len(order))
            if scores[key].shared_note.strip()
        ]
        if notes:
            return meeting.held_on, notes
    return None


def talk_part(
    db: sqlite_utils.Database, citizen_id: int, tool: ToolDefinition, s, today: date
) -> list:
    """ "Det talte vi om" from the latest meeting (up to today) where something was written.

    The field's placeholder on the meeting screen promises "Kommer med i planen".
    """
    from reportlab.platypus import Paragraph

    talk = latest_talk(db, citizen_id, tool, today)
    if talk is None:
        return []
    day, notes = talk
    story = [
        _p(text("talk"), s["h1"]),
        _p(text("talk_when").format(date=format_date(day)), s["body"]),
    ]
    for name, note in notes:
        story.append(Paragraph(f"<b>{para(name)}:</b> {para(note)}", s["body"]))
    return story


def purpose(effort: Effort) -> list[str]:
    """What the effort is for, as the citizen reads it: one sentence, or one and a list.

    >>> from datetime import date
    >>> from progressionsdialog.domain.plan import EffortKind
    >>> purpose(Effort(None, 1, EffortKind.COMPANY_INTERNSHIP, date(2026, 1, 5),
    ...                agreed_goals="prøve aftenvagter"))
    ['Du skal i praktik for at prøve aftenvagter.']
    >>> purpose(Effort(None, 1, EffortKind.MENTOR, date(2026, 1, 5),
    ...                agreed_goals="Komme op om morgenen.\\nMøde til tiden."))
    ['Du får en mentor for at:', 'Komme op om morgenen.', 'Møde til tiden.']
    """
    intro = effort_intro(effort.kind)
    goals = [line.strip(" •-\t") for line in effort.agreed_goals.splitlines()]
    goals = [g for g in goals if g]
    if not goals:
        return [text("no_purpose").format(intro=intro)]
    if len(goals) == 1 and goals[0][:1].islower():  # reads on: "for at prøve aftenvagter."
        return [_("{intro} for at {goal}.").format(intro=intro, goal=goals[0].rstrip("."))]
    return [text("purpose").format(intro=intro), *goals]


def _period(effort: Effort, today: date) -> str:
    start = format_date(effort.starts_on)
    if effort.starts_on > today:
        said = text("starts").format(start=start)
        if effort.ends_on:
            said = text("from_to").format(start=start, end=format_date(effort.ends_on))
        return said
    if effort.ends_on:
        return text("from_to").format(start=start, end=format_date(effort.ends_on))
    return text("from").format(start=start)


def shown_efforts(
    db: sqlite_utils.Database, citizen_id: int, include_sensitive: bool
) -> list[Effort]:
    return [e for e in list_efforts(db, citizen_id) if include_sensitive or not e.kind.sensitive]


def effort_part(efforts: list[Effort], s, today: date) -> list:
    """Efforts going on or coming, each with what it is for; then the ones that are over."""
    from reportlab.platypus import KeepTogether, ListFlowable, ListItem

    story: list = []
    current = [e for e in efforts if e.ends_on is None or e.ends_on >= today]
    over = [e for e in efforts if e.ends_on is not None and e.ends_on < today]
    for n, effort in enumerate(current):
        sentences = purpose(effort)
        block = [_p(text("efforts"), s["h1"])] if n == 0 else []  # the heading with the first
        block += [_p(effort.kind.label, s["h2"]), _p(sentences[0], s["body"])]
        if len(sentences) > 1:
            block.append(
                ListFlowable(
                    [ListItem(_p(g, s["body"]), leftIndent=16) for g in sentences[1:]],
                    bulletType="bullet",
                    start="•",
                    leftIndent=16,
                    bulletFontName=s["body"].fontName,
                )
            )
        if effort.provider:
            block.append(_p(text("where").format(place=effort.provider.rstrip(".")), s["body"]))
        block.append(_p(_period(effort, today), s["body"]))
        if effort.result:
            block.append(_p(text("result").format(result=effort.result), s["body"]))
        story.append(KeepTogether(block))
    for n, effort in enumerate(over):
        line = f"{effort.kind.label}: " + text("from_to").format(
            start=format_date(effort.starts_on), end=format_date(effort.ends_on)
        )
        if effort.provider:
            line += " " + text("where").format(place=effort.provider.rstrip("."))
        if effort.result:
            line += " " + text("result").format(result=effort.result)
        if n == 0:
            story.append(KeepTogether([_p(text("efforts_done"), s["h1"]), _p(line, s["body"])]))
        else:
            story.append(_p(line, s["body"]))
    return story


def people_part(
    db: sqlite_utils.Database, citizen_id: int, worker, include_sensitive: bool, s, width: float
) -> list:
    """The caseworker and the people who can help: the name, and beside it the role, phone
    and e-mail (one column for these, so a long e-mail address leaves room for the name)."""
    rows = []
    if worker is not None:
        reach = [text("phone").format(phone=worker.phone)] if worker.phone else []
        rows.append([Strong(worker.name), "\n".join([text("your_worker"), *reach])])
    for contact in list_contacts(db, citizen_id):
        if contact.role in SENSITIVE_ROLES and not include_sensitive:
            continue
        who = contact.role.label + (f", {contact.organisation}" if contact.organisation else "")
        reach = []
        if contact.phone:
            reach.append(text("phone").format(phone=contact.phone))
        if contact.email:
            reach.append(text("mail").format(mail=contact.email))
        rows.append([Strong(contact.name), "\n".join([who, *reach])])
    story = [_p(text("contact"), s["h1"])]
    if not rows:
        return [*story, _p(text("no_contact"), s["body"])]
    story.append(_p(text("contact_hint"), s["body"]))
    story.append(fitted_table(rows, width, PLAN_LOOK, header=False))
    return story


def wheel_change_part(
    previous, latest, s, width: float, title: str | None = None, look: Look = PLAN_LOOK
) -> list:
    """The change per area since the last wheel: ▲ better, ▼ worse, = the same.

    ``title``: the heading in the language in use (the plan's own by default)."""
    from progressionsdialog.domain.wheel_change import area_changes

    if previous is None:
        return []
    rows = [[text("area"), text("then"), text("now"), ""]]
    for change in area_changes(previous, latest):
        before = text("wheel_new") if change.is_new else _score(change.before)
        rows.append([change.name, before, _score(change.after), change.mark])
    table = fitted_table(rows, min(width, 320), look)
    table.hAlign = "LEFT"
    return [_p(title or text("wheel_change"), s["h2"]), _p(text("wheel_marks"), s["body"]), table]


def _score(value: int | None) -> str:
    return "–" if value is None else str(value)
