"""Citizen view (issue 12): the screen turned to the citizen shows only this citizen's own.

Real key presses and mouse clicks on the real window at 1366×768 with the demo database.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

from progressionsdialog.clock import today
from progressionsdialog.storage import session_key
from progressionsdialog.storage.citizens import list_citizens
from progressionsdialog.storage.follow_up import attention_for_all
from progressionsdialog.storage.goals import list_goals
from progressionsdialog.storage.life_wheels import get_wheel
from progressionsdialog.storage.meetings import list_meetings, save_score, score_history, scores_for
from tests.ui.keys import key_to_window
from tests.ui.windows import laptop_window

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
LOUISE = "Louise Holm Madsen"
PASSWORD = "en god lang kode"


def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """One key, to the window and from it to the widget with the focus."""
    key_to_window(key, modifier)


def click(widget: QWidget, pos: QPoint | None = None) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())


def toolbar_button(window, label: str) -> QWidget:
    bar = window.findChild(QToolBar)
    action = next(a for a in bar.actions() if a.iconText() == label)
    return bar.widgetForAction(action)


def click_tab(tabs, index: int, qtbot) -> None:
    bar = tabs.tabBar()
    click(bar, bar.tabRect(index).center())
    qtbot.waitUntil(lambda: tabs.currentIndex() == index and tabs.currentWidget().isVisible())


@pytest.fixture
def laptop(demo_window, qtbot):
    """The demo window at 1366×768 with Louise chosen, as a worker leaves it before turning
    the screen to her."""
    demo_window.resize(1366, 768)
    demo_window.activateWindow()
    demo_window.register.search.setFocus()
    QTest.keyClicks(demo_window.register.search, "Louise")
    QTest.keyClick(demo_window.register.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: demo_window.overview.name_label.text() == LOUISE)
    return demo_window


@pytest.fixture
def password():
    session_key.set_password(PASSWORD)
    yield PASSWORD
    session_key.set_password(None)


def in_citizen_view(window) -> bool:
    return window.citizen_view.isVisible() and not window.register.isVisible()


def enter_by_key(window, qtbot) -> None:
    press(Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: in_citizen_view(window))


# -- in and out -------------------------------------------------------------------------------
def test_the_toolbar_button_goes_in_and_out(laptop, qtbot):
    click(toolbar_button(laptop, "Borgervisning"))
    qtbot.waitUntil(lambda: in_citizen_view(laptop))
    assert laptop.citizen_view.name.text() == LOUISE
    assert not laptop.overview.isVisible() and not laptop.menuBar().isVisible()
    assert laptop.menu.citizen_view_action.isChecked()
    click(toolbar_button(laptop, "Borgervisning"))  # the demo has no password: out at once
    qtbot.waitUntil(lambda: laptop.register.isVisible())
    assert not laptop.citizen_view.isVisible() and laptop.menuBar().isVisible()
    assert laptop.overview.name_label.text() == LOUISE  # the same citizen, as before
    assert not laptop.menu.citizen_view_action.isChecked()


def test_ctrl_b_goes_in_and_out_and_the_view_menu_has_it(laptop, qtbot):
    laptop.register.table.setFocus()
    enter_by_key(laptop, qtbot)
    assert QApplication.focusWidget() is not None
    assert QApplication.focusWidget().window() is laptop  # the keyboard is in citizen view
    press(Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: laptop.register.isVisible())
    view_menu = next(a.menu() for a in laptop.menuBar().actions() if a.text() == "&Vis")
    item = next(a for a in view_menu.actions() if a.text().replace("&", "") == "Borgervisning")
    assert item is laptop.menu.citizen_view_action
    assert item.shortcut().toString() == "Ctrl+B"
    press(Qt.Key.Key_V, ALT)  # Vis → Borgervisning, by its letter
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu)
    QTest.keyClick(popup, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: in_citizen_view(laptop))


def test_the_leave_button_in_the_view_leaves(laptop, qtbot):
    enter_by_key(laptop, qtbot)
    click(laptop.citizen_view.leave_button)
    qtbot.waitUntil(lambda: laptop.register.isVisible())


def test_keys_that_reach_other_citizens_or_settings_do_nothing(laptop, demo_db, qtbot, monkeypatch):
    from ui.dialogs.confirm import ConfirmDialog

    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a: True))
    louise = laptop.register.current_citizen_id()
    sabina = next(c for c in list_citizens(demo_db) if c.name.startswith("Sabina"))
    laptop.editing.archive_citizen(sabina.id)  # Ctrl+Z would now bring Sabina back, by name
    laptop.register.select_citizen(louise)
    laptop.register.table.setFocus()
    enter_by_key(laptop, qtbot)
    assert laptop.citizen_view.name.text() == LOUISE
    kept = set(laptop.menu.citizen_view_keeps)
    for action in laptop.menu._all():
        if action not in kept:
            assert not action.isEnabled(), f"{action.text()!r} can be used in citizen view"
    for key, modifier in (
        (Qt.Key.Key_F9, Qt.KeyboardModifier.NoModifier),  # the register
        (Qt.Key.Key_F, CTRL),  # search
        (Qt.Key.Key_N, CTRL),  # new citizen
        (Qt.Key.Key_E, CTRL),  # edit citizen
        (Qt.Key.Key_Z, CTRL),  # undo (it may name another citizen)
        (Qt.Key.Key_F, ALT),  # the Filer menu
        (Qt.Key.Key_V, ALT),  # the Vis menu
    ):
        press(key, modifier)
        assert QApplication.activeModalWidget() is None and QApplication.activePopupWidget() is None
        assert in_citizen_view(laptop), f"{key} {modifier} left citizen view"
        assert laptop.statusBar().currentMessage() == ""
    assert list_citizens(demo_db, include_archived=True)  # nothing was undone:
    assert next(c for c in list_citizens(demo_db) if c.id == sabina.id).archived


def test_tab_goes_from_the_tabs_through_the_scores_to_the_leave_button(laptop, qtbot):
    enter_by_key(laptop, qtbot)
    view = laptop.citizen_view
    assert QApplication.focusWidget() is view.tabs.tabBar()
    order = []
    for _ in range(10):
        press(Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    blocks = list(view.scores.indicators.values())
    expected = [s for b in blocks for s in (b.citizen_score, b.worker_score)]
    assert order[:8] == expected
    assert order[8] is view.leave_button and order[9] is view.tabs.tabBar()  # and round


# -- nothing that is not the citizen's ------------------------------------------------------------
def _item_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value is not None:
                    texts.append(str(value))
    return texts


def _action_texts(actions) -> list[str]:
    texts = []
    for action in actions:
        texts += [action.text(), action.iconText(), action.toolTip(), action.statusTip()]
        if action.menu() is not None:
            texts += _action_texts(action.menu().actions())
    return texts


def _figure_texts(widget: QWidget) -> list[str]:
    figure = getattr(widget, "figure", None)
    if figure is None:
        return []
    from matplotlib.text import Text

    return [text.get_text() for text in figure.findobj(Text)]


def visible_texts(window) -> list[str]:
    """Every text a person or a screen reader meets on the window as it is now."""
    texts = [window.windowTitle(), window.statusBar().currentMessage()]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        texts += [
            widget.toolTip(),
            widget.accessibleName(),
            widget.accessibleDescription(),
            widget.statusTip(),
            widget.whatsThis(),
            widget.windowTitle(),
        ]
        texts += _action_texts(widget.actions())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            texts += [widget.toPlainText(), widget.placeholderText()]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                texts += [widget.tabText(i), widget.tabToolTip(i), widget.accessibleTabName(i)]
        if isinstance(widget, QAbstractItemView):
            texts += _item_texts(widget)
        if isinstance(widget, QMenuBar | QMenu | QToolBar):
            texts += _action_texts(widget.actions())
        texts += _figure_texts(widget)
    return [text for text in texts if text]


def forbidden_texts(db, data_dir, citizen_id: int) -> dict[str, str]:
    """What must not be on the citizen's screen, with why."""
    found = {}
    for citizen in list_citizens(db, include_archived=True):
        if citizen.id != citizen_id:
            found[citizen.name] = "another citizen's name"
        for _, scores in score_history(db, citizen.id):
            for score in scores.values():
                if score.private_note:
                    found[score.private_note] = "a private note"
        for goal in list_goals(db, citizen.id):
            if goal.worker_wording and goal.worker_wording != goal.citizen_wording:
                found[goal.worker_wording] = "a goal's job-directed wording"
    for attention in attention_for_all(db).values():
        for reason in attention.reasons():
            found[reason] = "a follow-up reason"
    for text in ("Revisionslog", "Overlevering", "Jobrettet", "⚑", str(data_dir), "Data:"):
        found[text] = "worker-only"
    return found


