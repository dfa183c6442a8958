"""Citizen view (borgervisning): the screen turned to the citizen beside the worker.

Only this citizen, in larger type: the newest meeting's scores (both given here), the
progress over time, the life wheel (filled in here, with the worker) and the plan. Nothing
of other citizens, no private note, no follow-up flag, no job-directed wording: what is
shown comes from ``progressionsdialog.citizen_view``, which holds only the citizen's own.

Leaving is the worker's choice: with a password set, it is asked first (the lock's check).
The main window wires this screen in; it knows nothing of the window.
"""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog.citizen_view import open_indicators, shown_history
from progressionsdialog.domain.citizen import Citizen
from progressionsdialog.storage import session_key
from progressionsdialog.storage.efforts import list_efforts
from progressionsdialog.storage.meetings import score_history
from progressionsdialog.tools.definition import ToolDefinition
from ui.pending import flush_pending
from ui.read_only import reads_only
from ui.screens.citizen_plan_view import CitizenPlanView
from ui.screens.citizen_scores import CitizenScores
from ui.screens.lock_screen import LockScreen
from ui.style import citizen_font, citizen_view_style
from ui.translation import ui_language


class CitizenProgress(QWidget):
    """The scores over time as lines; an indicator still being scored is left out."""

    def __init__(
        self, db: sqlite_utils.Database, tool: ToolDefinition, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.tool = db, tool
        self.citizen_id: int | None = None
        self.history: list = []  # what the chart shows
        self.canvas = None
        self._dirty = True
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("hint")
        self.hint = QLabel(self.tr("Hver prik er en samtale. Tallene står under Samtalen."))
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")
        self.charts = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.charts, 1)
        layout.addWidget(self.hint)

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

        from progressionsdialog.charts.progression import progression_figure

        self._dirty = False
        history = score_history(self.db, self.citizen_id) if self.citizen_id else []
        keys = [indicator.key for indicator in self.tool.indicators]
        self.history = shown_history(history, keys)
        still_open = open_indicators(history, keys)
        language = ui_language()
        waiting = [i.name(language) for i in self.tool.indicators if i.key in still_open]
        self.note.setText(
            self.tr("Vises, når I begge har givet en score: %1.").replace("%1", ", ".join(waiting))
            if waiting
            else ""
        )
        self.note.setVisible(bool(waiting))
        efforts = list_efforts(self.db, self.citizen_id) if self.citizen_id else []
        if self.canvas is not None:
            self.charts.removeWidget(self.canvas)
            self.canvas.figure.clear()
            self.canvas.deleteLater()
        figure = progression_figure(self.history, self.tool, language, efforts=efforts)
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setMinimumSize(200, 200)
        self.canvas.setAccessibleName(self.tr("Diagram over dine tal"))
        self.canvas.setAccessibleDescription(self.hint.text())
        self.charts.addWidget(self.canvas)


