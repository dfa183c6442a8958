"""The handover report: everything a colleague or another team needs, so no one starts over.

In order: who, the next step, education and experience, resources and barriers, goals, the
efforts (company-directed ones in full), the people around the citizen, every step, the
meetings with their scores and the chart, and the first and latest life wheels. Private
notes are included only when the worker ticks them in for this report; the screening's
worker notes never.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import sqlite_utils

from progressionsdialog import clock
from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.plan import NOT_DECIDED
from progressionsdialog.i18n import _, language
from progressionsdialog.reports.document import figure_image, styles, write_pdf
from progressionsdialog.reports.drawings import wheel_drawing
from progressionsdialog.reports.handover_parts import (
    HANDOVER_LOOK,
    contacts_part,
    effort_part,
    next_step_part,
    screening_part,
    steps_part,
)
from progressionsdialog.reports.plan_parts import wheel_change_part
from progressionsdialog.reports.tables import fitted_table
from progressionsdialog.reports.text import para
from progressionsdialog.storage.citizens import get_citizen
from progressionsdialog.storage.efforts import list_efforts
from progressionsdialog.storage.goals import list_goals, list_milestones, list_sub_goals
from progressionsdialog.storage.hhh import list_hhh
from progressionsdialog.storage.life_wheels import wheel_history
from progressionsdialog.storage.meetings import score_history
from progressionsdialog.storage.recommendations import latest_recommendation
from progressionsdialog.storage.steps import list_steps
from progressionsdialog.tools.definition import ToolDefinition

_charts: dict[tuple[str, str, str], object] = {}  # one print chart per tool and language
_charts_lock = threading.Lock()  # reports are made on worker threads
WIDTH = 483  # A4 less the margins, in points


def _outcome(part, due: date | None) -> str:
    """ " (nået 01-02-2026)", " (droppet 01-02-2026: reason)" or " (senest 01-02-2026)"."""
    if part.reached_on:
        return " (" + _("nået {date}").format(date=format_date(part.reached_on)) + ")"
    if part.dropped_on:
        reason = f": {part.status_reason}" if part.status_reason else ""
        return " (" + _("droppet {date}").format(date=format_date(part.dropped_on)) + reason + ")"
    return " (" + _("senest {date}").format(date=format_date(due)) + ")" if due else ""


def _chart_image(history, tool, efforts, width: float):
    """The same progression chart as on screen, rendered for print.

    The chart is kept from one report to the next and given the citizen's data, as the
    screen does: building it and working out its layout cost more than drawing it.
    """
    from progressionsdialog.charts.progression import ProgressionChart

    with _charts_lock:
        key = (tool.id, tool.version, language())  # titles and legend are set when made
        chart = _charts.get(key)
        if chart is None:
            chart = _charts[key] = ProgressionChart(tool, language(), width=8, height=5.2)
        chart.update(history, efforts)
        return figure_image(chart.figure, width, dpi=170)


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
        facts.insert(0, _("Født {date}").format(date=format_date(citizen.birth_date)))
    if citizen.caseworker_name:
        facts.append(_("Sagsbehandler: {name}").format(name=citizen.caseworker_name))
    story = [
        Paragraph(_("Overleveringsrapport"), s["title"]),
        p(citizen.name, s["h1"]),
        p(" · ".join(facts), s["body"]),
        p(
            _("Lavet den {date}.").format(date=format_date(today))
            + " "
            + (
                _("Private noter er med.")
                if include_private_notes
                else _("Private noter er ikke med.")
            ),
            s["small"],
        ),
    ]

    steps = list_steps(db, citizen_id)
    story += next_step_part(steps, s, latest_recommendation(db, citizen_id))
    story += screening_part(db, citizen_id, s, WIDTH)

    story.append(Paragraph(_("Mål"), s["h1"]))
    goals = list_goals(db, citizen_id)
    if not goals:
        story.append(p(_("Der er ikke skrevet et mål."), s["body"]))
    for goal in goals:
        status = f" ({goal.status.label} {format_date(goal.status_on)})" if goal.status_on else ""
        wording = goal.citizen_wording or _(NOT_DECIDED)
        story.append(p(f"{goal.kind.label}: {wording}{status}", s["body"]))
        if goal.worker_wording:
            story.append(
                p(_("Jobrettet formulering: {text}").format(text=goal.worker_wording), s["body"])
            )
        for sub in list_sub_goals(db, goal.id):
            line = _("• Delmål: {title}").format(title=sub.title)
            story.append(p(line + _outcome(sub, sub.target_date), s["body"]))
        for milestone in list_milestones(db, goal.id):
            line = _("• Milepæl: {title}").format(title=milestone.title)
            story.append(p(line + _outcome(milestone, milestone.due_on), s["body"]))
    answers = list_hhh(db, citizen_id)
    if answers:
        story.append(p(_("Borgerens svar: hvad, hvorfor, hvordan"), s["h2"]))
    for hhh in answers:
        story.append(
            p(
                _("Hvad: {what}\nHvorfor: {why}\nHvordan: {how}").format(
                    what=hhh.shown("what"), why=hhh.shown("why"), how=hhh.shown("how")
                ),
                s["body"],
            )
        )

    efforts = list_efforts(db, citizen_id)
    story += effort_part(db, citizen_id, efforts, s, WIDTH)
    story += contacts_part(db, citizen_id, s, WIDTH)
    story += steps_part(steps, s, WIDTH, today)

    history = score_history(db, citizen_id)
    story.append(Paragraph(_("Samtaler og scorer"), s["h1"]))
    if history:
        story.append(
            p(
                _(
                    "Scorer: borger/medarbejder. – betyder ikke svaret. "
                    "Under en samtale står det, I talte om."
                ),
                s["small"],
            )
        )
        names = [i.name(language()) for i in tool.indicators]
        rows = [[_("Dato"), _("Type"), *names]]
        spanned = set()
        for meeting, scores in history:
            cells = []
            notes = []
            for indicator in tool.indicators:
                sc = scores.get(indicator.key)
                own = "–" if sc is None or sc.citizen_score is None else str(sc.citizen_score)
                worker = "–" if sc is None or sc.worker_score is None else str(sc.worker_score)
                cells.append(f"{own}/{worker}")
                name = indicator.name(language())
                if sc and sc.shared_note:
                    notes.append(f"{name}: {sc.shared_note}")
                if include_private_notes and sc and sc.private_note:
                    notes.append(
                        _("Privat note ({name}): {note}").format(name=name, note=sc.private_note)
                    )
            rows.append([format_date(meeting.held_on), meeting.kind.label, *cells])
            if notes:  # "Det talte vi om" under the row, across the whole width
                spanned.add(len(rows))
                rows.append(["\n".join(notes)])
        story.append(fitted_table(rows, WIDTH, HANDOVER_LOOK, spanned=frozenset(spanned)))
        story.append(Spacer(1, 10))
        story.append(
            KeepTogether(
                [Paragraph(_("Udviklingen"), s["h1"]), _chart_image(history, tool, efforts, 480)]
            )
        )
    else:
        story.append(p(_("Der er ingen samtaler endnu."), s["body"]))

    heading = Paragraph(_("Livshjul"), s["h1"])
    wheels = wheel_history(db, citizen_id)
    if wheels:
        first_meeting, first = wheels[0]
        last_meeting, last = wheels[-1]
        first_title = p(
            _("Første: {date}").format(date=format_date(first_meeting.held_on)), s["h2"]
        )
        story.append(KeepTogether([heading, first_title, wheel_drawing(first, None, 440, 260)]))
        if len(wheels) > 1:
            title = p(
                _("Seneste: {date} (stiplet: første)").format(
                    date=format_date(last_meeting.held_on)
                ),
                s["h2"],
            )
            story.append(KeepTogether([title, wheel_drawing(last, first, 440, 260)]))
            change = wheel_change_part(
                first, last, s, WIDTH, _("Ændring fra første til seneste"), HANDOVER_LOOK
            )
            story.append(KeepTogether(change))
    else:
        story += [heading, p(_("Der er ikke lavet et livshjul."), s["body"])]
    return write_pdf(
        out,
        story,
        title=_("Overleveringsrapport for {name}").format(name=citizen.name),
        subject=_("Overlevering af borgerens forløb"),
        footer=_("Overlevering: {name}").format(name=citizen.name),
    )
