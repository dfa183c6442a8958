"""What is built in parts, a turn of the event loop each (issue 16: no block over 100 ms),
is whole and works once it is on screen: Vis → Projekter opened from the menu, and the Plan
tab clicked before idle time has built it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QPlainTextEdit, QTableView

from progressionsdialog.domain.outcome import OutcomeStatus
from progressionsdialog.domain.screening import ScreeningArea
from progressionsdialog.storage.citizens import list_citizens
from progressionsdialog.storage.projects import outcomes_of
from tests.ui.keys import key_to_window
from tests.ui.test_accessible_names import problems
from tests.ui.windows import laptop_window

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def project_window(app, qtbot, data_dir):
    """The demo window with the demo's project (JobStart: 40 participants, 40 in control)."""
    from progressionsdialog.demo import create_demo_database
    from progressionsdialog.storage import open_database

    db = open_database(create_demo_database(data_dir, with_project=True))
    yield from laptop_window(qtbot, db, data_dir)


def _projects_by_keys(window, qtbot) -> QDialog:
    """Alt+V, P: the dialog as the leader opens it, once it is on screen."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    key_to_window(Qt.Key.Key_V, ALT)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu), "the Vis menu did not open"
    QTest.keyClick(menu, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    return QApplication.activeModalWidget()


def _click_row(view: QTableView, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _click_tab(tabs, index: int) -> None:
    bar = tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def test_projects_is_whole_when_it_shows_and_its_reminders_tab_follows(project_window, qtbot):
    dialog = _projects_by_keys(project_window, qtbot)
    assert dialog.windowTitle() == "Projekter"
    # Nothing half-built on screen: the lists are filled before it shows.
    assert dialog.projects_model.texts_at(0)[0] == "JobStart"
    assert dialog.members_model.rowCount() == 80
    assert "JobStart" in dialog.project_heading.text()
    # The reminders tab is built on a later turn without being asked for.
    reminders = dialog.tabs.widget(1)
    qtbot.waitUntil(lambda: bool(reminders.findChildren(QTableView)))
    assert problems(dialog, "projects") == []

    # It works as before: a member chosen by a click, a status recorded for them.
    _click_row(dialog.members_view, 2)
    name = dialog.members_model.texts_at(2)[0]
    panel = dialog.outcomes
    assert panel.heading.text().endswith(name)
    before = len(outcomes_of(project_window.db, panel.citizen_id))
    panel.status.setCurrentIndex(panel.status.findData(OutcomeStatus.EDUCATION.value))
    QTest.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert len(outcomes_of(project_window.db, panel.citizen_id)) == before + 1
    assert dialog.members_model.texts_at(2)[3].startswith("Uddannelse")

    _click_tab(dialog.tabs, 1)
    assert dialog.tabs.currentIndex() == 1
    assert dialog.due_view.isVisible() != dialog.due_empty.isVisible()
    assert problems(dialog, "reminders") == []
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_the_reminders_tab_clicked_at_once_is_built_then(project_window, qtbot):
    project_window.menu.projects_action.trigger()
    dialog = project_window.menu.projects_dialog
    _click_tab(dialog.tabs, 1)  # before the turn that would have built it
    assert dialog.tabs.currentIndex() == 1
    assert dialog.tabs.widget(1).findChildren(QTableView)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.due_outcomes.heading.text()
    dialog.reject()


def test_projects_closed_before_it_showed_stays_closed(demo_window, qtbot):
    demo_window.menu.projects_action.trigger()
    dialog = demo_window.menu.projects_dialog
    dialog.reject()  # Esc on the turn it was asked for
    with qtbot.waitSignal(dialog.destroyed, timeout=2000):
        pass
    assert QApplication.activeModalWidget() is None


# -- the Plan tab, clicked before idle time has built it --------------------------------------
def _hanne(window, qtbot) -> int:
    """Hanne Bøgh chosen as the caseworker does: typed in the search, ↓ into the list."""
    search = window.register.search
    search.setFocus()
    QTest.keyClicks(search, "Hanne")
    QTest.keyClick(search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.overview.name_label.text() == "Hanne Bøgh")
    return window.register.current_citizen_id()


def _every_section_on_screen(page) -> bool:
    from ui.screens.plan.next_meeting_section import NextMeetingSection

    last = page.findChild(NextMeetingSection)
    return last is not None and last.isVisible()


def test_plan_clicked_at_once_shows_the_plan_and_keeps_what_is_typed(demo_window, qtbot, demo_db):
    from progressionsdialog.domain.plan import GoalKind
    from progressionsdialog.storage.goals import list_goals
    from progressionsdialog.storage.hhh import list_hhh

    demo_window.resize(1366, 768)
    cid = _hanne(demo_window, qtbot)
    assert demo_window.idle_work.pending()  # idle time has not built the plan
    overview = demo_window.overview
    _click_tab(overview.tabs, overview.TAB_PLAN)
    page = overview.plan
    # Hanne's plan at the top at once, as it is in the database
    answer = list_hhh(demo_db, cid)[-1]
    assert page.hhh_fields["what"].toPlainText() == answer.what
    assert page.hhh_fields["what"].isVisible()
    assert page.screening_section.summary.text().startswith("Screenet")
    qtbot.waitUntil(lambda: _every_section_on_screen(page))
    shown = page.goal_section.goal_choice.currentData()
    [goal] = [g for g in list_goals(demo_db, cid) if g.id == shown]
    assert page.goal_own.text() == goal.citizen_wording
    assert page.efforts_section.isVisible() and page.steps_section.isVisible()

    # typed into the first field and left by Tab: saved, and the cursor in the next field
    what = page.hhh_fields["what"]
    what.setFocus()
    QTest.keyClick(what, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(what, " og cykle")
    QTest.keyClick(what, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.hhh_fields["why"]
    page.flush()
    assert list_hhh(demo_db, cid)[-1].what == answer.what + " og cykle"

    # a choice in a section built on a later turn, and Ctrl+Z takes it back
    kind = page.goal_section.goal_kind
    other = next(k for k in GoalKind if k is not goal.kind)
    kind.setCurrentIndex(kind.findData(other.value))
    assert next(g for g in list_goals(demo_db, cid) if g.id == goal.id).kind is other
    demo_window.undo_stack.undo()
    assert next(g for g in list_goals(demo_db, cid) if g.id == goal.id).kind is goal.kind
    assert kind.currentData() == goal.kind.value


def test_the_plan_page_builds_its_top_at_once_and_the_rest_on_the_next_turns(app, qtbot, demo_db):
    from progressionsdialog.storage.goals import list_goals
    from progressionsdialog.storage.hhh import list_hhh
    from ui.screens.plan.efforts_section import EffortsSection
    from ui.screens.plan.goal_section import GoalSection
    from ui.screens.plan.hhh_section import HhhSection
    from ui.screens.plan_page import PlanPage

    hanne = next(c.id for c in list_citizens(demo_db) if c.name == "Hanne Bøgh")
    page = PlanPage(demo_db, built=False)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    page.build_soon()
    page.show_citizen(hanne)
    assert page.findChild(HhhSection).isVisible()
    assert page.hhh_fields["what"].toPlainText() == list_hhh(demo_db, hanne)[-1].what
    assert page.findChild(GoalSection) is None  # on a later turn
    qtbot.waitUntil(page.is_built)
    assert all(section.isVisible() for section in page.findChildren(GoalSection))
    assert page.goal_own.text() in {g.citizen_wording for g in list_goals(demo_db, hanne)}
    assert page.goal_own.text()

    # A section asked for before its turn is built then, with those before it, and loaded.
    other = PlanPage(demo_db, built=False)
    qtbot.addWidget(other)
    other.show()
    other.build_soon()
    other.show_citizen(hanne)
    efforts = other.efforts_section
    assert isinstance(efforts, EffortsSection) and efforts.isVisible()
    assert other.goal_own.text() == page.goal_own.text()


def test_the_folded_screening_is_built_when_unfolded_and_tab_goes_through_it(demo_window, qtbot):
    demo_window.resize(1366, 768)
    _hanne(demo_window, qtbot)
    overview = demo_window.overview
    _click_tab(overview.tabs, overview.TAB_PLAN)
    page = overview.plan
    section = page.screening_section
    toggle = section.show_toggle
    assert not section.body.findChildren(QPlainTextEdit)  # folded: not built
    QTest.mouseClick(toggle, Qt.MouseButton.LeftButton, pos=toggle.rect().center())
    assert section.body.isVisible()
    assert section.rows[ScreeningArea.HOUSING].words.toPlainText()  # Hanne's own words
    # Tab from the last button above it goes into it, and out of it into HHH
    section.delete_button.setFocus()
    QTest.keyClick(section.delete_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is section.date
    section.history.toggle.setFocus()
    QTest.keyClick(section.history.toggle, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.hhh_choice
