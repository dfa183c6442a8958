"""The next meeting: when, where, and what to bring."""

from __future__ import annotations

from datetime import datetime

import sqlite_utils

from progressionsdialog import clock
from progressionsdialog.domain.plan import PLAN_TEXT_MAX, Appointment
from progressionsdialog.domain.text import validate_text
from progressionsdialog.errors import ValidationError
from progressionsdialog.i18n import _
from progressionsdialog.storage.clock import now_iso
from progressionsdialog.storage.transaction import transaction


def book_next_meeting(
    db: sqlite_utils.Database, appointment: Appointment, booked_in_meeting_id: int | None = None
) -> Appointment:
    """Book the next meeting; an earlier booking that has not happened is replaced."""
    if appointment.starts_at < clock.now().replace(second=0, microsecond=0):
        raise ValidationError("starts_at", _("Den næste samtale skal ligge i fremtiden."))
    place = validate_text(appointment.place, "place", "Stedet", max_length=500)
    bring = validate_text(appointment.bring, "bring", "Det, der skal med", max_length=PLAN_TEXT_MAX)
    with transaction(db):
        db.execute(
            "UPDATE appointments SET cancelled = 1 WHERE citizen_id = ? AND cancelled = 0 "
            "AND starts_at >= ?",
            [appointment.citizen_id, clock.now().isoformat(timespec="minutes")],
        )
        appointment_id = db.execute(
            "INSERT INTO appointments (citizen_id, starts_at, place, bring, booked_in_meeting_id, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [
                appointment.citizen_id,
                appointment.starts_at.isoformat(timespec="minutes"),
                place,
                bring,
                booked_in_meeting_id,
                now_iso(),
            ],
        ).lastrowid
    return Appointment(appointment_id, appointment.citizen_id, appointment.starts_at, place, bring)


def next_meeting(db: sqlite_utils.Database, citizen_id: int) -> Appointment | None:
    row = db.execute(
        "SELECT id, citizen_id, starts_at, place, bring FROM appointments WHERE citizen_id = ? "
        "AND cancelled = 0 AND starts_at >= ? ORDER BY starts_at LIMIT 1",
        [citizen_id, clock.now().isoformat(timespec="minutes")],
    ).fetchone()
    if row is None:
        return None
    return Appointment(row[0], row[1], datetime.fromisoformat(row[2]), row[3], row[4])
