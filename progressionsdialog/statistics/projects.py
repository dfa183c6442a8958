"""Projects against their control groups: where the members are 12 and 24 months after they
joined. The status at a follow-up is the latest outcome recorded up to 45 days after the
date (recording is often a little late); none is "ikke registreret". Group names, statuses,
titles and headers are in the language in use when they are made."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

import sqlite_utils

from progressionsdialog.domain.dates import from_iso
from progressionsdialog.domain.outcome import (
    MemberRole,
    OutcomeStatus,
    Project,
    months_later,
)
from progressionsdialog.i18n import _, n_
from progressionsdialog.statistics.privacy import is_small, shown_count, small
from progressionsdialog.statistics.tables import Table
from progressionsdialog.storage.projects import FOLLOW_UP_MONTHS, FOLLOW_UP_SLACK_DAYS, members

NOT_RECORDED = "Ikke registreret"  # Danish source: shown through ``_``


def group_name(project: Project, role: MemberRole) -> str:
    return f"{project.name} – {role.label}"


def project_groups(db: sqlite_utils.Database, projects: list[Project]) -> dict[int, list[str]]:
    """citizen id → the project groups they are in (for ``indicator_changes``)."""
    found: dict[int, list[str]] = {}
    for project in projects:
        for member in members(db, project.id):
            found.setdefault(member.citizen_id, []).append(group_name(project, member.role))
    return found


@dataclass(frozen=True, slots=True)
class OutcomeCount:
    role: MemberRole
    months: int
    reached: int  # members whose follow-up date has come
    by_status: dict[str, int]

    @property
    def in_work_or_education(self) -> int:
        working = {s.label for s in OutcomeStatus if s.in_work_or_education}
        return sum(n for status, n in self.by_status.items() if status in working)


def outcome_counts(db: sqlite_utils.Database, project: Project, today: date) -> list[OutcomeCount]:
    history: dict[int, list[tuple[date, str]]] = {}
    for citizen_id, status, recorded in db.execute(
        "SELECT o.citizen_id, o.status, o.recorded_on FROM outcomes o "
        "JOIN project_members m ON m.citizen_id = o.citizen_id AND m.project_id = ? "
        "ORDER BY o.recorded_on, o.id",
        [project.id],
    ):
        history.setdefault(citizen_id, []).append((from_iso(recorded), status))
    not_recorded = _(NOT_RECORDED)
    counts = []
    for role in MemberRole:
        group = [m for m in members(db, project.id) if m.role is role]
        if role is MemberRole.CONTROL and not project.has_control_group:
            continue
        for months in FOLLOW_UP_MONTHS:
            tally: Counter[str] = Counter()
            reached = 0
            for member in group:
                due = months_later(member.joined_on, months)
                if due > today:
                    continue
                reached += 1
                limit = due + timedelta(days=FOLLOW_UP_SLACK_DAYS)
                known = [s for d, s in history.get(member.citizen_id, []) if d <= limit]
                status = OutcomeStatus(known[-1]).label if known else not_recorded
                tally[status] += 1
            counts.append(OutcomeCount(role, months, reached, dict(tally)))
    return counts


def outcome_table(project: Project, counts: list[OutcomeCount]) -> Table:
    rows = []
    for count in counts:
        group = count.role.label.capitalize()
        after = n_("{n} md.", "{n} mdr.", count.months).format(n=count.months)
        if is_small(count.reached) or not count.reached:
            rows.append((group, after, shown_count(count.reached), "", ""))
            continue
        working = count.in_work_or_education
        share = small() if is_small(working) else f"{round(100 * working / count.reached)} %"
        rows.append((group, after, str(count.reached), _("I job eller uddannelse"), share))
        for status in [*(s.label for s in OutcomeStatus), _(NOT_RECORDED)]:
            if status in count.by_status:
                rows.append((group, after, "", status, shown_count(count.by_status[status])))
    header = (_("Gruppe"), _("Efter"), _("Borgere"), _("Status"), _("Antal"))
    title = _("{project}: hvor er borgerne efter 12 og 24 måneder?").format(project=project.name)
    return Table(title, header, rows)
