"""The main window: the register on the left, the chosen citizen on the right."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog import __version__, clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.errors import ProgressionsdialogError
from progressionsdialog.storage import audit, is_read_only, read_only_reason
from progressionsdialog.storage.caseworkers import ensure_caseworker, list_caseworkers
from progressionsdialog.storage.citizens import (
    add_citizen,
    archive_citizen,
    get_citizen,
    list_register,
    restore_citizen,
    update_citizen,
)
from progressionsdialog.storage.meetings import list_meetings
from progressionsdialog.storage.register_row import register_row
from progressionsdialog.storage.settings import LOCK_AFTER_MINUTES, get_int
from progressionsdialog.storage.transaction import transaction
from progressionsdialog.tools.definition import ToolDefinition, load_tool
from ui.actions import WindowActions
from ui.dialogs.citizen_form import CitizenFormDialog
from ui.dialogs.confirm import ConfirmDialog, show_error, show_info
from ui.idle_work import IdleWork, app_filters_paused
from ui.locking import WindowLock
from ui.pending import flush_pending
from ui.read_only import ReadOnlyGuard, reads_only
from ui.screens.citizen_overview import CitizenOverview
from ui.screens.lock_screen import IdleWatcher, LockScreen
from ui.screens.register import RegisterScreen
from ui.signals import AppSignals
from ui.undo import ArchiveCommand, EditCitizenCommand
from ui.widgets.share_splitter import ShareSplitter

log = logging.getLogger(__name__)

DEFAULT_TOOL = "halsnaes"
REGISTER_SHARE = 0.5  # of every pixel the window's width changes by
REGISTER_WIDTH_KEY = "main_window/register_width"


def _import_meetings_page() -> None:
    """Its modules compiled and imported in a turn of their own, before the page is built."""
    import ui.screens.meetings_page  # noqa: F401


def _import_plan_page() -> None:
    import ui.screens.plan_page  # noqa: F401


class MainWindow(QMainWindow):
    def __init__(
        self,
        db: sqlite_utils.Database,
        data_dir: Path,
        demo: bool = False,
        tool: ToolDefinition | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.tool = tool or load_tool(DEFAULT_TOOL)
        self.data_dir = data_dir
        self.demo = demo
        self.signals = AppSignals(self)
        self.undo_stack = QUndoStack(self)
        title = self.tr("Progressionsdialog")
        self.setWindowTitle(title + (" — DEMO" if demo else ""))

        self.register = RegisterScreen()
        self.overview = CitizenOverview(db, self.tool)
        splitter = ShareSplitter(REGISTER_SHARE)
        splitter.addWidget(self.register)
        splitter.addWidget(self.overview)
        # The register takes half of every pixel the window grows or shrinks by (and the
        # first width follows the same rule, ``_place_splitter``): at 1366 px the meeting
        # screen keeps its room; at 1920 px target group and caseworker have room in the
        # list too.
        em = self.fontMetrics().horizontalAdvance("M")
        splitter.setSizes([em * 36, em * 56])
        self._splitter_placed = False  # True once placed by the rule or as it was left
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.lock_screen = LockScreen()
        self._citizen_view = None  # built the first time it is entered (``citizen_view``)
        self.central = QStackedWidget()
        self.central.addWidget(splitter)
        self.central.addWidget(self.lock_screen)
        self.read_only = is_read_only(db)
        self.read_only_banner = QLabel(read_only_reason(db))
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
        self._last_viewed: int | None = None
        self._citizen_view_on = False
        self._saving_pending = False
        self._changed_while_saving: set[int] = set()
        self.idle = IdleWatcher(get_int(db, LOCK_AFTER_MINUTES), self)
        self.idle.watch()

        self.register.selection_changed.connect(self._on_selected)
        self.register.edit_requested.connect(self.edit_citizen)
        self.register.new_requested.connect(self.new_citizen)
        self.overview.edit_requested.connect(self.edit_citizen)
        self.overview.archive_requested.connect(self.archive_citizen)
        self.overview.restore_requested.connect(self.restore_citizen)
        self.overview.meetings_changed.connect(self._changed)
        self.signals.citizens_changed.connect(self.reload)
        self.signals.hhh_carried_to_plan.connect(self._open_plan_at_carried_wish)

        self.menu = WindowActions(self, self.undo_stack)
        self.menu.build_menus(self.menuBar())
        self.toolbar = self.menu.build_toolbar()
        self.addToolBar(self.toolbar)
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
                _import_meetings_page,
                self._prepare_meetings_tab,
                _import_plan_page,
                self._prepare_plan_tab,
            ],
            self.is_locked,
        )
        self._idle_work_started = False
        # A click on a tab not built yet builds it at the press, before the tab changes,
        # with the event filters paused as in idle time (about half the time of a build
        # that the tab change would do).
        self.overview.tabs.tabBar().tabBarClicked.connect(self._prepare_tab)
        self.locker.unlocked.connect(self.idle.timer.start)
        self._connect_actions()
        self.register_action = self.menu.register_action  # scripts/screenshots.py
        reads_only(self.register.search, self.register.show_archived, self.lock_screen)
        if self.read_only:  # everything can be seen; nothing that writes can be used
            self.read_only_guard = ReadOnlyGuard(self, self.read_only_banner.text())
            self.read_only_guard.hold_off(*self.menu.writing())
        self.data_label = QLabel(self.tr("Data: %1").replace("%1", str(data_dir)))
        self.data_label.setObjectName("hint")
        self.statusBar().addPermanentWidget(self.data_label)
        if demo:
            badge = QLabel(self.tr("DEMO – ikke rigtige borgere"))
            badge.setObjectName("demoBadge")
            self.statusBar().addWidget(badge)
        self.resize(1200, 760)
        self._restore_geometry()
        self.reload()
        self.register.focus_search()

    # -- menus ------------------------------------------------------------------------
    def _connect_actions(self) -> None:
        """Each menu item and key to what it does (built in ``ui.actions``)."""
        a = self.menu
        a.plan_pdf_action.triggered.connect(lambda: self.open_report("plan"))
        a.handover_action.triggered.connect(lambda: self.open_report("handover"))
        a.blank_sheets_action.triggered.connect(lambda: self.open_report("blank"))
        a.audit_action.triggered.connect(self.show_audit)
        a.statistics_action.triggered.connect(self.show_statistics)
        a.retention_action.triggered.connect(self.show_retention)
        a.password_action.triggered.connect(self.change_password)
        a.settings_action.triggered.connect(self.show_settings)
        a.lock_action.triggered.connect(self.locker.lock)
        a.quit_action.triggered.connect(self.close)
        a.find_action.triggered.connect(self.register.focus_search)
        a.new_action.triggered.connect(self.new_citizen)
        a.edit_action.triggered.connect(lambda: self._with_current(self.edit_citizen))
        a.archive_action.triggered.connect(lambda: self._with_current(self.toggle_archive))
        self.register.table.addAction(a.archive_action)  # its key acts in the list only
        a.new_meeting_action.triggered.connect(self.new_meeting)
        a.export_action.triggered.connect(lambda: self._with_current(self.export_citizen))
        a.erase_action.triggered.connect(lambda: self._with_current(self.erase_citizen))
        a.register_action.toggled.connect(self.register.setVisible)
        a.citizen_view_action.triggered.connect(self.toggle_citizen_view)
        a.about_action.triggered.connect(self._about)
        a.show_citizen(None)

    def open_report(self, kind: str):
        """The print dialog for the chosen citizen: options, preview, save or print."""
        from progressionsdialog.storage import DB_FILENAME
        from ui.dialogs.report_dialog import ReportDialog

        citizen_id = self.register.current_citizen_id()
        if citizen_id is None:
            return None
        self.save_pending()
        citizen = get_citizen(self.db, citizen_id)
        dialog = ReportDialog(self.data_dir / DB_FILENAME, citizen_id, citizen.name, kind, self)
        if self.in_citizen_view():  # a file dialog would show other citizens' files
            dialog.save_button.hide()
            dialog.open_button.hide()
        dialog.open()
        dialog.make()
        return dialog

    # -- data-subject rights ----------------------------------------------------------------
    def show_audit(self):
        from ui.dialogs.audit_dialog import AuditDialog

        dialog = AuditDialog(self.db, self.register.current_citizen_id(), self)
        dialog.open()
        return dialog

    def _open_plan_at_carried_wish(self, _hhh_id: int) -> None:
        """'Tag ønsket med til planen': the plan opens, showing the new HHH."""
        self.overview.tabs.setCurrentIndex(self.overview.TAB_PLAN)

    def show_statistics(self):
        from progressionsdialog.tools import load_tool
        from ui.dialogs.report_dialog import documents_folder
        from ui.dialogs.statistics_dialog import StatisticsDialog

        dialog = StatisticsDialog(self.db, load_tool("halsnaes"), documents_folder(), self)
        dialog.open()
        return dialog

    def export_citizen(self, citizen_id: int, target: str | None = None) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        from progressionsdialog.reports.make import make_report
        from progressionsdialog.storage.rights import export_citizen

        if target is None:
            from progressionsdialog.reports.filenames import suggested_name
            from ui.dialogs.report_dialog import documents_folder

            name = get_citizen(self.db, citizen_id).name
            suggested = suggested_name("export", name, citizen_id, clock.today())
            target, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Eksportér alle data"),
                str(documents_folder() / Path(suggested).with_suffix(".json")),
                "JSON (*.json)",
            )
        if not target:
            return None
        try:
            path = export_citizen(self.db, citizen_id, Path(target))
            make_report(
                self.db,
                citizen_id,
                "handover",
                path.with_suffix(".pdf"),
                include_private_notes=True,
            )
        except (ProgressionsdialogError, OSError) as error:
            show_error(self, str(error))
            return None
        self.statusBar().showMessage(self.tr("Gemt: %1").replace("%1", str(path)), 8000)
        return path

    def erase_citizen(self, citizen_id: int) -> bool:
        from progressionsdialog.storage.rights import erase_citizen
        from ui.dialogs.erase_dialog import EraseDialog

        citizen = get_citizen(self.db, citizen_id)
        typed = EraseDialog.ask_name(self, citizen.name)
        if typed is None:
            return False
        try:
            erase_citizen(self.db, citizen_id, typed)
        except ProgressionsdialogError as error:
            show_error(self, str(error))
            return False
        self.undo_stack.clear()  # nothing to undo into: the citizen is gone
        self._last_viewed = None
        self._update_rows([citizen_id])
        self.statusBar().showMessage(self.tr("Borgeren er slettet for altid."), 8000)
        return True

    def show_retention(self) -> None:
        from progressionsdialog.domain.dates import format_date
        from progressionsdialog.storage.rights import RETENTION_YEARS, inactive_citizens

        rows = inactive_citizens(self.db)
        if not rows:
            text = self.tr("Ingen borgere har været uden aktivitet i %1 år.")
        else:
            lines = [
                f"{r.name} (nr. {r.citizen_id}), sidst {format_date(r.last_activity)}" for r in rows
            ]
            text = (
                self.tr("Uden aktivitet i %1 år. Overvej at slette dem:")
                + "\n\n"
                + "\n".join(lines)
            )
        show_info(self, self.tr("Borgere uden aktivitet"), text.replace("%1", str(RETENTION_YEARS)))

    def change_password(self) -> bool:
        """Choose a new password: the database is re-encrypted with it at once."""
        from progressionsdialog.storage.database import change_password
        from ui.dialogs.password_dialog import PasswordDialog

        if self.demo:
            show_error(self, self.tr("Demo-databasen har ingen adgangskode."))
            return False
        new = PasswordDialog.ask(PasswordDialog.CHOOSE, parent=self)
        if new is None:
            return False
        try:
            change_password(self.db, new)
        except ProgressionsdialogError as error:
            show_error(self, str(error))
            return False
        self.statusBar().showMessage(self.tr("Adgangskoden er skiftet."), 8000)
        return True

    def show_settings(self):
        from ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self)
        dialog.accepted.connect(self._apply_settings)
        dialog.open()
        return dialog

    def _apply_settings(self) -> None:
        self.idle.timer.setInterval(get_int(self.db, LOCK_AFTER_MINUTES) * 60_000)
        self.idle.timer.start()
        self.reload()  # the follow-up flags may change

    # -- lock ---------------------------------------------------------------------------
    def is_locked(self) -> bool:
        return self.locker.is_locked()

    def lock(self) -> None:
        self.locker.lock()

    def new_meeting(self) -> int | None:
        if self.register.current_citizen_id() is None:
            return None
        self.overview.tabs.setCurrentIndex(self.overview.TAB_MEETINGS)
        meeting_id = self.overview.meetings.new_meeting()
        if meeting_id is not None and self.in_citizen_view():
            self.citizen_view.show_meeting()
        return meeting_id

    # -- citizen view -------------------------------------------------------------------
    @property
    def citizen_view(self):
        """Citizen view's screen, built on first use: nobody sees it at start, and building
        it (with its module) cost the start about 30 ms."""
        if self._citizen_view is None:
            from ui.screens.citizen_view import CitizenView

            self._citizen_view = CitizenView(self.db, self.tool)
            self.central.addWidget(self._citizen_view)
            self._citizen_view.left.connect(self.leave_citizen_view)
        return self._citizen_view

    def in_citizen_view(self) -> bool:
        return self._citizen_view_on

    def toggle_citizen_view(self) -> None:
        """The toolbar button, the menu item and Ctrl+B: in, or ask to leave."""
        if self.is_locked():  # leaving would show the register in place of the lock
            pass
        elif self._citizen_view_on:
            self.citizen_view.ask_to_leave()
        else:
            self.enter_citizen_view()
        self.menu.citizen_view_action.setChecked(self._citizen_view_on)

    def enter_citizen_view(self) -> bool:
        """Only the chosen citizen on screen, for the citizen: no register, no menus."""
        citizen_id = self.register.current_citizen_id()
        if citizen_id is None or self._citizen_view_on or self.is_locked():
            return False
        self.save_pending()
        try:
            citizen = get_citizen(self.db, citizen_id)
        except ProgressionsdialogError as error:
            show_error(self, str(error))
            return False
        self._citizen_view_on = True
        self.menu.set_citizen_view(True)
        self.citizen_view.show_citizen(citizen)
        self.central.setCurrentWidget(self.citizen_view)
        self.menuBar().hide()
        self.data_label.hide()
        self.statusBar().clearMessage()
        self.citizen_view.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def leave_citizen_view(self) -> None:
        """Back to the worker's screens, which show what was changed in citizen view."""
        if not self._citizen_view_on or self.is_locked():
            return
        self.citizen_view.flush()
        self._citizen_view_on = False
        self.menu.set_citizen_view(False)
        self.central.setCurrentWidget(self.splitter)
        self.menuBar().show()
        self.data_label.show()
        citizen_id = self.citizen_view.citizen_id
        self.overview.show_citizen(None)  # its pages load again: scores and wheel may be new
        self._update_rows([citizen_id], keep_id=citizen_id)
        self.register.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _about(self) -> None:
        show_info(
            self,
            self.tr("Om Progressionsdialog"),
            self.tr("Progressionsdialog %1\nSamtaler, indikatorer, livshjul og plan.\n\nData: %2")
            .replace("%1", __version__)
            .replace("%2", str(self.data_dir)),
        )

    # -- data -------------------------------------------------------------------------
    def reload(self, keep_id: int | None = None) -> None:
        try:
            summaries = list_register(self.db)
        except ProgressionsdialogError as error:
            show_error(self, str(error))
            return
        self.register.set_citizens(summaries, keep_id=keep_id)
        self._on_selected(self.register.current_citizen_id())

    def _update_rows(self, citizen_ids, keep_id: int | None = None) -> None:
        """Bring these citizens' rows of the register up to date, not the whole list (which
        took half a second with 10,000 citizens); then show the chosen citizen again."""
        try:
            rows = [(citizen_id, register_row(self.db, citizen_id)) for citizen_id in citizen_ids]
        except ProgressionsdialogError as error:
            show_error(self, str(error))
            return
        for citizen_id, row in rows:
            self.register.update_citizen(citizen_id, row, keep_id=keep_id)
        # Shown again without saving first: the change itself was the save, and a change of
        # citizen above went through _on_selected, which saved (a walk over every widget).
        self._show_selected(self.register.current_citizen_id())

    def save_pending(self) -> bool:
        """Save every text still waiting for its autosave, on every screen of the window.

        Called before the screen changes under the caseworker's hands: close, quit, lock,
        another citizen, a print. The register rows of the citizens changed are brought up
        to date once afterwards; ``True`` if that was done (the chosen citizen is then shown
        again too).
        """
        if self._saving_pending:
            return False
        self._saving_pending = True
        self._changed_while_saving.clear()
        try:
            flush_pending(self)
        finally:
            self._saving_pending = False
        changed = sorted(self._changed_while_saving)
        if changed:
            self._update_rows(changed)  # keeps the citizen chosen in the register now
        return bool(changed)

    def _on_selected(self, citizen_id: int | None) -> None:
        if self.save_pending():  # what was typed for the citizen shown until now
            return  # the reload has shown the chosen citizen
        self._show_selected(citizen_id)

    def _show_selected(self, citizen_id: int | None) -> None:
        if citizen_id is None:
            self.menu.show_citizen(None)
            self.overview.show_citizen(None)
            return
        try:
            citizen = get_citizen(self.db, citizen_id)
            meetings = list_meetings(self.db, citizen_id)
            if citizen_id != self._last_viewed:  # who looked at whom: the audit log
                self._last_viewed = citizen_id
                self._record_view(citizen_id)
        except ProgressionsdialogError as error:
            show_error(self, str(error))
            return
        self.overview.show_citizen(citizen, meetings)
        self.menu.show_citizen(citizen_id, citizen.archived)
        if self._citizen_view_on and citizen_id == self.citizen_view.citizen_id:
            self.citizen_view.refresh()  # a meeting was added behind it

    def _record_view(self, citizen_id: int) -> None:
        if self.read_only:  # the audit log cannot be written: the program's log says it
            log.info(
                "Citizen %s viewed; the database is read-only, so not in the audit log", citizen_id
            )
            return
        with transaction(self.db):
            audit.record(self.db, "view", citizen_id=citizen_id, entity_id=citizen_id)

    def _with_current(self, action) -> None:
        citizen_id = self.register.current_citizen_id()
        if citizen_id is not None:
            action(citizen_id)

    def _caseworker_id(self, name: str) -> int | None:
        return ensure_caseworker(self.db, name).id if name else None

    def new_citizen(self) -> CitizenFormDialog | None:
        if self._cannot_write():
            return None

        def save(draft: CitizenDraft, caseworker: str):
            return add_citizen(
                self.db, replace(draft, caseworker_id=self._caseworker_id(caseworker))
            )

        dialog = CitizenFormDialog(save, list_caseworkers(self.db), parent=self, db=self.db)
        dialog.saved.connect(self._after_create)
        dialog.open()
        return dialog

    def _after_create(self, citizen) -> None:
        self.register.search.clear()
        self._update_rows([citizen.id], keep_id=citizen.id)
        self.statusBar().showMessage(self.tr("%1 er oprettet.").replace("%1", citizen.name), 5000)

    def _cannot_write(self) -> bool:
        """``True`` (and the reason in the status bar) when the database can only be read;
        for the ways into a form that are not menu items (a double-click in the register)."""
        if self.read_only:
            self.statusBar().showMessage(self.read_only_banner.text(), 8000)
        return self.read_only

    def edit_citizen(self, citizen_id: int) -> CitizenFormDialog | None:
        if self._cannot_write():
            return None
        try:
            citizen = get_citizen(self.db, citizen_id)
        except ProgressionsdialogError as error:
            show_error(self, str(error))
            return None
        before = citizen.to_draft()

        def save(draft: CitizenDraft, caseworker: str):
            after = replace(draft, caseworker_id=self._caseworker_id(caseworker))
            saved = update_citizen(self.db, citizen_id, after)
            self.undo_stack.push(
                EditCitizenCommand(
                    lambda cid, d: update_citizen(self.db, cid, d),
                    citizen_id,
                    before,
                    saved.to_draft(),
                    self._changed,
                )
            )
            return saved

        dialog = CitizenFormDialog(
            save,
            list_caseworkers(self.db),
            before,
            citizen.caseworker_name,
            parent=self,
            db=self.db,
            citizen_id=citizen_id,
        )
        dialog.saved.connect(lambda saved: self._changed(saved.id))
        dialog.open()
        return dialog

    def toggle_archive(self, citizen_id: int) -> None:
        citizen = get_citizen(self.db, citizen_id)
        if citizen.archived:
            self.restore_citizen(citizen_id)
        else:
            self.archive_citizen(citizen_id)

    def archive_citizen(self, citizen_id: int) -> bool:
        citizen = get_citizen(self.db, citizen_id)
        question = self.tr(
            "Vil du arkivere %1?\n\nBorgeren skjules i listen, men intet slettes. "
            "Du kan fortryde med Ctrl+Z eller finde borgeren under Vis arkiverede."
        ).replace("%1", citizen.name)
        if not ConfirmDialog.ask(self, self.tr("Arkivér borger"), question, self.tr("Arkivér")):
            return False
        return self._set_archived(citizen_id, True)

    def restore_citizen(self, citizen_id: int) -> bool:
        return self._set_archived(citizen_id, False)

    def _set_archived(self, citizen_id: int, archived: bool) -> bool:
        try:
            citizen = (archive_citizen if archived else restore_citizen)(self.db, citizen_id)
        except ProgressionsdialogError as error:
            show_error(self, str(error))
            return False
        self.undo_stack.push(
            ArchiveCommand(self._store_archived, citizen_id, citizen.name, archived, self._changed)
        )
        self._changed(citizen_id)
        verb = self.tr("%1 er arkiveret.") if archived else self.tr("%1 er genskabt.")
        self.statusBar().showMessage(verb.replace("%1", citizen.name), 8000)
        return True

    def _store_archived(self, citizen_id: int, archived: bool) -> None:
        (archive_citizen if archived else restore_citizen)(self.db, citizen_id)

    def _changed(self, citizen_id: int) -> None:
        if self._saving_pending:  # saving before a change of citizen: the row after, keeping
            self._changed_while_saving.add(citizen_id)  # the citizen now chosen
            return
        self._update_rows([citizen_id], keep_id=citizen_id)

    # -- window state -----------------------------------------------------------------
    def _restore_geometry(self) -> None:
        """The window's place and size, the register's width and its columns, as left."""
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.register.restore_columns(settings)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._idle_work_started:
            self._idle_work_started = True
            self.idle_work.start()
        if not self._splitter_placed:  # now that the splitter has its width
            self._splitter_placed = True
            kept = QSettings().value(REGISTER_WIDTH_KEY)
            self._place_splitter(int(kept) if kept is not None else None)

    def _prepare_tab(self, index: int) -> None:
        if index == self.overview.TAB_MEETINGS:
            self._prepare_meetings_tab()
        elif index == self.overview.TAB_PLAN:
            self._prepare_plan_tab()

    def _prepare_meetings_tab(self) -> None:
        with app_filters_paused(*self._app_filters()):
            self.overview.meetings.ensurePolished()

    def _prepare_plan_tab(self) -> None:
        with app_filters_paused(*self._app_filters()):
            self.overview.plan.ensurePolished()

    def _app_filters(self) -> list:
        """The application-wide filters a build may skip: input and lock keys (not the
        read-only guard, which must see every control that is shown)."""
        return [self.idle, self.locker]

    def _place_splitter(self, register: int | None = None) -> None:
        """The register as wide as it was left; else 36 em wide in a 1366 px window (113 em
        of splitter), and half of any width more or less than that, as the splitter shares
        a change of width later."""
        em = self.fontMetrics().horizontalAdvance("M")
        total = self.splitter.width() - self.splitter.handleWidth()
        if register is None:
            register = round(em * 36 + REGISTER_SHARE * (total - em * 113))
        register = max(em * 24, min(register, total - em * 40))
        self.splitter.setSizes([register, total - register])

    def _save_geometry(self) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        shown = self.central.currentWidget() is self.splitter and self.register.isVisible()
        if self._splitter_placed and shown:  # else its width is not the one it had
            settings.setValue(REGISTER_WIDTH_KEY, self.splitter.sizes()[0])
        self.register.save_columns(settings)

    def closeEvent(self, event) -> None:
        self.save_pending()
        for dialog in self.findChildren(QDialog):  # the program ends: no window stays open,
            if dialog.isVisible():  # and a print dialog's temp files go with it
                dialog.close()
        self.idle.stop()
        self.locker.close()
        self._save_geometry()
        super().closeEvent(event)
