"""Projects with participants and a control group, and the outcomes of citizens.

project = add_project(db, "JobStart", date(2026, 1, 5), has_control_group=True)
add_member(db, project.id, citizen_id, MemberRole.PARTICIPANT, date(2026, 1, 5))
record_outcome(db, citizen_id, OutcomeStatus.ORDINARY_JOB, date(2027, 1, 10))
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlite_utils

from progressionsdialog import clock
from progressionsdialog.domain.dates import format_date, from_iso
from progressionsdialog.domain.outcome import (
    Member,
    MemberRole,
    Outcome,
    OutcomeStatus,
    Project,
    months_later,
    validate_project_name,
)
from progressionsdialog.domain.text import validate_text
from progressionsdialog.errors import NotFoundError, ValidationError
from progressionsdialog.i18n import _
from progressionsdialog.storage import audit
from progressionsdialog.storage.citizens import get_citizen
from progressionsdialog.storage.clock import now_iso
from progressionsdialog.storage.transaction import transaction

FOLLOW_UP_MONTHS = (12, 24)
FOLLOW_UP_SLACK_DAYS = 45  # an outcome this close before the date counts as the follow-up


def check_benefit_start(started_on: date | None, birth: date | None, today: date) -> None:
    """Refuse a benefit start in the future or before the citizen was born.

    >>> check_benefit_start(date(2020, 1, 1), date(1990, 5, 1), date(2026, 1, 1))
    """
    if started_on is None:
        return
    if started_on > today:
        raise ValidationError(
            "benefit_started_on", _("Datoen ligger i fremtiden. Skriv den dag, ydelsen begyndte.")
        )
    if birth is not None and started_on < birth:
        raise ValidationError(
            "benefit_started_on",
            _("Datoen ligger før borgerens fødselsdato ({date}).").format(date=format_date(birth)),
        )


def benefit_start(db: sqlite_utils.Database, citizen_id: int) -> date | None:
    """When the citizen's benefit started, or ``None`` when nobody has written it."""
    row = db.execute("SELECT benefit_started_on FROM citizens WHERE id = ?", [citizen_id])
    found = row.fetchone()
    return from_iso(found[0]) if found else None


def set_benefit_start(
    db: sqlite_utils.Database,
    citizen_id: int,
    started_on: date | None,
    today: date | None = None,
) -> None:
    """When the citizen's benefit started (months on benefit are counted from it)."""
    citizen = get_citizen(db, citizen_id)
    check_benefit_start(started_on, citizen.birth_date, today or clock.today())
    with transaction(db):
        db.execute(
            "UPDATE citizens SET benefit_started_on = ? WHERE id = ?",
            [started_on.isoformat() if started_on else None, citizen_id],
        )
        audit.record(db, "update", citizen_id=citizen_id, entity="citizen", entity_id=citizen_id)


def _project(row: tuple) -> Project:
    return Project(row[0], row[1], from_iso(row[2]), bool(row[3]))


def add_project(
    db: sqlite_utils.Database, name: str, started_on: date, *, has_control_group: bool = False
) -> Project:
    name = validate_project_name(name)
    if db.execute("SELECT 1 FROM projects WHERE name = ?", [name]).fetchone():
        raise ValidationError(
            "name", _("Der er allerede et projekt, der hedder {name}.").format(name=name)
        )
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO projects (name, started_on, has_control_group, created_at) "
            "VALUES (?, ?, ?, ?)",
            [name, started_on.isoformat(), int(has_control_group), now_iso()],
        )
    return get_project(db, cursor.lastrowid)


def get_project(db: sqlite_utils.Database, project_id: int) -> Project:
    row = db.execute(
        "SELECT id, name, started_on, has_control_group FROM projects WHERE id = ?", [project_id]
    ).fetchone()
    if row is None:
        raise NotFoundError(_("Projektet (nr. {id}) findes ikke.").format(id=project_id))
    return _project(row)


def project_named(db: sqlite_utils.Database, name: str) -> Project:
    row = db.execute(
        "SELECT id, name, started_on, has_control_group FROM projects WHERE name = ?",
        [name.strip()],
    ).fetchone()
    if row is None:
        known = ", ".join(p.name for p in list_projects(db)) or _("ingen endnu")
        raise NotFoundError(
            _("Der er intet projekt, der hedder '{name}'. Projekter: {known}.").format(
                name=name, known=known
            )
        )
    return _project(row)


def list_projects(db: sqlite_utils.Database) -> list[Project]:
    rows = db.execute(
        "SELECT id, name, started_on, has_control_group FROM projects ORDER BY started_on, name"
    ).fetchall()
    return [_project(r) for r in rows]


