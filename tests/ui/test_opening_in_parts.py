"""What is built in parts, a turn of the event loop each (issue 16: no block over 100 ms),
is whole and works once it is on screen: Vis → Projekter opened from the menu, and the Plan
tab clicked before idle time has built it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QTableView

from progressionsdialog.domain.outcome import OutcomeStatus
from progressionsdialog.storage.projects import outcomes_of
from tests.ui.keys import key_to_window
from tests.ui.test_accessible_names import problems

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def project_window(app, qtbot, data_dir):
    """The demo window with the demo's project (JobStart: 40 participants, 40 in control)."""
    from progressionsdialog.demo import create_demo_database
    from progressionsdialog.storage import open_database
    from ui.main_window import MainWindow

    db = open_database(create_demo_database(data_dir, with_project=True))
    window = MainWindow(db, data_dir, demo=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(window.isVisible)
    yield window
    window.close()
    db.close()


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
