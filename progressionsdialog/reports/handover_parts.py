"""The parts of the handover report a new caseworker or a virksomhedskonsulent acts on:
the next step, the screening (education, experience, job wishes, resources and barriers in
the citizen's words), efforts with hours and results, company-directed efforts in full,
the people around the citizen, and every step, done and open.

The screening's worker notes never come in: the report gives the citizen's own words.
Each function returns the flowables of one part; ``handover.py`` puts them in order.
"""

from __future__ import annotations

from datetime import date

import sqlite_utils

from progressionsdialog.domain.company import format_hours
from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.plan import Effort, Step
from progressionsdialog.domain.recommendation import Recommendation
from progressionsdialog.domain.screening import AreaStatus, ScreeningArea
from progressionsdialog.i18n import _
from progressionsdialog.reports.tables import Look, Strong, fitted_table
from progressionsdialog.reports.text import para
from progressionsdialog.storage.company_efforts import records_for_citizen
from progressionsdialog.storage.contacts import list_contacts
from progressionsdialog.storage.screening import latest_screening, list_screenings

HANDOVER_LOOK = Look(head_size=8.5, body_size=9.5)
BACKGROUND = (ScreeningArea.EDUCATION, ScreeningArea.WORK_EXPERIENCE, ScreeningArea.JOB_WISHES)


def _p(text: str, style):
    from reportlab.platypus import Paragraph

    return Paragraph(para(text), style)


def next_step(steps: list[Step]) -> Step | None:
    """The step to take first: the open step due soonest (undated ones last, newest first).

    Used when the worker has written no recommended next step; the agreed open step
    that is due first is what a colleague should pick up.
    """
    open_steps = [st for st in steps if st.status.is_open]
    if not open_steps:
        return None
    dated = [st for st in open_steps if st.due_on]
    if dated:
        return min(dated, key=lambda st: (st.due_on, st.id or 0))
    return open_steps[-1]


def next_step_part(steps: list[Step], s, recommendation: Recommendation | None = None) -> list:
    """The worker's recommended next step, with the day it was written; without one, the
    open step due soonest."""
    story = [_p(_("Næste skridt"), s["h1"])]
    if recommendation is not None:
        story.append(_p(recommendation.text, s["body"]))
        written = _("Sagsbehandlerens anbefaling, skrevet {date}.")
        story.append(_p(written.format(date=format_date(recommendation.written_on)), s["small"]))
        return story
    step = next_step(steps)
    if step is None:
        return [
            *story,
            _p(_("Der er ingen åbne skridt. Aftal det næste med borgeren."), s["body"]),
        ]
    who = step.owner.label + (f" ({step.owner_name})" if step.owner_name else "")
    due = ", " + _("senest {date}").format(date=format_date(step.due_on)) if step.due_on else ""
    story.append(_p(f"{step.what} – {who}{due}.", s["body"]))
    story.append(_p(_("Det åbne skridt med den tidligste frist i planen."), s["small"]))
    return story


def screening_part(db: sqlite_utils.Database, citizen_id: int, s, width: float) -> list:
    """Education, experience and job wishes; then resources and barriers, area by area."""
    screening = latest_screening(db, citizen_id)
    story = [_p(_("Uddannelse, erfaring og jobønsker"), s["h1"])]
    if screening is None:
        return [*story, _p(_("Borgeren er ikke screenet endnu."), s["body"])]
    count = len(list_screenings(db, citizen_id))
    when = _("Screening {date}").format(date=format_date(screening.screened_on))
    if count > 1:
        when += " " + _("(den seneste af {n})").format(n=count)
    story.append(_p(when + ". " + _("Borgerens egne ord."), s["small"]))
    head = [_("Område"), _("Vurdering"), _("Borgerens ord")]
    rows = [head]
    for area in BACKGROUND:
        answer = screening.answer(area)
        rows.append([answer.label, answer.status.label, answer.citizen_words or "–"])
    story.append(fitted_table(rows, width, HANDOVER_LOOK))
    rest = [
        a
        for a in screening.answers
        if a.area not in BACKGROUND and a.status != AreaStatus.NOT_TALKED
    ]
    story.append(_p(_("Ressourcer og barrierer"), s["h1"]))
    if not rest:
        return [*story, _p(_("De andre områder er ikke talt om."), s["body"])]
    rows = [head]
    rows += [[a.label, a.status.label, a.citizen_words or "–"] for a in rest]
    story.append(fitted_table(rows, width, HANDOVER_LOOK))
    barriers = [a.label for a in screening.barriers()]
    if barriers:
        story.append(_p(_("Barrierer: {areas}.").format(areas=", ".join(barriers)), s["small"]))
    return story


def _hours_series(levels) -> str:
    """ "12 → 20 → 32 timer" in the language in use, the numbers kept on one line."""
    if not levels:
        return ""
    ordered = sorted(levels, key=lambda lv: lv.from_on)
    hours = _unbroken(" → ".join(format_hours(lv.hours) for lv in ordered))
    return _("{hours} timer").format(hours=hours)


def _unbroken(text: str) -> str:
    """Spaces that do not break a line (NO-BREAK SPACE): the words stay together."""
    return text.replace(" ", "\u00a0")


