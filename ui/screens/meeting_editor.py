"""One meeting: its date, kind and participants, and a page per indicator.

Everything is saved as it is entered; a message says so, or says what could not be saved
(the text then stays on screen).
"""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.meeting import (
    MEETING_KIND_LABELS,
    IndicatorScore,
    Meeting,
    MeetingKind,
)
from progressionsdialog.errors import ProgressionsdialogError, ValidationError
from progressionsdialog.storage.meetings import (
    get_meeting,
    meetings_on,
    previous_meeting,
    save_score,
    scores_for,
    update_meeting,
)
from progressionsdialog.tools.definition import ToolDefinition
from ui.pending import PendingSave, flush_pending
from ui.screens.indicator_panel import IndicatorPanel
from ui.translation import ui_language
from ui.widgets.date_field import DateField
from ui.widgets.field_error import FieldError
from ui.widgets.save_status import SaveStatus


class MeetingEditor(QWidget):
    saved = Signal(int)  # meeting id, after any successful save

    def __init__(
        self, db: sqlite_utils.Database, tool: ToolDefinition, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.tool = db, tool
        self.meeting: Meeting | None = None
        self._loading = False

        self.date = DateField()
        self.date.setAccessibleName(self.tr("Dato for samtalen"))
        self.kind = QComboBox()
        for kind, label in MEETING_KIND_LABELS.items():
            self.kind.addItem(self.tr(label), kind.value)
        self.kind.setAccessibleName(self.tr("Type samtale"))
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(self.tr("fx borger og mentor"))
        self.participants.setAccessibleName(self.tr("Deltagere"))
        self.date_error = FieldError()
        self.same_day = QLabel()
        self.same_day.setObjectName("hint")
        self.same_day.setWordWrap(True)
        self.status = SaveStatus()

        # Date, kind and participants on one line when there is room (the indicator below
        # gets the height), in two when not.
        date_label = QLabel(self.tr("&Dato:"))
        date_label.setBuddy(self.date)
        kind_label = QLabel(self.tr("&Type:"))
        kind_label.setBuddy(self.kind)
        participants_label = QLabel(self.tr("De&ltagere:"))
        participants_label.setBuddy(self.participants)
        when = QHBoxLayout()
        when.addWidget(date_label)
        when.addWidget(self.date)
        when.addWidget(kind_label)
        when.addWidget(self.kind)
        when.addStretch(1)  # in two lines the fields keep their own width
        who = QHBoxLayout()
        who.addWidget(participants_label)
        who.addWidget(self.participants, 1)
        self.header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.header.addLayout(when, 0)
        self.header.addLayout(who, 1)
        self._header_labels = (date_label, participants_label)
        self._when = when

        # Built top-down: each widget is made inside its final parent. A finished subtree
        # moved into a parent has its style worked out again, widget by widget (the four
        # panels, moved three times, were 960 style changes and 69 ms).
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.header)  # in this order: the order Tab goes through them
        layout.addWidget(self.date_error)
        layout.addWidget(self.same_day)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)  # still empty
        self.tabs.setDocumentMode(True)
        self.tabs.setObjectName("indicatorTabs")  # the indicator shown in bold (style.qss)
        # All four indicators in sight: a long name is shortened ("Personal res…", whole in
        # its tooltip) rather than pushed behind scroll arrows (English at 200 %)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.setUsesScrollButtons(False)
        self.panels: dict[str, IndicatorPanel] = {}
        for indicator in tool.indicators:
            scroll = QScrollArea()
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop: it follows the focus
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setAccessibleName(
                self.tr("Indikator: %1").replace("%1", indicator.name(ui_language()))
            )
            index = self.tabs.addTab(scroll, indicator.name(ui_language()))  # still empty
            self.tabs.setTabToolTip(index, indicator.name(ui_language()))
            panel = IndicatorPanel(tool, indicator, ui_language(), scroll.viewport())
            scroll.setWidget(panel)  # already its parent: nothing is moved
            panel.changed.connect(self._save_score)
            panel.guide_toggled.connect(self._show_guides)
            self.panels[indicator.key] = panel

        layout.addWidget(self.status)

        self.date.dateChanged.connect(self._save_header)
        self.date.problem.connect(self._date_problem)
        self.kind.currentIndexChanged.connect(self._save_header)
        PendingSave(self, self._save_header, delay_ms=None).watch(self.participants)
        self.tabs.currentChanged.connect(self.flush)

    # -- loading ------------------------------------------------------------------------
    def load(self, meeting_id: int) -> None:
        self.flush()
        meeting = get_meeting(self.db, meeting_id)
        self.meeting = meeting
        self._loading = True
        self.date.setDate(meeting.held_on)
        self.kind.setCurrentIndex(max(0, self.kind.findData(meeting.kind.value)))
        self.participants.setText(meeting.participants)
        self.date_error.show_message(None)
        scores = scores_for(self.db, meeting.id)
        previous = previous_meeting(self.db, meeting)
        previous_scores = scores_for(self.db, previous.id) if previous else {}
        for key, panel in self.panels.items():
            panel.load(
                scores.get(key), previous_scores.get(key), previous.held_on if previous else None
            )
        self._loading = False
        self._update_tab_marks()
        self._update_same_day()
        self.status.say(self.tr("Alt gemmes, mens du skriver."))

    def flush(self, *_args) -> None:
        """Save text still waiting for its autosave in this meeting."""
        flush_pending(self)

    # -- saving -------------------------------------------------------------------------
    def _save_score(self, score: IndicatorScore) -> None:
        if self.meeting is None or self._loading:
            return
        panel = self.panels[score.indicator_key]
        try:
            save_score(self.db, self.meeting, score)
        except ValidationError as error:
            panel.show_error(error.field, error.message + " " + self.tr("Teksten er ikke gemt."))
            self._status_error(error.message)
            return
        except ProgressionsdialogError as error:  # disk full, locked file: the text stays
            self._status_error(str(error))
            return
        panel.show_error("shared_note", None)
        panel.show_error("private_note", None)
        self._update_tab_marks()
        self._status_saved()

    def _save_header(self) -> None:
        if self.meeting is None or self._loading:
            return
        held = self.date.date() or self.meeting.held_on  # a wrong date typed: the last good
        kind = MeetingKind(self.kind.currentData())
        try:
            self.meeting = update_meeting(
                self.db, self.meeting.id, held, kind, self.participants.text()
            )
        except ValidationError as error:
            self.date_error.show_message(error.message + " " + self.tr("Datoen er ikke gemt."))
            self._status_error(error.message)
            return
        except ProgressionsdialogError as error:
            self._status_error(str(error))
            return
        if self.date.is_valid():  # a wrong date still typed stays named
            self.date_error.show_message(None)
        self._update_same_day()
        self._status_saved()

    def _date_problem(self, message: str | None) -> None:
        if message is None:
            self.date_error.show_message(None)
            return
        self.date_error.show_message(message + " " + self.tr("Datoen er ikke gemt."))
        self._status_error(message)

    def _status_saved(self) -> None:
        self.status.saved()
        if self.meeting is not None:
            self.saved.emit(self.meeting.id)

    def _status_error(self, message: str) -> None:
        self.status.failed(message)

    def _header_one_line_width(self) -> int:
        """From this width date, kind and participants share a line, the example in the
        participants field unclipped."""
        metrics = self.participants.fontMetrics()
        return (
            self._when.sizeHint().width()
            + self._header_labels[1].sizeHint().width()
            + metrics.horizontalAdvance(self.participants.placeholderText())
            + 4 * metrics.horizontalAdvance("M")  # the field's frame and the spacing
        )

    def resizeEvent(self, event) -> None:
        one_line = event.size().width() >= self._header_one_line_width()
        direction = (
            QBoxLayout.Direction.LeftToRight if one_line else QBoxLayout.Direction.TopToBottom
        )
        if self.header.direction() != direction:
            self.header.setDirection(direction)
            # In two lines the labels line up, so the two fields start at one edge
            width = max(label.sizeHint().width() for label in self._header_labels)
            for label in self._header_labels:
                label.setMinimumWidth(0 if one_line else width)
        super().resizeEvent(event)

    def _show_guides(self, shown: bool) -> None:
        """The guide folded away (or shown) in one indicator is so in all four."""
        for panel in self.panels.values():
            panel.show_guide(shown)

    def _update_tab_marks(self) -> None:
        for index, (_key, panel) in enumerate(self.panels.items()):
            mark = "✓ " if panel.is_complete() else ""
            self.tabs.setTabText(index, mark + panel.indicator.name(ui_language()))

    def _update_same_day(self) -> None:
        if self.meeting is None:
            return
        others = [
            m
            for m in meetings_on(self.db, self.meeting.citizen_id, self.meeting.held_on)
            if m.id != self.meeting.id
        ]
        self.same_day.setVisible(bool(others))
        self.same_day.setText(
            self.tr(
                "Der er en anden samtale samme dag (%1). Det er i orden, hvis det er meningen."
            ).replace("%1", format_date(self.meeting.held_on))
        )
