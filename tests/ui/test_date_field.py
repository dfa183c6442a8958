"""The date field: typed as people type dates, ↑/↓ a day, a calendar by Alt+↓ (issue 12)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from ui.widgets.date_field import DateField


@pytest.fixture
def field(qtbot):
    made = DateField(date(2026, 3, 7))
    qtbot.addWidget(made)
    made.show()
    made.setFocus()
    changes, problems = [], []
    made.dateChanged.connect(changes.append)
    made.problem.connect(problems.append)
    made.changes, made.problems = changes, problems
    return made


def retype(qtbot, field, text):
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_typed_without_separators_it_is_read_and_shown_the_danish_way(field, qtbot):
    assert field.text() == "07-03-2026"
    retype(qtbot, field, "26082026")
    assert field.text() == "26-08-2026" and field.date() == date(2026, 8, 26)
    assert field.changes == [date(2026, 8, 26)]


def test_a_wrong_date_is_named_kept_on_screen_and_not_taken(field, qtbot):
    retype(qtbot, field, "31-02-2026")
    assert field.text() == "31-02-2026"
    assert field.date() == date(2026, 3, 7)  # the last good one
    assert field.changes == [] and "ikke en rigtig dato" in field.problems[-1]
    assert field.property("invalid") is True and not field.is_valid()
    retype(qtbot, field, "1.4.26")
    assert field.problems[-1] is None and field.changes == [date(2026, 4, 1)]


def test_the_same_date_again_is_no_change(field, qtbot):
    retype(qtbot, field, "7.3.2026")
    assert field.changes == [] and field.text() == "07-03-2026"


def test_up_and_down_move_a_day(field, qtbot):
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.date() == date(2026, 3, 8)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.text() == "06-03-2026" and field.changes[-1] == date(2026, 3, 6)


def test_alt_down_opens_a_calendar_and_enter_picks(field, qtbot):
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.show_calendar()
    assert calendar.isVisible() and calendar.selectedDate() == QDate(2026, 3, 7)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert field.date() == date(2026, 3, 8) and field.text() == "08-03-2026"


def test_a_read_only_field_changes_nothing(field, qtbot):
    field.setReadOnly(True)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.show_calendar() is None
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.date() == date(2026, 3, 7) and field.changes == []


def test_a_birth_date_typed_short_in_the_citizen_form(window, db, qtbot):
    from PySide6.QtWidgets import QApplication, QDialog

    from progressionsdialog.storage.citizens import get_citizen

    window.resize(1366, 768)
    window.activateWindow()
    window.register.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.register.search)
    qtbot.keyClick(window.register.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.keyClicks(dialog.name, "Kort Dato")  # the focus starts in the name
    qtbot.mouseClick(dialog.birth, Qt.MouseButton.LeftButton, pos=dialog.birth.rect().center())
    qtbot.keyClicks(dialog.birth, "12.3.94")
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton, pos=save.rect().center())
    assert not dialog.isVisible()
    citizen = get_citizen(db, window.register.current_citizen_id())
    assert citizen.name == "Kort Dato" and citizen.birth_date == date(1994, 3, 12)
