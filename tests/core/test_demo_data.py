"""The demo database: the five cases with history, the odd scripts, and no harm to real data."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from progressionsdialog.demo import CASES, build_demo, create_demo_database
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.errors import StorageError
from progressionsdialog.storage import DB_FILENAME, open_database
from progressionsdialog.storage.citizens import add_citizen, list_citizens
from progressionsdialog.storage.meetings import score_history

TODAY = date(2026, 11, 25)


def test_five_cases_with_months_of_history(db):
    build_demo(db, TODAY)
    citizens = list_citizens(db)
    assert len(citizens) == 7
    assert sum(c.archived for c in citizens) == 1
    by_name = {c.name: c for c in citizens}
    for case in CASES:
        history = score_history(db, by_name[case.name].id)
        dates = [m.held_on for m, _ in history]
        assert len(dates) >= 4
        assert dates == sorted(dates) and dates[-1] <= TODAY
        assert TODAY - dates[-1] <= timedelta(weeks=5)
        assert (dates[-1] - dates[0]).days >= 150
        for _, scores in history:
            assert set(scores) == {"motivation", "personal_resources", "competences", "job_search"}
            for score in scores.values():
                assert score.citizen_score is None or 1 <= score.citizen_score <= 10
                assert 1 <= score.worker_score <= 10


def test_scripts_and_ages_survive(db):
    build_demo(db, TODAY)
    names = {c.name: c for c in list_citizens(db)}
    assert "Nguyễn Thị Lan" in names and "أمينة حسن" in names
    louise = names["Louise Holm Madsen"]
    assert louise.cpr is not None
    assert TODAY.year - louise.birth_date.year == 31


def test_the_same_day_gives_the_same_database(tmp_path):
    first = create_demo_database(tmp_path / "a", today=TODAY)
    second = create_demo_database(tmp_path / "b", today=TODAY)
    rows = []
    for path in (first, second):
        db = open_database(path)
        rows.append(db.execute("SELECT name, birth_date, cpr FROM citizens ORDER BY id").fetchall())
        rows.append(db.execute("SELECT held_on, kind FROM meetings ORDER BY id").fetchall())
        db.close()
    assert rows[0] == rows[2] and rows[1] == rows[3]


def test_real_data_is_never_replaced_without_force(data_dir):
    db = open_database(data_dir / DB_FILENAME)
    add_citizen(db, CitizenDraft(name="Rigtig Borger"))
    db.close()
    before = (data_dir / DB_FILENAME).read_bytes()
    with pytest.raises(StorageError, match="allerede en database"):
        create_demo_database(data_dir)
    assert (data_dir / DB_FILENAME).read_bytes() == before
    create_demo_database(data_dir, force=True)
    db = open_database(data_dir / DB_FILENAME)
    assert "Rigtig Borger" not in {c.name for c in list_citizens(db)}
    db.close()


def test_hannes_internship_goes_from_12_to_32_hours_with_two_follow_ups_then_a_job(demo_db):
    """Seed 003's 42-year-old woman: the plejecenter internship as a company record."""
    from progressionsdialog.domain.company import EffortResult, hours_series_text
    from progressionsdialog.domain.plan import EffortKind
    from progressionsdialog.storage.citizens import list_citizens
    from progressionsdialog.storage.company_efforts import records_for_citizen
    from progressionsdialog.storage.efforts import list_efforts

    hanne = next(c for c in list_citizens(demo_db) if c.name == "Hanne Bøgh")
    efforts = {e.kind: e for e in list_efforts(demo_db, hanne.id)}
    records = records_for_citizen(demo_db, hanne.id)
    internship = records[efforts[EffortKind.COMPANY_INTERNSHIP].id]
    assert hours_series_text(internship.hours) == "12 → 20 → 32 timer"
    assert len(internship.follow_ups) == 2
    assert internship.details.company_name == "Plejecenter Solgården"
    job = records[efforts[EffortKind.WAGE_SUBSIDY_JOB].id]
    assert job.details.result is EffortResult.JOB
    assert efforts[EffortKind.WAGE_SUBSIDY_JOB].result == "Job: Fast job på fuld tid."


def test_the_demo_projects_statuses_are_never_dated_after_today(data_dir):
    from progressionsdialog import clock

    db = open_database(create_demo_database(data_dir, with_project=True))
    latest = db.execute("SELECT max(recorded_on), count(*) FROM outcomes").fetchone()
    assert latest[1] > 40  # the project's participants and its control group have statuses
    assert date.fromisoformat(latest[0]) <= clock.today()
    db.close()
