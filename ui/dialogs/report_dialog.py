"""Print the plan or the handover report: options, made off the GUI thread, a preview of the
pages, then save as PDF, print, or open in the system's PDF viewer.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QUrl, Signal
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

from progressionsdialog.errors import ProgressionsdialogError
from progressionsdialog.storage import open_database

TITLES = {"plan": "Borgerens plan", "handover": "Overleveringsrapport"}


class _Signals(QObject):
    done = Signal(str)
    failed = Signal(str)


class ReportJob(QRunnable):
    """Makes the PDF with its own database connection (SQLite connections stay in one thread)."""

    def __init__(self, db_path: Path, citizen_id: int, kind: str, out: Path, **options) -> None:
        super().__init__()
        self.args = (db_path, citizen_id, kind, out)
        self.options = options
        self.signals = _Signals()

    def run(self) -> None:
        from progressionsdialog.reports.make import make_report

        db_path, citizen_id, kind, out = self.args
        try:
            db = open_database(db_path)
            try:
                make_report(db, citizen_id, kind, out, **self.options)
            finally:
                db.close()
        except ProgressionsdialogError as error:
            self.signals.failed.emit(str(error))
            return
        except Exception as error:  # never a traceback in front of the citizen
            self.signals.failed.emit(f"PDF'en kunne ikke laves ({error}).")
            return
        self.signals.done.emit(str(out))


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
        self.pdf: Path | None = None
        self._workdir = Path(tempfile.mkdtemp(prefix="progressionsdialog-pdf-"))
        self.setWindowTitle(self.tr(TITLES[kind]) + " – " + citizen_name)
        self.resize(760, 900)

        self.option = QCheckBox(
            self.tr("Tag private noter med")
            if kind == "handover"
            else self.tr("Tag helbred og misbrug med (kun hvis borgeren vil)")
        )
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

    def make(self) -> None:
        options = (
            {"include_private_notes": self.option.isChecked()}
            if self.kind == "handover"
            else {"include_sensitive": self.option.isChecked()}
        )
        out = self._workdir / f"{self.kind}.pdf"
        job = ReportJob(self.db_path, self.citizen_id, self.kind, out, **options)
        job.signals.done.connect(self._show)
        job.signals.failed.connect(self._failed)
        self._job = job  # keep the signals alive until the job reports
        self.make_button.setEnabled(False)
        self.progress.show()
        self.message.clear()
        QThreadPool.globalInstance().start(job)

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.make_button.setEnabled(True)
        self.message.setText("⚠ " + message)

    def _show(self, path: str) -> None:
        self.progress.hide()
        self.make_button.setEnabled(True)
        self.make_button.setText(self.tr("Lav igen"))
        self.pdf = Path(path)
        while self.pages.count():
            item = self.pages.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for number, image in enumerate(render_pages(self.pdf), start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Side %1").replace("%1", str(number)))
            label.setStyleSheet("border: 1px solid #999; background: white;")
            self.pages.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        for button in (self.save_button, self.print_button, self.open_button):
            button.setEnabled(True)
        self.finished_pdf.emit(path)

    def save_as(self, target: str | None = None) -> Path | None:
        if self.pdf is None:
            return None
        if not target:
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Gem PDF"), f"{self.kind}.pdf", "PDF (*.pdf)"
            )
        if not target:
            return None
        try:
            shutil.copyfile(self.pdf, target)
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

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        painter = QPainter(printer)
        for number, image in enumerate(render_pages(self.pdf, scale=300 / 72)):
            if number:
                printer.newPage()
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(), image.scaled(size))
        painter.end()

    def open_external(self) -> None:
        if self.pdf is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf)))

    def done(self, result: int) -> None:
        shutil.rmtree(self._workdir, ignore_errors=True)
        super().done(result)
