"""Audit log, export and erasure from the program."""

from __future__ import annotations

import json

from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.storage.audit import entries
from progressionsdialog.storage.citizens import add_citizen, list_citizens
from ui.dialogs.erase_dialog import EraseDialog


def test_viewing_a_citizen_is_logged_and_the_log_can_be_filtered(window, db, qtbot):
    anna = add_citizen(db, CitizenDraft(name="Anna"))
    bo = add_citizen(db, CitizenDraft(name="Bo"))
    window.reload()
    window.register.select_citizen(anna.id)
    window.register.select_citizen(bo.id)
    assert [e.action for e in entries(db, anna.id)] == ["create", "view"]
    dialog = window.rights.show_audit()
    qtbot.addWidget(dialog)
    shown = {dialog.table.item(r, 4).text() for r in range(dialog.table.rowCount())}
    assert shown == {"Bo"}
    dialog.only_citizen.setChecked(False)
    shown = {dialog.table.item(r, 4).text() for r in range(dialog.table.rowCount())}
    assert shown == {"Anna", "Bo"}
    assert dialog.table.item(0, 2).text() in {"Så", "Oprettede"}


def test_export_writes_json_and_pdf(window, db, tmp_path):
    anna = add_citizen(db, CitizenDraft(name="Anna Eksport"))
    window.reload()
    path = window.rights.export_citizen(anna.id, str(tmp_path / "anna.json"))
    assert json.loads(path.read_text(encoding="utf-8"))["citizens"][0]["name"] == "Anna Eksport"
    assert (tmp_path / "anna.pdf").exists()


def test_erase_needs_the_name_typed(window, db, monkeypatch):
    anna = add_citizen(db, CitizenDraft(name="Anna Slet"))
    window.reload()
    errors = []
    monkeypatch.setattr("ui.data_rights.show_error", lambda parent, text, *a: errors.append(text))
    monkeypatch.setattr(EraseDialog, "ask_name", classmethod(lambda cls, parent, name: "Anna"))
    assert not window.rights.erase_citizen(anna.id)
    assert "passer ikke" in errors[0]
    monkeypatch.setattr(EraseDialog, "ask_name", classmethod(lambda cls, parent, name: None))
    assert not window.rights.erase_citizen(anna.id)
    monkeypatch.setattr(EraseDialog, "ask_name", classmethod(lambda cls, parent, name: name))
    assert window.rights.erase_citizen(anna.id)
    assert list_citizens(db) == []
    assert entries(db, anna.id)[-1].action == "erase"
