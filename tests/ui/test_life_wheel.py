"""The life wheel driven by mouse at computed points and by keyboard alone, and its page
driven as a user does: the real buttons, the add-area menu, its "Andet …" question, the
fields typed into, at 1366 × 768."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMenu,
    QPushButton,
)

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.life_wheel import AreaStatus, LifeWheel
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.life_wheels import get_wheel
from progressionsdialog.storage.meetings import add_meeting, list_meetings
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


def at(g, index: int, score: int) -> QPoint:
    """The point of ``score`` in the middle of area ``index``."""
    return QPoint(*map(round, g.point(g.mid_angle(index), max(g.score_radius(score), g.hub + 2))))


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


def test_drag_changes_the_score_of_the_area_pressed_and_tells_when_it_ends(qtbot, wheel_widget):
    g = wheel_widget.geometry_now()
    ended = []
    wheel_widget.drag_finished.connect(lambda: ended.append(wheel_widget.dragging()))
    qtbot.mousePress(wheel_widget, Qt.MouseButton.LeftButton, pos=at(g, 4, 2))
    qtbot.mouseMove(wheel_widget, at(g, 5, 8))
    assert wheel_widget.dragging()
    qtbot.mouseRelease(wheel_widget, Qt.MouseButton.LeftButton, pos=at(g, 5, 8))
    assert wheel_widget.scores == {4: 8}
    assert ended == [False]


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


def test_the_widget_marks_each_area_against_last_time(wheel_widget):
    previous = LifeWheel.from_names(EIGHT[:3]).set_score(0, 4).set_score(1, 6).set_score(2, 5)
    latest = LifeWheel.from_names(EIGHT).set_score(0, 7).set_score(1, 2).set_score(2, 5)
    wheel_widget.set_wheel(latest.set_score(3, 9), previous)
    assert [c.mark for c in wheel_widget.changes()[:4]] == ["▲", "▼", "=", ""]
    assert wheel_widget.accessibleDescription() == "Familie: 7 af 10, op fra 4"


def test_an_empty_wheel_says_what_to_do(wheel_widget):
    wheel_widget.set_empty_text("Tryk på Tilføj")
    wheel_widget.set_wheel(LifeWheel())
    assert wheel_widget.accessibleDescription() == "Tryk på Tilføj"
    assert wheel_widget.changes() == []


# -- the page in the main window, as a user drives it ------------------------------------


def press_button(qtbot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())


def choose_row(qtbot, page, row: int) -> None:
    rect = page.areas.visualItemRect(page.areas.item(row))
    qtbot.mouseClick(page.areas.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.areas.currentRow() == row


def type_into(qtbot, field: QLineEdit, text: str) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def when_shown(find, act, tries: int = 200) -> None:
    """Once ``find()`` returns a widget (a menu or a dialog opened by a click that blocks
    until it closes), do ``act(widget)``: a user answering what the program shows."""

    def poll(left: int) -> None:
        widget = find()
        if widget is not None and widget.isVisible():
            act(widget)
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(tries))


def pick_from_add_menu(qtbot, page, text: str, then=None) -> None:
    """Open "Tilføj …" with the mouse and click the menu item ``text``."""
    chosen = []

    def pick(menu: QMenu) -> None:
        [action] = [a for a in menu.actions() if a.text() == text]
        chosen.append(action.isEnabled())
        if then is not None:
            then()
        if not action.isEnabled():
            menu.close()
            return
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    when_shown(QApplication.activePopupWidget, pick)
    press_button(qtbot, page.add_button)  # the menu runs until an item is clicked
    qtbot.waitUntil(lambda: bool(chosen) and QApplication.activePopupWidget() is None)
    # As the window system does when a menu or a dialog closes; offscreen Qt does not.
    page.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window())
    page.chosen_enabled = chosen[0]


def add_own_area(qtbot, page, name: str) -> None:
    """ "Andet …", then the name typed into the question the program asks, and OK."""

    def answer(dialog: QInputDialog) -> None:
        field = dialog.findChild(QLineEdit)
        qtbot.keyClicks(field, name)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton, pos=ok.rect().center())

    def expect_question() -> None:
        when_shown(QApplication.activeModalWidget, answer)

    pick_from_add_menu(qtbot, page, "Andet …", then=expect_question)


def open_wheel_tab(qtbot, window):
    bar = window.overview.tabs.tabBar()
    index = window.overview.TAB_WHEEL
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.overview.tabs.currentIndex() == index
    return window.overview.life_wheel


@pytest.fixture
def sized(window, qtbot):
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    return window


@pytest.fixture
def fresh_page(sized, db, qtbot):
    """A citizen with one meeting and no wheel yet; the Livshjul tab clicked open."""
    citizen = add_citizen(db, CitizenDraft(name="Sabina", birth_or_cpr="05-03-1990"))
    meeting = add_meeting(db, citizen.id, clock.today())
    sized.reload()
    sized.register.select_citizen(citizen.id)
    page = open_wheel_tab(qtbot, sized)
    page.meeting_for_test = meeting
    page.citizen_for_test = citizen
    return page


@pytest.fixture
def page(fresh_page, qtbot):
    """The first wheel, started and given eight areas from the menu, as a user does."""
    press_button(qtbot, fresh_page.start_button)
    for name in EIGHT:
        pick_from_add_menu(qtbot, fresh_page, name)
    return fresh_page


def stored(db, page) -> LifeWheel | None:
    return get_wheel(db, page.meeting_for_test.id)


def rows(page) -> list[str]:
    return [page.areas.item(i).text() for i in range(page.areas.count())]


@pytest.mark.real_dialogs
def test_a_first_wheel_starts_empty_and_the_citizen_names_the_areas(fresh_page, db, qtbot):
    page = fresh_page
    assert page.start_button.text() == "Start livshjul"
    press_button(qtbot, page.start_button)
    assert page.areas.count() == 0
    assert stored(db, page) is None  # nothing is stored until an area is chosen
    assert "Tilføj" in page.wheel.accessibleDescription()
    assert page.start_hint.text() == (
        "Vælg de livsområder, der betyder mest for borgeren. Vælg mindst 3."
    )
    assert not page.name.isEnabled() and not page.score.isEnabled()

    pick_from_add_menu(qtbot, page, "Familie")
    pick_from_add_menu(qtbot, page, "Job")
    assert page.start_hint.text() == "Vælg mindst 3 livsområder. Der mangler 1."
    add_own_area(qtbot, page, "Min hund")
    assert [a.name for a in stored(db, page).areas] == ["Familie", "Job", "Min hund"]
    assert rows(page) == ["Familie: –", "Job: –", "Min hund: –"]
    assert page.start_hint.isHidden()
    assert page.name.text() == "Min hund"  # the new area is the one shown

    pick_from_add_menu(qtbot, page, "Familie")  # a suggestion already taken is greyed out
    assert page.chosen_enabled is False
    assert len(stored(db, page)) == 3


def test_score_an_area_by_click(page, db, qtbot):
    assert [a.name for a in stored(db, page).areas] == EIGHT
    g = page.wheel.geometry_now()
    click(qtbot, page.wheel, *g.point(g.mid_angle(3), g.score_radius(4)))
    assert stored(db, page).areas[3].score == 4
    assert page.areas.currentRow() == 3
    assert page.score.value() == 4
    assert rows(page)[3] == "Job: 4"


def test_a_drag_shows_each_score_saves_once_at_release_and_refills_no_list(page, db, qtbot):
    g = page.wheel.geometry_now()
    refills = []
    page.areas.model().rowsRemoved.connect(lambda *a: refills.append("removed"))
    page.areas.model().modelReset.connect(lambda: refills.append("reset"))
    qtbot.mousePress(page.wheel, Qt.MouseButton.LeftButton, pos=at(g, 2, 3))
    for score in (4, 5, 6, 7):
        qtbot.mouseMove(page.wheel, at(g, 2, score))
        assert rows(page)[2] == f"Netværk: {score}"
        assert page.score.value() == score
    assert stored(db, page).areas[2].score is None  # not yet: the drag is still on
    qtbot.mouseRelease(page.wheel, Qt.MouseButton.LeftButton, pos=at(g, 2, 7))
    assert stored(db, page).areas[2].score == 7
    assert refills == []


def test_ctrl_l_in_the_middle_of_a_drag_keeps_the_score(page, db, qtbot, window):
    g = page.wheel.geometry_now()
    wheel = page.wheel
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        QPointF(at(g, 1, 2)),
        wheel.mapToGlobal(QPointF(at(g, 1, 2))),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(wheel, press)
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(at(g, 1, 9)),
        wheel.mapToGlobal(QPointF(at(g, 1, 9))),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,  # the button is still held
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(wheel, move)
    assert wheel.dragging()
    assert stored(db, page).areas[1].score is None
    qtbot.keyClick(wheel, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    assert stored(db, page).areas[1].score == 9


@pytest.mark.real_dialogs
def test_13th_area_and_removing_the_third_last(page, db, qtbot, monkeypatch):
    pick_from_add_menu(qtbot, page, "Bolig")
    for name in ("Tro", "Musik", "Sport"):
        add_own_area(qtbot, page, name)
    assert len(stored(db, page)) == 12
    pick_from_add_menu(qtbot, page, "Bolig")  # taken: greyed out
    assert page.chosen_enabled is False
    add_own_area(qtbot, page, "Rejser")
    assert "højst have 12" in page.error.text()
    assert len(stored(db, page)) == 12
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda *a: True))
    for _ in range(9):
        press_button(qtbot, page.remove_button)
    assert len(stored(db, page)) == 3
    press_button(qtbot, page.remove_button)
    assert "mindst 3" in page.error.text()
    assert len(stored(db, page)) == 3


def test_empty_duplicate_and_long_names_are_explained_and_kept_on_screen(page, db, qtbot):
    for text, message in (
        ("   ", "må ikke være tomt"),
        ("hjem", "hedder Hjem"),
        ("x" * 200, "200 tegn"),
    ):
        choose_row(qtbot, page, 0)
        type_into(qtbot, page.name, text)
        qtbot.keyClick(page.name, Qt.Key.Key_Return)
        assert message in page.name_error.text()
        assert page.name.text() == text
        assert stored(db, page).areas[0].name == "Familie"


def test_a_score_set_while_the_area_is_being_renamed(page, db, qtbot):
    choose_row(qtbot, page, 2)
    type_into(qtbot, page.name, "Venner og netværk")  # typed, not yet confirmed
    g = page.wheel.geometry_now()
    click(qtbot, page.wheel, *g.point(g.mid_angle(2), g.score_radius(6)))  # focus leaves
    area = stored(db, page).areas[2]
    assert (area.name, area.score) == ("Venner og netværk", 6)
    # And a refused rename keeps its text while the score is still set.
    type_into(qtbot, page.name, "")
    click(qtbot, page.wheel, *g.point(g.mid_angle(2), g.score_radius(3)))
    area = stored(db, page).areas[2]
    assert (area.name, area.score) == ("Venner og netværk", 3)
    assert page.name.text() == "" and "tomt" in page.name_error.text()


def test_a_wish_in_the_citizens_words_is_carried_to_the_plan(page, db, qtbot, window):
    choose_row(qtbot, page, 3)
    type_into(qtbot, page.words, "Jeg vil i arbejde igen")
    wish = next(b for b in page.status_group.buttons() if b.property("status") == "wants_change")
    qtbot.mouseClick(wish, Qt.MouseButton.LeftButton, pos=QPoint(8, wish.height() // 2))
    area = stored(db, page).areas[3]
    assert (area.status, area.citizen_words) == (AreaStatus.WANTS_CHANGE, "Jeg vil i arbejde igen")
    assert rows(page)[3] == "Job: –  ★ vil ændre"
    press_button(qtbot, page.plan_button)
    overview = window.overview
    assert overview.tabs.currentIndex() == overview.TAB_PLAN
    assert overview.plan.hhh_fields["what"].toPlainText() == "Jeg vil i arbejde igen"
    what = db.execute("SELECT what FROM hhh_answers WHERE life_area_id = ?", [area.id]).fetchone()[
        0
    ]
    assert what == "Jeg vil i arbejde igen"


def test_a_new_meeting_starts_from_the_last_areas_and_shows_the_change(page, db, qtbot, window):
    g = page.wheel.geometry_now()
    for index, score in ((0, 6), (1, 4), (2, 5)):
        click(qtbot, page.wheel, *g.point(g.mid_angle(index), g.score_radius(score)))
    pick_from_add_menu(qtbot, page, "Bolig")
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)  # Ny samtale
    qtbot.waitUntil(lambda: len(list_meetings(db, page.citizen_for_test.id)) == 2)
    fresh = open_wheel_tab(qtbot, window)
    assert fresh.start_button.text() == "Nyt livshjul med områderne fra sidst"
    press_button(qtbot, fresh.start_button)
    assert [a.name for a in fresh.wheel.wheel().areas] == [*EIGHT, "Bolig"]
    assert all(a.score is None for a in fresh.wheel.wheel().areas)
    assert fresh.wheel._previous.areas[0].score == 6
    g = fresh.wheel.geometry_now()
    for index, score in ((0, 8), (1, 2), (2, 5), (3, 7)):
        click(qtbot, fresh.wheel, *g.point(g.mid_angle(index), g.score_radius(score)))
    assert rows(fresh)[:4] == [
        "Familie: 8  ▲ op fra 6",
        "Hjem: 2  ▼ ned fra 4",
        "Netværk: 5  = som sidst",
        "Job: 7",  # no score last time: nothing to compare
    ]
    assert [c.mark for c in fresh.wheel.changes()[:4]] == ["▲", "▼", "=", ""]
