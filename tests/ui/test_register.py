"""The register driven as a caseworker drives it: typing, clicking, keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.storage.citizens import (
    add_citizen,
    archive_citizen,
    get_citizen,
    list_citizens,
)
from ui.dialogs.confirm import ConfirmDialog
from ui.models.citizen_table_model import CitizenTableModel
from ui.screens.register import RegisterScreen


def fill(db):
    ids = {}
    for name, born in [
        ("Anna Berg", "12-03-1994"),
        ("Bent Åge Kristiansen", "010168-1234"),
        ("Nguyễn Thị Lan", ""),
        ("Øster Ågård", "05-11-1980"),
    ]:
        ids[name] = add_citizen(db, CitizenDraft(name=name, birth_or_cpr=born)).id
    ids["Bo Arkiv"] = add_citizen(db, CitizenDraft(name="Bo Arkiv")).id
    archive_citizen(db, ids["Bo Arkiv"])
    return ids


def visible_names(window):
    """The names as shown, without the follow-up flag (tested on its own below)."""
    model = window.register.model
    shown = [
        model.data(model.index(r, CitizenTableModel.COL_NAME)) for r in range(model.rowCount())
    ]
    return [name.removeprefix("⚑ ") for name in shown]


def test_model_passes_qt_model_tester(qtmodeltester, db):
    fill(db)
    from progressionsdialog.storage.citizens import list_register

    model = CitizenTableModel()
    model.set_citizens(list_register(db))
    qtmodeltester.check(model)
    model.set_query("an")
    qtmodeltester.check(model)


def test_list_is_sorted_the_danish_way_and_hides_archived(window, db):
    fill(db)
    window.reload()
    assert visible_names(window) == [
        "Anna Berg",
        "Bent Åge Kristiansen",
        "Nguyễn Thị Lan",
        "Øster Ågård",
    ]
    window.register.show_archived.click()
    assert "Bo Arkiv (arkiveret)" in visible_names(window)


def test_search_as_you_type_by_part_of_name_and_by_birth_date(window, db, qtbot):
    fill(db)
    window.reload()
    search = window.register.search
    qtbot.keyClicks(search, "ågå")
    assert visible_names(window) == ["Øster Ågård"]
    search.clear()
    qtbot.keyClicks(search, "nguyen")  # without the accents
    assert visible_names(window) == ["Nguyễn Thị Lan"]
    search.clear()
    qtbot.keyClicks(search, "12-03-1994")
    assert visible_names(window) == ["Anna Berg"]
    search.clear()
    qtbot.keyClicks(search, "1968")
    assert visible_names(window) == ["Bent Åge Kristiansen"]
    search.clear()
    qtbot.keyClicks(search, "zzz")
    assert visible_names(window) == []
    assert window.register.empty_label.isVisibleTo(window)
    assert "Ingen borgere" in window.register.empty_label.text()


def test_choosing_a_citizen_shows_the_overview(window, db, qtbot):
    ids = fill(db)
    window.reload()
    assert window.register.select_citizen(ids["Anna Berg"])
    assert window.overview.name_label.text() == "Anna Berg"
    assert "12-03-1994" in window.overview.facts_label.text()


def test_create_a_citizen_through_the_form(window, db, qtbot, citizen_form):
    dialog = citizen_form(window)
    # QTest types Latin-1 only; Arabic and emoji come in as an input method would insert them.
    dialog.name.insert("أمينة حسن 😀")
    qtbot.keyClicks(dialog.birth, "120394-1234")
    qtbot.keyClicks(dialog.phone, "20 30 40 50")
    qtbot.keyClicks(dialog.caseworker.lineEdit(), "Mette Lund")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    [citizen] = list_citizens(db)
    assert citizen.name == "أمينة حسن 😀"
    assert str(citizen.cpr) == "120394-1234"
    assert citizen.caseworker_name == "Mette Lund"
    assert window.register.current_citizen_id() == citizen.id


def test_invalid_form_shows_danish_messages_and_loses_nothing(window, db, qtbot, citizen_form):
    dialog = citizen_form(window)
    qtbot.keyClicks(dialog.name, "   ")
    qtbot.keyClicks(dialog.birth, "310299-1234")
    qtbot.keyClicks(dialog.email, "lan@eksempel.dk")
    dialog.try_save()
    assert dialog.isVisible()
    assert dialog.errors["name"].text() == "⚠ Navnet må ikke være tomt."
    assert "ikke en rigtig dato" in dialog.errors["birth"].text()
    assert dialog.errors["email"].isHidden()
    assert dialog.birth.text() == "310299-1234"
    assert dialog.email.text() == "lan@eksempel.dk"
    assert list_citizens(db) == []
    # Fixing the fields clears the messages as you type, and then it saves.
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Lan")
    assert dialog.errors["name"].isHidden()
    dialog.birth.clear()
    qtbot.keyClicks(dialog.birth, "28-02-1999")
    with qtbot.waitSignal(dialog.saved):
        dialog.try_save()
    assert [c.name for c in list_citizens(db)] == ["Lan"]


def test_overlong_name_is_explained_not_cut(window, qtbot, citizen_form):
    dialog = citizen_form(window)
    dialog.name.setText("N" * 500)
    dialog.try_save()
    assert "500 tegn" in dialog.errors["name"].text()
    assert len(dialog.name.text()) == 500
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_edit_then_undo(window, db, qtbot):
    ids = fill(db)
    window.reload()
    dialog = window.editing.edit_citizen(ids["Anna Berg"])
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Anna Berg Holm")
    with qtbot.waitSignal(dialog.saved):
        dialog.try_save()
    assert get_citizen(db, ids["Anna Berg"]).name == "Anna Berg Holm"
    window.menu.undo_action.trigger()
    assert get_citizen(db, ids["Anna Berg"]).name == "Anna Berg"
    window.menu.redo_action.trigger()
    assert get_citizen(db, ids["Anna Berg"]).name == "Anna Berg Holm"


def test_archive_asks_first_and_can_be_undone(window, db, qtbot, monkeypatch):
    ids = fill(db)
    window.reload()
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda *a: False))
    assert window.editing.archive_citizen(ids["Anna Berg"]) is False
    assert not get_citizen(db, ids["Anna Berg"]).archived

    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda *a: True))
    window.register.select_citizen(ids["Anna Berg"])
    window.menu.archive_action.trigger()
    assert get_citizen(db, ids["Anna Berg"]).archived
    assert "Anna Berg" not in visible_names(window)
    window.menu.undo_action.trigger()
    assert not get_citizen(db, ids["Anna Berg"]).archived
    assert "Anna Berg" in visible_names(window)


def test_restore_from_the_archived_view(window, db):
    ids = fill(db)
    window.reload()
    window.register.show_archived.setChecked(True)
    window.register.select_citizen(ids["Bo Arkiv"])
    assert window.overview.archive_button.text() == "Genskab"
    assert window.overview.archived_banner.isVisibleTo(window)
    window.overview.archive_button.click()
    assert not get_citizen(db, ids["Bo Arkiv"]).archived


def test_keyboard_only_find_and_open(window, db, qtbot, monkeypatch):
    ids = fill(db)
    window.reload()
    opened = []
    monkeypatch.setattr(window.editing, "edit_citizen", lambda cid: opened.append(cid))
    window.register.edit_requested.disconnect()
    window.register.edit_requested.connect(window.editing.edit_citizen)
    window.register.focus_search()
    qtbot.keyClicks(window.register.search, "bent")
    qtbot.keyClick(window.register.search, Qt.Key.Key_Down)
    assert window.register.table.hasFocus()
    assert window.register.current_citizen_id() == ids["Bent Åge Kristiansen"]
    qtbot.keyClick(window.register.table, Qt.Key.Key_Return)
    assert opened == [ids["Bent Åge Kristiansen"]]


def test_register_screen_alone_keeps_selection_across_search(qtbot, db):
    ids = fill(db)
    from progressionsdialog.storage.citizens import list_register

    screen = RegisterScreen()
    qtbot.addWidget(screen)
    screen.set_citizens(list_register(db))
    screen.select_citizen(ids["Anna Berg"])
    qtbot.keyClicks(screen.search, "ann")
    assert screen.current_citizen_id() == ids["Anna Berg"]
    with qtbot.waitSignal(screen.selection_changed) as blocker:
        screen.search.setText("zz")
    assert blocker.args == [None]


def test_citizens_needing_follow_up_are_flagged_with_their_reasons(window, db):
    from datetime import timedelta

    from progressionsdialog.domain.plan import Appointment
    from progressionsdialog.storage.appointments import book_next_meeting
    from progressionsdialog.storage.meetings import add_meeting

    ids = fill(db)
    add_meeting(db, ids["Anna Berg"], clock.today())
    book_next_meeting(db, Appointment(None, ids["Anna Berg"], clock.now() + timedelta(days=7)))
    window.reload()
    model = window.register.model
    rows = {model.data(model.index(r, 0), model.CitizenIdRole): r for r in range(model.rowCount())}
    anna = model.index(rows[ids["Anna Berg"]], 0)
    bent = model.index(rows[ids["Bent Åge Kristiansen"]], 0)
    assert model.data(anna) == "Anna Berg"
    assert model.data(bent).startswith("⚑ ")
    tooltip = model.data(bent, Qt.ItemDataRole.ToolTipRole)
    assert "Næste samtale er ikke booket." in tooltip
    assert "Det er længe siden sidste samtale." not in tooltip  # Bent has never had one
