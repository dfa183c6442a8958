"""What the citizen sees of their own case in citizen view (borgervisning), and nothing more.

The citizen sits at the screen, so this holds only what is theirs to see: their scores, the
goal in their own words, their answers, their next steps and next meeting. Never a private
note, the job-directed wording of a goal, or a follow-up flag. A previous score is held back
while the newest meeting's two scores for that indicator are not both given, so it cannot
steer the new one (the same rule as on the meeting screen).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

import sqlite_utils

from progressionsdialog.domain.lifecycle import Outcome
from progressionsdialog.domain.meeting import IndicatorScore, Meeting, has_both_scores
from progressionsdialog.domain.plan import Appointment, Goal, GoalStatus, Hhh, Step, SubGoal
from progressionsdialog.storage.appointments import next_meeting
from progressionsdialog.storage.goals import list_goals
from progressionsdialog.storage.hhh import list_hhh
from progressionsdialog.storage.meetings import save_score, scores_for
from progressionsdialog.storage.steps import list_steps
from progressionsdialog.storage.sub_goals import list_sub_goals

DROPPED = Outcome.DROPPED
History = Sequence[tuple[Meeting, dict[str, IndicatorScore]]]


@dataclass(frozen=True, slots=True)
class IndicatorNow:
    """One indicator at the newest meeting, and what may be shown of the ones before."""

    key: str
    now: IndicatorScore  # the newest meeting's scores; never a note
    previous: IndicatorScore | None = None  # the meeting before; None while held back
    previous_on: date | None = None
    first: int | None = None  # the citizen's first score; None while held back
    first_on: date | None = None
    held_back: bool = False  # there are earlier scores, not shown yet

    @property
    def complete(self) -> bool:
        return has_both_scores(self.now)


def _scores_only(score: IndicatorScore | None, key: str) -> IndicatorScore:
    if score is None:
        return IndicatorScore(key)
    return replace(score, shared_note="", private_note="")


def open_indicators(history: History, keys: Sequence[str]) -> set[str]:
    """The indicators the newest meeting has not had both scores for yet.

    >>> from progressionsdialog.domain.meeting import MeetingKind
    >>> m = Meeting(1, 1, date(2026, 1, 5), MeetingKind.FIRST)
    >>> sorted(open_indicators([(m, {"a": IndicatorScore("a", 5, 6)})], ["a", "b"]))
    ['b']
    >>> open_indicators([], ["a"])
    set()
    """
    if not history:
        return set()
    newest = history[-1][1]
    return {key for key in keys if not has_both_scores(newest.get(key, IndicatorScore(key)))}


def shown_history(history: History, keys: Sequence[str]) -> list:
    """The history for the progress chart: an open indicator is left out of every meeting
    (its earlier scores would show what the new score is compared with), and no notes.

    >>> from progressionsdialog.domain.meeting import MeetingKind
    >>> first = Meeting(1, 1, date(2026, 1, 5), MeetingKind.FIRST)
    >>> newest = Meeting(2, 1, date(2026, 3, 5), MeetingKind.FOLLOW_UP)
    >>> old = {"a": IndicatorScore("a", 3, 4, private_note="x"), "b": IndicatorScore("b", 2, 2)}
    >>> shown = shown_history([(first, old), (newest, {"a": IndicatorScore("a", 6, 5)})], "ab")
    >>> [sorted(scores) for _, scores in shown]
    [['a'], ['a']]
    >>> shown[0][1]["a"].private_note
    ''
    """
    hidden = open_indicators(history, keys)
    return [
        (
            meeting,
            {k: _scores_only(s, k) for k, s in scores.items() if k in keys and k not in hidden},
        )
        for meeting, scores in history
    ]


def indicators_now(history: History, keys: Sequence[str]) -> list[IndicatorNow]:
    """Per indicator: the newest meeting's scores, the meeting before and the citizen's first
    score, the last two only once both scores of the newest meeting are given.

    >>> from progressionsdialog.domain.meeting import MeetingKind
    >>> first = Meeting(1, 1, date(2026, 1, 5), MeetingKind.FIRST)
    >>> newest = Meeting(2, 1, date(2026, 3, 5), MeetingKind.FOLLOW_UP)
    >>> history = [(first, {"a": IndicatorScore("a", 3, 4)})]
    >>> history.append((newest, {"a": IndicatorScore("a", 6)}))
    >>> now = indicators_now(history, ["a"])[0]
    >>> now.previous is None and now.first is None and now.held_back
    True
    >>> history[-1][1]["a"] = IndicatorScore("a", 6, 5)
    >>> now = indicators_now(history, ["a"])[0]
    >>> now.previous.citizen_score, now.first, now.held_back
    (3, 3, False)
    """
    if not history:
        return [IndicatorNow(key, IndicatorScore(key)) for key in keys]
    newest = history[-1][1]
    before = history[-2] if len(history) > 1 else None
    result = []
    for key in keys:
        now = _scores_only(newest.get(key), key)
        earlier = [
            (meeting.held_on, scores[key].citizen_score)
            for meeting, scores in history[:-1]
            if key in scores and scores[key].citizen_score is not None
        ]
        previous = before[1].get(key) if before else None
        has_earlier = bool(earlier) or previous is not None
        if not has_both_scores(now):
            result.append(IndicatorNow(key, now, held_back=has_earlier))
            continue
        result.append(
            IndicatorNow(
                key,
                now,
                _scores_only(previous, key) if previous is not None else None,
                before[0].held_on if previous is not None else None,
                earlier[0][1] if earlier else None,
                earlier[0][0] if earlier else None,
            )
        )
    return result


def give_scores(
    db: sqlite_utils.Database,
    meeting: Meeting,
    key: str,
    citizen_score: int | None,
    worker_score: int | None,
) -> IndicatorScore:
    """Save the two scores of one indicator; the notes already written stay as they are."""
    stored = scores_for(db, meeting.id).get(key) or IndicatorScore(key)
    declined = stored.citizen_declined and citizen_score is None
    score = replace(
        stored, citizen_score=citizen_score, worker_score=worker_score, citizen_declined=declined
    )
    save_score(db, meeting, score)
    return _scores_only(score, key)


@dataclass(frozen=True, slots=True)
class CitizenPlan:
    """The plan as the citizen owns it: their goal (their words), answers, steps, meeting."""

    goal: str  # the citizen's wording only; "" when there is none
    sub_goals: tuple[SubGoal, ...]  # open and reached, not dropped
    answers: Hhh | None
    steps: tuple[Step, ...]
    next_meeting: Appointment | None


def _current_goal(goals: list[Goal]) -> Goal | None:
    active = [goal for goal in goals if goal.status is GoalStatus.ACTIVE]
    return (active or goals or [None])[-1]


def citizen_plan(db: sqlite_utils.Database, citizen_id: int) -> CitizenPlan:
    """The citizen's plan for citizen view: no job-directed wording, no flags, no reasons."""
    goal = _current_goal(list_goals(db, citizen_id))
    sub_goals = tuple(  # reached ones too: what has been done is worth seeing
        sub for sub in (list_sub_goals(db, goal.id) if goal else ()) if sub.outcome is not DROPPED
    )
    answers = list_hhh(db, citizen_id)
    return CitizenPlan(
        goal.citizen_wording if goal else "",
        sub_goals,
        answers[-1] if answers else None,
        tuple(list_steps(db, citizen_id, open_only=True)),
        next_meeting(db, citizen_id),
    )