def update_project(
    db: sqlite_utils.Database,
    project_id: int,
    name: str,
    started_on: date,
    *,
    has_control_group: bool,
) -> Project:
    """A new name, start date or control group; never one that leaves a member outside it."""
    get_project(db, project_id)
    name = validate_project_name(name)
    taken = db.execute(
        "SELECT 1 FROM projects WHERE name = ? AND id != ?", [name, project_id]
    ).fetchone()
    if taken:
        raise ValidationError(
            "name", _("Der er allerede et projekt, der hedder {name}.").format(name=name)
        )
    first = db.execute(
        "SELECT min(joined_on) FROM project_members WHERE project_id = ?", [project_id]
    ).fetchone()[0]
    if first and started_on > from_iso(first):
        raise ValidationError(
            "started_on",
            f"En borger kom med {format_date(from_iso(first))}: projektet kan ikke begynde "
            "senere end det.",
        )
    controls = db.execute(
        "SELECT count(*) FROM project_members WHERE project_id = ? AND role = ?",
        [project_id, MemberRole.CONTROL.value],
    ).fetchone()[0]
    if controls and not has_control_group:
        raise ValidationError(
            "has_control_group",
            f"Kontrolgruppen har {controls} borgere. Fjern dem først, hvis projektet ikke skal "
            "have en kontrolgruppe.",
        )
    with transaction(db):
        db.execute(
            "UPDATE projects SET name = ?, started_on = ?, has_control_group = ? WHERE id = ?",
            [name, started_on.isoformat(), int(has_control_group), project_id],
        )
        audit.record(db, "update", citizen_id=None, entity="project", entity_id=project_id)
    return get_project(db, project_id)


def delete_project(db: sqlite_utils.Database, project_id: int) -> Project:
    """Delete a project and its membership list (the citizens and their outcomes stay)."""
    project = get_project(db, project_id)
    with transaction(db):
        for member in members(db, project_id):
            audit.record(
                db, "delete", citizen_id=member.citizen_id, entity="project", entity_id=project_id
            )
        db.execute("DELETE FROM project_members WHERE project_id = ?", [project_id])
        db.execute("DELETE FROM projects WHERE id = ?", [project_id])
        audit.record(db, "delete", citizen_id=None, entity="project", entity_id=project_id)
    return project


def add_member(
    db: sqlite_utils.Database,
    project_id: int,
    citizen_id: int,
    role: MemberRole,
    joined_on: date,
) -> Member:
    """Put a citizen in a project, as a participant or in its control group (never both)."""
    project = get_project(db, project_id)
    citizen = get_citizen(db, citizen_id)
    role = MemberRole(role)
    if role is MemberRole.CONTROL and not project.has_control_group:
        raise ValidationError("role", f"{project.name} har ingen kontrolgruppe.")
    if joined_on < project.started_on:
        raise ValidationError(
            "joined_on",
            f"Datoen ligger før projektet begyndte ({format_date(project.started_on)}).",
        )
    existing = db.execute(
        "SELECT role FROM project_members WHERE project_id = ? AND citizen_id = ?",
        [project_id, citizen_id],
    ).fetchone()
    if existing:
        where = MemberRole(existing[0]).label
        raise ValidationError(
            "role",
            f"{citizen.name} er allerede med i {project.name} ({where}). En borger kan ikke "
            "være både deltager og i kontrolgruppen.",
        )
    with transaction(db):
        db.execute(
            "INSERT INTO project_members (project_id, citizen_id, role, joined_on) "
            "VALUES (?, ?, ?, ?)",
            [project_id, citizen_id, role.value, joined_on.isoformat()],
        )
        audit.record(db, "update", citizen_id=citizen_id, entity="project", entity_id=project_id)
    return Member(project_id, citizen_id, role, joined_on)


def members(db: sqlite_utils.Database, project_id: int) -> list[Member]:
    rows = db.execute(
        "SELECT project_id, citizen_id, role, joined_on FROM project_members "
        "WHERE project_id = ? ORDER BY joined_on, citizen_id",
        [project_id],
    ).fetchall()
    return [Member(r[0], r[1], MemberRole(r[2]), from_iso(r[3])) for r in rows]


def remove_member(db: sqlite_utils.Database, project_id: int, citizen_id: int) -> Member:
    """Take a citizen out of a project (or its control group); returns what was removed,
    so it can be put back with ``add_member``."""
    found = [m for m in members(db, project_id) if m.citizen_id == citizen_id]
    if not found:
        raise NotFoundError(_("Borger nr. {id} er ikke med i projektet.").format(id=citizen_id))
    with transaction(db):
        db.execute(
            "DELETE FROM project_members WHERE project_id = ? AND citizen_id = ?",
            [project_id, citizen_id],
        )
        audit.record(db, "delete", citizen_id=citizen_id, entity="project", entity_id=project_id)
    return found[0]


