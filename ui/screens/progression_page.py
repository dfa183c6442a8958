"""Progression as pictures: a line per indicator and the star of first, previous and latest.

The figures come from the core (``progressionsdialog.charts``), the same code the PDF uses.
matplotlib is imported the first time this page is shown, not at start-up.
"""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from progressionsdialog.storage.efforts import list_efforts
from progressionsdialog.storage.meetings import score_history
from progressionsdialog.tools.definition import ToolDefinition


class ProgressionPage(QWidget):
    meeting_requested = Signal(int)

    def __init__(
        self, db: sqlite_utils.Database, tool: ToolDefinition, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.tool = db, tool
        self.citizen_id: int | None = None
        self._dirty = True
        self.canvases: list = []
        hint = QLabel(self.tr("Klik på et punkt for at åbne samtalen."))
        hint.setObjectName("hint")
        self.charts = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.charts, 1)
        layout.addWidget(hint, 0, Qt.AlignmentFlag.AlignRight)

    def show_citizen(self, citizen_id: int | None) -> None:
        self.citizen_id = citizen_id
        self.invalidate()

    def invalidate(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from progressionsdialog.charts.progression import progression_figure, radar_figure

        self._dirty = False
        for canvas in self.canvases:
            self.charts.removeWidget(canvas)
            canvas.figure.clear()
            canvas.deleteLater()
        self.canvases = []
        history = score_history(self.db, self.citizen_id) if self.citizen_id else []
        efforts = list_efforts(self.db, self.citizen_id) if self.citizen_id else []
        for figure, stretch in (
            (progression_figure(history, self.tool, efforts=efforts), 3),
            (radar_figure(history, self.tool), 2),
        ):
            canvas = FigureCanvasQTAgg(figure)
            canvas.setMinimumSize(200, 200)
            canvas.setAccessibleName(self.tr("Diagram over udviklingen"))
            canvas.mpl_connect("pick_event", self._on_pick)
            self.charts.addWidget(canvas, stretch)
            self.canvases.append(canvas)

    def _on_pick(self, event) -> None:
        ids = getattr(event.artist, "meeting_ids", None)
        if ids and len(event.ind):
            self.meeting_requested.emit(ids[event.ind[0]])
