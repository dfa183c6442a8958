"""The company side of a company-directed effort: company, people, sub-goals, result.

One row per effort (``company_efforts``), removed with its effort. The hours a week live in
``effort_hours.py`` and the follow-ups at the company in ``company_follow_ups.py``.

API for reports (the handover prints this record)::

    details = get_details(db, effort_id)        # CompanyDetails | None
    record = company_record(db, effort_id)      # CompanyRecord | None: everything at once
    record.details.company_name, record.details.cvr, record.details.address
    record.contact_person, record.consultant    # names to print (contact list or typed)
    record.contact_phone, record.consultant_phone
    record.hours                                # [HoursLevel] by date; hours_series_text()
    record.follow_ups                           # [CompanyFollowUp] by date
    record.details.result, record.details.result_reason   # EffortResult | None, text
    set_result(db, effort_id, EffortResult.JOB, "", on=date(2026, 9, 1))  # ends the effort
    records_for_citizen(db, citizen_id)         # {effort_id: CompanyRecord}

Saving the result also writes the effort's own ``result`` text ("Job", "Stoppet: …"), so
every place that shows an effort's result shows it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import sqlite_utils

from progressionsdialog.domain.company import (
    CompanyDetails,
    CompanyFollowUp,
    EffortResult,
    HoursLevel,
    validate_details,
)
from progressionsdialog.errors import ValidationError
from progressionsdialog.i18n import _
from progressionsdialog.storage import audit
from progressionsdialog.storage.clock import now_iso
from progressionsdialog.storage.contacts import get_contact
from progressionsdialog.storage.efforts import get_effort, save_effort
from progressionsdialog.storage.transaction import transaction

_COLUMNS = (
    "id, effort_id, company_name, cvr, address, contact_id, contact_name, consultant_id, "
    "consultant_name, sub_goals, result, result_reason"
)


def _details(r: tuple) -> CompanyDetails:
    return CompanyDetails(*r[:10], EffortResult(r[10]) if r[10] else None, r[11])


def result_text(details: CompanyDetails) -> str:
    """The result as the effort's result column shows it.

    >>> result_text(CompanyDetails(1, 1, "X", result=EffortResult.STOPPED, result_reason="Ondt"))
    'Stoppet: Ondt'
    """
    if details.result is None:
        return ""
    label = details.result.label
    return f"{label}: {details.result_reason}" if details.result_reason else label


def _named(db: sqlite_utils.Database, contact_id: int | None, typed: str) -> str:
    """A contact's current name, or the typed one (also when the contact is gone)."""
    if contact_id is not None:
        row = db.execute("SELECT name FROM contacts WHERE id = ?", [contact_id]).fetchone()
        if row:
            return row[0]
    return typed


def save_details(db: sqlite_utils.Database, details: CompanyDetails) -> CompanyDetails:
    """Insert or update the company side of an effort (one per effort)."""
    details = validate_details(details)
    effort = get_effort(db, details.effort_id)
    # A contact chosen from the list is kept as text too, in case it is deleted later.
    contact_name = _named(db, details.contact_id, details.contact_name)
    consultant_name = _named(db, details.consultant_id, details.consultant_name)
    for contact_id in (details.contact_id, details.consultant_id):
        if contact_id is not None and get_contact(db, contact_id).citizen_id != effort.citizen_id:
            raise ValidationError("contact_id", _("Personen hører til en anden borgers liste."))
    values = [
        details.company_name,
        details.cvr,
        details.address,
        details.contact_id,
        contact_name,
        details.consultant_id,
        consultant_name,
        details.sub_goals,
        details.result.value if details.result else None,
        details.result_reason,
    ]
    stamp = now_iso()
    existing = db.execute(
        "SELECT id FROM company_efforts WHERE effort_id = ?", [details.effort_id]
    ).fetchone()
    had_result = existing is not None and get_details(db, details.effort_id).result is not None
    with transaction(db):
        if existing is None:
            db.execute(
                "INSERT INTO company_efforts (company_name, cvr, address, contact_id, "
                "contact_name, consultant_id, consultant_name, sub_goals, result, result_reason, "
                "effort_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [*values, details.effort_id, stamp, stamp],
            )
            action = "create"
        else:
            db.execute(
                "UPDATE company_efforts SET company_name = ?, cvr = ?, address = ?, "
                "contact_id = ?, contact_name = ?, consultant_id = ?, consultant_name = ?, "
                "sub_goals = ?, result = ?, result_reason = ?, updated_at = ? WHERE effort_id = ?",
                [*values, stamp, details.effort_id],
            )
            action = "update"
        # The effort's result words follow the result chosen here; words typed in the
        # efforts section stay while no result is chosen here.
        result_words = result_text(details) if details.result or had_result else effort.result
        db.execute(
            "UPDATE efforts SET result = ?, provider = ?, updated_at = ? WHERE id = ?",
            [result_words, details.company_name, stamp, details.effort_id],
        )
        audit.record(
            db,
            action,
            citizen_id=effort.citizen_id,
            entity="effort",
            entity_id=details.effort_id,
            detail="virksomhed",
        )
    return get_details(db, details.effort_id)


