"""The print dialog saves, prints and shows exactly what its box says at that moment, and
closing it while the PDF is being made is quiet and leaves nothing behind.
"""

from __future__ import annotations

import os
import sys
import tempfile

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QStyle,
    QStyleOptionButton,
)

from progressionsdialog import clock
from progressionsdialog.domain.meeting import IndicatorScore
from progressionsdialog.storage.citizens import list_citizens
from progressionsdialog.storage.meetings import add_meeting, save_score

SECRET = "Hemmelighed"


def click(qtbot, widget) -> None:
    pos = widget.rect().center()
    if isinstance(widget, QCheckBox):  # the box itself; the rest of a wide row is no target
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        box = widget.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, widget)
        pos = box.center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


@pytest.fixture
def tmp_dir(tmp_path, monkeypatch):
    """The dialog's temp files go here, apart from other programs' (and tests') files."""
    path = tmp_path / "tmp"
    path.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(path))
    return path


@pytest.fixture
def handover(demo_window, demo_db, qtbot, tmp_dir):
    demo_window.resize(1366, 768)
    hanne = next(c for c in list_citizens(demo_db) if c.name == "Hanne Bøgh")
    meeting = add_meeting(demo_db, hanne.id, clock.today())
    save_score(demo_db, meeting, IndicatorScore("motivation", 5, 6, private_note=SECRET))
    demo_window.register.select_citizen(hanne.id)
    dialog = demo_window.documents.open_report("handover")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=20_000)
    return dialog


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """The file dialog answers with this path; the rest is the real Save button."""
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)"))
    )
    return target


def text_of(path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def preview_ready(dialog) -> bool:
    return dialog.save_button.isEnabled()


def test_ticked_made_unticked_then_saved_has_no_private_notes(handover, save_to, qtbot):
    dialog = handover
    click(qtbot, dialog.option)
    assert dialog.option.isChecked()
    with qtbot.waitSignal(dialog.finished_pdf, timeout=20_000):
        click(qtbot, dialog.make_button)
    click(qtbot, dialog.option)
    assert not dialog.option.isChecked()
    qtbot.waitUntil(lambda: preview_ready(dialog), timeout=20_000)
    click(qtbot, dialog.save_button)
    assert SECRET not in text_of(save_to)
    assert "Private noter er ikke med." in text_of(save_to)


def test_ticked_without_making_again_then_saved_has_the_private_notes(handover, save_to, qtbot):
    dialog = handover
    click(qtbot, dialog.option)
    qtbot.waitUntil(lambda: preview_ready(dialog), timeout=20_000)
    click(qtbot, dialog.save_button)
    assert SECRET in text_of(save_to)


def test_save_pressed_at_once_after_the_box_changed_never_saves_the_other_version(
    handover, save_to, qtbot
):
    dialog = handover
    click(qtbot, dialog.option)
    click(qtbot, dialog.save_button)  # the new PDF is not made yet
    if save_to.exists():
        assert SECRET in text_of(save_to)
    qtbot.waitUntil(lambda: preview_ready(dialog), timeout=20_000)
    click(qtbot, dialog.save_button)
    assert SECRET in text_of(save_to)


def test_the_preview_follows_the_box(handover, qtbot, monkeypatch):
    from ui.dialogs import report_dialog

    dialog = handover
    shown = []
    real = report_dialog.render_pages

    def spy(path, *args, **kwargs):
        shown.append(text_of(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(report_dialog, "render_pages", spy)
    click(qtbot, dialog.option)
    qtbot.waitUntil(lambda: preview_ready(dialog) and bool(shown), timeout=20_000)
    assert SECRET in shown[-1]
    click(qtbot, dialog.option)
    qtbot.waitUntil(lambda: preview_ready(dialog) and len(shown) == 2, timeout=20_000)
    assert SECRET not in shown[-1]


def test_print_prints_what_the_box_says(handover, qtbot, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from ui.dialogs import report_dialog

    dialog = handover
    printed = []
    real = report_dialog.render_pages

    def spy(path, *args, **kwargs):
        printed.append(text_of(path))
        return real(path, *args, **kwargs)[:1]

    def accept(self):
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(tmp_path / "printed.pdf"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    click(qtbot, dialog.option)
    qtbot.waitUntil(lambda: preview_ready(dialog), timeout=20_000)
    monkeypatch.setattr(report_dialog, "render_pages", spy)
    click(qtbot, dialog.print_button)
    assert printed and SECRET in printed[-1]
    assert (tmp_path / "printed.pdf").stat().st_size > 0


def test_closing_while_the_pdf_is_made_is_quiet_and_leaves_nothing(
    demo_window, demo_db, qtbot, tmp_dir, monkeypatch
):
    caught = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: caught.append(info))
    hanne = next(c for c in list_citizens(demo_db) if c.name == "Hanne Bøgh")
    demo_window.register.select_citizen(hanne.id)
    for _ in range(3):
        dialog = demo_window.documents.open_report("handover")
        close = next(b for b in dialog.findChildren(type(dialog.save_button)) if b.text() == "Luk")
        assert dialog.progress.isVisible()  # the PDF is being made
        click(qtbot, close)
        qtbot.waitUntil(lambda d=dialog: not shiboken6.isValid(d))  # deleted, not just hidden
        del dialog, close
    assert QThreadPool.globalInstance().waitForDone(30_000)
    qtbot.waitUntil(lambda: not list(tmp_dir.iterdir()), timeout=5000)
    for _ in range(3):
        QApplication.processEvents()  # queued signals from the finished jobs arrive
    assert caught == []
    assert not any(isinstance(w, QDialog) and w.isVisible() for w in demo_window.children())


def test_the_window_closed_with_the_dialog_open_leaves_no_temp_files(
    demo_window, demo_db, qtbot, tmp_dir
):
    hanne = next(c for c in list_citizens(demo_db) if c.name == "Hanne Bøgh")
    demo_window.register.select_citizen(hanne.id)
    dialog = demo_window.documents.open_report("plan")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=20_000)
    demo_window.close()
    assert QThreadPool.globalInstance().waitForDone(30_000)
    qtbot.waitUntil(lambda: not list(tmp_dir.iterdir()), timeout=5000)


def test_save_offers_documents_and_a_name_per_citizen_and_writes_for_the_owner_only(
    handover, monkeypatch, tmp_path, qtbot
):

    from ui.dialogs import report_dialog

    documents = tmp_path / "Dokumenter"
    documents.mkdir()
    monkeypatch.setattr(report_dialog, "documents_folder", lambda: documents)
    offered = []

    def answer(parent, title, suggested, pattern):
        offered.append(suggested)
        return suggested, pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    click(qtbot, handover.save_button)
    today = clock.today().isoformat()
    assert offered == [str(documents / f"overlevering-hanne-boegh-{today}.pdf")]
    saved = documents / f"overlevering-hanne-boegh-{today}.pdf"
    assert saved.exists()
    if os.name == "posix":
        assert saved.stat().st_mode & 0o777 == 0o600
