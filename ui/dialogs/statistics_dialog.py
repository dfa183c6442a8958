"""The team leader's statistics (Vis → Statistik): charts with a table beneath each.

Every number comes from the core (``progressionsdialog.statistics``) with the small-group
rule applied, so a group under 5 citizens is "færre end 5" here as on paper. Not reachable
from citizen view: it is about the caseload, never one citizen.

The numbers and the charts are made off the GUI thread (``ui.workers``), with the worker's
own connection to the database file (or the team files it loads), while a busy bar says
"Beregner …"; the window draws them when they are done. A newer request makes an older
result be dropped; a failed one (a bad team file, a wrong period) leaves what is shown.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog import clock
from progressionsdialog.domain.dates import parse_date
from progressionsdialog.errors import ProgressionsdialogError
from progressionsdialog.statistics.computed import WHO, Numbers, compute
from progressionsdialog.statistics.indicators import Period
from progressionsdialog.statistics.report import Section
from progressionsdialog.storage import database_path
from progressionsdialog.tools.definition import ToolDefinition
from ui.widgets.first_paint import after_first_paint
from ui.workers import Job, run_job

TEAM_KEY_VAR = "PROGRESSIONSDIALOG_TEAM_KEY"  # as the command line's --teamnoegle falls back to


def _t(text: str) -> str:
    return QCoreApplication.translate("StatisticsDialog", text)


class TeamKeyDialog:
    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        """The team's key (the leader gives it to the team), or ``None`` when cancelled;
        ``""`` means none (a citizen who changed worker then counts twice)."""
        text, ok = QInputDialog.getText(
            parent,
            _t("Teamnøgle"),
            _t(
                "Teamets nøgle (den samme på alle computere i teamet), så en borger, der har "
                "skiftet medarbejder, tæller én gang. Lad feltet stå tomt, hvis teamet ikke "
                "har en."
            ),
            QLineEdit.EchoMode.Password,
            os.environ.get(TEAM_KEY_VAR, ""),
        )
        return text.strip() if ok else None


def _with_images(
    numbers: Numbers | None,
) -> tuple[Numbers | None, dict[tuple[int, str], QImage]]:
    """The numbers, and their charts decoded from PNG here, in the worker: on the window's
    thread the eight of them took 36 ms."""
    images: dict[tuple[int, str], QImage] = {}
    for key, png in (numbers.charts if numbers is not None else {}).items():
        image = QImage()
        if image.loadFromData(png, "PNG"):
            images[key] = image
    return numbers, images


class StatisticsDialog(QDialog):
    def __init__(
        self,
        db: sqlite_utils.Database,
        tool: ToolDefinition,
        documents: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.tool = db, tool
        self.db_path = database_path(db)
        self.documents = documents or Path.home()
        self.sections: list[Section] = []
        self.numbers: Numbers | None = None
        self.team_files: list[Path] | None = None  # what is shown: the team's, or own numbers
        self.period = Period()
        self.jobs: list[Job] = []
        self._generation = 0
        self._stop = threading.Event()  # set when the window closes or a newer one starts
        self._compute_pending = False  # the first numbers wait for the first paint
        self._images: dict[tuple[int, str], QImage] = {}  # the charts, decoded by the worker
        self.tables: list[QTableWidget] = []
        self.setWindowTitle(self.tr("Statistik for teamet"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.start = QLineEdit()
        self.start.setPlaceholderText(self.tr("dd-mm-åååå"))
        self.start.setAccessibleName(self.tr("Fra dato"))
        self.end = QLineEdit()
        self.end.setPlaceholderText(self.tr("dd-mm-åååå"))
        self.end.setAccessibleName(self.tr("Til dato"))
        self.project = QComboBox()
        self.project.setAccessibleName(self.tr("Projekt"))
        self.project.addItem(self.tr("Alle borgere"), None)
        show = QPushButton(self.tr("&Vis"))
        show.clicked.connect(self.refresh)
        self.show_button = show
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("error")
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.source_label.setObjectName("subheading")
        self.busy_label = QLabel(self.tr("Beregner …"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # moving: how long it takes is not known
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Beregner"))
        self.busy.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 16)
        filters = QFormLayout()
        filters.addRow(self.tr("&Fra:"), self.start)
        filters.addRow(self.tr("&Til:"), self.end)
        filters.addRow(self.tr("&Projekt:"), self.project)
        self.load_button = QPushButton(self.tr("&Indlæs teamfiler …"))
        self.load_button.setToolTip(
            self.tr("Vis teamets tal fra de filer, kollegerne har eksporteret (uden navne)")
        )
        self.load_button.clicked.connect(lambda: self.load_team_files())
        self.own_button = QPushButton(self.tr("Vis &egne tal igen"))
        self.own_button.clicked.connect(self.show_own)
        self.own_button.hide()
        self.export_button = QPushButton(self.tr("&Eksportér til teamet …"))
        self.export_button.setToolTip(
            self.tr("Gem egne tal uden navne og CPR-numre, så teamlederen kan lægge dem sammen")
        )
        self.export_button.clicked.connect(lambda: self.export_team_file())
        top = QHBoxLayout()
        top.addLayout(filters, 1)
        top.addWidget(show, 0, Qt.AlignmentFlag.AlignBottom)
        team = QHBoxLayout()
        team.addWidget(self.load_button)
        team.addWidget(self.own_button)
        team.addWidget(self.export_button)
        team.addStretch(1)
        team.addWidget(self.busy_label)
        team.addWidget(self.busy)
        self.body = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setAccessibleName(self.tr("Tabeller og diagrammer"))
        self.pdf_button = QPushButton(self.tr("Gem som &PDF …"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.csv_button = QPushButton(self.tr("Gem som &CSV …"))
        self.csv_button.clicked.connect(lambda: self.save_csv())
        close = QPushButton(self.tr("&Luk"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.csv_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Tal for alle borgere i databasen eller i de indlæste teamfiler. En gruppe med "
                "færre end 5 borgere vises som 'færre end 5' og er ikke med i diagrammerne, så "
                "ingen kan genkendes."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(top)
        layout.addLayout(team)
        layout.addWidget(self.source_label)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1100, screen.width() - 40), min(800, screen.height() - 60))
        from progressionsdialog.storage.projects import list_projects

        self._set_projects([p.name for p in list_projects(db)])  # one quick query
        # The numbers are started once the window has painted itself, busy: a job started
        # before held Python's lock while the window laid itself out (60-80 ms blocked).
        self._set_busy(True)
        self._compute_pending = True
        after_first_paint(self, self._compute_if_pending)

    def _compute_if_pending(self) -> None:
        if self._compute_pending:
            self.refresh()

    # -- making -------------------------------------------------------------------------
    def _period(self) -> Period | None:
        try:
            start = parse_date(self.start.text(), field="fra") if self.start.text() else None
            end = parse_date(self.end.text(), field="til") if self.end.text() else None
            return Period(start, end)
        except ProgressionsdialogError as error:
            self.message.setText("⚠ " + str(error))
            return None

    def is_busy(self) -> bool:
        return not self.busy.isHidden()

    def _set_busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        self.busy_label.setVisible(on)
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(not on and bool(self.sections))

    def refresh(self) -> Job | None:
        """Compute again with the period and project as the fields say, on the data shown."""
        return self._compute(self.team_files)

    def _compute(self, team_files: list[Path] | None) -> Job | None:
        self._compute_pending = False
        period = self._period()
        if period is None:
            return None
        self.message.clear()
        self._generation += 1
        generation = self._generation
        self._stop.set()  # an older computation still drawing is no longer wanted
        self._stop = threading.Event()
        args = (
            self.db_path,
            team_files,
            period,
            self.project.currentData(),
            self.tool,
            clock.today(),
            self.devicePixelRatioF(),
            self.db if self.db_path is None else None,
            self._stop,
        )
        self._set_busy(True)

        def done(result: tuple[Numbers | None, dict[tuple[int, str], QImage]]) -> None:
            numbers, self._images = result
            if numbers is not None and generation == self._generation:
                self.period = period
                self._show(numbers)

        def failed(message: str) -> None:
            if generation == self._generation:
                self._set_busy(False)
                self.message.setText("⚠ " + message)

        if self.db_path is None and not team_files:  # a database in memory: here, at once
            try:
                done(_with_images(compute(*args)))
            except ProgressionsdialogError as error:
                failed(str(error))
            return None
        job = run_job(
            lambda: _with_images(compute(*args)),
            done,
            failed,
            _t("Tallene kunne ikke beregnes"),
            owner=self,
        )
        self.jobs.append(job)
        return job

    def _show(self, numbers: Numbers) -> None:
        self.numbers = numbers
        self.sections = numbers.sections
        self.team_files = numbers.team_files
        self._set_projects(numbers.projects)
        if numbers.team_files:
            self.source_label.setText(" ".join(numbers.notes))
            self.source_label.show()
        else:
            self.source_label.clear()
            self.source_label.hide()
        self.own_button.setVisible(bool(numbers.team_files))
        self.export_button.setEnabled(not numbers.team_files)
        self._show_sections()
        self._set_busy(False)

    def _set_projects(self, names: list[str]) -> None:
        current = self.project.currentData()
        self.project.blockSignals(True)
        while self.project.count() > 1:
            self.project.removeItem(1)
        for name in names:
            self.project.addItem(self.tr("%1 mod kontrolgruppen").replace("%1", name), name)
        self.project.setCurrentIndex(max(0, self.project.findData(current)))
        self.project.blockSignals(False)

    def _show_sections(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget()
            if widget is not None:  # out of sight at once; freed by Qt later
                widget.hide()
                widget.deleteLater()
        self.tables = []
        ratio = self.devicePixelRatioF()
        for n, section in enumerate(self.sections):
            title = QLabel(section.table.title)
            title.setObjectName("heading")
            title.setWordWrap(True)
            self.body.addWidget(title)
            for who in WHO:
                png = self.numbers.charts.get((n, who)) if self.numbers else None
                if png is None:
                    continue
                chart = QLabel()
                image = self._images.get((n, who))
                pixmap = QPixmap.fromImage(image) if image is not None else QPixmap()
                if image is None:
                    pixmap.loadFromData(png, "PNG")
                pixmap.setDevicePixelRatio(ratio)
                chart.setPixmap(pixmap)
                chart.setAccessibleName(
                    self.tr("Diagram: %1 (tallene står i tabellen under)").replace(
                        "%1", section.table.title
                    )
                )
                self.body.addWidget(chart)
            if section.rows is not None and not any((n, who) in self.numbers.charts for who in WHO):
                hint = QLabel(
                    self.tr(
                        "Ingen grupper med 5 borgere eller flere, så intet diagram. Se tabellen."
                    )
                )
                hint.setObjectName("hint")
                self.body.addWidget(hint)
            self.body.addWidget(self._table(section))
        self.body.addStretch(1)

    def _table(self, section: Section) -> QTableWidget:
        table = QTableWidget(len(section.table.rows), len(section.table.header))
        table.setHorizontalHeaderLabels(list(section.table.header))
        table.setAccessibleName(section.table.title)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        for r, row in enumerate(section.table.rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        height = table.horizontalHeader().height() + sum(
            table.rowHeight(r) for r in range(table.rowCount())
        )
        table.setFixedHeight(min(height + 4, 420))
        self.tables.append(table)
        return table

    # -- the team's numbers ---------------------------------------------------------------
    def load_team_files(self, paths: list[Path] | None = None) -> Job | None:
        """Show the team's numbers from several exports; a bad file changes nothing."""
        if paths is None:
            chosen, _ = QFileDialog.getOpenFileNames(
                self,
                self.tr("Indlæs teamfiler"),
                str(self.documents),
                self.tr("Teamfiler (*.json);;Alle filer (*)"),
            )
            paths = [Path(p) for p in chosen]
        if not paths:
            return None
        return self._compute([Path(p) for p in paths])

    def show_own(self) -> Job | None:
        return self._compute(None)

    def export_team_file(self, target: str | None = None, team_key: str | None = None):
        """Write the pseudonymised export of this database for the team leader."""
        if self.db_path is None:
            return None
        if team_key is None:
            team_key = TeamKeyDialog.ask(self)
            if team_key is None:
                return None
        target = target or self._target(
            f"teamfil-{clock.today().isoformat()}.json", self.tr("Teamfil (*.json)")
        )
        if not target:
            return None
        db_path, today, key = self.db_path, clock.today(), team_key or None

        def work() -> tuple[Path, int]:
            from progressionsdialog.statistics.team_file import export_team_file
            from progressionsdialog.storage import connect

            db = connect(db_path)
            try:
                return Path(target), export_team_file(db, Path(target), team_key=key, today=today)
            finally:
                db.close()

        def done(result: tuple[Path, int]) -> None:
            path, count = result
            text = self.tr("Teamfil gemt: %1 (%2 borgere, uden navne).")
            text = text.replace("%1", str(path)).replace("%2", str(count))
            if not key:
                text += " " + self.tr(
                    "Uden teamnøgle tæller en borger, der har skiftet medarbejder, to gange."
                )
            self.message.setText(text)

        job = run_job(work, done, self._say, _t("Teamfilen kunne ikke gemmes"), owner=self)
        self.jobs.append(job)
        return job

    def _say(self, message: str) -> None:
        self.message.setText("⚠ " + message)

    # -- output -------------------------------------------------------------------------
    def _target(self, suggested: str, pattern: str) -> str:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Gem"), str(self.documents / suggested), pattern
        )
        return target

    def save_pdf(self, target: str | None = None) -> Job | None:
        """The team report of what is shown, made off the GUI thread."""
        from progressionsdialog.reports.team import build_team_report

        target = target or self._target(
            f"teamets-tal-{clock.today().isoformat()}.pdf", "PDF (*.pdf)"
        )
        if not target:
            return None
        sections, tool, period = list(self.sections), self.tool, self.period
        self.message.setText(self.tr("Gemmer PDF …"))

        def done(path: Path) -> None:
            self.message.setText(self.tr("Gemt: %1").replace("%1", str(path)))

        job = run_job(
            lambda: build_team_report(Path(target), sections, tool, period),
            done,
            self._say,
            _t("PDF'en kunne ikke laves"),
            owner=self,
        )
        self.jobs.append(job)
        return job

    def save_csv(self, target: str | None = None) -> Path | None:
        from progressionsdialog.statistics.tables import write_csv

        target = target or self._target(
            f"teamets-tal-{clock.today().isoformat()}.csv", "CSV (*.csv)"
        )
        if not target:
            return None
        try:
            path = write_csv([s.table for s in self.sections], Path(target))
        except OSError as error:
            self.message.setText("⚠ " + (error.strerror or str(error)))
            return None
        self.message.setText(self.tr("Gemt: %1").replace("%1", str(path)))
        return path

    def done(self, result: int) -> None:
        self._stop.set()
        for job in self.jobs:  # closed: nothing is drawn into a window that is gone
            job.cancel()
        super().done(result)
