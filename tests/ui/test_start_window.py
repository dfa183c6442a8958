"""The window's first paint has only what it shows (menus, toolbar, the register, the right
side with nobody chosen); the rest is built on the turn after it. A caseworker who acts at
once, before that turn, gets what they asked for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from progressionsdialog.storage import audit
from progressionsdialog.storage.citizens import get_citizen
from progressionsdialog.storage.meetings import list_meetings
from tests.ui.keys import key_to_window
from ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def starting(app, qtbot, demo_db, data_dir):
    """The demo window just shown: no turn of the event loop has run since."""
    main = MainWindow(demo_db, data_dir, demo=True)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    main.activateWindow()
    assert not main.rest_is_built()
    return main


def test_the_rest_is_built_on_the_turn_after_the_first_paint(starting, qtbot):
    assert starting.register.model.rowCount() > 0  # the rows are in the first paint
    assert starting.overview.stack.currentWidget() is starting.overview.empty
    assert starting.overview.findChild(type(starting.lock_screen)) is None  # (built now)
    qtbot.waitUntil(starting.rest_is_built, timeout=3000)


def test_a_citizen_chosen_at_once_is_shown_and_the_view_logged(starting, demo_db):
    QTest.keyClick(starting.register.search, Qt.Key.Key_Down)  # the first citizen
    citizen_id = starting.register.current_citizen_id()
    assert citizen_id is not None and starting.rest_is_built()
    assert starting.overview.name_label.text() == get_citizen(demo_db, citizen_id).name
    assert starting.overview.stack.currentIndex() == 1
    assert starting.menu.edit_action.isEnabled()
    views = [e for e in audit.entries(demo_db) if e.action == "view"]
    assert views and views[-1].citizen_ref == citizen_id


def test_ctrl_l_at_once_locks(starting, qtbot):
    key_to_window(Qt.Key.Key_L, CTRL, starting.register.search)
    assert starting.is_locked()
    assert starting.central.currentWidget() is starting.lock_screen
    assert not starting.register.isVisible() and not starting.menuBar().isEnabled()
    qtbot.mouseClick(starting.lock_screen.button, Qt.MouseButton.LeftButton)  # demo: a click
    assert not starting.is_locked()


def test_ctrl_m_at_once_after_choosing_starts_a_meeting(starting, demo_db, qtbot):
    QTest.keyClick(starting.register.search, Qt.Key.Key_Down)
    citizen_id = starting.register.current_citizen_id()
    before = len(list_meetings(demo_db, citizen_id))
    key_to_window(Qt.Key.Key_M, CTRL, starting.register.table)
    qtbot.waitUntil(lambda: len(list_meetings(demo_db, citizen_id)) == before + 1)
    assert starting.overview.tabs.currentIndex() == starting.overview.TAB_MEETINGS


def test_the_search_has_the_focus_and_keys_work_before_the_rest(starting, qtbot):
    qtbot.waitUntil(lambda: starting.register.search.hasFocus())
    QTest.keyClicks(starting.register.search, "zzzz-ingen")
    assert starting.register.model.rowCount() == 0
    assert not starting.rest_is_built()  # searching needs nothing more


def test_the_kept_shape_comes_back_and_nothing_moves_when_the_rest_is_built(
    app, qtbot, demo_db, data_dir
):
    first = MainWindow(demo_db, data_dir, demo=True)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 560)  # inside the offscreen screen (800 × 600)
    qtbot.waitUntil(first.rest_is_built)
    first.splitter.setSizes([260, first.splitter.width() - 260 - first.splitter.handleWidth()])
    first.close()
    assert QSettings().value("main_window/register_width") is not None

    again = MainWindow(demo_db, data_dir, demo=True)
    qtbot.addWidget(again)
    again.show()
    assert not again.rest_is_built()
    shape = (again.size(), again.splitter.sizes(), again.register.width())
    assert again.size().width() == 780  # (the register's width: tests/ui/test_register_layout)
    qtbot.waitUntil(again.rest_is_built)
    qtbot.wait(50)  # (the layouts the rest may have asked for)
    assert (again.size(), again.splitter.sizes(), again.register.width()) == shape


def test_closed_before_the_rest_it_saves_its_shape_and_builds_nothing(starting, qtbot):
    starting.close()
    assert not starting.rest_is_built()
    assert QSettings().value("main_window/geometry") is not None


def test_on_a_plain_connection_the_database_comes_with_the_rest(app, qtbot, demo_db, data_dir):
    """As ``ui.app.run`` starts it: the first paint reads through the plain connection; the
    choice of a citizen at once makes sqlite-utils' Database on it and logs the view."""
    from progressionsdialog.storage import DB_FILENAME
    from progressionsdialog.storage.database import open_connection

    conn = open_connection(data_dir / DB_FILENAME)
    main = MainWindow(conn, data_dir, demo=True)
    qtbot.addWidget(main)
    main.show()
    assert not main.rest_is_built() and main.register.model.rowCount() > 0
    QTest.keyClick(main.register.search, Qt.Key.Key_Down)
    citizen_id = main.register.current_citizen_id()
    assert main.db.conn is conn and main.overview.db is main.db
    assert main.overview.name_label.text() == get_citizen(demo_db, citizen_id).name
    views = [e for e in audit.entries(demo_db) if e.action == "view"]
    assert views and views[-1].citizen_ref == citizen_id
    main.close()
    conn.close()
