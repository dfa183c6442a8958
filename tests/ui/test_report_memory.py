"""A closed print preview gives its memory back (issue 16): once the dialog is deleted the
heap is trimmed and the kept source lines dropped; and the pages are pdfium's own pixels,
drawn as RGB without copies in between."""

from __future__ import annotations

import linecache

import pypdfium2
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from progressionsdialog.storage.citizens import list_citizens
from ui.dialogs import report_dialog


def test_closing_the_preview_gives_the_memory_back(demo_window, demo_db, qtbot, monkeypatch):
    given: list[bool] = []
    monkeypatch.setattr(report_dialog, "give_back", lambda: given.append(True) or True)
    name = "Louise Holm Madsen"
    demo_window.register.select_citizen(
        next(c for c in list_citizens(demo_db) if c.name == name).id
    )
    dialog = demo_window.documents.open_report("handover")
    qtbot.waitUntil(lambda: dialog.pdf is not None and dialog.page_count() > 0, timeout=20_000)
    linecache.getlines(report_dialog.__file__)
    assert not given
    with qtbot.waitSignal(dialog.destroyed, timeout=5_000):
        QTest.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: given == [True], timeout=5_000)
    assert report_dialog.__file__ not in linecache.cache


def test_nothing_breaks_where_the_c_library_cannot_give_back(
    demo_window, demo_db, qtbot, monkeypatch
):
    from progressionsdialog import memory

    monkeypatch.setattr(memory, "_glibc", lambda: None)
    demo_window.register.select_citizen(list_citizens(demo_db)[0].id)
    dialog = demo_window.documents.open_report("blank")
    qtbot.waitUntil(lambda: dialog.pdf is not None and dialog.page_count() > 0, timeout=20_000)
    with qtbot.waitSignal(dialog.destroyed, timeout=5_000):
        QTest.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert memory.give_back() is False


def test_the_preview_pages_are_pdfium_s_pixels_in_rgb(demo_db, tmp_path):
    from progressionsdialog.reports.make import make_report

    citizen = next(c for c in list_citizens(demo_db) if c.name == "Louise Holm Madsen")
    pdf = make_report(demo_db, citizen.id, "handover", tmp_path / "handover.pdf")
    images = report_dialog.render_pages(pdf, scale=1.0)
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        assert len(images) == len(document) >= 2
        for number, image in enumerate(images):
            expected = document[number].render(scale=1.0).to_pil().convert("RGB")
            shown = image.convertToFormat(QImage.Format.Format_RGB888)
            assert (shown.width(), shown.height()) == expected.size
            row = shown.bytesPerLine()
            pixels = b"".join(
                bytes(shown.constBits())[y * row : y * row + 3 * shown.width()]
                for y in range(shown.height())
            )
            assert pixels == expected.tobytes()
    finally:
        document.close()