def test_every_text_on_every_page_is_the_citizens_own(laptop, demo_db, data_dir, qtbot):
    citizen_id = laptop.register.current_citizen_id()
    forbidden = forbidden_texts(demo_db, data_dir, citizen_id)
    assert "a private note" in forbidden.values()  # the demo has what is to be kept away
    assert "a goal's job-directed wording" in forbidden.values()
    laptop.statusBar().showMessage("Sabina Østergaard er oprettet.")  # a message from before
    enter_by_key(laptop, qtbot)
    tabs = laptop.citizen_view.tabs
    seen = []
    for index in range(tabs.count()):
        click_tab(tabs, index, qtbot)
        texts = visible_texts(laptop)
        for text in texts:
            for bad, why in forbidden.items():
                assert bad not in text, f"{why} on {tabs.tabText(index)!r}: {text!r}"
        seen += texts
    shown = "\n".join(seen)
    for own in (  # the walk does see the page: the citizen's own things are there
        LOUISE,
        "Motivation",
        "Blive pædagogisk assistent",  # the goal in her words
        "Arbejde med børn",  # her answer to Hvad
        "Søg SU på minSU.dk",  # a step
        "Jobcentret, lokale 3",  # the next meeting
        "Livshjul",
    ):
        assert own in shown, f"{own!r} is not on the citizen's screen"


