"""Print the plan, the handover report or the blank sheets: options, made off the GUI
thread, a preview of the pages, then save as PDF, print, or open in the system's PDF viewer.

The plan and the blank sheets are printed in the language chosen here (Dansk / English, at
first the window's); the handover follows the window. The readability hint (LIX) is for
Danish only, so it comes only with a plan printed in Danish.

What is shown, saved, printed or opened is always made with the option as the box says now:
a change of the box makes the PDF again at once, and the buttons wait for it. Closing the
dialog while a PDF is being made is quiet; the job's files are removed when it ends.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog import clock, i18n
from progressionsdialog.errors import ProgressionsdialogError
from progressionsdialog.memory import forget_sources, give_back
from progressionsdialog.reports.filenames import private_copy, suggested_name
from progressionsdialog.storage import open_database

TITLES = {
    "plan": "Borgerens plan",
    "handover": "Overleveringsrapport",
    "blank": "Blanke ark til at udfylde hjemme",
}
CHOSEN_LANGUAGE = ("plan", "blank")  # printed in the language chosen in the dialog
LANGUAGE_NAMES = (("da", "Dansk"), ("en", "English"))  # each in its own language


class _Signals(QObject):
    done = Signal(str, object)  # the PDF's path, and its pages as preview images
    failed = Signal(str, str)  # the path asked for, and why it was not made
    checked = Signal(str, object)  # the plan's path and its Readability, before done


_running: set[ReportJob] = set()  # a job and its signals live until its run() has ended
_running_lock = threading.Lock()


class ReportJob(QRunnable):
    """Makes the PDF with its own database connection (SQLite connections stay in one thread).

    ``cancel()`` (the dialog was closed) makes the job report nothing and remove ``cleanup``,
    the folder its file was written in, when it ends.
    """

    def __init__(
        self,
        db_path: Path,
        citizen_id: int,
        kind: str,
        out: Path,
        cleanup: Path | None = None,
        preview_scale: float = 0,
        **options,
    ) -> None:
        """``preview_scale``: the pages are also drawn as images at this scale (pixels per
        point) for the preview, here off the window's thread (a handover's 7 pages held the
        window 100–140 ms); 0: no images."""
        super().__init__()
        self.args = (db_path, citizen_id, kind, out)
        self.options = options
        self.preview_scale = preview_scale
        self.cleanup = cleanup
        # Owned by the application, in the GUI thread: never deleted under a running job,
        # and deleted there (deleteLater) after the job's last signal has been delivered.
        self.signals = _Signals(QCoreApplication.instance())
        self._cancelled = threading.Event()
        with _running_lock:
            _running.add(self)

    def cancel(self) -> None:
        self._cancelled.set()

    def run(self) -> None:
        try:
            outcome = self._make()
            images: list[QImage] = []
            if outcome is None and self.preview_scale and not self._cancelled.is_set():
                try:
                    images = render_pages(self.args[3], scale=self.preview_scale)
                except Exception as error:  # a PDF pdfium cannot read: say so, no traceback
                    outcome = QCoreApplication.translate(
                        "ReportJob", "PDF'en kunne ikke vises (%1)."
                    ).replace("%1", str(error))
            if self._cancelled.is_set():
                if self.cleanup is not None:
                    shutil.rmtree(self.cleanup, ignore_errors=True)
            elif outcome is None:
                self.signals.done.emit(str(self.args[3]), images)
            else:
                self.signals.failed.emit(str(self.args[3]), outcome)
        finally:
            self.signals.deleteLater()
            with _running_lock:
                _running.discard(self)

    def _check_readability(self, db, citizen_id: int, out: Path) -> None:
        """How hard the plan's own words are to read: a hint for the worker, never a stop."""
        from progressionsdialog.reports.readability import check_plan, plan_texts

        sensitive = bool(self.options.get("include_sensitive"))
        found = check_plan(plan_texts(db, citizen_id, include_sensitive=sensitive))
        self.signals.checked.emit(str(out), found)

    def _make(self) -> str | None:
        """``None`` when the PDF is made, or why not."""
        from progressionsdialog.reports.make import make_report

        db_path, citizen_id, kind, out = self.args
        if self._cancelled.is_set():
            return "cancelled"
        try:
            db = open_database(db_path)
            try:
                make_report(db, citizen_id, kind, out, **self.options)
                danish = self.options.get("language", i18n.language()) == "da"
                if kind == "plan" and danish and not self._cancelled.is_set():
                    self._check_readability(db, citizen_id, out)
            finally:
                db.close()
        except ProgressionsdialogError as error:
            return str(error)
        except Exception as error:  # never a traceback in front of the citizen
            return QCoreApplication.translate("ReportJob", "PDF'en kunne ikke laves (%1).").replace(
                "%1", str(error)
            )
        return None


