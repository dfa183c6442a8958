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


def test_export_writes_json_and_pdf_off_the_window_thread(window, db, tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    anna = add_citizen(db, CitizenDraft(name="Anna Eksport"))
    window.reload()
    window.register.select_citizen(anna.id)
    path = tmp_path / "anna.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.menu.export_action.trigger()  # Borger → Eksportér alle data …
    assert window.statusBar().currentMessage() == "Eksporterer alle data …"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Gemt:"))
    assert window.statusBar().currentMessage() == f"Gemt: {path}"
    assert json.loads(path.read_text(encoding="utf-8"))["citizens"][0]["name"] == "Anna Eksport"
    assert (tmp_path / "anna.pdf").read_bytes().startswith(b"%PDF-")
    assert [e.action for e in entries(db, anna.id)][-2:] == ["export", "print"]


def test_an_export_to_a_folder_that_is_gone_says_so(window, db, tmp_path, qtbot, monkeypatch):
    anna = add_citizen(db, CitizenDraft(name="Anna Eksport"))
    window.reload()
    errors = []
    monkeypatch.setattr("ui.data_rights.show_error", lambda parent, text, *a: errors.append(text))
    gone = tmp_path / "usb-stick"  # pulled out after the folder was chosen
    window.rights.export_citizen(anna.id, str(gone / "anna.json"))
    qtbot.waitUntil(lambda: bool(errors))
    assert errors == [f"Data kunne ikke gemmes i {gone} (No such file or directory)."]
    assert not gone.exists() and window.statusBar().currentMessage() == ""


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
