"""The team leader's statistics (Vis → Statistik): charts with a table beneath each.

Every number comes from the core (``progressionsdialog.statistics``) with the small-group
rule applied, so a group under 5 citizens is "færre end 5" here as on paper. Not reachable
from citizen view: it is about the caseload, never one citizen.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
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
from progressionsdialog.statistics.indicators import Period
from progressionsdialog.statistics.report import Section, team_sections
from progressionsdialog.storage.projects import get_project, list_projects
from progressionsdialog.tools.definition import ToolDefinition


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
        self.documents = documents or Path.home()
        self.sections: list[Section] = []
        self.period = Period()
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
        for each in list_projects(db):
            self.project.addItem(self.tr("%1 mod kontrolgruppen").replace("%1", each.name), each.id)
        show = QPushButton(self.tr("&Vis"))
        show.clicked.connect(self.refresh)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("error")
        filters = QFormLayout()
        filters.addRow(self.tr("&Fra:"), self.start)
        filters.addRow(self.tr("&Til:"), self.end)
        filters.addRow(self.tr("&Projekt:"), self.project)
        top = QHBoxLayout()
        top.addLayout(filters, 1)
        top.addWidget(show, 0, Qt.AlignmentFlag.AlignBottom)
        self.body = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setAccessibleName(self.tr("Tabeller og diagrammer"))
        save_pdf = QPushButton(self.tr("Gem som &PDF …"))
        save_pdf.clicked.connect(lambda: self.save_pdf())
        save_csv = QPushButton(self.tr("Gem som &CSV …"))
        save_csv.clicked.connect(lambda: self.save_csv())
        close = QPushButton(self.tr("&Luk"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(save_pdf)
        buttons.addWidget(save_csv)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Tal for alle borgere i databasen. En gruppe med færre end 5 borgere vises som "
                "'færre end 5' og er ikke med i diagrammerne, så ingen kan genkendes."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1100, screen.width() - 40), min(800, screen.height() - 60))
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

    def refresh(self) -> None:
        period = self._period()
        if period is None:
            return
        self.message.clear()
        self.period = period
        project_id = self.project.currentData()
        project = get_project(self.db, project_id) if project_id is not None else None
        self.sections = team_sections(self.db, period, self.tool, clock.today(), project)
        self._show_sections()

    def _show_sections(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from progressionsdialog.charts.team import change_figure

        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget()
            if widget is not None:  # out of sight at once; freed by Qt later
                widget.hide()
                widget.deleteLater()
        self.tables: list[QTableWidget] = []
        for section in self.sections:
            title = QLabel(section.table.title)
            title.setObjectName("heading")
            title.setWordWrap(True)
            self.body.addWidget(title)
            if section.rows is not None:
                for who in ("citizen_score", "worker_score"):
                    canvas = FigureCanvasQTAgg(change_figure(section.rows, self.tool, who))
                    canvas.setFixedHeight(340)
                    canvas.setAccessibleName(
                        self.tr("Diagram: %1 (tallene står i tabellen under)").replace(
                            "%1", section.table.title
                        )
                    )
                    self.body.addWidget(canvas)
            self.body.addWidget(self._table(section))

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

    # -- output -------------------------------------------------------------------------
    def _target(self, suggested: str, pattern: str) -> str:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Gem"), str(self.documents / suggested), pattern
        )
        return target

    def save_pdf(self, target: str | None = None) -> Path | None:
        from progressionsdialog.reports.team import build_team_report

        target = target or self._target(
            f"teamets-tal-{clock.today().isoformat()}.pdf", "PDF (*.pdf)"
        )
        if not target:
            return None
        try:
            path = build_team_report(Path(target), self.sections, self.tool, self.period)
        except ProgressionsdialogError as error:
            self.message.setText("⚠ " + str(error))
            return None
        self.message.setText(self.tr("Gemt: %1").replace("%1", str(path)))
        return path

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
