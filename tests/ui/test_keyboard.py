"""The keyboard as a caseworker uses it (issue 12): real key events on the real window at
1366×768, sent to whatever has the focus, never a slot called directly."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from progressionsdialog.storage import audit, session_key
from progressionsdialog.storage.meetings import get_meeting, scores_for
from tests.ui.keys import key_to_window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """One key, to the window and from it to the widget with the focus, as the keyboard
    sends it."""
    key_to_window(key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget(), text)


def focus() -> QWidget | None:
    return QApplication.focusWidget()


def views(db) -> int:
    return sum(1 for entry in audit.entries(db) if entry.action == "view")


@pytest.fixture
def laptop(demo_window, qtbot):
    """The demo window on a 1366×768 laptop screen, focus in the search field (as at start)."""
    demo_window.resize(1366, 768)
    demo_window.activateWindow()
    qtbot.waitUntil(lambda: focus() is demo_window.register.search)
    return demo_window


@pytest.fixture
def secret():
    session_key.set_password("en god lang kode")
    yield "en god lang kode"
    session_key.set_password(None)


def open_meeting(window, qtbot):
    """The first citizen's newest meeting on screen, chosen by keyboard."""
    press(Qt.Key.Key_Down)  # from the search into the list: the first citizen
    assert focus() is window.register.table
    window.overview.tabs.setCurrentIndex(window.overview.TAB_MEETINGS)
    editor = window.overview.meetings.editor
    qtbot.waitUntil(lambda: editor.meeting is not None and editor.isVisible())
    return editor


# -- no keyboard trap in the register ------------------------------------------------------
def test_tab_shift_tab_and_ctrl_tab_leave_the_register_without_opening_anyone(laptop, demo_db):
    table = laptop.register.table
    press(Qt.Key.Key_Down)
    chosen = laptop.register.current_citizen_id()
    assert focus() is table and chosen is not None
    seen = views(demo_db)
    for key, modifier in (
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Backtab, SHIFT),
        (Qt.Key.Key_Tab, CTRL),
        (Qt.Key.Key_Backtab, CTRL | SHIFT),
    ):
        table.setFocus()
        press(key, modifier)
        assert focus() is not table, (key, modifier)
        assert laptop.register.current_citizen_id() == chosen
    assert views(demo_db) == seen  # nobody else's record came on screen


def test_arrows_move_inside_the_register(laptop):
    press(Qt.Key.Key_Down)
    first = laptop.register.current_citizen_id()
    press(Qt.Key.Key_Down)
    assert focus() is laptop.register.table
    assert laptop.register.current_citizen_id() not in (None, first)
    press(Qt.Key.Key_Up)
    assert laptop.register.current_citizen_id() == first


def test_tabbing_through_an_empty_choice_opens_nobody(laptop, demo_db):
    assert laptop.register.current_citizen_id() is None
    seen = views(demo_db)
    for _ in range(12):  # round the window and back through the register
        press(Qt.Key.Key_Tab)
        assert laptop.register.current_citizen_id() is None
    press(Qt.Key.Key_Backtab, SHIFT)
    assert laptop.register.current_citizen_id() is None
    assert views(demo_db) == seen


# -- tab order on the meeting screen ------------------------------------------------------
def test_tab_order_on_the_meeting_screen_follows_the_layout(laptop, qtbot):
    editor = open_meeting(laptop, qtbot)
    page = laptop.overview.meetings
    panel = editor.panels[next(iter(editor.panels))]
    page.new_button.setFocus()
    order = [focus()]
    for _ in range(13):
        press(Qt.Key.Key_Tab)
        order.append(focus())
    expected = [
        page.new_button,
        page.list,
        page.delete_button,
        editor.date,
        editor.kind,
        editor.participants,
        editor.tabs.tabBar(),
        panel.guide_toggle,
        panel.citizen_score,
        panel.declined,
        panel.worker_score,
        panel.shared_note,
        panel.private_toggle,
    ]
    assert order[: len(expected)] == expected
    assert order[len(expected)] is laptop.register.search  # round to the start, not "Ny borger"
    press(Qt.Key.Key_Backtab, SHIFT)
    assert focus() is panel.private_toggle


def test_tab_from_the_notes_goes_on_in_the_meeting(laptop, qtbot):
    editor = open_meeting(laptop, qtbot)
    panel = editor.panels[next(iter(editor.panels))]
    panel.shared_note.setFocus()
    press(Qt.Key.Key_Tab)
    assert focus() is panel.private_toggle
    press(Qt.Key.Key_Space)  # show the private note: it takes the focus
    assert focus() is panel.private_note
    press(Qt.Key.Key_Tab)
    assert focus() is not laptop.register.new_button


