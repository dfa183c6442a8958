"""The chosen citizen: who they are, and tabs for meetings, progression, life wheel and plan.

The tabs after "Samtaler" are places the later screens move into.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog import clock
from progressionsdialog.domain.dates import age_on, format_date
from ui.pending import flush_pending
from ui.translation import target_group_label

if TYPE_CHECKING:
    import sqlite_utils

    from progressionsdialog.domain.citizen import Citizen
    from progressionsdialog.domain.meeting import Meeting
    from progressionsdialog.tools.definition import ToolDefinition


def _placeholder(text: str) -> QWidget:
    page = QWidget()
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout = QVBoxLayout(page)
    layout.addWidget(label)
    return page


# What ``_build_page`` makes: asked for before the page is built, it is built then
_PAGE_PARTS = frozenset(
    {
        "name_label", "facts_label", "archived_banner", "edit_button", "archive_button",
        "tabs", "summary_boxes", "summary_scroll", "_meetings_box", "_progression_box",
        "_meetings", "_progression", "_meetings_editor", "_meetings_unshown", "_wheel_box",
        "_wheel_page", "_wheel_dirty", "_plan_box", "_plan_page", "_plan_dirty",
    }
)  # fmt: skip

WARM_UP_AFTER_MS = 300  # the charts are prepared this long after the window shows,
WARM_UP_AGAIN_MS = 300  # and again for the citizen chosen, once the choice has settled


def _box() -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    return box


class CitizenOverview(QWidget):
    edit_requested = Signal(int)
    archive_requested = Signal(int)
    restore_requested = Signal(int)
    meetings_changed = Signal(int)  # citizen id

    TAB_SUMMARY, TAB_MEETINGS, TAB_PROGRESSION, TAB_WHEEL, TAB_PLAN = range(5)

    def __init__(
        self, db: sqlite_utils.Database | None, tool: ToolDefinition, parent: QWidget | None = None
    ) -> None:
        """``db`` may come later (``self.db = ...``), before the first citizen is shown."""
        super().__init__(parent)
        self.db, self.tool = db, tool
        self._citizen: Citizen | None = None
        self._warm_up_planned = False
        self._warm_up_timer = QTimer(self)
        self._warm_up_timer.setSingleShot(True)
        self._warm_up_timer.timeout.connect(self._warm_up_charts)
        self.stack = QStackedWidget()
        self.empty = _placeholder(self.tr("Vælg en borger i listen, eller opret en ny."))
        self.stack.addWidget(self.empty)
        self._page: QWidget | None = None  # the citizen's page: ``build_page``
        self._building_page = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def build_page(self) -> None:
        """The citizen's page (name, buttons, the tabs): not in the window's first paint,
        which shows nobody; built after it, or at once when a part of it is wanted."""
        if self._page is None and not self._building_page:
            self._building_page = True  # its parts are read while they are made
            self._page = self._build_page()
            self.stack.addWidget(self._page)

    def __getattr__(self, name: str):
        # Reached only for a name not found: a part of the page, asked for before it is built
        if name in _PAGE_PARTS and not self.__dict__.get("_building_page", True):
            self.build_page()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _build_page(self) -> QWidget:
        page = QWidget()
        self.name_label = QLabel()
        self.name_label.setObjectName("citizenName")
        self.name_label.setWordWrap(True)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.facts_label = QLabel()
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextFormat(Qt.TextFormat.PlainText)
        # Room for the contact line always: the tabs below keep their place (and the charts
        # their size) from one citizen to the next.
        self.facts_label.setText("X\nX")
        self.facts_label.setMinimumHeight(self.facts_label.sizeHint().height())
        self.facts_label.clear()
        self.archived_banner = QLabel(self.tr("Arkiveret: borgeren er ikke aktiv."))
        self.archived_banner.setObjectName("banner")

        self.edit_button = QPushButton(self.tr("Rediger"))
        self.edit_button.setToolTip(self.tr("Ret borgerens oplysninger (Ctrl+E)"))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.archive_button = QPushButton(self.tr("Arkivér"))
        self.archive_button.clicked.connect(self._on_archive_clicked)

        head = QHBoxLayout()
        text = QVBoxLayout()
        text.addWidget(self.name_label)
        text.addWidget(self.facts_label)
        head.addLayout(text, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.archive_button, 0, Qt.AlignmentFlag.AlignTop)

        self.tabs = QTabWidget()
        self.tabs.tabBar().setAccessibleName(self.tr("Borgerens faner"))
        summary = QWidget()
        grid = QGridLayout(summary)
        self.summary_boxes: dict[str, tuple[QGroupBox, QLabel]] = {}
        for position, key in enumerate(("goal", "next", "steps", "efforts", "scores", "attention")):
            box = QGroupBox()
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            QVBoxLayout(box).addWidget(label)
            grid.addWidget(box, position // 2, position % 2)
            self.summary_boxes[key] = (box, label)
        grid.setRowStretch(3, 1)
        # Each box takes the height its lines need; when the window is short (a laptop at
        # 200 %) the overview scrolls down instead of cutting off the last lines.
        summary_scroll = QScrollArea()
        summary_scroll.setWidgetResizable(True)
        summary_scroll.setFrameShape(QFrame.Shape.NoFrame)
        summary_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        summary_scroll.setAccessibleName(self.tr("Overblik over borgeren"))
        summary_scroll.setWidget(summary)
        self.summary_scroll = summary_scroll
        self._meetings_box, self._progression_box = _box(), _box()
        self._meetings = self._progression = None
        self._meetings_editor = None  # the meetings page's editor, built before the page
        self._meetings_unshown = False  # the page is built but shows no one yet
        self.tabs.addTab(summary_scroll, self.tr("Overblik"))
        self.tabs.addTab(self._meetings_box, self.tr("Samtaler"))
        self.tabs.addTab(self._progression_box, self.tr("Progression"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._wheel_box = _box()
        self._wheel_page = None
        self._wheel_dirty = True
        # The wheel with its list and fields needs about 400 px: at 200 % (960×540) the tab
        # scrolls down instead of making the window taller than the screen
        wheel_scroll = QScrollArea()
        wheel_scroll.setWidgetResizable(True)
        wheel_scroll.setFrameShape(QFrame.Shape.NoFrame)
        wheel_scroll.setAccessibleName(self.tr("Livshjulets side"))
        wheel_scroll.setWidget(self._wheel_box)
        self.tabs.addTab(wheel_scroll, self.tr("Livshjul"))
        self._plan_box = _box()
        self._plan_page = None
        self._plan_dirty = True
        self.tabs.addTab(self._plan_box, self.tr("Plan"))

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(page)
        layout.addLayout(head)
        layout.addWidget(self.archived_banner)
        layout.addWidget(line)
        layout.addWidget(self.tabs, 1)
        return page

    def show_citizen(self, citizen: Citizen | None, meetings: list[Meeting] = ()) -> None:
        """Show a citizen; the meeting pages reload only when the citizen changes."""
        if citizen is None and self._page is None:  # nobody, and no page to empty
            self._citizen = None
            self.stack.setCurrentIndex(0)
            return
        changed = (citizen.id if citizen else None) != (self._citizen.id if self._citizen else None)
        self._citizen = citizen
        if changed and self._meetings is not None:
            self._show_citizen_in_meetings()
        if changed and self._progression is not None:
            self._progression.show_citizen(citizen.id if citizen else None)
            if self._progression.warming_up and self.tabs.currentIndex() != self.TAB_PROGRESSION:
                self._warm_up_timer.start(WARM_UP_AGAIN_MS)
        if changed:
            self._wheel_dirty = self._plan_dirty = True
            if self.tabs.currentIndex() == self.TAB_WHEEL:
                self.life_wheel  # noqa: B018 - reloads for the new citizen
            if self.tabs.currentIndex() == self.TAB_PLAN:
                self.plan  # noqa: B018
        if citizen is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self.name_label.setText(citizen.name)
        facts = []
        if citizen.birth_date:
            age = age_on(citizen.birth_date, clock.today())
            facts.append(
                self.tr("Født %1 (%2 år)")
                .replace("%1", format_date(citizen.birth_date))
                .replace("%2", str(age))
            )
        facts.append(target_group_label(citizen.target_group))
        if citizen.caseworker_name:
            facts.append(self.tr("Sagsbehandler: %1").replace("%1", citizen.caseworker_name))
        contact = "   ".join(x for x in (citizen.phone, citizen.email) if x)
        self.facts_label.setText("  ·  ".join(facts) + ("\n" + contact if contact else ""))
        self.archived_banner.setVisible(citizen.archived)
        self.archive_button.setText(self.tr("Genskab") if citizen.archived else self.tr("Arkivér"))
        self._update_summary()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._warm_up_planned:  # once the window is up and waiting for a click
            self._warm_up_planned = True
            self._warm_up_timer.start(WARM_UP_AFTER_MS)

    def _warm_up_charts(self) -> None:
        """matplotlib and the progression charts made ready on a worker thread.

        At the size the Progression tab will have: a hidden tab keeps the size it had
        when it was last shown, so it is given the shown tab's size. Done again when
        another citizen is chosen, while the tab is not open.
        """
        if not self.isVisible() or self.tabs.currentIndex() == self.TAB_PROGRESSION:
            return
        page = self.progression
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        box = self._progression_box  # (with no citizen chosen, a guess: done again on a choice)
        box.resize(self.tabs.currentWidget().size())
        box.layout().setGeometry(box.rect())
        page.warm_up()

    def _update_summary(self) -> None:
        if self._citizen is None:
            return
        from progressionsdialog.overview import overview  # with the first citizen: not at start

        for section in overview(self.db, self._citizen.id, self.tool):
            box, label = self.summary_boxes[section.key]
            box.setTitle(section.title)  # the core speaks the language
            label.setText("\n".join(section.lines))

    def open_meeting(self, meeting_id: int) -> None:
        self.tabs.setCurrentIndex(self.TAB_MEETINGS)
        self.meetings.select_meeting(meeting_id)

    def build_meetings_part(self) -> bool:
        """The meetings page built in parts (idle time, or a click before it): its modules,
        its editor, the page around it, the chosen citizen's meetings in it (together they
        took 100–130 ms). ``True`` while a part is left."""
        if self._meetings is None and self._meetings_editor is None:
            if "ui.screens.meeting_editor" not in sys.modules:
                import ui.screens.meeting_editor  # noqa: F401 - its imports: a part of their own

                return True
            from ui.screens.meeting_editor import MeetingEditor

            self._meetings_editor = MeetingEditor(self.db, self.tool)
            return True
        if self._meetings is None:
            from ui.screens.meetings_page import MeetingsPage

            self._meetings = MeetingsPage(  # made in its place: nothing built is moved there
                self.db, self.tool, self._meetings_box, editor=self._meetings_editor
            )
            self._meetings.meetings_changed.connect(self._on_meetings_changed)
            self._meetings_box.layout().addWidget(self._meetings)
            self._meetings.show()  # a layout shows a late child only after the event loop
            self._meetings_unshown = True
            return True
        if self._meetings_unshown:
            self._show_citizen_in_meetings()
        return False

    def _build_meetings_in_turns(self) -> None:
        """A click on Samtaler before idle time built the page: one part per turn of the
        event loop (30-60 ms each), not all three in one go (90-130 ms, and more while the
        charts warmed up on their thread). Whatever needs the page at once (``meetings``)
        builds the rest then."""
        if self.build_meetings_part():
            QTimer.singleShot(0, self, self._build_meetings_in_turns)

    def _show_citizen_in_meetings(self) -> None:
        self._meetings_unshown = False
        citizen = self._citizen
        self._meetings.show_citizen(
            citizen.id if citizen else None, citizen.caseworker_id if citizen else None
        )

    # The meeting and progression pages are built the first time they are wanted, which
    # keeps start-up close to a bare window.
    @property
    def meetings(self):
        while self.build_meetings_part():
            pass
        return self._meetings

    @property
    def progression(self):
        if self._progression is None:
            from ui.screens.progression_page import ProgressionPage

            self._progression = ProgressionPage(self.db, self.tool)
            self._progression.meeting_requested.connect(self.open_meeting)
            self._progression_box.layout().addWidget(self._progression)
            if self._progression_box.isVisible():  # else shown with its tab, not hidden for good
                self._progression.show()
            self._progression.show_citizen(self._citizen.id if self._citizen else None)
        return self._progression

    @property
    def life_wheel(self):
        if self._wheel_page is None:
            from ui.screens.life_wheel_page import LifeWheelPage

            self._wheel_page = LifeWheelPage(self.db)
            self._wheel_box.layout().addWidget(self._wheel_page)
            self._wheel_page.show()
            self._wheel_dirty = True
        if self._wheel_dirty:
            self._wheel_dirty = False
            self._wheel_page.show_citizen(self._citizen.id if self._citizen else None)
        return self._wheel_page

    def build_plan_part(self) -> bool:
        """The plan page built a part at a time (idle time); ``True`` while parts are left.
        The first part is the empty page in its place."""
        if self._plan_page is None:
            from ui.screens.plan_page import PlanPage

            self._plan_page = PlanPage(self.db, built=False)
            self._plan_page.changed.connect(self._on_meetings_changed)
            self._plan_box.layout().addWidget(self._plan_page)
            self._plan_page.show()
            self._plan_dirty = True
            return True
        return self._plan_page.build_part()

    @property
    def plan(self):
        """The plan page. Wanted before idle time has built it, its top sections are built
        at once and the others in the next turns of the event loop (built whole, it held
        the window 130–330 ms)."""
        if self._plan_page is None:
            self.build_plan_part()
        self._plan_page.build_soon()
        if self._plan_dirty:
            self._plan_dirty = False
            self._plan_page.show_citizen(self._citizen.id if self._citizen else None)
        return self._plan_page

    def _on_tab_changed(self, index: int) -> None:
        flush_pending(self)  # the text typed on the tab just left
        if index == self.TAB_MEETINGS:
            self._build_meetings_in_turns()
        elif index == self.TAB_PROGRESSION:
            self.progression  # noqa: B018
        elif index == self.TAB_WHEEL:
            self.life_wheel  # noqa: B018
        elif index == self.TAB_PLAN:
            self.plan  # noqa: B018

    def _on_meetings_changed(self) -> None:
        self._wheel_dirty = True
        if self._progression is not None:
            self._progression.invalidate()
        self._update_summary()
        if self._citizen is not None:
            self.meetings_changed.emit(self._citizen.id)

    def _emit(self, signal) -> None:
        if self._citizen is not None:
            signal.emit(self._citizen.id)

    def _on_archive_clicked(self) -> None:
        if self._citizen is None:
            return
        signal = self.restore_requested if self._citizen.archived else self.archive_requested
        signal.emit(self._citizen.id)
