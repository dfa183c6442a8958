"""The demo database against its brief: five cases with months of history, honest scores,
names in other scripts, and a real database that is never overwritten by mistake.

Every test uses real SQLite files in ``tmp_path``; nothing is mocked.
"""

from __future__ import annotations

import itertools
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from progressionsdialog.demo import CASES, build_demo, create_demo_database
from progressionsdialog.domain.citizen import Citizen, CitizenDraft
from progressionsdialog.domain.meeting import IndicatorScore, Meeting, MeetingKind
from progressionsdialog.errors import StorageError
from progressionsdialog.storage import DB_FILENAME, open_database
from progressionsdialog.storage.caseworkers import list_caseworkers
from progressionsdialog.storage.citizens import add_citizen, count_citizens, list_citizens
from progressionsdialog.storage.meetings import score_history

TODAY = date(2026, 11, 25)
KEYS = {"motivation", "personal_resources", "competences", "job_search"}
VIETNAMESE = "Nguyễn Thị Lan"
ARABIC = "أمينة حسن"

History = list[tuple[Meeting, dict[str, IndicatorScore]]]


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _by_name(db: sqlite_utils.Database) -> dict[str, Citizen]:
    return {c.name: c for c in list_citizens(db)}


def _history(db: sqlite_utils.Database, case_index: int) -> History:
    return score_history(db, _by_name(db)[CASES[case_index].name].id)


def _worker_means(history: History) -> list[float]:
    return [sum(s.worker_score for s in scores.values()) / len(scores) for _, scores in history]


def _dump(path: Path) -> list[list[tuple]]:
    """Everything the demo writes, without the clock-dependent timestamps."""
    db = open_database(path)
    try:
        queries = (
            "SELECT id, name, phone FROM caseworkers ORDER BY id",
            "SELECT id, name, birth_date, cpr, phone, target_group, caseworker_id, "
            "archived_at IS NOT NULL FROM citizens ORDER BY id",
            "SELECT id, citizen_id, held_on, kind, participants, caseworker_id "
            "FROM meetings ORDER BY id",
            "SELECT meeting_id, indicator_key, citizen_score, citizen_declined, worker_score, "
            "shared_note, private_note FROM indicator_scores ORDER BY meeting_id, indicator_key",
        )
        return [db.execute(sql).fetchall() for sql in queries]
    finally:
        db.close()


def test_the_demo_builds_on_a_fresh_database(db):
    citizens = build_demo(db, TODAY)
    assert len(citizens) == 7
    stored = list_citizens(db)
    assert [c.id for c in stored] == [c.id for c in citizens]
    assert sum(c.archived for c in stored) == 1
    workers = list_caseworkers(db)
    assert len(workers) == 2
    assert all(w.name and w.phone for w in workers)
    assert all(c.caseworker_id in {w.id for w in workers} for c in stored)


@pytest.mark.parametrize("case_index", range(5))
def test_each_case_has_months_of_history(db, case_index):
    build_demo(db, TODAY)
    history = _history(db, case_index)
    dates = [meeting.held_on for meeting, _ in history]
    assert 4 <= len(dates) <= 8
    assert all(a < b for a, b in itertools.pairwise(dates)), "dates must increase"
    assert dates[-1] <= TODAY, "no meeting in the future"
    assert TODAY - dates[-1] <= timedelta(weeks=5)
    assert 180 <= (TODAY - dates[0]).days <= 430, "the history starts 6–14 months back"
    kinds = [meeting.kind for meeting, _ in history]
    assert kinds[0] is MeetingKind.FIRST
    assert MeetingKind.FIRST not in kinds[1:]
    for _, scores in history:
        assert set(scores) == KEYS
        assert any(s.shared_note.strip() for s in scores.values()), "each meeting has a note"


def test_every_score_is_1_to_10_or_declined(db):
    build_demo(db, TODAY)
    rows = db.execute(
        "SELECT citizen_score, citizen_declined, worker_score FROM indicator_scores"
    ).fetchall()
    assert len(rows) >= 5 * 4 * 4
    for citizen_score, declined, worker_score in rows:
        assert citizen_score is None or 1 <= citizen_score <= 10
        assert worker_score is not None and 1 <= worker_score <= 10
        if declined:
            assert citizen_score is None
    assert any(declined for _, declined, _ in rows), "the declined path is shown"
    private = db.execute("SELECT count(*) FROM indicator_scores WHERE private_note != ''")
    assert private.fetchone()[0] > 0


