"""Citizen view's meeting: the four indicators of the newest meeting, scored by both.

Last meeting's score stays hidden until both scores are given, as on the meeting screen: the
rule is the core's (``progressionsdialog.citizen_view``). What is saved here is the two
scores only; the meeting's notes stay as they were and are never loaded into this screen.
"""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog.citizen_view import IndicatorNow, give_scores, indicators_now
from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.meeting import Meeting, change_between
from progressionsdialog.errors import ProgressionsdialogError
from progressionsdialog.storage.meetings import score_history
from progressionsdialog.tools.definition import Indicator, ToolDefinition
from ui.translation import ui_language
from ui.widgets.field_error import FieldError
from ui.widgets.score_selector import ScoreSelector


def _label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
        label.setIndent(0)  # a style sheet's margin would indent the text as if framed
    return label


class CitizenIndicator(QWidget):
    """One indicator: its name and what it means, the two scores, and the change since last."""

    scored = Signal(str, object, object)  # indicator key, citizen score, worker score

    def __init__(self, tool: ToolDefinition, indicator: Indicator, parent=None) -> None:
        super().__init__(parent)
        self.key = indicator.key
        language = ui_language()  # the tool has its own Danish and English texts
        name = indicator.name(language)
        self.title = _label(name, "citizenViewIndicator")
        explanation = _label(indicator.explanation(language))
        self.citizen_score = ScoreSelector(
            self.tr("Din score for %1").replace("%1", name), tool.score_min, tool.score_max
        )
        self.worker_score = ScoreSelector(
            self.tr("Medarbejderens score for %1").replace("%1", name),
            tool.score_min,
            tool.score_max,
        )
        self.reveal = _label("", "reveal")
        grid = QGridLayout(self)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(explanation, 1, 0, 1, 2)
        grid.addWidget(_label(self.tr("Du")), 2, 0)
        grid.addWidget(self.citizen_score, 2, 1)
        grid.addWidget(_label(self.tr("Medarbejderen")), 3, 0)
        grid.addWidget(self.worker_score, 3, 1)
        grid.addWidget(self.reveal, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(5, 1)
        # As tall as on the meeting screen: the cells' numbers are larger here, the rows not
        line = QFontMetrics(QApplication.font()).height()
        for selector in (self.citizen_score, self.worker_score):
            selector.setFixedHeight(round(line * 2.6) + 4)
            selector.valueChanged.connect(self._on_score)

    def show_scores(self, shown: IndicatorNow | None) -> None:
        """``None``: there is no meeting to score yet."""
        self.setEnabled(shown is not None)
        now = shown.now if shown else None
        self.citizen_score.setValue(now.citizen_score if now else None)
        self.worker_score.setValue(now.worker_score if now else None)
        self.reveal.setText(self._reveal_text(shown) if shown else "")
        self.reveal.setVisible(shown is not None)

    def _reveal_text(self, shown: IndicatorNow) -> str:
        if not shown.complete:
            if shown.held_back:
                return self.tr("Sidste score vises, når I begge har givet en score.")
            return self.tr("Første gang: der er ingen tidligere score.")
        if shown.previous is None:
            return self.tr("Første gang: der er ingen tidligere score.")
        lines = []
        for who, before, now in (
            (self.tr("Du"), shown.previous.citizen_score, shown.now.citizen_score),
            (self.tr("Medarbejderen"), shown.previous.worker_score, shown.now.worker_score),
        ):
            change = change_between(before, now)
            if change is not None:
                lines.append(f"{who}: {before} → {now}  {change.symbol} {change.label}")
        when = self.tr("Sidst: %1.").replace("%1", format_date(shown.previous_on))
        if shown.first is not None and shown.first_on != shown.previous_on:
            when += "  " + (
                self.tr("Første gang (%1): %2.")
                .replace("%1", format_date(shown.first_on))
                .replace("%2", str(shown.first))
            )
        lines.append(when)
        return "\n".join(lines)

    def _on_score(self, _value) -> None:
        self.scored.emit(self.key, self.citizen_score.value(), self.worker_score.value())


class CitizenScores(QScrollArea):
    """The four indicators of the citizen's newest meeting, two side by side when wide."""

    changed = Signal()

    def __init__(
        self, db: sqlite_utils.Database, tool: ToolDefinition, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.tool = db, tool
        self.citizen_id: int | None = None
        self.meeting: Meeting | None = None
        self.heading = _label("", "citizenViewHeading")
        self.error = FieldError()
        self.indicators: dict[str, CitizenIndicator] = {}
        for indicator in tool.indicators:
            block = CitizenIndicator(tool, indicator)
            block.scored.connect(self._save)
            self.indicators[indicator.key] = block
        self.grid = QGridLayout()
        self._columns = 0
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.error)
        layout.addLayout(self.grid)
        layout.addStretch()
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Samtalen"))
        # Tab goes from the tabs straight to the first score; a focused score is scrolled to
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._place(2)

    def show_citizen(self, citizen_id: int | None) -> None:
        self.citizen_id = citizen_id
        self.refresh()

    def refresh(self) -> None:
        history = score_history(self.db, self.citizen_id) if self.citizen_id else []
        keys = list(self.indicators)
        self.meeting = history[-1][0] if history else None
        shown = indicators_now(history, keys)
        for now in shown:
            block = self.indicators[now.key]
            block.show_scores(now if history else None)
            block.setVisible(bool(history))  # no meeting: nothing to score yet
        self.heading.setText(
            self.tr("Samtalen den %1").replace("%1", format_date(self.meeting.held_on))
            if self.meeting
            else self.tr("Der er ingen samtaler endnu. Tryk på Ny samtale for at begynde.")
        )

    def first_score(self) -> ScoreSelector:
        return next(iter(self.indicators.values())).citizen_score

    def _save(self, key: str, citizen_score, worker_score) -> None:
        if self.meeting is None:
            return
        try:
            give_scores(self.db, self.meeting, key, citizen_score, worker_score)
        except ProgressionsdialogError as error:
            self.error.show_message(str(error))
            self.refresh()  # what is stored, not what was clicked
            return
        self.error.show_message(None)
        self.refresh()
        self.changed.emit()

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for position, block in enumerate(self.indicators.values()):
            self.grid.removeWidget(block)
            self.grid.addWidget(block, position // columns, position % columns)

    def resizeEvent(self, event) -> None:
        block = max(b.minimumSizeHint().width() for b in self.indicators.values())
        room = event.size().width() - 2 * self.grid.spacing() - 40  # margins, a scroll bar
        self._place(2 if room >= 2 * block else 1)
        super().resizeEvent(event)
