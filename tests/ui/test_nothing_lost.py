"""Nothing typed is lost: text still waiting for its autosave is saved when the window closes,
locks, quits, or the caseworker moves to another citizen or tab.

Each test types with the keyboard, does the next thing at once (no waiting for the autosave),
and then reads the database file back through a fresh connection.
"""

from __future__ import annotations

from contextlib import closing

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from progressionsdialog.storage import DB_FILENAME, open_database
from progressionsdialog.storage.citizens import list_citizens
from progressionsdialog.storage.hhh import list_hhh
from progressionsdialog.storage.life_wheels import get_wheel
from progressionsdialog.storage.meetings import list_meetings, scores_for
from ui.pending import TEXT_SAVE_DELAY_MS


@pytest.fixture
def main(demo_window, qtbot):
    demo_window.resize(1366, 768)
    qtbot.waitUntil(lambda: demo_window.width() == 1366)
    return demo_window


def citizen_id(db, name: str) -> int:
    return next(c.id for c in list_citizens(db) if c.name == name)


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def click_tab(qtbot, tabs, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def click_citizen(qtbot, main, cid: int) -> None:
    table = main.register.table
    row = main.register.model.row_of(cid)
    rect = table.visualRect(main.register.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main.register.current_citizen_id() == cid


def type_into(qtbot, widget: QWidget, text: str) -> None:
    click(qtbot, widget)
    qtbot.keyClicks(widget, text)


def fresh(data_dir):
    """The database file opened anew, as the next start of the program would."""
    return closing(open_database(data_dir / DB_FILENAME))


def new_meeting(qtbot, main, demo_db, name: str = "Hanne Bøgh"):
    cid = citizen_id(demo_db, name)
    click_citizen(qtbot, main, cid)
    overview = main.overview
    click_tab(qtbot, overview.tabs, overview.TAB_MEETINGS)
    before = {m.id for m in list_meetings(demo_db, cid)}
    click(qtbot, overview.meetings.new_button)
    [meeting_id] = {m.id for m in list_meetings(demo_db, cid)} - before
    return meeting_id, overview.meetings.editor


def ctrl(qtbot, widget: QWidget, key) -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def test_the_autosave_delay_is_the_one_the_tests_outrun():
    assert TEXT_SAVE_DELAY_MS >= 500  # the tests below act well within it


def test_meeting_note_typed_just_before_closing_is_saved(main, demo_db, data_dir, qtbot):
    meeting_id, editor = new_meeting(qtbot, main, demo_db)
    panel = editor.panels["motivation"]
    type_into(qtbot, panel.shared_note, "Det talte vi om")
    click(qtbot, panel.private_toggle)
    type_into(qtbot, panel.private_note, "Kun til mig")
    main.close()
    with fresh(data_dir) as db:
        score = scores_for(db, meeting_id)["motivation"]
    assert (score.shared_note, score.private_note) == ("Det talte vi om", "Kun til mig")


def test_ctrl_q_saves_the_note_being_typed(main, demo_db, data_dir, qtbot):
    meeting_id, editor = new_meeting(qtbot, main, demo_db)
    panel = editor.panels["motivation"]
    type_into(qtbot, panel.shared_note, "Sidste ord")
    ctrl(qtbot, panel.shared_note, Qt.Key.Key_Q)
    qtbot.waitUntil(lambda: not main.isVisible())
    with fresh(data_dir) as db:
        assert scores_for(db, meeting_id)["motivation"].shared_note == "Sidste ord"


def test_ctrl_l_saves_the_note_being_typed(main, demo_db, data_dir, qtbot):
    meeting_id, editor = new_meeting(qtbot, main, demo_db)
    panel = editor.panels["competences"]
    click_tab(qtbot, editor.tabs, 2)
    type_into(qtbot, panel.shared_note, "Hun kan køre truck")
    ctrl(qtbot, panel.shared_note, Qt.Key.Key_L)
    assert main.is_locked()
    with fresh(data_dir) as db:
        assert scores_for(db, meeting_id)["competences"].shared_note == "Hun kan køre truck"


def test_the_idle_lock_saves_the_note_being_typed(main, demo_db, data_dir, qtbot):
    meeting_id, editor = new_meeting(qtbot, main, demo_db)
    panel = editor.panels["motivation"]
    type_into(qtbot, panel.shared_note, "Lige inden pausen")
    main.idle.idle.emit()  # what the idle timer does when its time is up
    assert main.is_locked()
    with fresh(data_dir) as db:
        assert scores_for(db, meeting_id)["motivation"].shared_note == "Lige inden pausen"


def test_another_indicator_tab_saves_the_note_being_typed(main, demo_db, data_dir, qtbot):
    meeting_id, editor = new_meeting(qtbot, main, demo_db)
    type_into(qtbot, editor.panels["motivation"].shared_note, "Motiveret")
    click_tab(qtbot, editor.tabs, 1)
    with fresh(data_dir) as db:
        assert scores_for(db, meeting_id)["motivation"].shared_note == "Motiveret"


def test_another_citizen_saves_the_note_being_typed(main, demo_db, data_dir, qtbot):
    meeting_id, editor = new_meeting(qtbot, main, demo_db)
    type_into(qtbot, editor.panels["motivation"].shared_note, "Til Hanne")
    other = next(c.id for c in list_citizens(demo_db) if c.name != "Hanne Bøgh")
    click_citizen(qtbot, main, other)
    with fresh(data_dir) as db:
        assert scores_for(db, meeting_id)["motivation"].shared_note == "Til Hanne"


def open_plan_with_new_hhh(qtbot, main, demo_db, name: str = "Hanne Bøgh"):
    cid = citizen_id(demo_db, name)
    click_citizen(qtbot, main, cid)
    overview = main.overview
    click_tab(qtbot, overview.tabs, overview.TAB_PLAN)
    page = overview.plan
    before = {h.id for h in list_hhh(demo_db, cid)}
    new = next(b for b in page.findChildren(type(page.delete_goal_button)) if b.text() == "Nyt HHH")
    click(qtbot, new)
    [hhh_id] = {h.id for h in list_hhh(demo_db, cid)} - before
    return cid, hhh_id, page


def hhh_text(data_dir, cid: int, hhh_id: int, field: str) -> str:
    with fresh(data_dir) as db:
        return getattr(next(h for h in list_hhh(db, cid) if h.id == hhh_id), field)


def test_hhh_typed_then_another_main_tab_is_saved(main, demo_db, data_dir, qtbot):
    cid, hhh_id, page = open_plan_with_new_hhh(qtbot, main, demo_db)
    type_into(qtbot, page.hhh_fields["why"], "Så jeg kan klare mig selv")
    click_tab(qtbot, main.overview.tabs, main.overview.TAB_SUMMARY)
    assert hhh_text(data_dir, cid, hhh_id, "why") == "Så jeg kan klare mig selv"


def test_hhh_typed_then_window_closed_is_saved(main, demo_db, data_dir, qtbot):
    cid, hhh_id, page = open_plan_with_new_hhh(qtbot, main, demo_db)
    type_into(qtbot, page.hhh_fields["how"], "Ringe til praktikstedet")
    main.close()
    assert hhh_text(data_dir, cid, hhh_id, "how") == "Ringe til praktikstedet"


def test_hhh_typed_then_another_citizen_is_saved(main, demo_db, data_dir, qtbot):
    cid, hhh_id, page = open_plan_with_new_hhh(qtbot, main, demo_db)
    type_into(qtbot, page.hhh_fields["what"], "Job i et køkken")
    other = next(c.id for c in list_citizens(demo_db) if c.id != cid)
    click_citizen(qtbot, main, other)
    assert hhh_text(data_dir, cid, hhh_id, "what") == "Job i et køkken"


def test_hhh_typed_then_another_hhh_chosen_stays_with_its_own_hhh(main, demo_db, data_dir, qtbot):
    cid, first, page = open_plan_with_new_hhh(qtbot, main, demo_db)
    type_into(qtbot, page.hhh_fields["what"], "Det første")
    qtbot.waitUntil(lambda: "Det første" in page.hhh_choice.currentText())  # autosaved
    new = next(b for b in page.findChildren(type(page.delete_goal_button)) if b.text() == "Nyt HHH")
    click(qtbot, new)
    type_into(qtbot, page.hhh_fields["what"], "Det andet")
    page.hhh_choice.setFocus()
    qtbot.keyClick(page.hhh_choice, Qt.Key.Key_Up)  # back to the first HHH
    assert page.hhh_choice.currentData() == first
    assert page.hhh_fields["what"].toPlainText() == "Det første"
    main.close()
    second = max(h.id for h in list_hhh(demo_db, cid))
    assert hhh_text(data_dir, cid, first, "what") == "Det første"
    assert hhh_text(data_dir, cid, second, "what") == "Det andet"


def test_goal_words_typed_then_window_closed_are_saved(main, demo_db, data_dir, qtbot):
    cid = citizen_id(demo_db, "Hanne Bøgh")
    click_citizen(qtbot, main, cid)
    click_tab(qtbot, main.overview.tabs, main.overview.TAB_PLAN)
    page = main.overview.plan
    page.goal_own.selectAll()
    type_into(qtbot, page.goal_own, "Fast job i hjemmeplejen")
    main.close()
    from progressionsdialog.storage.goals import list_goals

    with fresh(data_dir) as db:
        assert list_goals(db, cid)[-1].citizen_wording.endswith("Fast job i hjemmeplejen")


def test_life_wheel_wish_typed_then_window_closed_is_saved(main, demo_db, data_dir, qtbot):
    meeting_id, _editor = new_meeting(qtbot, main, demo_db)
    overview = main.overview
    click_tab(qtbot, overview.tabs, overview.TAB_WHEEL)
    page = overview.life_wheel
    assert page.meeting_id == meeting_id
    click(qtbot, page.start_button)
    type_into(qtbot, page.words, "Flere venner")
    ctrl(qtbot, page.words, Qt.Key.Key_Q)
    qtbot.waitUntil(lambda: not main.isVisible())
    with fresh(data_dir) as db:
        wheel = get_wheel(db, meeting_id)
    assert wheel.areas[0].citizen_words == "Flere venner"


def test_life_wheel_wish_typed_then_ctrl_l_is_saved(main, demo_db, data_dir, qtbot):
    meeting_id, _editor = new_meeting(qtbot, main, demo_db)
    overview = main.overview
    click_tab(qtbot, overview.tabs, overview.TAB_WHEEL)
    page = overview.life_wheel
    click(qtbot, page.start_button)
    type_into(qtbot, page.words, "Mindre gæld")
    ctrl(qtbot, page.words, Qt.Key.Key_L)
    assert main.is_locked()
    with fresh(data_dir) as db:
        assert get_wheel(db, meeting_id).areas[0].citizen_words == "Mindre gæld"
