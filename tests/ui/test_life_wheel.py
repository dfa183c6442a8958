"""The life wheel driven by mouse at computed points and by keyboard alone, and its page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.life_wheel import AreaStatus, LifeWheel
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.life_wheels import get_wheel
from progressionsdialog.storage.meetings import add_meeting
from ui.dialogs.confirm import ConfirmDialog
from ui.widgets.life_wheel import LifeWheelWidget

EIGHT = ["Familie", "Hjem", "Netværk", "Job", "Helbred", "Økonomi", "Fritid", "Uddannelse"]


@pytest.fixture
def wheel_widget(qtbot, app):
    widget = LifeWheelWidget()
    qtbot.addWidget(widget)
    widget.resize(700, 520)
    widget.set_wheel(LifeWheel.from_names(EIGHT))
    widget.show()
    qtbot.waitUntil(widget.isVisible)
    scores = {}
    widget.score_changed.connect(lambda i, s: scores.__setitem__(i, s))
    widget.scores = scores
    return widget


def click(qtbot, widget, x: float, y: float) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))


@pytest.mark.parametrize(("index", "score"), [(0, 10), (3, 5), (5, 0), (7, 7), (2, 1)])
def test_clicking_a_computed_point_gives_that_area_and_score(qtbot, wheel_widget, index, score):
    g = wheel_widget.geometry_now()
    radius = max(g.score_radius(score), g.hub + 2)  # score 0 sits at the hub's edge
    click(qtbot, wheel_widget, *g.point(g.mid_angle(index), radius))
    assert wheel_widget.scores == {index: score}
    assert wheel_widget.current() == index


def test_centre_and_outside_set_nothing_and_a_border_is_decided(qtbot, wheel_widget):
    g = wheel_widget.geometry_now()
    click(qtbot, wheel_widget, g.cx, g.cy)
    click(qtbot, wheel_widget, 3, 3)
    assert wheel_widget.scores == {}
    click(qtbot, wheel_widget, *g.point(90.0, g.score_radius(6)))  # border of areas 1 and 2
    assert wheel_widget.scores == {2: 6}


def test_drag_changes_the_score_of_the_area_pressed(qtbot, wheel_widget):
    g = wheel_widget.geometry_now()
    start = QPoint(*map(round, g.point(g.mid_angle(4), g.score_radius(2))))
    end = QPoint(*map(round, g.point(g.mid_angle(5), g.score_radius(8))))
    qtbot.mousePress(wheel_widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(wheel_widget, end)
    qtbot.mouseRelease(wheel_widget, Qt.MouseButton.LeftButton, pos=end)
    assert wheel_widget.scores == {4: 8}


def test_keyboard_alone(qtbot, wheel_widget):
    wheel_widget.setFocus()
    qtbot.keyClick(wheel_widget, Qt.Key.Key_7)
    assert wheel_widget.scores == {0: 7}
    qtbot.keyClick(wheel_widget, Qt.Key.Key_Right)
    qtbot.keyClick(wheel_widget, Qt.Key.Key_Up)  # unset -> 0
    qtbot.keyClick(wheel_widget, Qt.Key.Key_End)
    assert wheel_widget.scores[1] == 10
    qtbot.keyClick(wheel_widget, Qt.Key.Key_Tab)
    assert wheel_widget.current() == 2
    qtbot.keyClick(wheel_widget, Qt.Key.Key_Left)
    qtbot.keyClick(wheel_widget, Qt.Key.Key_Left)
    assert wheel_widget.current() == 0
    assert "Familie" in wheel_widget.accessibleDescription()


# -- the page in the main window --------------------------------------------------------


@pytest.fixture
def page(window, db):
    citizen = add_citizen(db, CitizenDraft(name="Sabina", birth_or_cpr="05-03-1990"))
    meeting = add_meeting(db, citizen.id, clock.today())
    window.reload()
    window.register.select_citizen(citizen.id)
    window.overview.tabs.setCurrentIndex(window.overview.TAB_WHEEL)
    wheel_page = window.overview.life_wheel
    wheel_page.start_wheel()
    wheel_page.meeting_for_test = meeting
    return wheel_page


def stored(db, page) -> LifeWheel:
    return get_wheel(db, page.meeting_for_test.id)


def test_start_a_wheel_with_the_suggestions_and_score_it_by_click(page, db, qtbot):
    assert [a.name for a in stored(db, page).areas] == EIGHT
    g = page.wheel.geometry_now()
    click(qtbot, page.wheel, *g.point(g.mid_angle(3), g.score_radius(4)))
    assert stored(db, page).areas[3].score == 4
    assert page.areas.currentRow() == 3
    assert page.score.value() == 4


def test_13th_area_and_removing_the_third_last(page, db, monkeypatch):
    for name in ("Tro", "Musik", "Sport", "Venner"):
        assert page.add_area(name)
    assert not page.add_area("Rejser")
    assert "højst have 12" in page.error.text()
    assert len(stored(db, page)) == 12
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda *a: True))
    for _ in range(9):
        assert page.remove_current()
    assert not page.remove_current()
    assert "mindst 3" in page.error.text()
    assert len(stored(db, page)) == 3


def test_empty_duplicate_and_long_names_are_explained_and_kept_on_screen(page, db, qtbot):
    for text, message in (
        ("   ", "må ikke være tomt"),
        ("hjem", "hedder Hjem"),
        ("x" * 200, "200 tegn"),
    ):
        page.areas.setCurrentRow(0)
        page.name.setText(text)
        page.name.editingFinished.emit()
        assert message in page.name_error.text()
        assert page.name.text() == text
        assert stored(db, page).areas[0].name == "Familie"


def test_a_score_set_while_the_area_is_being_renamed(page, db, qtbot):
    page.areas.setCurrentRow(2)
    page.name.setFocus()
    page.name.setText("Venner og netværk")  # typed, not yet confirmed
    g = page.wheel.geometry_now()
    click(qtbot, page.wheel, *g.point(g.mid_angle(2), g.score_radius(6)))  # focus leaves
    area = stored(db, page).areas[2]
    assert (area.name, area.score) == ("Venner og netværk", 6)
    # And a refused rename keeps its text while the score is still set.
    page.name.setFocus()
    page.name.setText("")
    click(qtbot, page.wheel, *g.point(g.mid_angle(2), g.score_radius(3)))
    area = stored(db, page).areas[2]
    assert (area.name, area.score) == ("Venner og netværk", 3)
    assert page.name.text() == "" and "tomt" in page.name_error.text()


def test_a_wish_is_carried_to_the_plan(page, db):
    page.areas.setCurrentRow(3)
    page.words.setText("Jeg vil i arbejde igen")
    wish = next(b for b in page.status_group.buttons() if b.property("status") == "wants_change")
    wish.click()
    assert stored(db, page).areas[3].status is AreaStatus.WANTS_CHANGE
    assert page.plan_button.isEnabled()
    hhh_id = page.carry_to_plan()
    what = db.execute("SELECT what FROM hhh_answers WHERE id = ?", [hhh_id]).fetchone()[0]
    assert what == "Jeg vil i arbejde igen"


def test_a_new_meeting_starts_from_the_last_areas_with_an_outline(page, db, window):
    page.set_score(0, 6)
    page.add_area("Tro")
    window.new_meeting()
    window.overview.tabs.setCurrentIndex(window.overview.TAB_WHEEL)
    fresh = window.overview.life_wheel
    assert fresh.start_button.text() == "Nyt livshjul med områderne fra sidst"
    fresh.start_wheel()
    assert [a.name for a in fresh.wheel.wheel().areas] == [*EIGHT, "Tro"]
    assert all(a.score is None for a in fresh.wheel.wheel().areas)
    assert fresh.wheel._previous.areas[0].score == 6
