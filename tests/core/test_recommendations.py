"""The worker's recommended next step (issue 13): saved, the latest counts, the earlier ones
kept as history with their days, refused when empty or too long, in the access right's
export, removed by erasure, taken back by the plan's undo, and added to an m009 database
without touching what it held."""

from __future__ import annotations

import doctest
import json
from datetime import timedelta

import pytest

from progressionsdialog import clock
from progressionsdialog.domain import recommendation
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.plan import PLAN_TEXT_MAX, Goal, Step
from progressionsdialog.errors import ValidationError
from progressionsdialog.storage import DB_FILENAME, audit, connect, open_database
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.goals import list_goals
from progressionsdialog.storage.migrations import migrations
from progressionsdialog.storage.plan_changes import plan_change, plan_state, undo_change
from progressionsdialog.storage.recommendations import (
    add_recommendation,
    delete_recommendation,
    latest_recommendation,
    recommendation_history,
    save_recommendation,
)
from progressionsdialog.storage.rights import erase_citizen, export_citizen
from progressionsdialog.storage.steps import list_steps

NAME = "Birgit Holm"
PRACTICE = "Start virksomhedspraktik i ældreplejen, 12 timer om ugen"
MORE_HOURS = "Øg praktikken til 32 timer om ugen på plejecentret"


@pytest.fixture
def birgit(db) -> int:
    return add_citizen(db, CitizenDraft(name=NAME, birth_or_cpr="01-01-1984")).id


@pytest.fixture
def later():
    """Move the clock 30 days on (and back afterwards): a later meeting."""
    start = clock.today()

    def move(days: int = 30):
        clock.set_today(start + timedelta(days=days))
        return clock.today()

    yield move
    clock.set_today(start)


def test_the_module_examples_hold():
    result = doctest.testmod(recommendation)
    assert result.attempted >= 2
    assert result.failed == 0


def test_save_then_latest_is_the_text_with_todays_date(db, birgit):
    assert latest_recommendation(db, birgit) is None
    saved = save_recommendation(db, birgit, f"  {PRACTICE} ")
    latest = latest_recommendation(db, birgit)
    assert latest == saved
    assert (latest.text, latest.written_on) == (PRACTICE, clock.today())


def test_typing_again_the_same_day_changes_that_days_recommendation(db, birgit):
    first = save_recommendation(db, birgit, "Start virksomhedspraktik")
    again = save_recommendation(db, birgit, PRACTICE)
    assert again.id == first.id
    assert [r.text for r in recommendation_history(db, birgit)] == [PRACTICE]


def test_a_later_day_adds_a_new_one_and_keeps_the_history(db, birgit, later):
    first = save_recommendation(db, birgit, PRACTICE)
    day = later()
    second = save_recommendation(db, birgit, MORE_HOURS)
    assert second.id != first.id
    assert latest_recommendation(db, birgit) == second
    history = recommendation_history(db, birgit)
    assert [(r.text, r.written_on) for r in history] == [
        (MORE_HOURS, day),
        (PRACTICE, first.written_on),
    ]


def test_the_same_text_again_adds_nothing(db, birgit, later):
    save_recommendation(db, birgit, PRACTICE)
    later()
    save_recommendation(db, birgit, PRACTICE)
    assert len(recommendation_history(db, birgit)) == 1


def test_latest_goes_by_the_day_written_not_the_order_added(db, birgit):
    today = clock.today()
    add_recommendation(db, birgit, MORE_HOURS, today)
    add_recommendation(db, birgit, PRACTICE, today - timedelta(days=60))  # entered afterwards
    assert latest_recommendation(db, birgit).text == MORE_HOURS


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n", None])
def test_an_empty_recommendation_is_refused_in_danish(db, birgit, text):
    with pytest.raises(ValidationError) as refused:
        save_recommendation(db, birgit, text)
    assert refused.value.field == "recommendation"
    assert refused.value.message == (
        "Anbefalingen må ikke være tom. Skriv det næste skridt, du anbefaler, "
        "eller slet anbefalingen."
    )
    assert recommendation_history(db, birgit) == []


def test_clearing_a_saved_recommendation_keeps_it(db, birgit):
    save_recommendation(db, birgit, PRACTICE)
    with pytest.raises(ValidationError):
        save_recommendation(db, birgit, " ")
    assert latest_recommendation(db, birgit).text == PRACTICE