def _phone(number: str) -> str:
    """ ", tlf. 12 34 56 78", or nothing without a number."""
    return ", " + _("tlf. {phone}").format(phone=_unbroken(number)) if number else ""


def _period(effort: Effort) -> str:
    return f"{format_date(effort.starts_on)} – {format_date(effort.ends_on) or _('nu')}"


def effort_part(
    db: sqlite_utils.Database, citizen_id: int, efforts: list[Effort], s, width: float
) -> list:
    """Every effort with its goals, hours a week and result; company efforts in full after."""
    story = [_p(_("Indsatser"), s["h1"])]
    if not efforts:
        return [*story, _p(_("Der er ikke registreret indsatser."), s["body"])]
    records = records_for_citizen(db, citizen_id)
    rows = [
        [_("Indsats"), _("Sted"), _("Periode"), _("Timer om ugen"), _("Aftalte mål"), _("Resultat")]
    ]
    for e in efforts:
        record = records.get(e.id)
        place = record.details.company_name if record else e.provider
        hours = _hours_series(record.hours) if record else ""
        rows.append([e.kind.label, place, _period(e), hours, e.agreed_goals, e.result])
    story.append(fitted_table(rows, width, HANDOVER_LOOK))
    for e in efforts:
        if e.id in records:
            story += company_part(e, records[e.id], s, width)
    return story


def company_part(effort: Effort, record, s, width: float) -> list:
    """One company-directed effort: the company, its people, hours, follow-ups, result."""
    from reportlab.platypus import KeepTogether

    d = record.details
    head = _("{effort} hos {company}").format(effort=effort.kind.label, company=d.company_name)
    facts = []
    if d.cvr:
        facts.append(["CVR", d.cvr])
    if d.address:
        facts.append([_("Adresse"), d.address])
    if record.contact_person:
        facts.append([_("Kontaktperson"), record.contact_person + _phone(record.contact_phone)])
    if record.consultant:
        facts.append(
            [_("Virksomhedskonsulent"), record.consultant + _phone(record.consultant_phone)]
        )
    facts.append([_("Periode"), _period(effort)])
    if record.hours:
        levels = "\n".join(
            _("Fra {date}: {hours} timer").format(
                date=format_date(level.from_on), hours=format_hours(level.hours)
            )
            for level in sorted(record.hours, key=lambda lv: lv.from_on)
        )
        facts.append([_("Timer om ugen"), levels])
    if d.sub_goal_lines():
        facts.append([_("Aftalte delmål"), "\n".join(f"• {line}" for line in d.sub_goal_lines())])
    if d.result:
        facts.append(
            [_("Resultat"), d.result.label + (f": {d.result_reason}" if d.result_reason else "")]
        )
    story = [
        KeepTogether(
            [
                _p(head, s["h2"]),
                fitted_table(
                    [[Strong(k), v] for k, v in facts], width, HANDOVER_LOOK, header=False
                ),
            ]
        )
    ]
    if record.follow_ups:
        notes = any(f.notes for f in record.follow_ups)
        rows = [[_("Dato"), _("Virksomhedens vurdering"), *([_("Noter")] if notes else [])]]
        rows += [
            [format_date(f.held_on), f.company_view, *([f.notes] if notes else [])]
            for f in sorted(record.follow_ups, key=lambda f: f.held_on)
        ]
        story += [
            _p(_("Opfølgning i virksomheden"), s["h2"]),
            fitted_table(rows, width, HANDOVER_LOOK),
        ]
    return story


def contacts_part(db: sqlite_utils.Database, citizen_id: int, s, width: float) -> list:
    story = [_p(_("Personer omkring borgeren"), s["h1"])]
    contacts = list_contacts(db, citizen_id)
    if not contacts:
        return [*story, _p(_("Der er ingen personer på listen."), s["body"])]
    rows = [[_("Navn"), _("Rolle"), _("Arbejdssted"), _("Telefon"), _("E-mail")]]
    # A name and a phone number stay on one line: "47 77 12 / 30" cannot be dialled
    rows += [
        [_unbroken(c.name), c.role.label, c.organisation, _unbroken(c.phone), c.email]
        for c in contacts
    ]
    return [*story, fitted_table(rows, width, HANDOVER_LOOK)]


def steps_part(steps: list[Step], s, width: float, today: date) -> list:
    """Every step, open first (in the worker's order), then the ones closed."""
    story = [_p(_("Skridt"), s["h1"])]
    if not steps:
        return [*story, _p(_("Der er ingen skridt."), s["body"])]
    ordered = [st for st in steps if st.status.is_open] + [
        st for st in steps if not st.status.is_open
    ]
    rows = [[_("Hvem"), _("Hvad"), _("Frist"), _("Status")]]
    for st in ordered:
        who = st.owner.label + (f": {st.owner_name}" if st.owner_name else "")
        status = st.status.label
        if st.status_on:
            status += f" {format_date(st.status_on)}"
        if st.status_reason:
            status += f": {st.status_reason}"
        if st.status.is_open and st.due_on and st.due_on < today:
            status += " (" + _("frist overskredet") + ")"
        rows.append([who, st.what, format_date(st.due_on), status])
    return [*story, fitted_table(rows, width, HANDOVER_LOOK)]
