"""The main window: the register on the left, the chosen citizen on the right.

The window builds its screens and the helpers that act for it, and connects them; each
helper lives in its own module: the menu items (``ui.actions``), the chosen citizen kept in
step with the register (``ui.chosen_citizen``), citizen editing, the data-subject rights,
documents, settings, citizen view's switch, the lock and the window's shape between runs.

Its first paint has only what it shows (menus, toolbar, the register, nobody chosen); the
rest, with its modules and sqlite-utils' ``Database``, is built on the turn after it
(``build_rest``), or at once when a key, a click or a signal reaches it first.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from progressionsdialog import __version__
from progressionsdialog.errors import ProgressionsdialogError
from progressionsdialog.storage import is_read_only, read_only_reason
from progressionsdialog.tools.definition import ToolDefinition, load_tool
from ui.actions import WindowActions
from ui.read_only import ReadOnlyGuard, reads_only
from ui.screens.citizen_overview import CitizenOverview
from ui.screens.register import RegisterScreen
from ui.signals import AppSignals
from ui.widgets.first_paint import after_first_paint
from ui.window_geometry import WindowGeometry, register_splitter

if TYPE_CHECKING:
    import sqlite3

    import sqlite_utils

DEFAULT_TOOL = "halsnaes"
REST_LATEST_MS = 500  # the rest is built then, if the window has not painted by then


class _Later:
    """A part of the window made after its first paint (``MainWindow.build_rest``). Read
    before then (a key, a click, a test), the rest is built at once, so it is never missing.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self._key = f"_later_{name}"

    def __get__(self, window: MainWindow | None, owner: type | None = None):
        if window is None:
            return self
        try:
            return window.__dict__[self._key]
        except KeyError:
            window.build_rest()
            return window.__dict__[self._key]

    def __set__(self, window: MainWindow, value) -> None:
        window.__dict__[self._key] = value