def test_the_story_arcs(db):
    build_demo(db, TODAY)
    # 1: progress, one relapse dip, then higher than ever (PAU).
    louise = _worker_means(_history(db, 0))
    dips = [i for i in range(1, len(louise)) if louise[i] < louise[i - 1]]
    assert len(dips) == 1 and dips[0] < len(louise) - 1
    assert louise[-1] > max(louise[: dips[0]])
    # 3: holding steady; no indicator moves more than one step over the whole year.
    steady = _history(db, 2)
    for key in KEYS:
        values = [scores[key].worker_score for _, scores in steady]
        assert max(values) - min(values) <= 1, key
    # 2, 4 and 5 end clearly higher than they started.
    for case_index in (1, 3, 4):
        means = _worker_means(_history(db, case_index))
        assert means[-1] - means[0] >= 2, CASES[case_index].name


def test_ages_and_birth_fields_match_the_cases(db):
    build_demo(db, TODAY)
    citizens = list_citizens(db)
    named = {c.name: c for c in citizens}
    for case, age in zip(CASES, (31, None, 58, 42, None), strict=True):
        if age is not None:
            assert _age(named[case.name].birth_date, TODAY) == age, case.name
    with_cpr = [c for c in citizens if c.cpr is not None]
    assert with_cpr and any(c.cpr is None and c.birth_date for c in citizens)
    assert any(c.birth_date is None for c in citizens), "one citizen without a birth date"
    for citizen in with_cpr:
        assert citizen.cpr.birth_date == citizen.birth_date


def test_ages_hold_early_in_the_year(db):
    january = date(2027, 1, 10)
    build_demo(db, january)
    named = _by_name(db)
    assert _age(named[CASES[0].name].birth_date, january) == 31
    assert _age(named[CASES[2].name].birth_date, january) == 58


def test_vietnamese_and_arabic_names_survive_a_round_trip(tmp_path):
    path = create_demo_database(tmp_path / "data", today=TODAY)
    db = open_database(path)
    try:
        names = {c.name for c in list_citizens(db)}
        stored = db.execute("SELECT name FROM citizens").fetchall()
    finally:
        db.close()
    assert VIETNAMESE in names and ARABIC in names
    raw = {row[0] for row in stored}
    for name in (VIETNAMESE, ARABIC):
        assert name in raw
        assert unicodedata.is_normalized("NFC", name)
    assert "ễ" in VIETNAMESE and "ị" in VIETNAMESE


def test_an_existing_database_with_citizens_is_refused_and_untouched(data_dir):
    path = data_dir / DB_FILENAME
    db = open_database(path)
    add_citizen(db, CitizenDraft(name="Rigtig Borger"))
    db.close()
    before = path.read_bytes()
    files_before = sorted(p.name for p in data_dir.iterdir())
    with pytest.raises(StorageError) as caught:
        create_demo_database(data_dir, today=TODAY)
    assert "allerede" in str(caught.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == files_before


def test_force_replaces_an_existing_database(data_dir):
    db = open_database(data_dir / DB_FILENAME)
    add_citizen(db, CitizenDraft(name="Rigtig Borger"))
    db.close()
    path = create_demo_database(data_dir, force=True, today=TODAY)
    assert path == data_dir / DB_FILENAME
    db = open_database(path)
    try:
        names = {c.name for c in list_citizens(db)}
        assert "Rigtig Borger" not in names
        assert count_citizens(db) == 7
    finally:
        db.close()


def test_an_empty_database_is_replaced_without_force(data_dir):
    open_database(data_dir / DB_FILENAME).close()
    path = create_demo_database(data_dir, today=TODAY)
    db = open_database(path)
    try:
        assert count_citizens(db) == 7
    finally:
        db.close()


def test_a_fixed_today_gives_the_same_database_twice(tmp_path):
    first = _dump(create_demo_database(tmp_path / "a", today=TODAY))
    second = _dump(create_demo_database(tmp_path / "b", today=TODAY))
    assert first == second
    assert all(first), "every table has rows"
