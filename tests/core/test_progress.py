from datetime import date

from progressionsdialog.domain.meeting import IndicatorScore, Meeting, MeetingKind
from progressionsdialog.domain.progress import trends


def meeting(i: int) -> Meeting:
    return Meeting(i, 1, date(2026, i, 1), MeetingKind.FOLLOW_UP)


def test_latest_score_and_change_skip_missing_scores():
    history = [
        (meeting(1), {"motivation": IndicatorScore("motivation", 3, 4)}),
        (meeting(2), {"motivation": IndicatorScore("motivation", None, 5, citizen_declined=True)}),
        (meeting(3), {"motivation": IndicatorScore("motivation", 6, 5)}),
    ]
    [motivation, job] = trends(history, ["motivation", "job_search"])
    assert (motivation.latest, motivation.latest_on) == (6, date(2026, 3, 1))
    assert motivation.change.label == "op 3"
    assert job.latest is None and job.change is None
    [worker] = trends(history, ["motivation"], who="worker")
    assert worker.change.label == "holder niveauet"


def test_a_single_meeting_has_no_change():
    [trend] = trends(
        [(meeting(1), {"motivation": IndicatorScore("motivation", 5)})], ["motivation"]
    )
    assert trend.latest == 5 and trend.change is None
