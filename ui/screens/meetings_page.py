"""The citizen's meetings: the list on the left, the chosen meeting on the right."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog import clock
from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.meeting import MeetingKind
from progressionsdialog.errors import ProgressionsdialogError
from progressionsdialog.storage.meetings import add_meeting, delete_meeting, list_meetings
from progressionsdialog.tools.definition import ToolDefinition
from ui.dialogs.confirm import ConfirmDialog, show_error
from ui.screens.meeting_editor import MeetingEditor
from ui.translation import meeting_kind_label


class MeetingsPage(QWidget):
    meetings_changed = Signal()

    def __init__(
        self,
        db: sqlite_utils.Database,
        tool: ToolDefinition,
        parent: QWidget | None = None,
        *,
        editor: MeetingEditor | None = None,
    ) -> None:
        """``editor``: one built beforehand (the window builds it in idle time, a turn before
        the page: the two together took 100–130 ms)."""
        super().__init__(parent)
        self.db = db
        self.citizen_id: int | None = None
        self.caseworker_id: int | None = None

        # Built top-down, each widget inside its final parent: a finished subtree moved
        # into a parent has its style worked out again (the editor was moved three times).
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(splitter)
        left = QWidget(splitter)
        self.stack = QStackedWidget(splitter)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.fontMetrics().averageCharWidth() * 18, 800])
        splitter.setChildrenCollapsible(False)

        self.new_button = QPushButton(self.tr("&Ny samtale"), left)  # made in Tab's order
        self.new_button.setToolTip(self.tr("Start en ny samtale i dag (Ctrl+M)"))
        self.new_button.clicked.connect(self.new_meeting)
        self.list = QListWidget(left)
        self.list.setAccessibleName(self.tr("Samtaler"))
        # Long kinds ("Netværksmøde / rundbordssamtale") wrap instead of scrolling sideways,
        # and a little room between entries keeps their two lines together.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(3)
        self.list.currentItemChanged.connect(self._on_current)
        self.delete_button = QPushButton(self.tr("Slet samtale …"), left)
        self.delete_button.clicked.connect(self.delete_current)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.delete_button)

        self.empty = QLabel(
            self.tr("Ingen samtaler endnu. Tryk på Ny samtale for at begynde."), self.stack
        )
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.empty)
        self.editor = editor or MeetingEditor(db, tool, self.stack)
        self.editor.saved.connect(self._on_saved)
        self.stack.addWidget(self.editor)  # one built beforehand is moved here, once

    def show_citizen(self, citizen_id: int | None, caseworker_id: int | None = None) -> None:
        self.editor.flush()
        self.citizen_id, self.caseworker_id = citizen_id, caseworker_id
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        current = self.current_meeting_id()
        self.list.blockSignals(True)
        self.list.clear()
        meetings = list_meetings(self.db, self.citizen_id) if self.citizen_id else []
        for meeting in reversed(meetings):
            item = QListWidgetItem(
                f"{format_date(meeting.held_on)}\n{meeting_kind_label(meeting.kind)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, meeting.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.delete_button.setEnabled(bool(meetings))
        self.new_button.setEnabled(self.citizen_id is not None)
        target = select_id or current or (meetings[-1].id if meetings else None)
        if not self.select_meeting(target):
            self.stack.setCurrentWidget(self.empty)
            self.editor.meeting = None

    def current_meeting_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select_meeting(self, meeting_id: int | None) -> bool:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == meeting_id:
                self.list.setCurrentItem(item)
                self._open(meeting_id)
                return True
        return False

    def new_meeting(self) -> int | None:
        if self.citizen_id is None:
            return None
        kind = MeetingKind.FOLLOW_UP if self.list.count() else MeetingKind.FIRST
        try:
            meeting = add_meeting(
                self.db, self.citizen_id, clock.today(), kind, caseworker_id=self.caseworker_id
            )
        except ProgressionsdialogError as error:
            show_error(self, str(error))
            return None
        self.reload(select_id=meeting.id)
        self.meetings_changed.emit()
        self.editor.tabs.setCurrentIndex(0)
        self.editor.panels[next(iter(self.editor.panels))].citizen_score.setFocus()
        return meeting.id

    def delete_current(self) -> bool:
        meeting_id = self.current_meeting_id()
        if meeting_id is None or self.editor.meeting is None:
            return False
        when = format_date(self.editor.meeting.held_on)
        question = self.tr(
            "Vil du slette samtalen %1?\n\nScorer og noter fra samtalen slettes også. "
            "Det kan ikke fortrydes."
        ).replace("%1", when)
        if not ConfirmDialog.ask(self, self.tr("Slet samtale"), question, self.tr("Slet")):
            return False
        try:
            delete_meeting(self.db, meeting_id)
        except ProgressionsdialogError as error:
            show_error(self, str(error))
            return False
        self.editor.meeting = None
        self.reload()
        self.meetings_changed.emit()
        return True

    def _on_current(self, current, _previous) -> None:
        if current is not None:
            self._open(current.data(Qt.ItemDataRole.UserRole))

    def _open(self, meeting_id: int) -> None:
        if self.editor.meeting is not None and self.editor.meeting.id == meeting_id:
            self.stack.setCurrentWidget(self.editor)
            return
        try:
            self.editor.load(meeting_id)
        except ProgressionsdialogError as error:
            show_error(self, str(error))
            return
        self.stack.setCurrentWidget(self.editor)

    def _on_saved(self, meeting_id: int) -> None:
        meeting = self.editor.meeting
        for row in range(self.list.count()):  # not the current item: a save on leaving a
            item = self.list.item(row)  # meeting comes when the next one is already current
            if meeting is not None and meeting.id == meeting_id == item.data(
                Qt.ItemDataRole.UserRole
            ):
                item.setText(f"{format_date(meeting.held_on)}\n{meeting_kind_label(meeting.kind)}")
        self.meetings_changed.emit()