def test_a_screen_reader_reads_the_plan_itself(laptop, qtbot):
    enter_by_key(laptop, qtbot)
    view = laptop.citizen_view
    click_tab(view.tabs, view.TAB_PLAN, qtbot)
    goal = QAccessible.queryAccessibleInterface(view.plan.sections["goal"])
    assert "Blive pædagogisk assistent" in goal.text(QAccessible.Text.Name)


def test_no_button_shows_a_private_note(laptop, qtbot):
    enter_by_key(laptop, qtbot)
    for index in range(laptop.citizen_view.tabs.count()):
        click_tab(laptop.citizen_view.tabs, index, qtbot)
        for button in laptop.findChildren(QAbstractButton):
            if button.isVisible():
                assert "privat" not in button.text().lower()
                assert "privat" not in button.accessibleName().lower()


# -- leaving is the worker's ----------------------------------------------------------------------
def test_leaving_asks_for_the_password_and_a_wrong_one_stays(laptop, password, qtbot):
    enter_by_key(laptop, qtbot)
    view = laptop.citizen_view
    press(Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.leave_check.password)
    assert not view.tabs.isVisible()  # asked in place of the citizen's pages
    QTest.keyClicks(view.leave_check.password, "forkert kode")
    press(Qt.Key.Key_Return)
    assert in_citizen_view(laptop) and "passer ikke" in view.leave_check.error.text()
    assert laptop.menu.citizen_view_action.isChecked()
    click(view.leave_check.cancel_button)  # "Bliv i borgervisning"
    assert view.tabs.isVisible() and in_citizen_view(laptop)
    click(view.leave_button)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.leave_check.password)
    assert view.leave_check.error.text() == ""
    QTest.keyClicks(view.leave_check.password, password)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: laptop.register.isVisible())
    assert not laptop.menu.citizen_view_action.isChecked()


def test_ctrl_l_in_citizen_view_locks_and_opens_to_citizen_view(laptop, password, qtbot):
    enter_by_key(laptop, qtbot)
    press(Qt.Key.Key_L, CTRL)
    assert laptop.is_locked()
    assert not laptop.citizen_view.isVisible() and not laptop.register.isVisible()
    assert not laptop.findChild(QToolBar).isEnabled()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is laptop.lock_screen.password)
    QTest.keyClicks(laptop.lock_screen.password, password)
    press(Qt.Key.Key_Return)
    assert not laptop.is_locked()
    assert in_citizen_view(laptop) and not laptop.menuBar().isVisible()
    assert laptop.findChild(QToolBar).isEnabled()


def test_ctrl_b_and_the_leave_button_do_nothing_while_locked(laptop, qtbot):
    enter_by_key(laptop, qtbot)
    press(Qt.Key.Key_L, CTRL)
    assert laptop.is_locked()
    press(Qt.Key.Key_B, CTRL)  # the demo has no password: this would leave at once
    laptop.view_switch.toggle()  # and so would the action, however it is reached
    laptop.citizen_view.leave_button.click()
    assert laptop.is_locked() and laptop.lock_screen.isVisible()
    assert not laptop.register.isVisible() and not laptop.citizen_view.isVisible()
    click(laptop.lock_screen.button)
    assert in_citizen_view(laptop)


