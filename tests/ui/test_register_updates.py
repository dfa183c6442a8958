"""After a save the register brings one row up to date, never the whole list (issue 16).

A full reload read and sorted every citizen again (half a second with 10,000) and lost the
list's scroll position; these tests fail if a save resets the model, and check that the row
shows the change, sits at its Danish-sorted place, and keeps the citizen chosen.
"""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.storage.citizens import (
    add_citizen,
    archive_citizen,
    get_citizen,
    list_register,
)
from progressionsdialog.storage.register_row import register_row
from ui.dialogs.citizen_form import CitizenFormDialog
from ui.dialogs.confirm import ConfirmDialog
from ui.models.citizen_table_model import CitizenTableModel

CTRL = Qt.KeyboardModifier.ControlModifier
NAMES = ["Anna Berg", "Bent Åge Kristiansen", "Camilla Holm", "Øster Ågård", "Åse Dal"]


@pytest.fixture
def laptop(window, db, qtbot):
    """The window at 1366×768 with five citizens, the list loaded once."""
    for name in NAMES:
        add_citizen(db, CitizenDraft(name=name, birth_or_cpr="01-02-1980"))
    window.resize(1366, 768)
    window.reload()
    window.activateWindow()
    return window


class Resets:
    """Counts the register model's resets (a reset is a full reload of the list)."""

    def __init__(self, model) -> None:
        self.count = 0
        model.modelReset.connect(self._reset)

    def _reset(self) -> None:
        self.count += 1


def shown(window) -> list[str]:
    model = window.register.model
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    return [name.removeprefix("⚑ ") for name in names]


def citizen_id(db, name: str) -> int:
    return next(s.citizen.id for s in list_register(db) if s.citizen.name == name)


def open_form(window, qtbot) -> CitizenFormDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(CitizenFormDialog)))
    return next(d for d in window.findChildren(CitizenFormDialog) if d.isVisible())


def test_saving_the_form_updates_the_row_without_reloading_the_register(laptop, db, qtbot):
    register = laptop.register
    anna = citizen_id(db, "Anna Berg")
    register.select_citizen(anna)
    register.table.setFocus()
    resets = Resets(register.model)

    QTest.keyClick(register.table, Qt.Key.Key_E, CTRL)  # Rediger borger
    form = open_form(laptop, qtbot)
    qtbot.waitUntil(form.name.hasFocus)
    form.name.selectAll()
    QTest.keyClicks(form.name, "Zenia Berg")
    with qtbot.waitSignal(form.saved):
        QTest.keyClick(form.name, Qt.Key.Key_Return)

    assert get_citizen(db, anna).name == "Zenia Berg"
    assert resets.count == 0
    assert shown(laptop) == [  # at its new place, the Danish way: Æ, Ø, Å after Z
        "Bent Åge Kristiansen",
        "Camilla Holm",
        "Zenia Berg",
        "Øster Ågård",
        "Åse Dal",
    ]
    assert register.current_citizen_id() == anna
    assert register.table.selectionModel().isRowSelected(register.model.row_of(anna))
    assert laptop.overview.name_label.text() == "Zenia Berg"

    laptop.menu.undo_action.trigger()  # Ctrl+Z: the row goes back, still no reload
    assert shown(laptop)[0] == "Anna Berg"
    assert register.current_citizen_id() == anna
    assert resets.count == 0


def test_archiving_removes_the_row_and_undo_brings_it_back_without_a_reload(
    laptop, db, monkeypatch
):
    register = laptop.register
    camilla = citizen_id(db, "Camilla Holm")
    register.select_citizen(camilla)
    resets = Resets(register.model)
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda *a: True))

    laptop.menu.archive_action.trigger()
    assert "Camilla Holm" not in shown(laptop)
    assert register.current_citizen_id() is None  # nobody else is shown in their place
    assert laptop.overview.stack.currentIndex() == 0
    assert register.count_label.text() == "4 borgere"

    laptop.menu.undo_action.trigger()
    assert "Camilla Holm" in shown(laptop)
    assert register.current_citizen_id() == camilla
    assert register.count_label.text() == "5 borgere"
    assert resets.count == 0


def test_a_new_meeting_updates_the_rows_latest_meeting_and_flags(laptop, db):
    register = laptop.register
    bent = citizen_id(db, "Bent Åge Kristiansen")
    register.select_citizen(bent)
    resets = Resets(register.model)
    model = register.model
    column = CitizenTableModel.COL_LAST_MEETING
    assert model.data(model.index(model.row_of(bent), column)) == ""

    laptop.new_meeting()

    assert model.data(model.index(model.row_of(bent), column)) == clock.today().strftime("%d-%m-%Y")
    tooltip = model.data(model.index(model.row_of(bent), 0), Qt.ItemDataRole.ToolTipRole)
    assert "Det er længe siden sidste samtale." not in tooltip
    assert resets.count == 0


