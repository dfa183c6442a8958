"""Print the plan or the handover report: options, made off the GUI thread, a preview of the
pages, then save as PDF, print, or open in the system's PDF viewer.

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

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
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

from progressionsdialog import clock
from progressionsdialog.errors import ProgressionsdialogError
from progressionsdialog.reports.filenames import private_copy, suggested_name
from progressionsdialog.storage import open_database

TITLES = {"plan": "Borgerens plan", "handover": "Overleveringsrapport"}


class _Signals(QObject):
    done = Signal(str)  # the PDF's path
    failed = Signal(str, str)  # the path asked for, and why it was not made


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
        **options,
    ) -> None:
        super().__init__()
        self.args = (db_path, citizen_id, kind, out)
        self.options = options
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
            if self._cancelled.is_set():
                if self.cleanup is not None:
                    shutil.rmtree(self.cleanup, ignore_errors=True)
            elif outcome is None:
                self.signals.done.emit(str(self.args[3]))
            else:
                self.signals.failed.emit(str(self.args[3]), outcome)
        finally:
            self.signals.deleteLater()
            with _running_lock:
                _running.discard(self)

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
            finally:
                db.close()
        except ProgressionsdialogError as error:
            return str(error)
        except Exception as error:  # never a traceback in front of the citizen
            return f"PDF'en kunne ikke laves ({error})."
        return None


def render_pages(path: Path, scale: float = 1.3) -> list[QImage]:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    images = []
    try:
        for page in document:
            bitmap = page.render(scale=scale).to_pil().convert("RGB")
            data = bitmap.tobytes()
            image = QImage(
                data, bitmap.width, bitmap.height, bitmap.width * 3, QImage.Format.Format_RGB888
            ).copy()
            images.append(image)
    finally:
        document.close()
    return images


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
        self._shown_options: dict[str, bool] | None = None
        self._asked: dict[str, tuple[int, dict[str, bool]]] = {}  # out path: generation, options
        self._jobs: list[ReportJob] = []
        self._closed = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.destroyed.connect(partial(_abandon, self._workdir, self._jobs))
        self.setWindowTitle(self.tr(TITLES[kind]) + " – " + citizen_name)
        # A page fits in the width; the height fits on a 1366×768 laptop, buttons included
        room = (parent or self).screen().availableGeometry()
        self.resize(min(830, room.width() - 40), min(900, room.height() - 60))

        self.option = QCheckBox(
            self.tr("Tag private noter med")
            if kind == "handover"
            else self.tr("Tag helbred og misbrug med (kun hvis borgeren vil)")
        )
        self.option.toggled.connect(self._on_option)
        self.make_button = QPushButton(self.tr("Lav forhåndsvisning"))
        self.make_button.clicked.connect(self.make)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the work has no steps to count
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("fieldError")
        self.pages = QVBoxLayout()
        pages_widget = QWidget()
        pages_widget.setLayout(self.pages)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(pages_widget)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.save_button = QPushButton(self.tr("Gem som PDF …"))
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(self.tr("Udskriv …"))
        self.print_button.clicked.connect(self.print_pages)
        self.open_button = QPushButton(self.tr("Åbn i PDF-læser"))
        self.open_button.clicked.connect(self.open_external)
        close = QPushButton(self.tr("Luk"))
        close.clicked.connect(self.reject)
        for button in (self.save_button, self.print_button, self.open_button):
            button.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.option, 1)
        top.addWidget(self.make_button)
        bottom = QHBoxLayout()
        for button in (self.save_button, self.print_button, self.open_button):
            bottom.addWidget(button)
        bottom.addStretch()
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)

    # -- making -----------------------------------------------------------------------
    def options(self) -> dict[str, bool]:
        """The options as the box says now."""
        key = "include_private_notes" if self.kind == "handover" else "include_sensitive"
        return {key: self.option.isChecked()}

    def is_fresh(self) -> bool:
        """The PDF shown is the newest one asked for, made with the options as they are now."""
        return (
            self.pdf is not None
            and self._shown_generation == self._generation
            and self._shown_options == self.options()
        )

    def make(self) -> None:
        """Make the PDF again; a PDF asked for earlier and not yet shown is never shown."""
        if self._closed:
            return
        self._generation += 1
        options = self.options()
        out = self._workdir / f"{self.kind}-{self._generation}.pdf"
        self._asked[str(out)] = (self._generation, options)
        job = ReportJob(
            self.db_path, self.citizen_id, self.kind, out, cleanup=self._workdir, **options
        )
        job.signals.done.connect(self._show)
        job.signals.failed.connect(self._failed)
        self._jobs.append(job)
        self.make_button.setEnabled(False)
        self.progress.show()
        self.message.clear()
        self._update_buttons()
        QThreadPool.globalInstance().start(job)

    def _on_option(self, _checked: bool) -> None:
        self._clear_pages()  # the pages shown until now say the other thing
        if self.pdf is not None:
            self.pdf.unlink(missing_ok=True)
        self.pdf = None
        self.make()

    def _clear_pages(self) -> None:
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

    def _show(self, path: str) -> None:
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
        self._clear_pages()
        for number, image in enumerate(render_pages(self.pdf), start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Side %1").replace("%1", str(number)))
            label.setStyleSheet("border: 1px solid #999; background: white;")
            self.pages.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        self._update_buttons()
        self.finished_pdf.emit(path)

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
        for number, image in enumerate(render_pages(pdf, scale=300 / 72)):
            if number:
                printer.newPage()
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(), image.scaled(size))
        painter.end()

    def open_external(self) -> None:
        pdf = self._fresh_pdf()
        if pdf is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf)))

    def done(self, result: int) -> None:
        self._closed = True
        _abandon(self._workdir, self._jobs)
        super().done(result)


def documents_folder() -> Path:
    """The user's Documents folder (Dokumenter), where a saved document is first offered."""
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def _abandon(workdir: Path, jobs: list[ReportJob]) -> None:
    """The dialog is gone: its jobs report nothing, and every file is removed (by a job still
    running, when it ends)."""
    for job in jobs:
        job.cancel()
    shutil.rmtree(workdir, ignore_errors=True)