# -- Delete in a score ---------------------------------------------------------------------
def test_delete_in_a_score_clears_it_and_asks_nothing(laptop, demo_db, qtbot, monkeypatch):
    from ui.dialogs.confirm import ConfirmDialog

    asked = []
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a: asked.append(a)))
    editor = open_meeting(laptop, qtbot)
    panel = editor.panels["motivation"]
    panel.worker_score.setFocus()
    press(Qt.Key.Key_7)
    assert scores_for(demo_db, editor.meeting.id)["motivation"].worker_score == 7
    press(Qt.Key.Key_Delete)
    assert asked == []
    assert panel.worker_score.value() is None
    assert scores_for(demo_db, editor.meeting.id)["motivation"].worker_score is None
    assert laptop.register.current_citizen_id() is not None  # nobody archived


def test_delete_archives_only_from_the_register(laptop, monkeypatch):
    from ui.dialogs.confirm import ConfirmDialog

    asked = []
    monkeypatch.setattr(
        ConfirmDialog, "ask", classmethod(lambda cls, parent, title, *a: asked.append(title))
    )
    press(Qt.Key.Key_Down)
    laptop.overview.tabs.setCurrentIndex(laptop.overview.TAB_MEETINGS)
    laptop.overview.meetings.list.setFocus()
    press(Qt.Key.Key_Delete)
    assert asked == []
    laptop.register.search.setFocus()
    type_text("a")
    press(Qt.Key.Key_Delete)  # deletes in the search text
    assert asked == []
    laptop.register.table.setFocus()
    press(Qt.Key.Key_Delete)
    assert asked == ["Arkivér borger"]


# -- Ctrl+L from anywhere ------------------------------------------------------------------
def test_ctrl_l_locks_from_the_citizen_form_and_keeps_what_was_typed(laptop, secret, qtbot):
    press(Qt.Key.Key_N, CTRL)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: focus() is dialog.name)
    type_text("Halvt skrevet")
    press(Qt.Key.Key_L, CTRL)
    assert laptop.is_locked()
    assert not dialog.isVisible() and not laptop.register.isVisible()
    qtbot.waitUntil(lambda: focus() is laptop.lock_screen.password)
    type_text(secret)
    press(Qt.Key.Key_Return)
    assert not laptop.is_locked()
    assert dialog.isVisible() and dialog.name.text() == "Halvt skrevet"
    dialog.reject()


def test_ctrl_l_locks_from_the_print_preview(laptop, secret, qtbot):
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_P, CTRL)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: focus() is not None and focus().window() is dialog)
    press(Qt.Key.Key_L, CTRL)
    assert laptop.is_locked() and not dialog.isVisible()
    qtbot.waitUntil(lambda: focus() is laptop.lock_screen.password)
    type_text(secret)
    press(Qt.Key.Key_Return)
    assert not laptop.is_locked() and dialog.isVisible()
    dialog.close()