PREVIEW_SCALE = 1.5  # pixels per PDF point for the preview (A4: 893 px wide); HiDPI: 2
PRINT_SCALE = 300 / 72  # 300 dpi on paper


# pdfium is not thread-safe: one document at a time, from the preview's jobs or a print
_PDFIUM = threading.Lock()


def render_pages(path: Path, scale: float = PREVIEW_SCALE, only: int | None = None) -> list[QImage]:
    """The PDF's pages as images (``only``: just that page, counted from 0)."""
    import pypdfium2

    with _PDFIUM:
        return _render(pypdfium2.PdfDocument(str(path)), scale, only)


def _render(document, scale: float, only: int | None) -> list[QImage]:
    """pdfium draws each page as RGB straight into its bitmap, and the image is one copy of
    it: no PIL image, converted copy and bytes in between (half the time, and a third of
    the 3.4 MB buffers per page that made the worker's heap grow, issue 16)."""
    images = []
    try:
        numbers = range(len(document)) if only is None else [only]
        for number in numbers:
            page = document[number]
            bitmap = page.render(scale=scale, rev_byteorder=True)
            try:
                image = QImage(
                    bitmap.buffer,
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGB888,
                ).copy()
            finally:
                bitmap.close()
            images.append(image)
            page.close()
    finally:
        document.close()
    return images


def page_count(path: Path) -> int:
    import pypdfium2

    with _PDFIUM:
        document = pypdfium2.PdfDocument(str(path))
        try:
            return len(document)
        finally:
            document.close()


ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)  # the steps of Zoom ind / Zoom ud
POINT = 96 / 72  # 100 %: a PDF point as a 96-dpi screen shows it
PAGE_BORDER = 1  # pixels: the frame around each page
A4_WIDTH_POINTS = 595