def test_the_idle_lock_works_in_citizen_view(laptop, qtbot):
    enter_by_key(laptop, qtbot)
    laptop.idle.timer.setInterval(30)
    laptop.idle.timer.start()
    qtbot.waitUntil(laptop.is_locked, timeout=2000)
    assert not laptop.citizen_view.isVisible()
    click(laptop.lock_screen.button)  # the demo: no password
    assert in_citizen_view(laptop)


# -- the meeting, scored by both ------------------------------------------------------------------
def cell(selector, value: int) -> QPoint:
    return selector.cell_rect(value).center().toPoint()


def test_previous_scores_stay_hidden_until_both_are_given(laptop, demo_db, qtbot):
    citizen_id = laptop.register.current_citizen_id()
    before = score_history(demo_db, citizen_id)[-1][1]["motivation"]
    enter_by_key(laptop, qtbot)
    click(toolbar_button(laptop, "Ny samtale"))
    meeting = list_meetings(demo_db, citizen_id)[-1]
    assert meeting.held_on == today()
    view = laptop.citizen_view
    block = view.scores.indicators["motivation"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is block.citizen_score)
    assert block.citizen_score.value() is None and block.worker_score.value() is None
    previous = f"{before.citizen_score} →"

    def nothing_of_before() -> None:
        page = "\n".join(visible_texts(laptop))
        assert "Sidst:" not in page and previous not in page
        assert "vises, når I begge" in block.reveal.text()

    nothing_of_before()
    click_tab(view.tabs, view.TAB_PROGRESS, qtbot)  # the lines would show the old scores
    assert all("motivation" not in scores for _, scores in view.progress.history)
    click_tab(view.tabs, view.TAB_SCORES, qtbot)
    click(block.citizen_score, cell(block.citizen_score, 8))
    nothing_of_before()  # one score is not both
    assert scores_for(demo_db, meeting.id)["motivation"].citizen_score == 8
    click(block.worker_score, cell(block.worker_score, 6))
    assert scores_for(demo_db, meeting.id)["motivation"].worker_score == 6
    assert f"{before.citizen_score} → 8" in block.reveal.text()
    assert f"{before.worker_score} → 6" in block.reveal.text()
    read_aloud = QAccessible.queryAccessibleInterface(block.reveal).text(QAccessible.Text.Name)
    assert f"{before.citizen_score} → 8" in read_aloud  # a screen reader says it too
    other = view.scores.indicators["job_search"]
    assert "vises, når I begge" in other.reveal.text()  # each indicator on its own
    click_tab(view.tabs, view.TAB_PROGRESS, qtbot)
    assert any("motivation" in scores for _, scores in view.progress.history)
    assert all("job_search" not in scores for _, scores in view.progress.history)


def test_scores_given_in_citizen_view_keep_the_notes(laptop, demo_db, qtbot):
    citizen_id = laptop.register.current_citizen_id()
    meeting, scores = score_history(demo_db, citizen_id)[-1]
    kept = scores["personal_resources"]
    save_score(
        demo_db, meeting, kept.__class__(kept.indicator_key, 5, None, False, "sagt", "hemmelig")
    )
    enter_by_key(laptop, qtbot)
    block = laptop.citizen_view.scores.indicators["personal_resources"]
    click(block.worker_score, cell(block.worker_score, 4))
    stored = scores_for(demo_db, meeting.id)["personal_resources"]
    assert (stored.citizen_score, stored.worker_score) == (5, 4)
    assert (stored.shared_note, stored.private_note) == ("sagt", "hemmelig")
    click(toolbar_button(laptop, "Borgervisning"))  # and the worker's screen shows the score
    qtbot.waitUntil(lambda: laptop.register.isVisible())
    laptop.overview.tabs.setCurrentIndex(laptop.overview.TAB_MEETINGS)
    editor = laptop.overview.meetings.editor
    qtbot.waitUntil(lambda: editor.meeting is not None and editor.meeting.id == meeting.id)
    assert editor.panels["personal_resources"].worker_score.value() == 4