@pytest.mark.real_dialogs
def test_ctrl_l_locks_over_a_question_and_asks_it_again(laptop, demo_db, secret, qtbot):
    """The confirmation is hidden while locked and asked again after: no answer is guessed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    press(Qt.Key.Key_Down)
    chosen = laptop.register.current_citizen_id()
    steps = []

    def lock_over_the_question():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, lock_over_the_question)
            return
        steps.append(box.windowTitle())
        key_to_window(Qt.Key.Key_L, CTRL, box)
        steps.append(("locked", laptop.is_locked(), box.isVisible()))
        laptop.lock_screen.password.setText(secret)
        QTimer.singleShot(0, lambda: QTest.keyClick(laptop.lock_screen.password, Qt.Key.Key_Return))
        QTimer.singleShot(20, answer_again)

    def answer_again():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_again)
            return
        steps.append(("asked again", laptop.is_locked()))
        box.buttons()[0].click()  # "Arkivér"

    QTimer.singleShot(0, lock_over_the_question)
    press(Qt.Key.Key_Delete)
    assert steps == ["Arkivér borger", ("locked", True, False), ("asked again", False)]
    from progressionsdialog.storage.citizens import get_citizen

    assert get_citizen(demo_db, chosen).archived


def test_the_idle_lock_comes_while_a_dialog_is_open(laptop, secret, qtbot):
    press(Qt.Key.Key_N, CTRL)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: focus() is dialog.name)
    type_text("Skrevet før pausen")
    laptop.idle.timer.setInterval(30)
    laptop.idle.timer.start()
    qtbot.waitUntil(laptop.is_locked, timeout=2000)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: focus() is laptop.lock_screen.password)
    type_text(secret)
    press(Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.name.text() == "Skrevet før pausen"
    dialog.reject()


def test_keys_do_nothing_behind_the_lock(laptop, demo_db):
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_L, CTRL)
    assert laptop.is_locked()
    for key, modifier in (
        (Qt.Key.Key_E, CTRL),
        (Qt.Key.Key_N, CTRL),
        (Qt.Key.Key_M, CTRL),
        (Qt.Key.Key_P, CTRL),
        (Qt.Key.Key_F9, Qt.KeyboardModifier.NoModifier),
    ):
        press(key, modifier)
        assert QApplication.activeModalWidget() is None, key
        assert laptop.is_locked() and laptop.menu.register_action.isChecked()
        assert not laptop.register.isVisible()


# -- Ctrl+Q --------------------------------------------------------------------------------
def test_ctrl_q_quits_and_saves_what_was_typed(laptop, demo_db, qtbot):
    editor = open_meeting(laptop, qtbot)
    meeting_id = editor.meeting.id
    editor.participants.setFocus()
    editor.participants.selectAll()
    type_text("Borger og mentor")
    press(Qt.Key.Key_Q, CTRL)
    assert not laptop.isVisible()
    assert get_meeting(demo_db, meeting_id).participants == "Borger og mentor"


# -- typing a date -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "typed", ["26082026", "26-08-2026", "26.8.26", "26.08.2026", "26/8/2026", "26 8 26"]
)
def test_a_meeting_date_is_typed_as_people_type_it(laptop, demo_db, qtbot, typed):
    editor = open_meeting(laptop, qtbot)
    meeting_id = editor.meeting.id
    editor.participants.setFocus()
    press(Qt.Key.Key_Backtab, SHIFT)  # Shift+Tab into the date, as a person would
    while focus() is not editor.date and isinstance(focus(), QWidget):
        press(Qt.Key.Key_Backtab, SHIFT)
    assert focus() is editor.date
    type_text(typed)
    press(Qt.Key.Key_Tab)
    assert get_meeting(demo_db, meeting_id).held_on == date(2026, 8, 26)
    assert editor.date.text() == "26-08-2026"
    assert editor.date_error.isHidden()


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("31-02-2026", "ikke en rigtig dato"),
        ("2608202", "Skriv datoen"),
        ("i går", "Skriv datoen"),
    ],
)
def test_a_wrong_meeting_date_is_named_and_not_saved(laptop, demo_db, qtbot, typed, message):
    editor = open_meeting(laptop, qtbot)
    before = get_meeting(demo_db, editor.meeting.id).held_on
    editor.date.setFocus()
    editor.date.selectAll()
    type_text(typed)
    press(Qt.Key.Key_Tab)
    assert get_meeting(demo_db, editor.meeting.id).held_on == before
    assert message in editor.date_error.text() and editor.date_error.isVisible()
    assert editor.date.text() == typed  # what was typed stays, to be corrected
    assert isinstance(editor.date, QLineEdit)


# -- menu mnemonics ------------------------------------------------------------------------
def _mnemonic(text: str) -> str | None:
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if at >= 0 and at + 1 < len(plain) else None


def test_every_menu_item_has_its_own_letter(laptop):
    bar = laptop.menuBar()
    menus = [action.menu() for action in bar.actions()]
    groups = {"menu bar": [action.text() for action in bar.actions()]}
    for menu in menus:
        groups[menu.title()] = [a.text() for a in menu.actions() if not a.isSeparator()]
    laptop.menu.show_citizen(1, archived=True)  # "Genskab borger" in place of "Arkivér"
    citizen_menu = menus[2]
    groups["archived"] = [a.text() for a in citizen_menu.actions() if not a.isSeparator()]
    for where, texts in groups.items():
        letters = [_mnemonic(text) for text in texts]
        assert None not in letters, (where, texts)
        assert len(set(letters)) == len(letters), (where, texts)


def test_ctrl_l_locks_from_an_open_menu_and_a_calendar(laptop, qtbot):
    from PySide6.QtWidgets import QMenu

    press(Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu.isVisible()
    key_to_window(Qt.Key.Key_L, CTRL)  # to the open menu
    assert laptop.is_locked() and not menu.isVisible()
    QTest.mouseClick(laptop.lock_screen.button, Qt.MouseButton.LeftButton)  # demo: no password
    editor = open_meeting(laptop, qtbot)
    editor.date.setFocus()
    press(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = QApplication.activePopupWidget()
    assert calendar is not None and calendar.isVisible()
    key_to_window(Qt.Key.Key_L, CTRL)  # to the open calendar
    assert laptop.is_locked() and not calendar.isVisible()
