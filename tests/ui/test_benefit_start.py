""" "På kontanthjælp siden" in the citizen form (issue 14): saved with the citizen, shown when
the citizen is edited again, and a date in the future or before birth refused next to the
field with everything typed kept and nothing saved."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from progressionsdialog import clock
from progressionsdialog.domain.dates import format_date
from progressionsdialog.storage.citizens import list_citizens
from progressionsdialog.storage.projects import benefit_start


def _form(qtbot):
    """The citizen form the key just opened (it opens window-modal, without blocking)."""
    from ui.dialogs.citizen_form import CitizenFormDialog

    def shown():
        modal = QApplication.activeModalWidget()
        return modal if isinstance(modal, CitizenFormDialog) and modal.isVisible() else None

    qtbot.waitUntil(lambda: shown() is not None)
    return shown()


def _new_citizen(window, qtbot):
    """Ctrl+N, as the worker presses it in the register."""
    window.activateWindow()
    window.register.search.setFocus()
    QTest.keyClick(window.register.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    return _form(qtbot)


def _edit_citizen(window, qtbot, name: str):
    """Find the citizen by typing, then Ctrl+E."""
    window.register.search.setFocus()
    window.register.search.clear()
    QTest.keyClicks(window.register.search, name)
    QTest.keyClick(window.register.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.overview.name_label.text().startswith(name))
    QTest.keyClick(window.register.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    return _form(qtbot)


def _save(qtbot, dialog) -> None:
    save = dialog.buttons.buttons()[0]
    assert save.text() == "Gem"
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def _retype(qtbot, field, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def test_a_benefit_start_in_the_future_or_before_birth_is_refused_and_nothing_lost(
    window, db, qtbot
):
    window.resize(1366, 768)
    dialog = _new_citizen(window, qtbot)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Anna Berg")
    qtbot.keyClicks(dialog.birth, "01-05-1980")
    qtbot.keyClicks(dialog.phone, "20 30 40 50")
    future = format_date(clock.today() + timedelta(days=1))
    qtbot.keyClicks(dialog.benefit, future)
    _save(qtbot, dialog)
    message = dialog.errors["benefit_started_on"]
    assert dialog.isVisible() and message.isVisible()
    assert "i fremtiden" in message.text()
    assert list_citizens(db) == []
    assert (dialog.name.text(), dialog.phone.text(), dialog.benefit.text()) == (
        "Anna Berg",
        "20 30 40 50",
        future,
    )
    _retype(qtbot, dialog.benefit, "30-04-1980")
    assert "før borgerens fødselsdato (01-05-1980)" in message.text()  # said while typing
    _save(qtbot, dialog)
    assert list_citizens(db) == [] and dialog.isVisible()
    _retype(qtbot, dialog.benefit, "15-03-2024")
    assert message.isHidden()
    with qtbot.waitSignal(dialog.saved):
        _save(qtbot, dialog)
    [anna] = list_citizens(db)
    assert benefit_start(db, anna.id) == date(2024, 3, 15)


def test_the_benefit_start_is_shown_when_editing_and_kept_when_untouched(window, db, qtbot):
    dialog = _new_citizen(window, qtbot)
    qtbot.keyClicks(dialog.name, "Bo Holm")
    qtbot.keyClicks(dialog.benefit, "01-02-2023")
    with qtbot.waitSignal(dialog.saved):
        _save(qtbot, dialog)
    [bo] = list_citizens(db)
    edit = _edit_citizen(window, qtbot, "Bo Holm")
    assert edit.benefit.text() == "01-02-2023"
    _retype(qtbot, edit.phone, "20304050")
    with qtbot.waitSignal(edit.saved):
        _save(qtbot, edit)
    assert benefit_start(db, bo.id) == date(2023, 2, 1)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    again = _edit_citizen(window, qtbot, "Bo Holm")
    _retype(qtbot, again.benefit, "01-02-2022")
    with qtbot.waitSignal(again.saved):
        _save(qtbot, again)
    assert benefit_start(db, bo.id) == date(2022, 2, 1)


def test_a_wrong_date_text_is_named_and_the_citizen_not_saved(window, db, qtbot):
    dialog = _new_citizen(window, qtbot)
    qtbot.keyClicks(dialog.name, "Carl Dahl")
    qtbot.keyClicks(dialog.benefit, "31-02-2024")
    _save(qtbot, dialog)
    assert "ikke en rigtig dato" in dialog.errors["benefit_started_on"].text()
    assert list_citizens(db) == [] and dialog.name.text() == "Carl Dahl"