class CitizenView(QWidget):
    """``left``: the worker left citizen view (with the password, when one is set)."""

    left = Signal()
    changed = Signal()  # something was saved: the worker's screens show it on leaving

    TAB_SCORES, TAB_PROGRESS, TAB_WHEEL, TAB_PLAN = range(4)

    def __init__(
        self, db: sqlite_utils.Database, tool: ToolDefinition, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setFont(citizen_font(QApplication.font()))  # before the children: they inherit it
        self.setStyleSheet(citizen_view_style(QApplication.font()))
        self.db, self.tool = db, tool
        self.citizen: Citizen | None = None
        self.name = QLabel()
        self.name.setObjectName("citizenViewName")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setWordWrap(True)
        # at the left like every other heading, also a name written right to left
        self.name.setAlignment(Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignLeft)
        self.leave_button = QPushButton(self.tr("Afslut borgervisning"))
        self.leave_button.setToolTip(self.tr("Kun for medarbejderen. Kræver adgangskoden."))
        self.leave_button.clicked.connect(self.ask_to_leave)

        self.scores = CitizenScores(db, tool)
        self.scores.changed.connect(self._on_scored)
        self.progress = CitizenProgress(db, tool)
        self._wheel_box = QWidget()
        QVBoxLayout(self._wheel_box).setContentsMargins(0, 0, 0, 0)
        wheel_scroll = QScrollArea()  # the page in large type is wider than 200 % scaling
        wheel_scroll.setWidget(self._wheel_box)
        wheel_scroll.setWidgetResizable(True)
        wheel_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        wheel_scroll.setAccessibleName(self.tr("Livshjul"))
        self._wheel_page = None
        self.plan = CitizenPlanView(db)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.scores, self.tr("Samtalen"))
        self.tabs.addTab(self.progress, self.tr("Sådan går det"))
        self.tabs.addTab(wheel_scroll, self.tr("Livshjul"))
        self.tabs.addTab(self.plan, self.tr("Din plan"))
        self.tabs.currentChanged.connect(self._on_tab)

        head = QHBoxLayout()
        head.addWidget(self.name, 1)
        head.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignTop)
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(head)
        content_layout.addWidget(self.tabs, 1)

        self.leave_check = LockScreen(
            self,
            title=self.tr("Afslut borgervisning"),
            text=self.tr("Kun medarbejderen kan gå tilbage. Skriv adgangskoden."),
            button=self.tr("Afslut borgervisning"),
            cancel=self.tr("Bliv i borgervisning"),
        )
        self.leave_check.unlocked.connect(self._password_given)
        self.leave_check.cancelled.connect(self.stay)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.leave_check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        reads_only(self.leave_button, self.leave_check)  # they only change what is shown

    # -- what is shown --------------------------------------------------------------------
    @property
    def citizen_id(self) -> int | None:
        return self.citizen.id if self.citizen else None

    def show_citizen(self, citizen: Citizen) -> None:
        """Show ``citizen`` from the start: the meeting, and the other pages made fresh."""
        self.citizen = citizen
        self.name.setText(citizen.name)
        self.stack.setCurrentWidget(self.content)
        self.tabs.setCurrentIndex(self.TAB_SCORES)
        self.refresh()

    def refresh(self) -> None:
        """Everything again from the database (a meeting was added behind this screen)."""
        citizen_id = self.citizen_id
        self.scores.show_citizen(citizen_id)
        self.progress.show_citizen(citizen_id)
        self.plan.show_citizen(citizen_id)
        if self._wheel_page is not None:
            self._wheel_page.show_citizen(citizen_id)

    def show_meeting(self) -> None:
        """The meeting page, the focus on the citizen's first score (a new meeting began)."""
        self.stack.setCurrentWidget(self.content)
        self.tabs.setCurrentIndex(self.TAB_SCORES)
        self.scores.first_score().setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def life_wheel(self):
        """The worker's own life-wheel page, reused: the wheel and its list by keyboard."""
        if self._wheel_page is None:
            from ui.screens.life_wheel_page import LifeWheelPage

            self._wheel_page = LifeWheelPage(self.db)
            self._wheel_page.carried_to_plan.connect(lambda _id: self.plan.refresh())
            self._wheel_box.layout().addWidget(self._wheel_page)
            self._wheel_page.show()
            self._wheel_page.show_citizen(self.citizen_id)
        return self._wheel_page

    def _on_tab(self, index: int) -> None:
        flush_pending(self)  # words typed in the wheel's list
        if index == self.TAB_WHEEL:
            self.life_wheel  # noqa: B018 - built the first time it is wanted
        elif index == self.TAB_PLAN:
            self.plan.refresh()  # a wish may have been carried to the plan

    def _on_scored(self) -> None:
        self.progress.invalidate()
        self.changed.emit()

    def flush(self) -> None:
        flush_pending(self)

    # -- leaving --------------------------------------------------------------------------
    def is_asking(self) -> bool:
        return self.stack.currentWidget() is self.leave_check

    def ask_to_leave(self) -> None:
        """Leave now when no password is set (the demo); else ask for it first."""
        if self.is_asking():
            return
        self.flush()
        if session_key.password() is None:
            self.left.emit()
            return
        self.stack.setCurrentWidget(self.leave_check)
        self.leave_check.prepare()

    def stay(self) -> None:
        self.stack.setCurrentWidget(self.content)
        self.leave_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _password_given(self) -> None:
        self.stack.setCurrentWidget(self.content)
        self.left.emit()
