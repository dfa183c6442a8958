"""Goals: the citizen's words, the job-directed wording, the HHH it came from, and how it ended.

Deleting a goal that has sub-goals or milestones is refused unless the caller says so
explicitly (``with_sub_goals=True``, after the screen has asked and named them with
``goal_parts``), so nothing is lost by a slip. Steps and efforts stay in the plan.

Sub-goals live in ``sub_goals.py`` and milestones in ``milestones.py``; their functions are
named here too, for the callers that have always found them here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlite_utils

from progressionsdialog import clock
from progressionsdialog.domain.dates import from_iso, to_iso
from progressionsdialog.domain.lifecycle import check_closing, dropped_reason_missing
from progressionsdialog.domain.plan import PLAN_TEXT_MAX, Goal, GoalKind, GoalStatus
from progressionsdialog.domain.text import validate_text
from progressionsdialog.errors import NotFoundError, ValidationError
from progressionsdialog.i18n import _, n_
from progressionsdialog.storage import audit, revisions
from progressionsdialog.storage.clock import now_iso
from progressionsdialog.storage.hhh import get_hhh
from progressionsdialog.storage.milestones import list_milestones, save_milestone
from progressionsdialog.storage.revisions import Revision, local_day
from progressionsdialog.storage.sub_goals import list_sub_goals, save_sub_goal
from progressionsdialog.storage.transaction import transaction

__all__ = [
    "GoalParts",
    "delete_goal",
    "get_goal",
    "goal_from_hhh",
    "goal_history",
    "goal_parts",
    "list_goals",
    "list_milestones",
    "list_sub_goals",
    "save_goal",
    "save_milestone",
    "save_sub_goal",
    "set_goal_status",
]

_GOAL = (
    "id, citizen_id, kind, citizen_wording, worker_wording, status, hhh_id, status_on, "
    "status_reason, created_at"
)
WORDING = ("citizen_wording", "worker_wording")


def _goal(row: tuple) -> Goal:
    return Goal(
        row[0],
        row[1],
        GoalKind(row[2]),
        row[3],
        row[4],
        GoalStatus(row[5]),
        row[6],
        from_iso(row[7]),
        row[8],
        local_day(row[9]),
    )


def save_goal(db: sqlite_utils.Database, goal: Goal, meeting_id: int | None = None) -> Goal:
    """Insert (no id) or update the words, kind and HHH link (the status: ``set_goal_status``)."""
    own = validate_text(goal.citizen_wording, "citizen_wording", "Målet", max_length=PLAN_TEXT_MAX)
    worker = validate_text(goal.worker_wording, "worker_wording", "Målet", max_length=PLAN_TEXT_MAX)
    words = {"citizen_wording": own, "worker_wording": worker}
    stamp = now_iso()
    with transaction(db):
        if goal.id is None:
            goal_id = db.execute(
                "INSERT INTO goals (citizen_id, kind, citizen_wording, worker_wording, hhh_id, "
                "agreed_meeting_id, status, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    goal.citizen_id,
                    GoalKind(goal.kind).value,
                    own,
                    worker,
                    goal.hhh_id,
                    meeting_id,
                    GoalStatus(goal.status).value,
                    stamp,
                    stamp,
                ],
            ).lastrowid
            audit.record(db, "create", citizen_id=goal.citizen_id, entity="goal", entity_id=goal_id)
            old, written = {}, stamp
        else:
            goal_id = goal.id
            before = get_goal(db, goal_id)
            old = {field: getattr(before, field) for field in WORDING}
            (written,) = db.execute(
                "SELECT updated_at FROM goals WHERE id = ?", [goal_id]
            ).fetchone()
            db.execute(
                "UPDATE goals SET kind = ?, citizen_wording = ?, worker_wording = ?, hhh_id = ?, "
                "updated_at = ? WHERE id = ?",
                [GoalKind(goal.kind).value, own, worker, goal.hhh_id, stamp, goal_id],
            )
        revisions.record_changes(db, goal.citizen_id, "goal", goal_id, old, words, written)
    return get_goal(db, goal_id)


def set_goal_status(
    db: sqlite_utils.Database,
    goal_id: int,
    status: GoalStatus,
    on: date | None = None,
    reason: str = "",
) -> Goal:
    """Reached or dropped on ``on`` (today if not given); dropped needs a reason. Active
    again clears both."""
    goal = get_goal(db, goal_id)
    status = GoalStatus(status)
    if status is GoalStatus.ACTIVE:
        on, reason = None, ""
    else:
        on = on or clock.today()
        dropped = status is GoalStatus.DROPPED
        missing = dropped_reason_missing(_("målet")) if dropped else None
        reason = check_closing(on, reason, missing=missing)
    with transaction(db):
        db.execute(
            "UPDATE goals SET status = ?, status_on = ?, status_reason = ?, updated_at = ? "
            "WHERE id = ?",
            [status.value, to_iso(on), reason, now_iso(), goal_id],
        )
        audit.record(
            db,
            "update",
            citizen_id=goal.citizen_id,
            entity="goal",
            entity_id=goal_id,
            detail=status.value,
        )
    return get_goal(db, goal_id)


def goal_from_hhh(db: sqlite_utils.Database, hhh_id: int, meeting_id: int | None = None) -> Goal:
    """A new goal in the words of an HHH's "what", linked to it."""
    hhh = get_hhh(db, hhh_id)
    return save_goal(
        db, Goal(None, hhh.citizen_id, citizen_wording=hhh.what, hhh_id=hhh_id), meeting_id
    )


