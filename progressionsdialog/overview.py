"""The citizen at a glance: the goal, open steps, efforts, latest scores and the next meeting.

Plain text per section, made in the core so the screen and a print say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlite_utils

from progressionsdialog import clock
from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.plan import NOT_DECIDED
from progressionsdialog.domain.progress import trends
from progressionsdialog.i18n import _, language, n_
from progressionsdialog.storage.appointments import next_meeting
from progressionsdialog.storage.efforts import list_efforts
from progressionsdialog.storage.follow_up import attention_for
from progressionsdialog.storage.goals import list_goals, list_sub_goals
from progressionsdialog.storage.meetings import score_history
from progressionsdialog.storage.steps import list_steps
from progressionsdialog.tools.definition import ToolDefinition

MAX_STEPS_SHOWN = 8


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    lines: tuple[str, ...]


def overview(
    db: sqlite_utils.Database, citizen_id: int, tool: ToolDefinition, today: date | None = None
) -> list[Section]:
    today = today or clock.today()
    return [
        _goal(db, citizen_id),
        _next_meeting(db, citizen_id),
        _steps(db, citizen_id, today),
        _efforts(db, citizen_id, today),
        _scores(db, citizen_id, tool),
        _attention(db, citizen_id, today),
    ]


def _goal(db, citizen_id) -> Section:
    goals = list_goals(db, citizen_id)
    if not goals:
        return Section("goal", _("Målet"), (_(NOT_DECIDED),))
    goal = goals[-1]
    lines = [f"{_(goal.kind.label)}: {goal.citizen_wording or _(NOT_DECIDED)}"]
    if goal.worker_wording and goal.worker_wording != goal.citizen_wording:
        lines.append(_("Jobrettet: {text}").format(text=goal.worker_wording))
    for sub in list_sub_goals(db, goal.id):
        when = (
            " " + _("(senest {date})").format(date=format_date(sub.target_date))
            if sub.target_date
            else ""
        )
        lines.append(f"• {sub.title}{when}")
    return Section("goal", _("Målet"), tuple(lines))


def _next_meeting(db, citizen_id) -> Section:
    booked = next_meeting(db, citizen_id)
    if booked is None:
        return Section("next", _("Næste samtale"), (_("Ikke booket."),))
    lines = [
        _("{date} kl. {time}").format(
            date=format_date(booked.starts_at.date()), time=f"{booked.starts_at:%H:%M}"
        )
    ]
    if booked.place:
        lines.append(booked.place)
    if booked.bring:
        lines.append(_("Tag med: {things}").format(things=booked.bring))
    return Section("next", _("Næste samtale"), tuple(lines))


def _steps(db, citizen_id, today) -> Section:
    steps = list_steps(db, citizen_id, open_only=True)
    # What is past its date first (the plan's order kept otherwise): it is what to talk about
    steps.sort(key=lambda step: not (step.due_on and step.due_on < today))
    if not steps:
        return Section("steps", _("Åbne skridt"), (_("Ingen åbne skridt."),))
    lines = []
    for step in steps[:MAX_STEPS_SHOWN]:
        late = " – " + _("over fristen") if step.due_on and step.due_on < today else ""
        due = " " + _("senest {date}").format(date=format_date(step.due_on)) if step.due_on else ""
        lines.append(f"• {_(step.owner.label)}: {step.what}{due}{late}")
    if len(steps) > MAX_STEPS_SHOWN:
        more = len(steps) - MAX_STEPS_SHOWN
        lines.append(_("… og {n} mere i planen.").format(n=more))
    return Section("steps", _("Åbne skridt"), tuple(lines))


def _efforts(db, citizen_id, today) -> Section:
    efforts = list_efforts(db, citizen_id)
    if not efforts:
        return Section("efforts", _("Indsatser"), (_("Ingen indsatser endnu."),))
    lines = []
    for effort in efforts:
        running = effort.ends_on is None or effort.ends_on >= today
        end = _("nu") if effort.ends_on is None else format_date(effort.ends_on)
        where = f", {effort.provider}" if effort.provider else ""
        state = _("I gang") if running and effort.starts_on <= today else _("Afsluttet")
        if effort.starts_on > today:
            state = _("Planlagt")
        period = f"{format_date(effort.starts_on)} – {end}"
        lines.append(f"{state}: {_(effort.kind.label)}{where}, {period}")
    return Section("efforts", _("Indsatser"), tuple(lines))


def _scores(db, citizen_id, tool: ToolDefinition) -> Section:
    history = score_history(db, citizen_id)
    if not history:
        return Section("scores", _("Seneste score"), (_("Ingen samtaler endnu."),))
    keys = [indicator.key for indicator in tool.indicators]
    count = n_("{n} samtale.", "{n} samtaler.", len(history)).format(n=len(history))
    latest = _("Seneste: {date}.").format(date=format_date(history[-1][0].held_on))
    lines = [f"{count} {latest}"]
    for indicator, trend in zip(tool.indicators, trends(history, keys), strict=True):
        if trend.latest is None:
            lines.append(f"{indicator.name(language())}: {_('ikke svaret endnu')}")
            continue
        change = f"  ({trend.change.symbol} {trend.change.label})" if trend.change else ""
        lines.append(f"{indicator.name(language())}: {trend.latest}{change}")
    return Section("scores", _("Seneste score (borgerens)"), tuple(lines))


def _attention(db, citizen_id, today) -> Section:
    attention = attention_for(db, citizen_id, today)
    reasons = attention.reasons() if attention else []
    return Section("attention", _("Skal følges op"), tuple(reasons) or (_("Alt er fulgt op."),))
