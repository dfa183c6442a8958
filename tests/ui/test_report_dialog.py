"""Printing from the program: made off the GUI thread, previewed as pages that fit the screen,
zoomed and paged through with the real buttons and keys, saved, printed, audited, and the
dialog gone with its page images when it is closed (issue 12, issue 16)."""

from __future__ import annotations

import gc
import weakref

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QRect, Qt, QThreadPool
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel

from progressionsdialog.storage.audit import entries
from progressionsdialog.storage.citizens import list_citizens

CTRL = Qt.KeyboardModifier.ControlModifier


def click(widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.text()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def citizen(db, name: str):
    return next(c for c in list_citizens(db) if c.name == name)


def open_preview(window, db, qtbot, kind: str, name: str = "Hanne Bøgh", keep: bool = True):
    window.resize(1366, 768)
    window.register.select_citizen(citizen(db, name).id)
    dialog = window.documents.open_report(kind)
    if keep:
        qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.pdf is not None and dialog.page_count() > 0, timeout=20_000)
    return dialog


@pytest.fixture
def handover(demo_window, demo_db, qtbot):
    """Louise's handover report (three pages or more) in the preview."""
    dialog = open_preview(demo_window, demo_db, qtbot, "handover", "Louise Holm Madsen")
    assert dialog.page_count() >= 3
    return dialog


