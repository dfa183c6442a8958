"""Goals, their sub-goals (delmål) and milestones (milepæle).

Deleting a goal that has sub-goals is refused unless the caller says so explicitly
(``with_sub_goals=True``, after the screen has asked), so nothing is lost by a slip.
"""

from __future__ import annotations

import sqlite_utils

from progressionsdialog.domain.dates import from_iso, to_iso
from progressionsdialog.domain.plan import (
    PLAN_TEXT_MAX,
    Goal,
    GoalKind,
    GoalStatus,
    Milestone,
    SubGoal,
)
from progressionsdialog.domain.text import validate_text
from progressionsdialog.errors import NotFoundError, ValidationError
from progressionsdialog.storage import audit
from progressionsdialog.storage.clock import now_iso
from progressionsdialog.storage.transaction import transaction

_GOAL = "id, citizen_id, kind, citizen_wording, worker_wording, status, hhh_id"


def _goal(row: tuple) -> Goal:
    return Goal(row[0], row[1], GoalKind(row[2]), row[3], row[4], GoalStatus(row[5]), row[6])


def save_goal(db: sqlite_utils.Database, goal: Goal, meeting_id: int | None = None) -> Goal:
    own = validate_text(goal.citizen_wording, "citizen_wording", "Målet", max_length=PLAN_TEXT_MAX)
    worker = validate_text(goal.worker_wording, "worker_wording", "Målet", max_length=PLAN_TEXT_MAX)
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
        else:
            goal_id = goal.id
            db.execute(
                "UPDATE goals SET kind = ?, citizen_wording = ?, worker_wording = ?, status = ?, "
                "updated_at = ? WHERE id = ?",
                [
                    GoalKind(goal.kind).value,
                    own,
                    worker,
                    GoalStatus(goal.status).value,
                    stamp,
                    goal_id,
                ],
            )
    return get_goal(db, goal_id)


def get_goal(db: sqlite_utils.Database, goal_id: int) -> Goal:
    row = db.execute(f"SELECT {_GOAL} FROM goals WHERE id = ?", [goal_id]).fetchone()
    if row is None:
        raise NotFoundError("Målet findes ikke (længere).")
    return _goal(row)


def list_goals(db: sqlite_utils.Database, citizen_id: int) -> list[Goal]:
    rows = db.execute(f"SELECT {_GOAL} FROM goals WHERE citizen_id = ? ORDER BY id", [citizen_id])
    return [_goal(row) for row in rows.fetchall()]


def delete_goal(db: sqlite_utils.Database, goal_id: int, *, with_sub_goals: bool = False) -> int:
    """Delete a goal; returns how many sub-goals went with it.

    Steps that pointed at the goal stay in the plan, without a goal.
    """
    goal = get_goal(db, goal_id)
    count = len(list_sub_goals(db, goal_id))
    if count and not with_sub_goals:
        raise ValidationError(
            "goal", f"Målet har {count} delmål. Bekræft, at de skal slettes sammen med målet."
        )
    with transaction(db):
        db.execute("DELETE FROM goals WHERE id = ?", [goal_id])
        audit.record(
            db,
            "delete",
            citizen_id=goal.citizen_id,
            entity="goal",
            entity_id=goal_id,
            detail=f"with {count} sub-goals",
        )
    return count


def save_sub_goal(db: sqlite_utils.Database, sub_goal: SubGoal) -> SubGoal:
    title = validate_text(sub_goal.title, "title", "Delmålet", max_length=PLAN_TEXT_MAX)
    if not title:
        raise ValidationError("title", "Skriv, hvad delmålet er.")
    goal = get_goal(db, sub_goal.goal_id)
    stamp = now_iso()
    with transaction(db):
        if sub_goal.id is None:
            sub_id = db.execute(
                "INSERT INTO sub_goals (goal_id, title, target_date, reached_on, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    goal.id,
                    title,
                    to_iso(sub_goal.target_date),
                    to_iso(sub_goal.reached_on),
                    stamp,
                    stamp,
                ],
            ).lastrowid
        else:
            sub_id = sub_goal.id
            db.execute(
                "UPDATE sub_goals SET title = ?, target_date = ?, reached_on = ?, updated_at = ? "
                "WHERE id = ?",
                [title, to_iso(sub_goal.target_date), to_iso(sub_goal.reached_on), stamp, sub_id],
            )
        audit.record(db, "update", citizen_id=goal.citizen_id, entity="sub_goal", entity_id=sub_id)
    return next(s for s in list_sub_goals(db, goal.id) if s.id == sub_id)


def list_sub_goals(db: sqlite_utils.Database, goal_id: int) -> list[SubGoal]:
    rows = db.execute(
        "SELECT id, goal_id, title, target_date, reached_on FROM sub_goals WHERE goal_id = ? "
        "ORDER BY target_date IS NULL, target_date, id",
        [goal_id],
    ).fetchall()
    return [SubGoal(r[0], r[1], r[2], from_iso(r[3]), from_iso(r[4])) for r in rows]


def save_milestone(db: sqlite_utils.Database, milestone: Milestone) -> Milestone:
    title = validate_text(milestone.title, "title", "Milepælen", max_length=PLAN_TEXT_MAX)
    if not title:
        raise ValidationError("title", "Skriv, hvad milepælen er.")
    goal = get_goal(db, milestone.goal_id)
    with transaction(db):
        milestone_id = db.execute(
            "INSERT INTO milestones (goal_id, sub_goal_id, title, due_on, reached_on, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                goal.id,
                milestone.sub_goal_id,
                title,
                to_iso(milestone.due_on),
                to_iso(milestone.reached_on),
                now_iso(),
            ],
        ).lastrowid
    return Milestone(
        milestone_id, goal.id, title, milestone.due_on, milestone.reached_on, milestone.sub_goal_id
    )


def list_milestones(db: sqlite_utils.Database, goal_id: int) -> list[Milestone]:
    rows = db.execute(
        "SELECT id, goal_id, title, due_on, reached_on, sub_goal_id FROM milestones "
        "WHERE goal_id = ? ORDER BY due_on IS NULL, due_on, id",
        [goal_id],
    ).fetchall()
    return [Milestone(r[0], r[1], r[2], from_iso(r[3]), from_iso(r[4]), r[5]) for r in rows]