class _Message(QLabel):
    """A line that takes no room while it has nothing to say."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


class ReportDialog(QDialog):
    finished_pdf = Signal(str)

    def __init__(
        self,
        db_path: Path,
        citizen_id: int,
        citizen_name: str,
        kind: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path, self.citizen_id, self.kind = db_path, citizen_id, kind
        self.citizen_name = citizen_name
        self.pdf: Path | None = None
        self._workdir = Path(tempfile.mkdtemp(prefix="progressionsdialog-pdf-"))
        self._generation = self._shown_generation = 0
        self._shown_options: dict[str, object] | None = None
        self._asked: dict[str, tuple[int, dict[str, object]]] = {}  # out path: generation, options
        self._jobs: list[ReportJob] = []
        self._readability: dict[str, object] = {}  # out path: how hard the plan is to read
        self._closed = False
        self._make_pending = False  # make_when_painted: the first paint starts the PDF
        self._render_scale = PREVIEW_SCALE
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.destroyed.connect(partial(_abandon, self._workdir, self._jobs))
        self.destroyed.connect(_give_back_soon)  # the pages' memory, once all is deleted
        self.setWindowTitle(self.tr(TITLES[kind]) + " – " + citizen_name)
        self._images: list[QImage] = []  # the pages as rendered, scaled for the zoom
        self._zoom: float | None = None  # None: the page fits the width
        self._page = 0  # the page at the top of the view, from 0

        self.option = QCheckBox(
            self.tr("Tag private noter med")
            if kind == "handover"
            else self.tr("Tag helbred og misbrug med (kun hvis borgeren vil)")
        )
        self.option.toggled.connect(self._on_option)
        self.option.setVisible(kind != "blank")  # blank sheets hold nothing to leave out
        self.language_box = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(i18n.language())))
        self.language_label = QLabel(
            self.tr("Sprog på planen:") if kind == "plan" else self.tr("Sprog på arkene:")
        )
        self.language_label.setBuddy(self.language_box)
        self.language_box.setAccessibleName(self.language_label.text().rstrip(":"))
        for widget in (self.language_label, self.language_box):
            widget.setVisible(kind in CHOSEN_LANGUAGE)
        self.language_box.currentIndexChanged.connect(self._on_option)
        self.make_button = QPushButton(self.tr("Lav forhåndsvisning"))
        self.make_button.clicked.connect(self.make)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the work has no steps to count
        self.progress.hide()
        self.message = _Message()
        self.message.hide()
        self.message.setWordWrap(True)
        self.message.setObjectName("fieldError")
        self.hint = QLabel()  # a hint before printing (the plan is hard to read); no block
        self.hint.setObjectName("banner")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.hide()
        self.pages = QVBoxLayout()
        self.pages.setSpacing(12)
        self.pages_widget = QWidget()
        self.pages_widget.setLayout(self.pages)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pages_widget)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setAccessibleName(self.tr("Sider"))
        # Always there, so fitting the width never makes it come and go (and the width with it)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.scroll.viewport().installEventFilter(self)

        self.previous_button = QPushButton(self.tr("Forrige"))
        self.previous_button.setAccessibleName(self.tr("Forrige side"))
        self.previous_button.setToolTip(self.tr("Forrige side (Page Up)"))
        self.previous_button.clicked.connect(self.previous_page)
        self.page_label = QLabel()
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(self.tr("Næste"))
        self.next_button.setAccessibleName(self.tr("Næste side"))
        self.next_button.setToolTip(self.tr("Næste side (Page Down)"))
        self.next_button.clicked.connect(self.next_page)
        self.zoom_out_button = QPushButton(self.tr("Zoom ud"))
        self.zoom_out_button.setToolTip(self.tr("Mindre (Ctrl+-)"))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_label = QLabel()
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = QPushButton(self.tr("Zoom ind"))
        self.zoom_in_button.setToolTip(self.tr("Større (Ctrl++)"))
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button = QPushButton(self.tr("Tilpas"))
        self.fit_button.setAccessibleName(self.tr("Tilpas til bredden"))
        self.fit_button.setToolTip(self.tr("Hele sidens bredde i vinduet (Ctrl+0)"))
        self.fit_button.clicked.connect(self.fit_width)
        for keys, slot in (
            ((QKeySequence.StandardKey.ZoomIn, "Ctrl+="), self.zoom_in),
            ((QKeySequence.StandardKey.ZoomOut,), self.zoom_out),
            (("Ctrl+0",), self.fit_width),
            (("PgDown",), self.next_page),
            (("PgUp",), self.previous_page),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self, slot)

        self.save_button = QPushButton(self.tr("Gem som PDF …"))
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(self.tr("Udskriv …"))
        self.print_button.clicked.connect(self.print_pages)
        self.open_button = QPushButton(self.tr("Åbn i PDF-læser"))
        self.open_button.clicked.connect(self.open_external)
        self.close_button = QPushButton(self.tr("Luk"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.save_button, self.print_button, self.open_button):
            button.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.option, 1)
        if kind == "blank":
            top.addStretch(1)
        top.addWidget(self.language_label)
        top.addWidget(self.language_box)
        top.addWidget(self.make_button)
        view = QHBoxLayout()
        view.addWidget(self.previous_button)
        view.addWidget(self.page_label)
        view.addWidget(self.next_button)
        view.addStretch(1)
        view.addWidget(self.zoom_out_button)
        view.addWidget(self.zoom_label)
        view.addWidget(self.zoom_in_button)
        view.addWidget(self.fit_button)
        bottom = QHBoxLayout()
        for button in (self.save_button, self.print_button, self.open_button):
            bottom.addWidget(button)
        bottom.addStretch()
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addLayout(view)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)
        for label, widest in (
            (self.page_label, self.tr("Side %1 af %2").replace("%1", "88").replace("%2", "88")),
            (self.zoom_label, "888 %"),
        ):  # room for the widest text, so the buttons beside do not move
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(widest) + 8)
        self._update_view_controls()
        self.fit_to_screen()

    # -- size and place ---------------------------------------------------------------
    def fit_to_screen(self) -> None:
        """As tall as the screen's free room and wide enough for a page, all of it on the
        screen the window is on (the buttons too), over the middle of the window."""
        parent = self.parentWidget()
        screen = (parent or self).screen()
        room = screen.availableGeometry()
        frame = self._frame_size()
        em = self.fontMetrics().horizontalAdvance("M")
        width = min(max(round(A4_WIDTH_POINTS * POINT) + 6 * em, 62 * em), room.width())
        width = max(min(width, room.width() - frame.width()), 1)
        height = max(room.height() - frame.height(), 1)
        self.resize(width, height)
        centre = parent.frameGeometry().center().x() if parent is not None else room.center().x()
        left = centre - (width + frame.width()) // 2
        left = max(room.left(), min(left, room.right() + 1 - width - frame.width()))
        self.move(left, room.top())

    def _frame_size(self) -> QSize:
        """What the window frame adds; guessed (a title bar, thin borders) until shown."""
        if self.isVisible():
            frame = self.frameGeometry().size() - self.geometry().size()
            return QSize(max(frame.width(), 0), max(frame.height(), 0))
        return QSize(16, self.fontMetrics().height() * 2 + 12)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._keep_on_screen)

    def make_when_painted(self) -> None:
        """Make the PDF once the dialog has painted itself (``after_first_paint``): the
        first report after start also imports reportlab, and the window stood still
        85–100 ms. The busy bar shows at once."""
        from ui.widgets.first_paint import after_first_paint

        self._make_pending = True
        self.make_button.setEnabled(False)
        self.progress.show()
        after_first_paint(self, self._make_if_pending)

    def _make_if_pending(self) -> None:
        if self._make_pending:
            self._make_pending = False
            self.make()

    def _keep_on_screen(self) -> None:
        """Once the real frame is known: still all on the screen."""
        if not shiboken6.isValid(self) or not self.isVisible():
            return
        room = self.screen().availableGeometry()
        if not room.contains(self.frameGeometry()):
            self.fit_to_screen()

    # -- pages, zoom ----------------------------------------------------------------------
    def page_count(self) -> int:
        return len(self._images)

    def current_page(self) -> int:
        """The page at the top of the view, from 1 (0 when none is shown)."""
        return self._page + 1 if self._images else 0

    def zoom(self) -> float:
        """The zoom now: 1.0 is the page's natural size on a 96-dpi screen."""
        if self._zoom is not None:
            return self._zoom
        if not self._images:
            return 1.0
        room = self.scroll.viewport().width() - 2 * self.pages.contentsMargins().left() - 4
        return max(0.1, room / (self._page_width_points() * POINT))

    def zoom_in(self) -> None:
        now = self.zoom()
        bigger = [z for z in ZOOMS if z > now * 1.01]
        if bigger:
            self._set_zoom(bigger[0])

    def zoom_out(self) -> None:
        now = self.zoom()
        smaller = [z for z in ZOOMS if z < now * 0.99]
        if smaller:
            self._set_zoom(smaller[-1])

    def fit_width(self) -> None:
        self._set_zoom(None)

    def _set_zoom(self, zoom: float | None) -> None:
        page = self._page
        self._zoom = zoom
        self._scale_pages()
        self.go_to_page(page + 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def go_to_page(self, number: int) -> None:
        """Show page ``number`` (from 1) at the top of the view."""
        if not self._images:
            return
        number = max(1, min(number, len(self._images)))
        label = self.pages.itemAt(number - 1).widget()
        self._page = number - 1
        self.scroll.verticalScrollBar().setValue(label.y() - self.pages.spacing() // 2)
        self._page = number - 1  # the page asked for, also where the view cannot scroll to it
        self._update_view_controls()

    def _page_width_points(self) -> float:
        return self._images[0].width() / self._render_scale

    def _scale_pages(self) -> None:
        """Each page in its place at the zoom at once; its picture, scaled smoothly and
        sharp on this screen, when it comes into view (``_picture_pages_in_view``). Scaling
        all of a long handover's nine pages at once held the window 110 ms."""
        if not self._images:
            return
        zoom = self.zoom()
        for number, image in enumerate(self._images):
            label = self.pages.itemAt(number).widget()
            width = round(image.width() / self._render_scale * POINT * zoom)
            height = round(image.height() * width / image.width())
            label.clear()  # the picture at the old zoom: the pages in view get theirs below
            label.setFixedSize(width + 2 * PAGE_BORDER, height + 2 * PAGE_BORDER)
        # Laid out now, not when the loop next runs: the pages' places are known at once
        self.pages.activate()
        self.pages_widget.resize(
            self.pages_widget.sizeHint().expandedTo(self.scroll.viewport().size())
        )
        self._update_view_controls()
        self._picture_pages_in_view()

    def _picture_pages_in_view(self) -> None:
        """The pictures of the pages in view, and of those one screen further down (the
        next Page Down), that have none at this zoom yet."""
        ratio = self.devicePixelRatioF()
        top = self.scroll.verticalScrollBar().value()
        bottom = top + 2 * self.scroll.viewport().height()
        for number, image in enumerate(self._images):
            label = self.pages.itemAt(number).widget()
            pictured = not label.pixmap().isNull()  # cleared when the zoom changes
            if pictured or label.y() > bottom or label.geometry().bottom() < top:
                continue
            width = label.width() - 2 * PAGE_BORDER
            pixmap = QPixmap.fromImage(
                image.scaledToWidth(
                    max(1, round(width * ratio)), Qt.TransformationMode.SmoothTransformation
                )
            )
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)

    def _on_scrolled(self, value: int) -> None:
        self._picture_pages_in_view()
        top = value + self.scroll.viewport().height() // 3
        page = 0
        for number in range(self.pages.count()):
            widget = self.pages.itemAt(number).widget()
            if widget is not None and widget.y() <= top:
                page = number
        if page != self._page:
            self._page = page
            self._update_view_controls()

    def _update_view_controls(self) -> None:
        count, current = self.page_count(), self.current_page()
        self.page_label.setText(
            self.tr("Side %1 af %2").replace("%1", str(current)).replace("%2", str(count))
            if count
            else ""
        )
        self.previous_button.setEnabled(current > 1)
        self.next_button.setEnabled(0 < current < count)
        zoom = self.zoom()
        self.zoom_label.setText(f"{round(zoom * 100)} %" if count else "")
        self.zoom_in_button.setEnabled(bool(count) and zoom < ZOOMS[-1] * 0.99)
        self.zoom_out_button.setEnabled(bool(count) and zoom > ZOOMS[0] * 1.01)
        self.fit_button.setEnabled(bool(count) and self._zoom is not None)

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.scroll.viewport()
            and event.type() == QEvent.Type.Resize
            and self._images
        ):
            if self._zoom is None and event.oldSize().width() != event.size().width():
                QTimer.singleShot(0, self._refit)
            elif event.size().height() > event.oldSize().height():  # more pages in view
                QTimer.singleShot(0, self, self._picture_pages_in_view)
        return super().eventFilter(watched, event)

    def _refit(self) -> None:
        if shiboken6.isValid(self) and self._zoom is None:
            self._scale_pages()

    # -- making -----------------------------------------------------------------------
    def options(self) -> dict[str, object]:
        """The options as the boxes say now (the language only where it is chosen here)."""
        if self.kind == "blank":
            return {"language": self.language()}
        key = "include_private_notes" if self.kind == "handover" else "include_sensitive"
        options: dict[str, object] = {key: self.option.isChecked()}
        if self.kind in CHOSEN_LANGUAGE:
            options["language"] = self.language()
        return options

    def language(self) -> str:
        """The language chosen for the print ("da" or "en")."""
        return self.language_box.currentData() or i18n.language()

    def is_fresh(self) -> bool:
        """The PDF shown is the newest one asked for, made with the options as they are now."""
        return (
            self.pdf is not None
            and self._shown_generation == self._generation
            and self._shown_options == self.options()
        )

    def make(self) -> None:
        """Make the PDF again; a PDF asked for earlier and not yet shown is never shown."""
        self._make_pending = False
        if self._closed:
            return
        self._generation += 1
        options = self.options()
        out = self._workdir / f"{self.kind}-{self._generation}.pdf"
        self._asked[str(out)] = (self._generation, options)
        ratio = self.devicePixelRatioF()
        self._render_scale = PREVIEW_SCALE * (4 / 3 if ratio > 1.25 else 1)
        job = ReportJob(
            self.db_path,
            self.citizen_id,
            self.kind,
            out,
            cleanup=self._workdir,
            preview_scale=self._render_scale,
            **options,
        )
        job.signals.checked.connect(self._on_checked)
        job.signals.done.connect(self._show)
        job.signals.failed.connect(self._failed)
        self._jobs.append(job)
        self.make_button.setEnabled(False)
        self.progress.show()
        self.message.clear()
        self._update_buttons()
        QThreadPool.globalInstance().start(job)

    def _on_option(self, _value: object = None) -> None:
        self._clear_pages()  # the pages shown until now say the other thing
        if self.pdf is not None:
            self.pdf.unlink(missing_ok=True)
        self.pdf = None
        self.make()

    def _clear_pages(self) -> None:
        self._images = []
        self._page = 0
        while self.pages.count():
            item = self.pages.takeAt(0)
            if item.widget():
                item.widget().hide()  # gone from the screen now, not when the loop next runs
                item.widget().deleteLater()

    def _update_buttons(self) -> None:
        fresh = self.is_fresh()
        for button in (self.save_button, self.print_button, self.open_button):
            button.setEnabled(fresh)

    def _is_current(self, path: str) -> bool:
        asked = self._asked.pop(path, None)
        self._jobs[:] = [job for job in self._jobs if str(job.args[3]) != path]
        if self._closed or asked is None or asked[0] != self._generation:
            self._readability.pop(path, None)
            Path(path).unlink(missing_ok=True)  # an older PDF, asked for before a change
            return False
        return True

    def _failed(self, path: str, message: str) -> None:
        if not self._is_current(path):
            return
        self.progress.hide()
        self.make_button.setEnabled(True)
        self.message.setText("⚠ " + message)
        self._update_buttons()

    def _show(self, path: str, images: list[QImage]) -> None:
        generation, options = self._asked.get(path, (None, None))
        if not self._is_current(path):
            return
        self.progress.hide()
        self.make_button.setEnabled(True)
        self.make_button.setText(self.tr("Lav igen"))
        if self.pdf is not None and self.pdf != Path(path):
            self.pdf.unlink(missing_ok=True)
        self.pdf = Path(path)
        self._shown_generation, self._shown_options = generation, options
        self._show_readability(self._readability.pop(path, None))
        self._clear_pages()
        self._images = images
        for number in range(1, len(self._images) + 1):
            label = QLabel()
            label.setAccessibleName(self.tr("Side %1").replace("%1", str(number)))
            label.setStyleSheet(f"border: {PAGE_BORDER}px solid #999; background: white;")
            self.pages.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            label.show()  # now, not on the loop's next turn: it is laid out, and placed, now
        self._scale_pages()
        self.scroll.verticalScrollBar().setValue(0)
        self._update_buttons()
        self.finished_pdf.emit(path)

    def _on_checked(self, path: str, found) -> None:
        if not self._closed:
            self._readability[path] = found

    def _show_readability(self, found) -> None:
        """The plan is hard to read: say so, and where, before it is printed (a hint)."""
        if found is None or not found.hard:
            self.hint.hide()
            self.hint.clear()
            return
        lines = [
            self.tr("Planen er svær at læse (LIX %1). Borgeren skal kunne læse den selv.").replace(
                "%1", str(round(found.lix))
            )
        ]
        if found.long_sentences:
            shown = ["“" + _shorten(s, HINT_SENTENCE_CHARS) + "”" for s in found.long_sentences]
            lines.append(
                self.tr("Lange sætninger: %1").replace("%1", " ".join(shown[:HINT_SENTENCES]))
            )
        if found.long_words:
            lines.append(
                self.tr("Lange ord: %1").replace("%1", ", ".join(found.long_words[:HINT_WORDS]))
            )
        lines.append(self.tr("Du kan stadig udskrive planen, som den er."))
        self.hint.setText("\n".join(lines))
        self.hint.show()

    def _fresh_pdf(self) -> Path | None:
        """The PDF to save, print or open, or ``None`` (with a message) while it is made."""
        if not self.is_fresh():
            self.message.setText(self.tr("Vent et øjeblik: PDF'en bliver lavet."))
            return None
        return self.pdf

    # -- output -------------------------------------------------------------------------
    def save_as(self, target: str | None = None) -> Path | None:
        pdf = self._fresh_pdf()
        if pdf is None:
            return None
        if not target:
            suggested = documents_folder() / suggested_name(
                self.kind, self.citizen_name, self.citizen_id, clock.today()
            )
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Gem PDF"), str(suggested), "PDF (*.pdf)"
            )
        if not target:
            return None
        try:
            private_copy(pdf, Path(target))
        except OSError as error:
            self.message.setText(
                "⚠ "
                + self.tr("PDF'en kunne ikke gemmes: %1").replace(
                    "%1", error.strerror or str(error)
                )
            )
            return None
        self.message.setText(self.tr("Gemt: %1").replace("%1", target))
        return Path(target)

    def print_pages(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        pdf = self._fresh_pdf()
        if pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        painter = QPainter(printer)
        try:
            for number in range(page_count(pdf)):  # one page in memory at a time
                for image in render_pages(pdf, scale=PRINT_SCALE, only=number):
                    if number:
                        printer.newPage()
                    target = painter.viewport()
                    size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                    painter.drawImage(target.x(), target.y(), image.scaled(size))
        finally:
            painter.end()

    def open_external(self) -> None:
        pdf = self._fresh_pdf()
        if pdf is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf)))

    def done(self, result: int) -> None:
        self._closed = True
        _abandon(self._workdir, self._jobs)
        self._clear_pages()  # the page images go now, not when the dialog is deleted
        super().done(result)


HINT_SENTENCES = 2  # long sentences named in the hint
HINT_SENTENCE_CHARS = 70  # each shown up to this long
HINT_WORDS = 6  # long words named


def _shorten(text: str, limit: int) -> str:
    """``text`` cut at a word before ``limit`` characters, with "…" when cut."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def documents_folder() -> Path:
    """The user's Documents folder (Dokumenter), where a saved document is first offered."""
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def _give_back_soon() -> None:
    """Once the event loop is free: the memory the closed preview let go back to the system
    (Linux; ``progressionsdialog.memory``). Some 30 MB of page images and buffers were
    freed, but stayed resident inside the C heaps."""
    QTimer.singleShot(0, _give_back)


def _give_back() -> None:
    if not _running:  # no report being made: nothing imports or reads sources just now
        forget_sources()
    give_back()


def _abandon(workdir: Path, jobs: list[ReportJob]) -> None:
    """The dialog is gone: its jobs report nothing, and every file is removed (by a job still
    running, when it ends)."""
    for job in jobs:
        job.cancel()
    shutil.rmtree(workdir, ignore_errors=True)