def test_longer_than_the_plans_texts_is_refused(db, birgit):
    assert save_recommendation(db, birgit, "x" * PLAN_TEXT_MAX).text == "x" * PLAN_TEXT_MAX
    with pytest.raises(ValidationError) as refused:
        save_recommendation(db, birgit, "y" * (PLAN_TEXT_MAX + 1))
    assert refused.value.message == (
        f"Anbefalingen er for lang: {PLAN_TEXT_MAX + 1} tegn. Der er plads til {PLAN_TEXT_MAX}."
    )
    assert latest_recommendation(db, birgit).text == "x" * PLAN_TEXT_MAX


def test_each_save_and_delete_is_in_the_audit_log(db, birgit, later):
    first = save_recommendation(db, birgit, "Start praktik")
    save_recommendation(db, birgit, PRACTICE)
    later()
    second = save_recommendation(db, birgit, MORE_HOURS)
    delete_recommendation(db, second.id)
    logged = [
        (e.action, e.entity_id) for e in audit.entries(db, birgit) if e.entity == "recommendation"
    ]
    assert logged == [
        ("create", first.id),
        ("update", first.id),
        ("create", second.id),
        ("delete", second.id),
    ]


def test_deleting_the_latest_makes_the_one_before_count_and_undo_brings_it_back(db, birgit, later):
    first = save_recommendation(db, birgit, PRACTICE)
    later()
    second = save_recommendation(db, birgit, MORE_HOURS)
    before = plan_state(db, birgit)
    delete_recommendation(db, second.id)
    assert latest_recommendation(db, birgit) == first
    change = plan_change(before, plan_state(db, birgit))
    assert change.describe_tables() == ["recommendations"]
    undo_change(db, change)
    assert latest_recommendation(db, birgit) == second
    assert len(recommendation_history(db, birgit)) == 2


def test_the_access_rights_export_holds_every_recommendation(db, birgit, later, tmp_path):
    save_recommendation(db, birgit, PRACTICE)
    later()
    save_recommendation(db, birgit, MORE_HOURS)
    data = json.loads(export_citizen(db, birgit, tmp_path / "out.json").read_text("utf-8"))
    assert [r["text"] for r in data["recommendations"]] == [PRACTICE, MORE_HOURS]


def test_erasure_removes_every_recommendation(db, birgit, later):
    other = add_citizen(db, CitizenDraft(name="Ole Jensen", birth_or_cpr="02-02-1970")).id
    save_recommendation(db, birgit, PRACTICE)
    later()
    save_recommendation(db, birgit, MORE_HOURS)
    save_recommendation(db, other, "Mentor i tre måneder")
    erase_citizen(db, birgit, NAME)
    rows = db.execute("SELECT citizen_id, text FROM recommendations").fetchall()
    assert rows == [(other, "Mentor i tre måneder")]


def test_an_m009_database_gets_recommendations_and_keeps_its_plan(data_dir):
    path = data_dir / DB_FILENAME
    old = connect(path)
    migrations.apply(old, stop_before="m010_recommendations")
    assert "recommendations" not in old.table_names()
    stamp = "2026-01-05T10:00:00+00:00"
    citizen_id = old.execute(
        "INSERT INTO citizens (name, created_at, updated_at) VALUES (?, ?, ?)",
        [NAME, stamp, stamp],
    ).lastrowid
    old.execute(
        "INSERT INTO goals (citizen_id, kind, citizen_wording, created_at, updated_at) "
        "VALUES (?, 'job', 'Social- og sundhedshjælper', ?, ?)",
        [citizen_id, stamp, stamp],
    )
    old.execute(
        "INSERT INTO steps (citizen_id, what, owner, due_on, created_at, updated_at) "
        "VALUES (?, 'Ring til plejecentret', 'citizen', '2026-01-20', ?, ?)",
        [citizen_id, stamp, stamp],
    )
    old.conn.commit()
    old.close()

    db = open_database(path)
    [goal] = list_goals(db, citizen_id)
    assert isinstance(goal, Goal) and goal.citizen_wording == "Social- og sundhedshjælper"
    [step] = list_steps(db, citizen_id)
    assert isinstance(step, Step) and step.what == "Ring til plejecentret"
    assert latest_recommendation(db, citizen_id) is None
    saved = save_recommendation(db, citizen_id, PRACTICE)
    assert latest_recommendation(db, citizen_id) == saved
    db.execute("DELETE FROM citizens WHERE id = ?", [citizen_id])  # the cascade holds
    assert db.execute("SELECT count(*) FROM recommendations").fetchone()[0] == 0
    db.close()
