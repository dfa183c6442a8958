"""The register's marks from issue 13: the last meeting had no scores, the scores are older
than the target group's interval (a setting per group), and no company-directed effort
after N months (a setting); the settings persist in the database."""

from __future__ import annotations

from datetime import timedelta

import pytest

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.meeting import IndicatorScore
from progressionsdialog.domain.plan import Effort, EffortKind
from progressionsdialog.errors import ValidationError
from progressionsdialog.storage import DB_FILENAME, open_database
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.efforts import save_effort
from progressionsdialog.storage.follow_up import (
    attention_for,
    attention_for_all,
    no_company_months,
    score_weeks,
    set_no_company_months,
    set_score_weeks,
)
from progressionsdialog.storage.meetings import add_meeting, save_score

TODAY = clock.today()
WEEK = timedelta(weeks=1)


@pytest.fixture
def citizen(db):
    return add_citizen(db, CitizenDraft(name="Birgit Holm", birth_or_cpr="14-02-1984"))


def scored(db, meeting) -> None:
    save_score(db, meeting, IndicatorScore("motivation", citizen_score=6, worker_score=5))


def test_a_last_meeting_without_scores_is_flagged(db, citizen):
    scored(db, add_meeting(db, citizen.id, TODAY - 2 * WEEK))
    assert not attention_for(db, citizen.id).last_meeting_unscored
    add_meeting(db, citizen.id, TODAY - WEEK)
    flags = attention_for(db, citizen.id)
    assert flags.last_meeting_unscored and flags.needed
    assert "Der blev ikke scoret ved sidste samtale." in flags.reasons()
    assert attention_for_all(db)[citizen.id] == flags


def test_a_meeting_planned_ahead_does_not_count_as_unscored(db, citizen):
    scored(db, add_meeting(db, citizen.id, TODAY - WEEK))
    add_meeting(db, citizen.id, TODAY + WEEK)
    assert not attention_for(db, citizen.id).last_meeting_unscored


def test_scores_older_than_the_groups_interval_are_flagged(db, citizen):
    scored(db, add_meeting(db, citizen.id, TODAY - 5 * WEEK))  # aktivitetsparat: 4 weeks
    flags = attention_for(db, citizen.id)
    assert flags.scoring_weeks_overdue == 4
    assert "Der er ikke scoret i over 4 uger." in flags.reasons()
    set_score_weeks(db, {"aktivitetsparat": 8})
    assert attention_for(db, citizen.id).scoring_weeks_overdue == 0


def test_no_company_effort_after_n_months_from_the_first_meeting(db, citizen):
    add_meeting(db, citizen.id, TODAY - timedelta(days=200))
    flags = attention_for(db, citizen.id)
    assert flags.no_company_effort_months == 6
    assert "Ingen virksomhedsrettet indsats efter 6 måneder." in flags.reasons()
    set_no_company_months(db, 8)
    assert attention_for(db, citizen.id).no_company_effort_months == 0
    set_no_company_months(db, 6)
    save_effort(db, Effort(None, citizen.id, EffortKind.DEBT_COUNSELLING, TODAY))
    assert attention_for(db, citizen.id).no_company_effort_months == 6  # not company-directed
    save_effort(db, Effort(None, citizen.id, EffortKind.COMPANY_INTERNSHIP, TODAY))
    assert attention_for(db, citizen.id).no_company_effort_months == 0


def test_no_company_effort_counts_from_the_benefit_start_when_known(db, citizen):
    add_meeting(db, citizen.id, TODAY - WEEK)
    assert attention_for(db, citizen.id).no_company_effort_months == 0
    db.execute(
        "UPDATE citizens SET benefit_started_on = ? WHERE id = ?",
        [(TODAY - timedelta(days=400)).isoformat(), citizen.id],
    )
    assert attention_for(db, citizen.id).no_company_effort_months == 6


def test_the_settings_persist_and_bad_values_are_refused(data_dir):
    path = data_dir / DB_FILENAME
    db = open_database(path)
    assert score_weeks(db)["aktivitetsparat"] == 4 and no_company_months(db) == 6
    set_score_weeks(db, {"aktivitetsparat": 2, "jobparat": 10})
    set_no_company_months(db, 9)
    with pytest.raises(ValidationError, match="mellem 1 og 52 uger"):
        set_score_weeks(db, {"sygedagpenge": 0})
    with pytest.raises(ValidationError, match="mellem 1 og 36 måneder"):
        set_no_company_months(db, 40)
    db.close()
    again = open_database(path)
    assert score_weeks(again)["aktivitetsparat"] == 2
    assert score_weeks(again)["jobparat"] == 10
    assert score_weeks(again)["sygedagpenge"] == 8
    assert no_company_months(again) == 9
    again.close()


def test_a_meeting_today_is_not_yet_flagged_unscored(db, citizen):
    add_meeting(db, citizen.id, TODAY)
    assert not attention_for(db, citizen.id).last_meeting_unscored