class MainWindow(QMainWindow):
    """The window shows first what its first paint needs: the menus and toolbar, the
    register with its rows, the right side with no citizen. The rest (the lock and the idle
    lock, the citizen's page, the helpers behind the menu items) is built on the turn after
    the first paint, or at once when something reaches it earlier (``_Later``). Every key,
    menu item and signal is connected from the start."""

    rest_building = Signal()  # the rest is being built: the database is read again

    # Built after the first paint. ``db``, sqlite-utils' Database, is given (tests) or made
    # on the plain connection ``storage.database.open_connection`` gave (``ui.app.run``).
    db = _Later()
    lock_screen = _Later()
    locker = _Later()
    idle = _Later()
    idle_work = _Later()
    chosen = _Later()
    editing = _Later()
    rights = _Later()
    program_settings = _Later()
    view_switch = _Later()
    documents = _Later()

    def __init__(
        self,
        db: sqlite_utils.Database | sqlite3.Connection,
        data_dir: Path,
        demo: bool = False,
        tool: ToolDefinition | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if hasattr(db, "conn"):
            self.db = db
        self._plain = db  # what the first paint reads with: the Database, or a connection
        self.tool = tool or load_tool(DEFAULT_TOOL)
        self.data_dir = data_dir
        self.demo = demo
        self._rest_built = self._building_rest = False
        self._rest_planned = self._rest_cancelled = False
        self._idle_work_started = False
        self.signals = AppSignals(self)
        self.undo_stack = QUndoStack(self)
        title = self.tr("Progressionsdialog")
        self.setWindowTitle(title + (" — DEMO" if demo else ""))
        self._build_screens()
        self.menu = WindowActions(self, self.undo_stack)
        self.menu.build_menus(self.menuBar())
        self.toolbar = self.menu.build_toolbar()
        self.addToolBar(self.toolbar)
        self._connect_screens()
        self._connect_actions()
        self.register_action = self.menu.register_action  # scripts/screenshots.py
        reads_only(self.register.search, self.register.show_archived)
        if self.read_only:  # everything can be seen; nothing that writes can be used
            self.read_only_guard = ReadOnlyGuard(self, self.read_only_banner.text())
            self.read_only_guard.hold_off(*self.menu.writing())
        self.statusBar().addPermanentWidget(self.data_label)
        if demo:
            badge = QLabel(self.tr("DEMO – ikke rigtige borgere"))
            badge.setObjectName("demoBadge")
            self.statusBar().addWidget(badge)
        self.resize(1200, 760)
        self.window_geometry.restore()
        self._first_rows()
        self.register.focus_search()

    def _build_screens(self) -> None:
        """The register beside the citizen, the read-only banner on top (the lock screen
        joins the stack with the rest)."""
        self.register = RegisterScreen()
        self.overview = CitizenOverview(None, self.tool)  # its page and db with the rest
        em = self.fontMetrics().horizontalAdvance("M")
        self.splitter = register_splitter(self.register, self.overview, em)
        self.window_geometry = WindowGeometry(self, self.splitter, self.register)
        self.central = QStackedWidget()
        self.central.addWidget(self.splitter)
        self.read_only = is_read_only(self._plain)
        self.read_only_banner = QLabel(read_only_reason(self._plain))
        self.read_only_banner.setObjectName("banner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setVisible(self.read_only)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)
        top_layout.addWidget(self.read_only_banner)
        top_layout.addWidget(self.central, 1)
        self.setCentralWidget(top)
        self.data_label = QLabel(self.tr("Data: %1").replace("%1", str(self.data_dir)))
        self.data_label.setObjectName("hint")

    def _first_rows(self) -> None:
        """The register's rows for the first paint, nobody chosen yet (as ``reload`` does)."""
        from progressionsdialog.storage.citizens import list_register

        try:
            summaries = list_register(self._plain)
        except ProgressionsdialogError:
            self.reload()  # says what is wrong, as every later reload does
            return
        self.register.set_citizens(summaries)
        citizen_id = self.register.current_citizen_id()
        if citizen_id is not None:
            self.chosen.on_selected(citizen_id)
        else:
            self.menu.show_citizen(None)

    # -- the rest, after the first paint ------------------------------------------------
    def build_rest(self) -> None:
        """Everything the first paint did not need (once; at once if asked for earlier)."""
        if self._rest_built or self._building_rest:
            return
        self.rest_building.emit()
        from progressionsdialog.storage.settings import LOCK_AFTER_MINUTES, get_int

        # The one read of the database, first: if it fails, nothing is half built
        lock_after = get_int(self._plain, LOCK_AFTER_MINUTES)
        if "_later_db" not in self.__dict__:
            from progressionsdialog.storage.database import as_database

            self.db = as_database(self._plain)
        self.overview.db = self.db
        self._building_rest = True  # the parts below read each other as they are made
        from ui.chosen_citizen import ChosenCitizen
        from ui.idle_work import (
            LATER_DIALOGS,
            LATER_PAGES,
            LATER_PLAN,
            IdleWork,
            importing,
            warm_up_reports,
        )
        from ui.locking import WindowLock
        from ui.screens.lock_screen import IdleWatcher, LockScreen

        self.overview.build_page()
        self.lock_screen = LockScreen()
        reads_only(self.lock_screen)
        self.central.addWidget(self.lock_screen)
        self.idle = IdleWatcher(lock_after, self)
        self.idle.watch()
        self.chosen = ChosenCitizen(
            self.db, self, self.register, self.overview, self.menu, self.read_only
        )
        self.locker = WindowLock(
            self,
            self.central,
            self.lock_screen,
            self.menu.lock_action.shortcuts(),
            self.save_pending,
            chrome=(self.menuBar(), self.toolbar),
        )
        self.idle.idle.connect(self.locker.lock)
        self.idle_work = IdleWork(  # the heavier tabs built before their first click
            self,
            self.idle.timer,
            [
                importing(*LATER_PAGES),
                self.overview.build_meetings_part,  # the editor, the page, the citizen
                self._prepare_meetings_tab,
                importing(*LATER_PLAN),
                self.overview.build_plan_part,  # a section per turn
                self._prepare_plan_tab,
                importing(*LATER_DIALOGS),
                warm_up_reports,
            ],
            self.is_locked,
        )
        # A click on Plan not built yet builds it at the press, before the tab changes and
        # while it is still hidden: less to lay out than a build the change would do.
        self.overview.tabs.tabBar().tabBarClicked.connect(self._prepare_tab)
        self.locker.unlocked.connect(self.idle.timer.start)
        self._build_helpers()
        self._rest_built = True
        if self.isVisible():
            self._start_idle_work()

    def cancel_rest(self) -> None:
        """Not built after the first paint after all: the window closes, or its database
        is closed under it."""
        self._rest_cancelled = True

    def _rest_after_the_first_paint(self) -> None:
        if not self._rest_cancelled and self.isVisible():
            self.build_rest()

    def rest_is_built(self) -> bool:
        return self._rest_built

    def _start_idle_work(self) -> None:
        if not self._idle_work_started:
            self._idle_work_started = True
            self.idle_work.start()

    def _build_helpers(self) -> None:
        """What acts for the menu items: each in its own module, given what it needs."""
        from ui.citizen_editing import CitizenEditing
        from ui.citizen_view_switch import CitizenViewSwitch
        from ui.data_rights import DataRights
        from ui.documents import Documents
        from ui.program_settings import ProgramSettings

        db, current = self.db, self.register.current_citizen_id
        reason = self.read_only_banner.text() if self.read_only else None
        self.editing = CitizenEditing(db, self, self.undo_stack, reason)
        self.rights = DataRights(db, self, self.undo_stack, current)
        self.program_settings = ProgramSettings(db, self, self.demo)
        self.view_switch = CitizenViewSwitch(
            db,
            self.tool,
            self,
            self.central,
            self.splitter,
            self.menu,
            (self.menuBar(), self.data_label),
            current,
            self.is_locked,
            self.save_pending,
        )
        in_view = self.view_switch.is_on
        self.documents = Documents(db, self.data_dir, self, current, self.save_pending, in_view)
        chosen = self.chosen
        self.editing.changed.connect(chosen.changed)
        self.editing.created.connect(chosen.created)
        self.rights.erased.connect(chosen.erased)
        self.view_switch.left.connect(chosen.back_from_citizen_view)
        chosen.shown.connect(self.view_switch.refresh_if_showing)
        self.program_settings.applied.connect(self._apply_settings)

    # -- connected from the start: what they reach may be built at the moment they fire --
    def _connect_screens(self) -> None:
        self.register.selection_changed.connect(lambda i: self.chosen.on_selected(i))
        self.register.edit_requested.connect(lambda i: self.editing.edit_citizen(i))
        self.register.new_requested.connect(lambda: self.editing.new_citizen())
        self.overview.edit_requested.connect(lambda i: self.editing.edit_citizen(i))
        self.overview.archive_requested.connect(lambda i: self.editing.archive_citizen(i))
        self.overview.restore_requested.connect(lambda i: self.editing.restore_citizen(i))
        self.overview.meetings_changed.connect(lambda i: self.chosen.changed(i))
        self.signals.citizens_changed.connect(self.reload)
        self.signals.hhh_carried_to_plan.connect(self._open_plan_at_carried_wish)

    def _connect_actions(self) -> None:
        """Each menu item and key to what it does (built in ``ui.actions``)."""
        a, with_current = self.menu, self._with_current
        a.plan_pdf_action.triggered.connect(lambda: self.documents.open_report("plan"))
        a.handover_action.triggered.connect(lambda: self.documents.open_report("handover"))
        a.blank_sheets_action.triggered.connect(lambda: self.documents.open_report("blank"))
        a.audit_action.triggered.connect(lambda: self.rights.show_audit())
        a.statistics_action.triggered.connect(lambda: self.documents.show_statistics())
        a.retention_action.triggered.connect(lambda: self.rights.show_retention())
        a.password_action.triggered.connect(lambda: self.program_settings.change_password())
        a.settings_action.triggered.connect(lambda: self.program_settings.show_settings())
        a.lock_action.triggered.connect(lambda: self.locker.lock())
        a.quit_action.triggered.connect(self.close)
        a.find_action.triggered.connect(self.register.focus_search)
        a.new_action.triggered.connect(lambda: self.editing.new_citizen())
        a.edit_action.triggered.connect(lambda: with_current(self.editing.edit_citizen))
        a.archive_action.triggered.connect(lambda: with_current(self.editing.toggle_archive))
        self.register.table.addAction(a.archive_action)  # its key acts in the list only
        a.new_meeting_action.triggered.connect(self.new_meeting)
        a.export_action.triggered.connect(lambda: with_current(self.rights.export_citizen))
        a.erase_action.triggered.connect(lambda: with_current(self.rights.erase_citizen))
        a.register_action.toggled.connect(self.register.setVisible)
        a.citizen_view_action.triggered.connect(lambda: self.view_switch.toggle())
        a.about_action.triggered.connect(self._about)

    def _with_current(self, action) -> None:
        citizen_id = self.register.current_citizen_id()
        if citizen_id is not None:
            action(citizen_id)

    # -- what the window does itself ----------------------------------------------------
    def reload(self, keep_id: int | None = None) -> None:
        """The whole register again from the database (``ui.chosen_citizen``)."""
        self.chosen.reload(keep_id)

    def save_pending(self) -> bool:
        """Save every text waiting for its autosave, in the whole window
        (``ChosenCitizen.save_pending``). Before the rest is built, nothing can be typed."""
        return self.chosen.save_pending() if self._rest_built else False

    def is_locked(self) -> bool:
        return self._rest_built and self.locker.is_locked()

    @property
    def citizen_view(self):
        """Citizen view's screen (built the first time it is wanted)."""
        return self.view_switch.view

    def in_citizen_view(self) -> bool:
        return self._rest_built and self.view_switch.is_on()

    def new_meeting(self) -> int | None:
        if self.register.current_citizen_id() is None:
            return None
        self.build_rest()  # the citizen is shown by now; their page is wanted at once
        self.overview.tabs.setCurrentIndex(self.overview.TAB_MEETINGS)
        meeting_id = self.overview.meetings.new_meeting()
        if meeting_id is not None and self.in_citizen_view():
            self.citizen_view.show_meeting()
        return meeting_id

    def _open_plan_at_carried_wish(self, _hhh_id: int) -> None:
        """'Tag ønsket med til planen': the plan opens, showing the new HHH."""
        self.overview.tabs.setCurrentIndex(self.overview.TAB_PLAN)

    def _apply_settings(self) -> None:
        from progressionsdialog.storage.settings import LOCK_AFTER_MINUTES, get_int

        self.idle.timer.setInterval(get_int(self.db, LOCK_AFTER_MINUTES) * 60_000)
        self.idle.timer.start()
        self.reload()  # the follow-up flags may change

    def _about(self) -> None:
        from ui.dialogs.confirm import show_info

        show_info(
            self,
            self.tr("Om Progressionsdialog"),
            self.tr("Progressionsdialog %1\nSamtaler, indikatorer, livshjul og plan.\n\nData: %2")
            .replace("%1", __version__)
            .replace("%2", str(self.data_dir)),
        )

    # -- building the heavier tabs early ------------------------------------------------
    def _prepare_tab(self, index: int) -> None:
        # (Samtaler not at the press: the tab change builds it a part per turn, each under
        # 60 ms; at the press all of it was one block of 90-130 ms)
        if index == self.overview.TAB_PLAN:
            self._prepare_plan_tab()

    def _prepare_meetings_tab(self) -> None:
        self.overview.meetings.ensurePolished()

    def _prepare_plan_tab(self) -> None:
        self.overview.plan.ensurePolished()

    # -- shown and closed ---------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._rest_built:
            self._start_idle_work()
        elif not self._rest_planned:
            self._rest_planned = True
            after_first_paint(self, self._rest_after_the_first_paint, REST_LATEST_MS)
        self.window_geometry.place_splitter_once()  # now that the splitter has its width

    def closeEvent(self, event) -> None:
        self.cancel_rest()
        self.save_pending()
        for dialog in self.findChildren(QDialog):  # the program ends: no window stays open,
            if dialog.isVisible():  # and a print dialog's temp files go with it
                dialog.close()
        if self._rest_built:
            self.idle.stop()
            self.locker.close()
        register_shown = self.central.currentWidget() is self.splitter
        self.window_geometry.save(register_shown and self.register.isVisible())
        super().closeEvent(event)
