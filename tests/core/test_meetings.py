"""Meetings and scores in a real database: validation from every path, audit of old edits."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.meeting import (
    IndicatorScore,
    MeetingKind,
    change_between,
    has_both_scores,
    validate_score,
)
from progressionsdialog.errors import ValidationError
from progressionsdialog.storage.audit import entries
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.meetings import (
    add_meeting,
    delete_meeting,
    list_meetings,
    meetings_on,
    previous_meeting,
    save_score,
    score_history,
    scores_for,
    update_meeting,
)

TODAY = clock.today()


@pytest.fixture
def citizen(db):
    return add_citizen(db, CitizenDraft(name="Hanne Bøgh", birth_or_cpr="01-02-1984"))


@pytest.mark.parametrize("bad", [0, 11, -1, "abc", "7.5", 3.5, True, "", "  "])
def test_out_of_range_or_non_numbers_are_refused(bad):
    if bad in ("", "  "):
        assert validate_score(bad) is None  # empty means "not answered"
        return
    with pytest.raises(ValidationError, match="et tal fra 1 til 10"):
        validate_score(bad)


@pytest.mark.parametrize("bad", [0, 11, -1, "abc"])
def test_a_bad_score_writes_nothing(db, citizen, bad):
    meeting = add_meeting(db, citizen.id, TODAY)
    with pytest.raises(ValidationError):
        save_score(db, meeting, IndicatorScore("motivation", citizen_score=bad))
    with pytest.raises(ValidationError):
        save_score(db, meeting, IndicatorScore("motivation", worker_score=bad))
    assert scores_for(db, meeting.id) == {}


def test_the_database_itself_refuses_out_of_range_scores(db, citizen):
    import sqlite3

    meeting = add_meeting(db, citizen.id, TODAY)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO indicator_scores (meeting_id, tool_id, tool_version, indicator_key, "
            "citizen_score, updated_at) VALUES (?, 'halsnaes', '1', 'motivation', 11, 'x')",
            [meeting.id],
        )


def test_meeting_dates_far_in_the_future_or_before_birth(db, citizen):
    with pytest.raises(ValidationError, match="mere end et år ude i fremtiden"):
        add_meeting(db, citizen.id, TODAY + timedelta(days=400))
    with pytest.raises(ValidationError, match="før borgeren blev født"):
        add_meeting(db, citizen.id, date(1980, 1, 1))
    add_meeting(db, citizen.id, TODAY + timedelta(days=300))  # planned ahead is fine
    assert len(list_meetings(db, citizen.id)) == 1


def test_two_meetings_on_the_same_date_are_kept_apart(db, citizen):
    first = add_meeting(db, citizen.id, TODAY, MeetingKind.FOLLOW_UP)
    second = add_meeting(db, citizen.id, TODAY, MeetingKind.ROUND_TABLE)
    assert [m.id for m in meetings_on(db, citizen.id, TODAY)] == [first.id, second.id]
    assert previous_meeting(db, second).id == first.id
    save_score(db, first, IndicatorScore("motivation", 4, 5))
    save_score(db, second, IndicatorScore("motivation", 6, 6))
    assert scores_for(db, first.id)["motivation"].citizen_score == 4


def test_a_very_long_note_is_refused_and_the_old_text_kept(db, citizen):
    meeting = add_meeting(db, citizen.id, TODAY)
    save_score(db, meeting, IndicatorScore("motivation", 5, 5, private_note="kort"))
    with pytest.raises(ValidationError, match="100000 tegn"):
        save_score(db, meeting, IndicatorScore("motivation", 5, 5, private_note="x" * 100_000))
    assert scores_for(db, meeting.id)["motivation"].private_note == "kort"


def test_declined_citizen_score_and_reveal_rule(db, citizen):
    meeting = add_meeting(db, citizen.id, TODAY)
    save_score(db, meeting, IndicatorScore("job_search", 7, 4, citizen_declined=True))
    stored = scores_for(db, meeting.id)["job_search"]
    assert stored.citizen_declined and stored.citizen_score is None
    assert has_both_scores(stored)
    assert not has_both_scores(IndicatorScore("job_search", citizen_score=4))
    assert change_between(5, 5).label == "holder niveauet"
    assert change_between(5, 3).symbol == "▼"


def test_editing_an_older_meeting_is_audited_but_today_is_not(db, citizen):
    old = add_meeting(db, citizen.id, TODAY - timedelta(days=30))
    new = add_meeting(db, citizen.id, TODAY)
    save_score(db, new, IndicatorScore("motivation", 5, 5))
    save_score(db, old, IndicatorScore("motivation", 3, 4))
    update_meeting(db, old.id, old.held_on, MeetingKind.ROUND_TABLE, "Virksomhedskonsulent")
    updates = [e for e in entries(db, citizen.id) if e.action == "update"]
    assert [e.entity_id for e in updates] == [old.id, old.id]
    assert "score motivation" in updates[0].detail


def test_history_and_delete(db, citizen):
    dates = [TODAY - timedelta(days=d) for d in (90, 60, 30)]
    for i, day in enumerate(dates):
        meeting = add_meeting(db, citizen.id, day)
        save_score(db, meeting, IndicatorScore("motivation", 3 + i, 4 + i))
    history = score_history(db, citizen.id)
    assert [m.held_on for m, _ in history] == dates
    assert [s["motivation"].citizen_score for _, s in history] == [3, 4, 5]
    delete_meeting(db, history[0][0].id)
    assert len(list_meetings(db, citizen.id)) == 2
    assert db.execute("SELECT count(*) FROM indicator_scores").fetchone()[0] == 2