# -- the life wheel, filled in together -----------------------------------------------------------
def test_the_life_wheel_is_filled_in_citizen_view(laptop, demo_db, qtbot):
    citizen_id = laptop.register.current_citizen_id()
    enter_by_key(laptop, qtbot)
    view = laptop.citizen_view
    click_tab(view.tabs, view.TAB_WHEEL, qtbot)
    page = view.life_wheel
    assert page.start_button.isVisible()  # Louise has no wheel yet: they start one together
    click(page.start_button)
    assert page.areas.count() == 0  # a first wheel starts empty: she names her areas
    for name in ("Familie", "Job", "Helbred"):
        assert page.add_area(name)  # the Tilføj menu itself is driven in test_life_wheel.py
    wheel = page.wheel
    qtbot.waitUntil(lambda: wheel.isVisible() and wheel.width() > 100)
    g = wheel.geometry_now()
    x, y = g.point(g.mid_angle(1), g.score_radius(9))
    click(wheel, QPoint(round(x), round(y)))
    meeting = list_meetings(demo_db, citizen_id)[-1]
    assert get_wheel(demo_db, meeting.id).areas[1].score == 9


# -- printing from citizen view -------------------------------------------------------------------
def test_print_plan_in_citizen_view_shows_no_file_dialog_button(laptop, qtbot):
    enter_by_key(laptop, qtbot)
    click(toolbar_button(laptop, "Udskriv plan"))
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    assert dialog.windowTitle() == f"Borgerens plan – {LOUISE}"
    assert dialog.print_button.isVisible()
    assert not dialog.save_button.isVisible() and not dialog.open_button.isVisible()
    dialog.reject()


# -- the laptop and 200 % scaling -----------------------------------------------------------------
def test_every_page_fits_960_by_540_without_sideways_scrolling(laptop, qtbot):
    enter_by_key(laptop, qtbot)
    laptop.resize(960, 540)
    qtbot.waitUntil(lambda: laptop.width() == 960)
    view = laptop.citizen_view
    for index in range(view.tabs.count()):
        click_tab(view.tabs, index, qtbot)
        if index == view.TAB_WHEEL:
            view.life_wheel  # noqa: B018 - built on its first showing
        QTest.qWait(20)
        assert (laptop.width(), laptop.height()) == (960, 540), view.tabs.tabText(index)
        page = view.tabs.currentWidget()
        bar = getattr(page, "horizontalScrollBar", None)
        assert bar is None or not bar().isVisible(), view.tabs.tabText(index)
        assert view.leave_button.isVisible()
        assert view.leave_button.geometry().right() <= view.width()


# -- a database that can only be read ------------------------------------------------------------
@pytest.fixture
def read_only_window(app, qtbot, data_dir):
    from progressionsdialog.demo import create_demo_database
    from progressionsdialog.storage import DB_FILENAME, open_database

    create_demo_database(data_dir)
    db = open_database(data_dir / DB_FILENAME, read_only=True)
    yield from laptop_window(qtbot, db, data_dir)


def test_a_read_only_database_can_be_shown_in_citizen_view_not_changed(read_only_window, qtbot):
    window = read_only_window
    window.register.search.setFocus()
    QTest.keyClicks(window.register.search, "Louise")
    QTest.keyClick(window.register.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.overview.name_label.text() == LOUISE)
    click(toolbar_button(window, "Borgervisning"))
    qtbot.waitUntil(lambda: in_citizen_view(window))
    block = window.citizen_view.scores.indicators["motivation"]
    assert block.citizen_score.value() is not None  # it can be read ...
    assert not block.citizen_score.isEnabled()  # ... not changed
    assert not toolbar_button(window, "Ny samtale").isEnabled()
    assert toolbar_button(window, "Lås").isEnabled()  # the lock and the print still work
    assert toolbar_button(window, "Udskriv plan").isEnabled()
    click(window.citizen_view.leave_button)  # leaving only changes what is shown
    qtbot.waitUntil(lambda: window.register.isVisible())


# -- English --------------------------------------------------------------------------------------
def test_in_english_the_indicators_have_the_tools_english_words(english, demo_db, data_dir, qtbot):
    from ui.main_window import MainWindow

    window = MainWindow(demo_db, data_dir, demo=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.register.search.setFocus()
    QTest.keyClicks(window.register.search, "Louise")
    QTest.keyClick(window.register.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.overview.name_label.text() == LOUISE)
    click(toolbar_button(window, "Citizen view"))
    qtbot.waitUntil(lambda: in_citizen_view(window))
    block = window.citizen_view.scores.indicators["personal_resources"]
    assert block.title.text() == "Personal resources"
    assert window.citizen_view.tabs.tabText(window.citizen_view.TAB_PLAN) == "Your plan"