def on_screen(widget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def page(dialog, number: int) -> QLabel:
    return dialog.pages.itemAt(number - 1).widget()


def top_page_shown(dialog) -> int:
    """The page whose top is nearest the top of the view, from 1."""
    value = dialog.scroll.verticalScrollBar().value()
    tops = [abs(page(dialog, n).y() - value) for n in range(1, dialog.page_count() + 1)]
    return tops.index(min(tops)) + 1


# -- what it makes -------------------------------------------------------------------------------
def test_plan_preview_then_save(demo_window, demo_db, qtbot, tmp_path):
    dialog = open_preview(demo_window, demo_db, qtbot, "plan")
    pages = [dialog.pages.itemAt(i).widget() for i in range(dialog.pages.count())]
    assert all(isinstance(p, QLabel) for p in pages)
    assert len(pages) == len(PdfReader(dialog.pdf).pages)  # every page, each once
    assert dialog.save_button.isEnabled()
    saved = dialog.save_as(str(tmp_path / "hanne.pdf"))
    assert "Hanne Bøgh" in PdfReader(saved).pages[0].extract_text()
    hanne = citizen(demo_db, "Hanne Bøgh")
    assert entries(demo_db, hanne.id)[-1].action == "print"
    assert "Gemt" in dialog.message.text() and dialog.message.isVisible()


def test_the_menu_shows_the_dialog_busy_first_and_makes_the_pdf_after_its_first_paint(
    demo_window, demo_db, qtbot
):
    """A job started before the dialog's first paint held Python's lock while the dialog laid
    itself out, and the window stood still 85–100 ms (benchmarks/gui_blocks.py)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    seen: list[tuple[int, bool]] = []  # at each paint: jobs started, busy bar shown

    class Paints(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                seen.append((len(dialog._jobs), dialog.progress.isVisible()))
            return False

    demo_window.resize(1366, 768)
    demo_window.register.select_citizen(citizen(demo_db, "Louise Holm Madsen").id)
    demo_window.menu.handover_action.trigger()
    dialog = QApplication.activeModalWidget()
    qtbot.addWidget(dialog)
    paints = Paints()
    dialog.installEventFilter(paints)
    assert dialog._jobs == [] and dialog.progress.isVisible()  # nothing started yet
    assert not dialog.make_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.pdf is not None and dialog.page_count() >= 3, timeout=20_000)
    assert seen[0] == (0, True)  # painted busy, before the job began
    assert not dialog.progress.isVisible()


def test_a_dialog_that_is_not_painted_makes_its_pdf_all_the_same(app, qtbot, demo_db, data_dir):
    from progressionsdialog.storage import DB_FILENAME
    from ui.dialogs.report_dialog import ReportDialog

    hanne = citizen(demo_db, "Hanne Bøgh")
    dialog = ReportDialog(data_dir / DB_FILENAME, hanne.id, hanne.name, "plan")  # never shown
    qtbot.addWidget(dialog)
    dialog.make_when_painted()
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20_000)
    assert "Hanne Bøgh" in PdfReader(dialog.pdf).pages[0].extract_text()


def test_a_failed_print_says_why_and_keeps_the_dialog(demo_window, demo_db, qtbot, tmp_path):
    dialog = open_preview(demo_window, demo_db, qtbot, "handover")
    assert dialog.save_as(str(tmp_path / "missing" / "folder" / "x.pdf")) is None
    assert "kunne ikke gemmes" in dialog.message.text()
    assert dialog.isVisible()


def test_a_pdf_that_cannot_be_made_says_why_and_offers_to_try_again(app, qtbot, demo_db, data_dir):
    from progressionsdialog.storage import DB_FILENAME
    from ui.dialogs.report_dialog import ReportDialog

    dialog = ReportDialog(data_dir / DB_FILENAME, 987_654, "Ingen", "plan")  # nobody
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.make()
    qtbot.waitUntil(lambda: dialog.message.text().startswith("⚠"), timeout=20_000)
    assert dialog.make_button.isEnabled() and not dialog.progress.isVisible()
    assert not dialog.save_button.isEnabled() and dialog.page_count() == 0
    assert dialog.page_label.text() == "" and not dialog.next_button.isEnabled()
    for key, modifier in (
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Plus, CTRL),
    ):
        QTest.keyClick(dialog.scroll, key, modifier)  # no pages: nothing to move or zoom
    assert dialog.current_page() == 0 and dialog.zoom_label.text() == ""


def test_the_job_run_where_it_is_made_reports_a_missing_citizen(app, qtbot, db, data_dir, tmp_path):
    from progressionsdialog.storage import DB_FILENAME
    from ui.dialogs.report_dialog import ReportJob

    job = ReportJob(data_dir / DB_FILENAME, 987_654, "plan", tmp_path / "x.pdf")
    with qtbot.waitSignal(job.signals.failed) as failed:
        job.run()  # what the worker thread runs
    assert failed.args[0] == str(tmp_path / "x.pdf") and failed.args[1]
    assert not (tmp_path / "x.pdf").exists()


def test_a_cancelled_job_reports_nothing_and_removes_its_folder(
    app, qtbot, demo_db, data_dir, tmp_path
):
    from progressionsdialog.storage import DB_FILENAME
    from ui.dialogs.report_dialog import ReportJob

    folder = tmp_path / "job"
    folder.mkdir()
    hanne = citizen(demo_db, "Hanne Bøgh")
    job = ReportJob(data_dir / DB_FILENAME, hanne.id, "plan", folder / "x.pdf", cleanup=folder)
    heard = []
    job.signals.done.connect(heard.append)
    job.signals.failed.connect(lambda *a: heard.append(a))
    job.cancel()
    job.run()
    app.processEvents()
    assert heard == [] and not folder.exists()


# -- it fits the screen ------------------------------------------------------------------------
def test_the_preview_fits_the_screen_with_its_buttons_and_the_page_fits_the_width(handover):
    dialog = handover
    room = dialog.screen().availableGeometry()
    assert room.contains(dialog.frameGeometry()), (dialog.frameGeometry(), room)
    for button in (
        dialog.save_button,
        dialog.print_button,
        dialog.open_button,
        dialog.close_button,
        dialog.next_button,
        dialog.zoom_in_button,
    ):
        assert button.isVisible()
        assert room.contains(on_screen(button)), button.text()
        assert button.width() >= button.sizeHint().width(), button.text()  # not cut
    assert dialog.scroll.horizontalScrollBar().maximum() == 0  # no sideways scrolling
    first = page(dialog, 1)
    assert first.width() <= dialog.scroll.viewport().width()
    assert first.width() >= 0.9 * dialog.scroll.viewport().width()  # and uses the width
    assert dialog.page_label.text() == f"Side 1 af {dialog.page_count()}"


def test_a_window_on_a_small_screen_gets_a_preview_no_larger_than_the_screen(
    demo_window, demo_db, qtbot
):
    demo_window.resize(700, 500)
    dialog = open_preview(demo_window, demo_db, qtbot, "plan")
    dialog.resize(3000, 3000)  # a saved or dragged size larger than the screen
    dialog.hide()
    dialog.show()
    room = dialog.screen().availableGeometry()
    qtbot.waitUntil(lambda: room.contains(dialog.frameGeometry()))
    assert dialog.close_button.isVisible() and room.contains(on_screen(dialog.close_button))


# -- zoom -------------------------------------------------------------------------------------
def test_zoom_in_out_and_fit_with_the_buttons(handover, qtbot):
    dialog = handover
    fitted = page(dialog, 1).width()
    click(dialog.zoom_in_button)
    assert page(dialog, 1).width() > fitted
    assert dialog.zoom_label.text().endswith(" %") and dialog.fit_button.isEnabled()
    zoomed = int(dialog.zoom_label.text().split()[0])
    click(dialog.zoom_in_button)
    assert int(dialog.zoom_label.text().split()[0]) > zoomed
    qtbot.waitUntil(lambda: dialog.scroll.horizontalScrollBar().maximum() > 0)  # wider: sideways
    click(dialog.zoom_out_button)
    assert int(dialog.zoom_label.text().split()[0]) == zoomed
    click(dialog.fit_button)
    assert page(dialog, 1).width() == fitted and not dialog.fit_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.scroll.horizontalScrollBar().maximum() == 0)


def test_zoom_keys_ctrl_plus_minus_and_zero(handover, qtbot):
    dialog = handover
    fitted = page(dialog, 1).width()
    QTest.keyClick(dialog.scroll, Qt.Key.Key_Plus, CTRL)
    assert page(dialog, 1).width() > fitted
    QTest.keyClick(dialog.scroll, Qt.Key.Key_0, CTRL)
    assert page(dialog, 1).width() == fitted
    QTest.keyClick(dialog.scroll, Qt.Key.Key_Minus, CTRL)
    assert page(dialog, 1).width() < fitted
    for _ in range(10):  # down to the smallest step, and no further
        QTest.keyClick(dialog.scroll, Qt.Key.Key_Minus, CTRL)
    assert dialog.zoom_label.text() == "50 %" and not dialog.zoom_out_button.isEnabled()
    for _ in range(12):
        QTest.keyClick(dialog.scroll, Qt.Key.Key_Plus, CTRL)
    assert dialog.zoom_label.text() == "300 %" and not dialog.zoom_in_button.isEnabled()


def test_the_fitted_page_follows_the_dialog_size(handover, qtbot):
    dialog = handover
    wide = page(dialog, 1).width()
    assert dialog.minimumSizeHint().width() < dialog.width() - 120
    dialog.resize(dialog.width() - 120, dialog.height())
    qtbot.waitUntil(lambda: page(dialog, 1).width() < wide)
    assert dialog.scroll.horizontalScrollBar().maximum() == 0


# -- pages ----------------------------------------------------------------------------------------
def test_next_and_previous_page_with_the_buttons_and_page_up_down(handover, qtbot):
    dialog = handover
    count = dialog.page_count()
    assert not dialog.previous_button.isEnabled() and dialog.next_button.isEnabled()
    click(dialog.next_button)
    assert dialog.page_label.text() == f"Side 2 af {count}"
    assert top_page_shown(dialog) == 2
    QTest.keyClick(dialog.scroll, Qt.Key.Key_PageDown)
    assert dialog.page_label.text() == f"Side 3 af {count}"
    QTest.keyClick(dialog.scroll, Qt.Key.Key_PageUp)
    assert dialog.current_page() == 2
    click(dialog.previous_button)
    assert dialog.current_page() == 1 and not dialog.previous_button.isEnabled()
    for _ in range(count + 2):  # to the last page, and no further
        QTest.keyClick(dialog.scroll, Qt.Key.Key_PageDown)
    assert dialog.current_page() == count and not dialog.next_button.isEnabled()


def test_scrolling_by_hand_tells_the_page_shown(handover, qtbot):
    dialog = handover
    bar = dialog.scroll.verticalScrollBar()
    bar.setValue(page(dialog, 2).y() + 10)  # the wheel or the scroll bar
    assert dialog.page_label.text().startswith("Side 2 af")
    bar.setValue(0)
    assert dialog.current_page() == 1


def test_zooming_keeps_the_page_being_read(handover, qtbot):
    dialog = handover
    click(dialog.next_button)
    click(dialog.zoom_in_button)
    assert dialog.current_page() == 2 and top_page_shown(dialog) == 2
    QTest.keyClick(dialog.scroll, Qt.Key.Key_0, CTRL)
    assert dialog.current_page() == 2 and top_page_shown(dialog) == 2


# -- save, print, open, close -----------------------------------------------------------------
def test_pages_get_their_pictures_as_they_come_into_view_and_are_in_place_before(handover):
    """Scaling every page of a long handover at once held the window 110 ms: the pages
    are placed at once, and each is pictured when it comes into view, sharp at the zoom."""

    def pictured(number: int) -> bool:
        label = page(handover, number)
        pixmap = label.pixmap()
        ratio = pixmap.devicePixelRatio()
        return not pixmap.isNull() and round(pixmap.width() / ratio) == label.width() - 2

    count = handover.page_count()
    assert pictured(1) and not pictured(count)  # the last page is far below
    tops = [page(handover, n).y() for n in range(1, count + 1)]
    assert tops == sorted(tops) and len(set(tops)) == count  # each in its own place
    assert page(handover, count).height() == page(handover, 1).height()
    handover.go_to_page(count)
    assert pictured(count) and top_page_shown(handover) == count
    handover.zoom_in()
    shown = handover.current_page()
    assert pictured(shown)  # sharp at the new zoom, not the old picture stretched
    handover.fit_width()
    assert pictured(handover.current_page())


def test_save_cancelled_in_the_file_dialog_saves_nothing(handover, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    click(handover.save_button)
    assert handover.message.text() == "" and not handover.message.isVisible()
    assert list(tmp_path.glob("*.pdf")) == []


def test_print_cancelled_in_the_print_dialog_prints_nothing(handover, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog

    from ui.dialogs import report_dialog

    rendered = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(report_dialog, "render_pages", lambda *a, **k: rendered.append(a) or [])
    click(handover.print_button)
    assert rendered == []


def test_print_sends_every_page_one_at_a_time(handover, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from ui.dialogs import report_dialog

    real = report_dialog.render_pages
    calls = []

    def spy(path, *args, **kwargs):
        images = real(path, *args, **kwargs)
        calls.append(len(images))
        return images

    def accept(self):
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(tmp_path / "printed.pdf"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    monkeypatch.setattr(report_dialog, "render_pages", spy)
    click(handover.print_button)
    assert calls == [1] * handover.page_count()  # never every page at 300 dpi at once
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == handover.page_count()


def test_open_in_the_pdf_reader_opens_the_pdf_shown(handover, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    click(handover.open_button)
    assert [url.toLocalFile() for url in opened] == [str(handover.pdf)]


def test_the_box_ticked_twice_quickly_shows_only_the_last_pdf(handover, qtbot):
    dialog = handover
    dialog.option.setChecked(True)  # ticked and unticked before the first PDF is made
    dialog.option.setChecked(False)
    qtbot.waitUntil(dialog.is_fresh, timeout=20_000)
    assert QThreadPool.globalInstance().waitForDone(30_000)
    qtbot.waitUntil(lambda: len(list(dialog.pdf.parent.glob("*.pdf"))) == 1)  # the older gone
    assert dialog.options() == {"include_private_notes": False}
    assert "Private noter er ikke med." in PdfReader(dialog.pdf).pages[0].extract_text()


def test_buttons_wait_while_the_pdf_is_made_again(handover, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    click(handover.make_button)
    assert not handover.open_button.isEnabled() and handover.progress.isVisible()
    handover.open_external()  # a click that came just before the buttons went off
    assert opened == [] and "Vent et øjeblik" in handover.message.text()
    assert handover.save_as() is None and handover.print_pages() is None
    qtbot.waitUntil(handover.open_button.isEnabled, timeout=20_000)


def test_luk_deletes_the_dialog_and_its_page_images(demo_window, demo_db, qtbot):
    """Issue 16: every closed preview kept its pages (≈ 28 MB) until the program ended."""
    dialog = open_preview(demo_window, demo_db, qtbot, "handover", "Louise Holm Madsen", False)
    labels = [page(dialog, n) for n in range(1, dialog.page_count() + 1)]
    watcher = weakref.ref(dialog)
    click(dialog.close_button)
    assert dialog.page_count() == 0  # the images are let go at once
    qtbot.waitUntil(lambda d=dialog: not shiboken6.isValid(d))  # then the dialog is deleted
    assert not any(shiboken6.isValid(label) for label in labels)
    del dialog, labels
    assert QThreadPool.globalInstance().waitForDone(30_000)
    gc.collect()
    assert watcher() is None  # and nothing in Python holds on to it


# -- readability of the plan ----------------------------------------------------------------------
HARD = (
    "Borgeren tilkendegiver vedvarende udfordringer vedrørende arbejdsmarkedsparathed, "
    "hvorfor sagsbehandleren iværksætter yderligere foranstaltninger med henblik på "
    "afklaring af kompetencer og beskæftigelsesmuligheder i samarbejde med virksomheden."
)


def test_a_plan_hard_to_read_gives_a_hint_and_can_still_be_printed(
    demo_window, demo_db, qtbot, tmp_path
):
    from progressionsdialog import clock
    from progressionsdialog.domain.meeting import IndicatorScore
    from progressionsdialog.storage.meetings import add_meeting, save_score

    hanne = citizen(demo_db, "Hanne Bøgh")
    meeting = add_meeting(demo_db, hanne.id, clock.today())
    save_score(demo_db, meeting, IndicatorScore("motivation", 5, 6, shared_note=HARD))
    dialog = open_preview(demo_window, demo_db, qtbot, "plan")
    assert dialog.hint.isVisible()
    text = dialog.hint.text()
    assert text.startswith("Planen er svær at læse (LIX ")
    assert "Lange sætninger: “Borgeren tilkendegiver" in text and "…”" in text
    assert "arbejdsmarkedsparathed" in text  # a long word pointed at
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()  # not a block
    assert dialog.save_as(str(tmp_path / "plan.pdf")) is not None


def test_an_easy_plan_and_the_handover_give_no_hint(demo_window, demo_db, qtbot):
    dialog = open_preview(demo_window, demo_db, qtbot, "plan")  # Hanne's demo plan: LIX < 30
    assert not dialog.hint.isVisible()
    dialog.close()
    handover = open_preview(demo_window, demo_db, qtbot, "handover")
    assert not handover.hint.isVisible()


# -- the print's language, blank sheets (issue 12) ----------------------------------------------
def pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def choose_language(dialog, qtbot, name: str) -> None:
    """Pick ``name`` in the language box with the keyboard, as a worker would, and wait for
    the preview made in it."""
    box = dialog.language_box
    assert box.isVisible() and box.isEnabled()
    click(box)  # opens the list
    popup = box.view()
    qtbot.waitUntil(popup.isVisible, timeout=5_000)
    row = box.findText(name)
    while popup.currentIndex().row() != row:
        key = Qt.Key.Key_Down if popup.currentIndex().row() < row else Qt.Key.Key_Up
        QTest.keyClick(popup, key)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert box.currentText() == name
    qtbot.waitUntil(lambda: dialog.is_fresh() and dialog.page_count() > 0, timeout=20_000)


def test_english_chosen_for_the_plan_remakes_the_preview_in_english(
    demo_window, demo_db, qtbot, tmp_path
):
    from progressionsdialog import clock
    from progressionsdialog.domain.meeting import IndicatorScore
    from progressionsdialog.storage.meetings import add_meeting, save_score

    hanne = citizen(demo_db, "Hanne Bøgh")
    meeting = add_meeting(demo_db, hanne.id, clock.today())
    save_score(demo_db, meeting, IndicatorScore("motivation", 5, 6, shared_note=HARD))
    dialog = open_preview(demo_window, demo_db, qtbot, "plan")
    assert dialog.language_box.currentText() == "Dansk"  # the window's language
    assert dialog.language_label.text() == "Sprog på planen:"
    assert "Din plan" in pdf_text(dialog.pdf) and dialog.hint.isVisible()
    danish_pdf = dialog.pdf
    choose_language(dialog, qtbot, "English")
    assert dialog.pdf != danish_pdf
    text = pdf_text(dialog.pdf)
    assert "Your plan" in text and "Din plan" not in text and "Page 1 of" in text
    assert not dialog.hint.isVisible()  # LIX says nothing about English
    saved = dialog.save_as(str(tmp_path / "plan-en.pdf"))
    assert "Your plan" in pdf_text(saved)
    choose_language(dialog, qtbot, "Dansk")
    assert "Din plan" in pdf_text(dialog.pdf) and dialog.hint.isVisible()


def test_the_handover_has_no_language_box(handover):
    assert not handover.language_box.isVisible() and "language" not in handover.options()


def test_blank_sheets_preview_save_and_english(demo_window, demo_db, qtbot, monkeypatch, tmp_path):
    dialog = open_preview(demo_window, demo_db, qtbot, "blank")
    assert dialog.windowTitle() == "Blanke ark til at udfylde hjemme – Hanne Bøgh"
    assert not dialog.option.isVisible()  # nothing private on a blank sheet
    assert dialog.options() == {"language": "da"}
    text = pdf_text(dialog.pdf)
    assert "Mit livshjul" in text and "Hanne Bøgh" in text and dialog.page_count() == 2
    asked = []

    def save_dialog(parent, caption, suggested, filter_):
        asked.append(suggested)
        return str(tmp_path / "ark.pdf"), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    click(dialog.save_button)
    assert "blanke-ark-hanne-boegh-" in asked[0]
    assert "Mit livshjul" in pdf_text(tmp_path / "ark.pdf")
    choose_language(dialog, qtbot, "English")
    text = pdf_text(dialog.pdf)
    assert "My life wheel" in text and "Mit livshjul" not in text
    assert not dialog.hint.isVisible()


def test_the_language_box_starts_at_the_window_language(app, qtbot, demo_db, data_dir):
    from progressionsdialog import i18n
    from progressionsdialog.storage import DB_FILENAME
    from ui.dialogs.report_dialog import ReportDialog

    hanne = citizen(demo_db, "Hanne Bøgh")
    try:
        i18n.set_language("en")
        dialog = ReportDialog(data_dir / DB_FILENAME, hanne.id, hanne.name, "plan")
        qtbot.addWidget(dialog)
        assert dialog.language_box.currentText() == "English"
        assert dialog.options()["language"] == "en"
    finally:
        i18n.set_language("da")
