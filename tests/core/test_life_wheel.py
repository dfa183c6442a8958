"""The life wheel's rules, its geometry (no display needed) and its storage per meeting."""

from __future__ import annotations

import math
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.life_wheel import (
    MAX_AREAS,
    AreaStatus,
    LifeWheel,
    suggestions,
)
from progressionsdialog.errors import ValidationError
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.life_wheels import (
    get_wheel,
    previous_wheel,
    save_wheel,
    start_hhh_from_area,
)
from progressionsdialog.storage.meetings import add_meeting
from progressionsdialog.wheel.geometry import WheelGeometry

TWELVE = [f"Område {i}" for i in range(1, 13)]


def test_suggestions_in_both_languages():
    assert suggestions("da")[:4] == ["Familie", "Hjem", "Netværk", "Job"]
    assert "Money" in suggestions("en")


def test_a_13th_area_and_removing_the_third_last_are_refused():
    wheel = LifeWheel.from_names(TWELVE)
    with pytest.raises(ValidationError, match=f"højst have {MAX_AREAS}"):
        wheel.add_area("Tretten")
    small = LifeWheel.from_names(["Familie", "Job", "Helbred"])
    with pytest.raises(ValidationError, match="mindst 3"):
        small.remove_area(0)
    assert len(small) == 3


@pytest.mark.parametrize("name", ["", "   ", "\t"])
def test_empty_area_names_are_refused(name):
    with pytest.raises(ValidationError, match="må ikke være tomt"):
        LifeWheel.from_names(["Familie", "Job"]).add_area(name)


def test_duplicate_names_ignore_case_and_renaming_to_itself_is_fine():
    wheel = LifeWheel.from_names(["Familie", "Job", "Helbred"])
    with pytest.raises(ValidationError, match="hedder Job"):
        wheel.add_area("JOB")
    with pytest.raises(ValidationError, match="hedder Familie"):
        wheel.rename_area(1, "familie")
    assert wheel.rename_area(1, "job").areas[1].name == "job"


def test_a_200_character_name_is_refused_and_the_wheel_unchanged():
    wheel = LifeWheel.from_names(["Familie", "Job", "Helbred"])
    with pytest.raises(ValidationError, match="200 tegn"):
        wheel.rename_area(0, "x" * 200)
    assert wheel.areas[0].name == "Familie"


def test_scores_run_0_to_10_and_other_values_are_refused():
    wheel = LifeWheel.from_names(["Familie", "Job", "Helbred"]).set_score(0, 0).set_score(1, 10)
    assert [a.score for a in wheel.areas] == [0, 10, None]
    for bad in (-1, 11, "5", 2.5, True):
        with pytest.raises(ValidationError, match="fra 0 til 10"):
            wheel.set_score(2, bad)


def test_move_status_words_and_restart():
    wheel = LifeWheel.from_names(["Familie", "Job", "Helbred"]).set_score(1, 4)
    wheel = wheel.move_area(0, 2).set_status(0, AreaStatus.WANTS_CHANGE, "Jeg vil have et job")
    assert [a.name for a in wheel.areas] == ["Job", "Helbred", "Familie"]
    assert wheel.areas[0].status is AreaStatus.WANTS_CHANGE
    fresh = wheel.restarted()
    assert [a.name for a in fresh.areas] == ["Job", "Helbred", "Familie"]
    assert all(a.score is None and a.status is AreaStatus.NONE for a in fresh.areas)


# -- geometry ---------------------------------------------------------------------------


def test_centre_border_and_outside():
    g = WheelGeometry(200, 200, 150, 8)
    assert g.hit_test(200, 200) is None  # the centre
    assert g.hit_test(200 + 170, 200) is None  # outside
    # Exactly on the border between area 1 and 2 (90°): belongs to area 2.
    x, y = g.point(90.0, 100)
    assert g.hit_test(x, y)[0] == 2
    x, y = g.point(0.0, 100)
    assert g.hit_test(x, y)[0] == 0
    x, y = g.point(359.999, 100)
    assert g.hit_test(x, y)[0] == 7


@given(
    st.integers(min_value=3, max_value=12),
    st.data(),
    st.floats(min_value=150, max_value=2000),
)
def test_the_middle_of_every_ring_hits_back(count, data, size):
    g = WheelGeometry.fit(size, size * 0.7, count)
    index = data.draw(st.integers(min_value=0, max_value=count - 1))
    score = data.draw(st.integers(min_value=0, max_value=10))
    x, y = g.point(g.mid_angle(index), g.score_radius(score))
    if math.hypot(x - g.cx, y - g.cy) < g.hub:
        assert g.hit_test(x, y) is None
    else:
        assert g.hit_test(x, y) == (index, score)


@given(st.integers(min_value=3, max_value=12), st.floats(min_value=300, max_value=2400))
def test_label_boxes_stay_inside_the_widget(count, width):
    height = width * 0.6
    g = WheelGeometry.fit(width, height, count)
    for index in range(count):
        box = g.label_box(index, width, height)
        assert box.x >= 0 and box.x + box.width <= width + 1
        assert box.width >= 20


# -- storage ----------------------------------------------------------------------------


@pytest.fixture
def meetings(db):
    citizen = add_citizen(db, CitizenDraft(name="Sabina", birth_or_cpr="05-03-1990"))
    old = add_meeting(db, citizen.id, clock.today() - timedelta(days=60))
    new = add_meeting(db, citizen.id, clock.today())
    return old, new


def test_a_wheel_per_meeting_with_the_previous_as_outline(db, meetings):
    old, new = meetings
    first = LifeWheel.from_names(["Familie", "Job", "Økonomi", "أسرة"]).set_score(0, 3)
    stored = save_wheel(db, old.id, first)
    assert [a.name for a in stored.areas] == ["Familie", "Job", "Økonomi", "أسرة"]
    assert get_wheel(db, new.id) is None
    meeting, outline = previous_wheel(db, new)
    assert meeting.id == old.id and outline.areas[0].score == 3
    second = save_wheel(db, new.id, outline.restarted().set_score(1, 7))
    assert second.areas[1].score == 7 and second.areas[0].score is None
    assert get_wheel(db, old.id).areas[0].score == 3  # history kept


def test_resaving_keeps_area_ids_and_the_link_to_the_plan(db, meetings):
    _, new = meetings
    wheel = LifeWheel.from_names(["Familie", "Job", "Helbred"])
    wheel = wheel.set_status(1, AreaStatus.WANTS_CHANGE, "Jeg vil i arbejde igen")
    stored = save_wheel(db, new.id, wheel)
    job_id = stored.areas[1].id
    hhh_id = start_hhh_from_area(db, new.id, job_id)
    assert start_hhh_from_area(db, new.id, job_id) == hhh_id  # one action, not two HHHs
    what = db.execute("SELECT what FROM hhh_answers WHERE id = ?", [hhh_id]).fetchone()[0]
    assert what == "Jeg vil i arbejde igen"
    again = save_wheel(db, new.id, stored.move_area(1, 0).set_score(0, 5))
    assert again.areas[0].id == job_id