def test_a_new_citizen_gets_a_row_at_its_place_chosen(laptop, db, qtbot):
    register = laptop.register
    resets = Resets(register.model)
    QTest.keyClick(register.search, Qt.Key.Key_N, CTRL)  # Ny borger
    form = open_form(laptop, qtbot)
    qtbot.waitUntil(form.name.hasFocus)
    QTest.keyClicks(form.name, "Bodil Krogh")
    with qtbot.waitSignal(form.saved):
        QTest.keyClick(form.name, Qt.Key.Key_Return)
    assert shown(laptop)[:3] == ["Anna Berg", "Bent Åge Kristiansen", "Bodil Krogh"]
    assert register.current_citizen_id() == citizen_id(db, "Bodil Krogh")
    assert register.count_label.text() == "6 borgere"
    assert resets.count == 0


def test_erasing_removes_the_row_without_a_reload(laptop, db, monkeypatch):
    from ui.dialogs.erase_dialog import EraseDialog

    register = laptop.register
    aase = citizen_id(db, "Åse Dal")
    register.select_citizen(aase)
    resets = Resets(register.model)
    monkeypatch.setattr(EraseDialog, "ask_name", classmethod(lambda cls, parent, name: name))
    assert laptop.rights.erase_citizen(aase)
    assert "Åse Dal" not in shown(laptop)
    assert register.current_citizen_id() is None
    assert register.count_label.text() == "4 borgere"
    assert resets.count == 0


def test_a_search_keystroke_does_not_show_the_chosen_citizen_again(laptop, db, qtbot):
    """Each keystroke found the chosen citizen again and reloaded their screens."""
    register = laptop.register
    anna = citizen_id(db, "Anna Berg")
    register.select_citizen(anna)
    announced = []
    register.selection_changed.connect(announced.append)
    register.search.setFocus()
    QTest.keyClicks(register.search, "ann")
    QTest.keyClick(register.search, Qt.Key.Key_Backspace)
    assert register.current_citizen_id() == anna
    assert announced == []
    QTest.keyClicks(register.search, "zz")  # nobody matches: now it says so, once
    assert announced == [None]


@pytest.mark.parametrize("column", range(5))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_row_updates_give_the_list_a_full_reload_would(db, qtmodeltester, column, order):
    """Random edits, archivings, new citizens and erasures, one row at a time, under a search
    and either sort order: the rows equal those of a model loaded afresh."""
    rng = random.Random(column * 2 + (order == Qt.SortOrder.DescendingOrder))
    for i in range(30):
        add_citizen(db, CitizenDraft(name=f"{rng.choice(NAMES)} {i}", birth_or_cpr="01-02-1980"))
    for summary in rng.sample(list_register(db), 5):
        archive_citizen(db, summary.citizen.id)
    model = CitizenTableModel()
    model.sort(column, order)
    model.set_query("a")
    model.set_citizens(list_register(db))
    qtmodeltester.check(model)
    summaries = list_register(db)
    show_archived = False
    for step in range(60):
        summary = rng.choice(summaries)
        roll = rng.random()
        if roll < 0.1:
            model.remove_citizen(summary.citizen.id)
            summaries.remove(summary)
            continue
        if roll < 0.2:
            new = add_citizen(db, CitizenDraft(name=f"{rng.choice(NAMES)} ny {step}"))
            summary = register_row(db, new.id)
            summaries.append(summary)
        else:
            citizen = replace(
                summary.citizen,
                name=f"{rng.choice(NAMES)} e{step}",
                archived_at=None if rng.random() < 0.7 else summary.citizen.created_at,
            )
            summary = replace(summary, citizen=citizen)
            summaries[summaries.index(next(s for s in summaries if s.citizen.id == citizen.id))] = (
                summary
            )
        model.put_citizen(summary)
        if step % 20 == 0:
            show_archived = not show_archived
            model.set_show_archived(show_archived)
    fresh = CitizenTableModel()
    fresh.sort(column, order)
    fresh.set_query("a")
    fresh.set_show_archived(show_archived)
    fresh.set_citizens(summaries)

    def rows(m):
        return [m.data(m.index(r, 0)) for r in range(m.rowCount())]

    assert rows(model) == rows(fresh)
    assert model.total_count() == fresh.total_count()
