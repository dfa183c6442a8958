"""Printing from the program: made off the GUI thread, previewed as pages, saved, audited."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtWidgets import QLabel

from progressionsdialog.storage.audit import entries
from progressionsdialog.storage.citizens import list_citizens


def test_plan_preview_then_save(demo_window, demo_db, qtbot, tmp_path):
    hanne = next(c for c in list_citizens(demo_db) if c.name == "Hanne Bøgh")
    demo_window.register.select_citizen(hanne.id)
    dialog = demo_window.open_report("plan")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20_000)
    pages = [dialog.pages.itemAt(i).widget() for i in range(dialog.pages.count())]
    assert 1 <= len(pages) <= 2 and all(isinstance(p, QLabel) for p in pages)
    assert dialog.save_button.isEnabled()
    saved = dialog.save_as(str(tmp_path / "hanne.pdf"))
    assert "Hanne Bøgh" in PdfReader(saved).pages[0].extract_text()
    assert entries(demo_db, hanne.id)[-1].action == "print"


def test_a_failed_print_says_why_and_keeps_the_dialog(demo_window, demo_db, qtbot, tmp_path):
    hanne = next(c for c in list_citizens(demo_db) if c.name == "Hanne Bøgh")
    demo_window.register.select_citizen(hanne.id)
    dialog = demo_window.open_report("handover")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20_000)
    assert dialog.save_as(str(tmp_path / "missing" / "folder" / "x.pdf")) is None
    assert "kunne ikke gemmes" in dialog.message.text()
    assert dialog.isVisible()
