"""Where the citizen stands: the latest score per indicator and the change since the one before."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from progressionsdialog.domain.meeting import Change, IndicatorScore, Meeting, change_between


@dataclass(frozen=True, slots=True)
class Trend:
    indicator_key: str
    latest: int | None
    latest_on: date | None
    change: Change | None


def trends(
    history: Sequence[tuple[Meeting, dict[str, IndicatorScore]]],
    keys: Sequence[str],
    who: str = "citizen",
) -> list[Trend]:
    """For each indicator, the latest given score and its change from the previous given one.

    Meetings where the score was not given are skipped, so a missing score never reads as 0.
    """
    result = []
    for key in keys:
        given = [
            (meeting.held_on, getattr(scores[key], f"{who}_score"))
            for meeting, scores in history
            if key in scores and getattr(scores[key], f"{who}_score") is not None
        ]
        if not given:
            result.append(Trend(key, None, None, None))
            continue
        latest_on, latest = given[-1]
        before = given[-2][1] if len(given) > 1 else None
        result.append(Trend(key, latest, latest_on, change_between(before, latest)))
    return result