def set_result(
    db: sqlite_utils.Database,
    effort_id: int,
    result: EffortResult | None,
    reason: str = "",
    on: date | None = None,
) -> CompanyDetails:
    """The result at the end: a job or stopped ends the effort on ``on``; extended keeps it
    going (no end date). ``None`` takes a result back (the end date stays)."""
    details = get_details(db, effort_id)
    if details is None:
        raise ValidationError("result", _("Skriv først virksomhedens navn og gem det."))
    effort = get_effort(db, effort_id)
    ends_on = effort.ends_on
    if result in (EffortResult.JOB, EffortResult.STOPPED):
        ends_on = on or ends_on
    elif result is EffortResult.EXTENDED:
        ends_on = None
    with transaction(db):
        if ends_on != effort.ends_on:
            save_effort(db, replace(effort, ends_on=ends_on))
        details = save_details(db, replace(details, result=result, result_reason=reason))
    return details


def get_details(db: sqlite_utils.Database, effort_id: int) -> CompanyDetails | None:
    row = db.execute(
        f"SELECT {_COLUMNS} FROM company_efforts WHERE effort_id = ?", [effort_id]
    ).fetchone()
    return _details(row) if row else None


@dataclass(frozen=True, slots=True)
class CompanyRecord:
    details: CompanyDetails
    contact_person: str
    contact_phone: str
    consultant: str
    consultant_phone: str
    hours: list[HoursLevel]
    follow_ups: list[CompanyFollowUp]


def _phone(db: sqlite_utils.Database, contact_id: int | None) -> str:
    if contact_id is None:
        return ""
    row = db.execute("SELECT phone FROM contacts WHERE id = ?", [contact_id]).fetchone()
    return row[0] if row else ""


def company_record(db: sqlite_utils.Database, effort_id: int) -> CompanyRecord | None:
    """Everything about a company-directed effort, ready to show or print."""
    from progressionsdialog.storage.company_follow_ups import list_follow_ups
    from progressionsdialog.storage.effort_hours import list_hours

    details = get_details(db, effort_id)
    if details is None:
        return None
    return CompanyRecord(
        details,
        _named(db, details.contact_id, details.contact_name),
        _phone(db, details.contact_id),
        _named(db, details.consultant_id, details.consultant_name),
        _phone(db, details.consultant_id),
        list_hours(db, effort_id),
        list_follow_ups(db, effort_id),
    )


def records_for_citizen(db: sqlite_utils.Database, citizen_id: int) -> dict[int, CompanyRecord]:
    ids = db.execute(
        "SELECT c.effort_id FROM company_efforts c JOIN efforts e ON e.id = c.effort_id "
        "WHERE e.citizen_id = ? ORDER BY e.starts_on, e.id",
        [citizen_id],
    ).fetchall()
    return {r[0]: company_record(db, r[0]) for r in ids}


def linked_counts(db: sqlite_utils.Database, effort_id: int) -> tuple[int, int]:
    """How many hours levels and company follow-ups go with the effort."""
    hours = db.execute(
        "SELECT count(*) FROM effort_hours WHERE effort_id = ?", [effort_id]
    ).fetchone()[0]
    follow_ups = db.execute(
        "SELECT count(*) FROM company_follow_ups WHERE effort_id = ?", [effort_id]
    ).fetchone()[0]
    return hours, follow_ups
