""" "På kontanthjælp siden" in the citizen form (issue 14): saved with the citizen, shown when
the citizen is edited again, and a date in the future or before birth refused next to the
field with everything typed kept and nothing saved."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from progressionsdialog import clock
from progressionsdialog.domain.dates import format_date
from progressionsdialog.storage.citizens import list_citizens
from progressionsdialog.storage.projects import benefit_start


def _save(qtbot, dialog) -> None:
    save = dialog.buttons.buttons()[0]
    assert save.text() == "Gem"
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def _retype(qtbot, field, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def test_a_benefit_start_in_the_future_or_before_birth_is_refused_and_nothing_lost(
    window, db, qtbot, citizen_form
):
    window.resize(1366, 768)
    dialog = citizen_form(window)
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


def test_the_benefit_start_is_shown_when_editing_and_kept_when_untouched(
    window, db, qtbot, citizen_form
):
    dialog = citizen_form(window)
    qtbot.keyClicks(dialog.name, "Bo Holm")
    qtbot.keyClicks(dialog.benefit, "01-02-2023")
    with qtbot.waitSignal(dialog.saved):
        _save(qtbot, dialog)
    [bo] = list_citizens(db)
    edit = citizen_form(window, "Bo Holm")
    assert edit.benefit.text() == "01-02-2023"
    _retype(qtbot, edit.phone, "20304050")
    with qtbot.waitSignal(edit.saved):
        _save(qtbot, edit)
    assert benefit_start(db, bo.id) == date(2023, 2, 1)
    again = citizen_form(window, "Bo Holm")
    _retype(qtbot, again.benefit, "01-02-2022")
    with qtbot.waitSignal(again.saved):
        _save(qtbot, again)
    assert benefit_start(db, bo.id) == date(2022, 2, 1)


def test_a_wrong_date_text_is_named_and_the_citizen_not_saved(window, db, qtbot, citizen_form):
    dialog = citizen_form(window)
    qtbot.keyClicks(dialog.name, "Carl Dahl")
    qtbot.keyClicks(dialog.benefit, "31-02-2024")
    _save(qtbot, dialog)
    assert "ikke en rigtig dato" in dialog.errors["benefit_started_on"].text()
    assert list_citizens(db) == [] and dialog.name.text() == "Carl Dahl"