def record_outcome(
    db: sqlite_utils.Database,
    citizen_id: int,
    status: OutcomeStatus,
    recorded_on: date,
    note: str = "",
    today: date | None = None,
) -> Outcome:
    """Where the citizen stands on ``recorded_on``; with ``today`` a date after it is refused
    (the window gives it; the demo and an import may record what a file says)."""
    get_citizen(db, citizen_id)
    if today is not None and recorded_on > today:
        raise ValidationError(
            "recorded_on", "Datoen ligger i fremtiden. En status skrives, når den er sket."
        )
    status = OutcomeStatus(status)
    note = validate_text(note, "note", "Noten", max_length=500)
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO outcomes (citizen_id, status, recorded_on, note, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [citizen_id, status.value, recorded_on.isoformat(), note, now_iso()],
        )
        audit.record(
            db, "update", citizen_id=citizen_id, entity="outcome", entity_id=cursor.lastrowid
        )
    return Outcome(cursor.lastrowid, citizen_id, status, recorded_on, note)


def outcomes_of(db: sqlite_utils.Database, citizen_id: int) -> list[Outcome]:
    rows = db.execute(
        "SELECT id, citizen_id, status, recorded_on, note FROM outcomes WHERE citizen_id = ? "
        "ORDER BY recorded_on, id",
        [citizen_id],
    ).fetchall()
    return [Outcome(r[0], r[1], OutcomeStatus(r[2]), from_iso(r[3]), r[4]) for r in rows]


def latest_outcomes(db: sqlite_utils.Database, project_id: int) -> dict[int, Outcome]:
    """Each member's latest outcome, in one query (a project's list shows them all)."""
    rows = db.execute(
        "SELECT o.id, o.citizen_id, o.status, o.recorded_on, o.note FROM outcomes o "
        "JOIN project_members m ON m.citizen_id = o.citizen_id AND m.project_id = ? "
        "ORDER BY o.recorded_on, o.id",
        [project_id],
    ).fetchall()
    return {r[1]: Outcome(r[0], r[1], OutcomeStatus(r[2]), from_iso(r[3]), r[4]) for r in rows}


def delete_outcome(db: sqlite_utils.Database, outcome_id: int) -> Outcome:
    """Delete a wrongly recorded outcome; returns it, so it can be recorded again."""
    row = db.execute(
        "SELECT id, citizen_id, status, recorded_on, note FROM outcomes WHERE id = ?", [outcome_id]
    ).fetchone()
    if row is None:
        raise NotFoundError(_("Statussen (nr. {id}) findes ikke.").format(id=outcome_id))
    outcome = Outcome(row[0], row[1], OutcomeStatus(row[2]), from_iso(row[3]), row[4])
    with transaction(db):
        db.execute("DELETE FROM outcomes WHERE id = ?", [outcome_id])
        audit.record(
            db, "delete", citizen_id=outcome.citizen_id, entity="outcome", entity_id=outcome_id
        )
    return outcome


@dataclass(frozen=True, slots=True)
class FollowUpDue:
    """A project member whose status at 12 or 24 months is not yet recorded."""

    citizen_id: int
    project: str
    role: MemberRole
    months: int
    due_on: date


def follow_ups_due(db: sqlite_utils.Database, today: date) -> list[FollowUpDue]:
    """Members past 12 or 24 months with no outcome recorded near that date; archived
    citizens and those who left the caseload are included (they still count)."""
    rows = db.execute(
        "SELECT m.citizen_id, p.name, m.role, m.joined_on FROM project_members m "
        "JOIN projects p ON p.id = m.project_id ORDER BY m.joined_on, m.citizen_id"
    ).fetchall()
    latest = dict(
        db.execute("SELECT citizen_id, group_concat(recorded_on) FROM outcomes GROUP BY citizen_id")
    )
    due = []
    for citizen_id, project, role, joined in rows:
        recorded = [from_iso(d) for d in (latest.get(citizen_id) or "").split(",") if d]
        for months in FOLLOW_UP_MONTHS:
            on = months_later(from_iso(joined), months)
            if on > today:
                continue
            window_start = on.toordinal() - FOLLOW_UP_SLACK_DAYS
            if not any(d.toordinal() >= window_start for d in recorded):
                due.append(FollowUpDue(citizen_id, project, MemberRole(role), months, on))
    return due