def get_goal(db: sqlite_utils.Database, goal_id: int) -> Goal:
    row = db.execute(f"SELECT {_GOAL} FROM goals WHERE id = ?", [goal_id]).fetchone()
    if row is None:
        raise NotFoundError(_("Målet findes ikke (længere)."))
    return _goal(row)


def list_goals(db: sqlite_utils.Database, citizen_id: int) -> list[Goal]:
    rows = db.execute(f"SELECT {_GOAL} FROM goals WHERE citizen_id = ? ORDER BY id", [citizen_id])
    return [_goal(row) for row in rows.fetchall()]


def goal_history(db: sqlite_utils.Database, goal_id: int) -> list[Revision]:
    """The goal's words as they stood each day they were changed, oldest first."""
    return revisions.history(db, "goal", goal_id, WORDING)


@dataclass(frozen=True, slots=True)
class GoalParts:
    """What a goal holds (deleted with it) and what points at it (stays, without the goal)."""

    sub_goals: int
    milestones: int
    steps: int
    efforts: int

    @property
    def goes_with_it(self) -> bool:
        return bool(self.sub_goals or self.milestones)

    def describe(self) -> str:
        """Plain words for the question before deleting; '' when nothing else is touched.

        The singular forms are written with "1" so that Danish words with one form for both
        ("1 delmål", "2 delmål") still get their own English ("1 sub-goal", "2 sub-goals").
        """
        sentences = []
        held = _counted(
            n_("1 delmål", "{n} delmål", self.sub_goals).format(n=self.sub_goals)
            if self.sub_goals
            else "",
            n_("1 milepæl", "{n} milepæle", self.milestones).format(n=self.milestones)
            if self.milestones
            else "",
        )
        if held:
            sentences.append(_("{parts} bliver slettet sammen med målet.").format(parts=held))
        linked = _counted(
            n_("1 skridt", "{n} skridt", self.steps).format(n=self.steps) if self.steps else "",
            n_("1 indsats", "{n} indsatser", self.efforts).format(n=self.efforts)
            if self.efforts
            else "",
        )
        if linked:
            sentences.append(_("{parts} bliver i planen uden mål.").format(parts=linked))
        return " ".join(sentences)


def _counted(first: str, second: str) -> str:
    """The two counts joined with "og"; one alone, or '' when neither is there."""
    if first and second:
        return _("{first} og {second}").format(first=first, second=second)
    return first or second


def goal_parts(db: sqlite_utils.Database, goal_id: int) -> GoalParts:
    def count(sql: str) -> int:
        return db.execute(sql, [goal_id]).fetchone()[0]

    return GoalParts(
        count("SELECT count(*) FROM sub_goals WHERE goal_id = ?"),
        count("SELECT count(*) FROM milestones WHERE goal_id = ?"),
        count("SELECT count(*) FROM steps WHERE goal_id = ?"),
        count("SELECT count(*) FROM efforts WHERE goal_id = ?"),
    )


def delete_goal(db: sqlite_utils.Database, goal_id: int, *, with_sub_goals: bool = False) -> int:
    """Delete a goal; returns how many sub-goals went with it.

    Steps and efforts that pointed at the goal stay in the plan, without a goal.
    """
    goal = get_goal(db, goal_id)
    parts = goal_parts(db, goal_id)
    if parts.goes_with_it and not with_sub_goals:
        raise ValidationError(
            "goal", _("{parts} Bekræft, at målet skal slettes.").format(parts=parts.describe())
        )
    with transaction(db):
        db.execute("DELETE FROM goals WHERE id = ?", [goal_id])
        revisions.forget(db, "goal", goal_id)
        audit.record(
            db,
            "delete",
            citizen_id=goal.citizen_id,
            entity="goal",
            entity_id=goal_id,
            detail=f"with {parts.sub_goals} sub-goals and {parts.milestones} milestones",
        )
    return parts.sub_goals
