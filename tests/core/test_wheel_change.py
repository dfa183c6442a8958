"""▲/▼/= per life area against the last wheel."""

from __future__ import annotations

import doctest

import pytest

from progressionsdialog.domain import wheel_change
from progressionsdialog.domain.life_wheel import LifeWheel
from progressionsdialog.domain.wheel_change import AreaChange, area_changes


def _wheel(scores: dict[str, int | None]) -> LifeWheel:
    wheel = LifeWheel.from_names(list(scores))
    for index, score in enumerate(scores.values()):
        wheel = wheel.set_score(index, score)
    return wheel


def test_the_module_examples_hold():
    result = doctest.testmod(wheel_change)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize(
    ("before", "after", "mark"),
    [(3, 5, "▲"), (5, 3, "▼"), (4, 4, "="), (None, 4, ""), (4, None, ""), (None, None, "")],
)
def test_mark_follows_the_two_scores(before, after, mark):
    assert AreaChange("Bolig", before, after, in_previous=True).mark == mark


def test_a_new_area_has_no_mark_even_with_scores():
    change = AreaChange("Bolig", 3, 5, in_previous=False)
    assert change.is_new
    assert change.mark == ""


def test_without_in_previous_a_missing_before_counts_as_new():
    assert AreaChange("Bolig", None, 5).is_new
    assert not AreaChange("Bolig", 2, 5).is_new


def test_changes_follow_the_latest_wheel_in_its_order():
    previous = _wheel({"Job": 2, "Familie": 6, "Bolig": 5})
    latest = _wheel({"Bolig": 7, "Helbred": 4, "Familie": 6, "Job": 1})
    changes = area_changes(previous, latest)
    assert [c.name for c in changes] == ["Bolig", "Helbred", "Familie", "Job"]
    assert [c.mark for c in changes] == ["▲", "", "=", "▼"]
    assert [c.is_new for c in changes] == [False, True, False, False]
    assert [(c.before, c.after) for c in changes] == [(5, 7), (None, 4), (6, 6), (2, 1)]


def test_names_match_ignoring_case_and_spaces():
    previous = _wheel({"  Økonomi ": 3})
    latest = _wheel({"økonomi": 5})
    (change,) = area_changes(previous, latest)
    assert change.before == 3
    assert change.mark == "▲"
    assert not change.is_new


def test_an_area_unscored_last_time_is_not_new_and_has_no_mark():
    previous = _wheel({"Job": None, "Bolig": 4, "Familie": 4})
    (job, *_rest) = area_changes(previous, _wheel({"Job": 5, "Bolig": 4, "Familie": 4}))
    assert not job.is_new
    assert job.mark == ""


def test_no_previous_wheel_makes_every_area_new():
    changes = area_changes(None, _wheel({"Job": 5, "Bolig": 4, "Familie": 4}))
    assert all(c.is_new and c.mark == "" and c.before is None for c in changes)


def test_areas_dropped_since_last_time_are_not_listed():
    previous = _wheel({"Job": 5, "Bolig": 4, "Familie": 4, "Fritid": 2})
    changes = area_changes(previous, _wheel({"Job": 5, "Bolig": 4, "Familie": 4}))
    assert "Fritid" not in [c.name for c in changes]


def test_an_empty_latest_wheel_gives_no_changes():
    assert area_changes(_wheel({"Job": 5, "Bolig": 4, "Familie": 4}), LifeWheel()) == []
