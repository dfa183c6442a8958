"""The main window's menu items and keys, in one place: what each is called, its key, its menu.

The window connects each action to what it does; this module only builds them, puts them in
the menus and says which may be used when (a citizen chosen, the database writable).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenuBar, QToolBar

from ui.read_only import reads_only
from ui.style import TOOLBAR_STYLE

CONTEXT = "MainWindow"  # the translation context the texts have always had


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class WindowActions(QObject):
    """Every action of the main window. Parented to the window, so their keys work there."""

    def __init__(self, window: QMainWindow, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self._window = window

        def action(text: str, shortcut=None) -> QAction:
            made = QAction(text, window)
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            return made

        # Filer
        self.plan_pdf_action = action(_t("Udskriv &plan …"), QKeySequence.StandardKey.Print)
        self.handover_action = action(_t("&Overleveringsrapport …"))
        self.blank_sheets_action = action(_t("&Blanke ark til at udfylde hjemme …"))
        self.blank_sheets_action.setToolTip(
            _t("Et tomt livshjul og HHH-spørgsmålene, som borgeren kan udfylde hjemme")
        )
        self.audit_action = action(_t("&Revisionslog …"))
        self.retention_action = action(_t("Borgere &uden aktivitet …"))
        self.password_action = action(_t("Skift a&dgangskode …"))
        self.settings_action = action(_t("&Indstillinger …"))
        self.lock_action = action(_t("&Lås"), "Ctrl+L")
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action = action(_t("&Afslut"))
        # Windows has no standard key for quitting; Ctrl+Q everywhere, so the menu shows one
        self.quit_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        )
        # Rediger
        self.undo_action = undo_stack.createUndoAction(window, _t("&Fortryd"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = undo_stack.createRedoAction(window, _t("&Gentag"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.find_action = action(_t("&Søg efter borger"), QKeySequence.StandardKey.Find)
        # Borger
        self.new_action = action(_t("&Ny borger …"), QKeySequence.StandardKey.New)
        self.edit_action = action(_t("&Rediger borger …"), "Ctrl+E")
        self.archive_action = action(_t("&Arkivér borger …"), QKeySequence.StandardKey.Delete)
        # Delete archives only where the list of citizens has the focus (the window adds it
        # there); in a score it clears the score, in a text it deletes text.
        self.archive_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_meeting_action = action(_t("Ny sa&mtale"), "Ctrl+M")
        self.export_action = action(_t("&Eksportér alle data …"))
        self.erase_action = action(_t("&Slet for altid …"))
        # Vis
        self.register_action = action(_t("&Borgerlisten"), "F9")
        self.register_action.setCheckable(True)
        self.register_action.setChecked(True)
        self.register_action.setToolTip(_t("Skjul listen, så samtalen fylder hele skærmen"))
        self.citizen_view_action = action(_t("Borger&visning"), "Ctrl+B")
        self.citizen_view_action.setCheckable(True)
        self.statistics_action = action(_t("&Statistik for teamet …"))
        self.statistics_action.setToolTip(_t("Tal for alle borgere, uden navne: hvem rykker sig"))
        self.projects_action = action(_t("&Projekter …"))
        self.projects_action.setToolTip(
            _t("Projekter, kontrolgrupper og borgernes status efter 12 og 24 måneder")
        )
        self.projects_action.triggered.connect(self._open_projects)
        # Hjælp
        self.about_action = action(_t("&Om Progressionsdialog"))

        # Citizen view hides the menu bar; these keep their keys there (the rest are off)
        self.citizen_view_keeps = (
            self.lock_action,
            self.citizen_view_action,
            self.new_meeting_action,
            self.plan_pdf_action,
            self.quit_action,
        )
        window.addAction(self.quit_action)  # the others are on the toolbar
        self._in_citizen_view = False
        self._enabled_before: dict[QAction, bool] = {}
        for made in self._all():
            made.changed.connect(lambda a=made: self._hold_in_citizen_view(a))

    def _open_projects(self):
        """Vis → Projekter (wired here: it needs only the window's database)."""
        from ui.dialogs.projects_dialog import ProjectsDialog

        save_pending = getattr(self._window, "save_pending", None)
        if save_pending is not None:
            save_pending()
        dialog = ProjectsDialog(self._window.db, self._window)
        dialog.open()
        self.projects_dialog = dialog
        return dialog

    def _all(self) -> list[QAction]:
        return [value for value in vars(self).values() if isinstance(value, QAction)]

    def build_menus(self, bar: QMenuBar) -> None:
        file_menu = bar.addMenu(_t("&Filer"))
        for group in (
            (self.plan_pdf_action, self.handover_action, self.blank_sheets_action),
            (self.audit_action, self.retention_action),
            (self.password_action, self.settings_action),
            (self.lock_action,),
            (self.quit_action,),
        ):
            if file_menu.actions():
                file_menu.addSeparator()
            file_menu.addActions(list(group))

        edit_menu = bar.addMenu(_t("&Rediger"))
        edit_menu.addActions([self.undo_action, self.redo_action, self.find_action])

        citizen_menu = bar.addMenu(_t("&Borger"))
        citizen_menu.addActions([self.new_action, self.edit_action, self.archive_action])
        citizen_menu.addSeparator()
        citizen_menu.addAction(self.new_meeting_action)
        citizen_menu.addSeparator()
        citizen_menu.addActions([self.export_action, self.erase_action])

        view_menu = bar.addMenu(_t("&Vis"))
        view_menu.addActions([self.register_action, self.citizen_view_action])
        view_menu.addSeparator()
        view_menu.addActions([self.statistics_action, self.projects_action])

        help_menu = bar.addMenu(_t("&Hjælp"))
        help_menu.addAction(self.about_action)

    def build_toolbar(self) -> QToolBar:
        """One click to lock, to citizen view, to a new meeting and to the plan.

        Text, no icons: a word is read by the citizen too. Each button names its key.
        """
        bar = QToolBar(_t("Værktøjslinje"), self._window)
        bar.setObjectName("toolbar")  # saveState() needs a name
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)  # cannot be hidden
        bar.toggleViewAction().setVisible(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setStyleSheet(TOOLBAR_STYLE)
        for action, label, name, tip in (
            (
                self.lock_action,
                _t("Lås"),
                _t("Lås programmet"),
                _t("Lås, så ingen kan se data om borgerne. Åbn med adgangskoden"),
            ),
            (
                self.citizen_view_action,
                _t("Borgervisning"),
                _t("Borgervisning"),
                _t("Vis kun denne borger, i stor skrift, til borgeren ved skærmen"),
            ),
            (
                self.new_meeting_action,
                _t("Ny samtale"),
                _t("Ny samtale med borgeren"),
                _t("Start en ny samtale i dag"),
            ),
            (
                self.plan_pdf_action,
                _t("Udskriv plan"),
                _t("Udskriv plan"),
                _t("Borgerens plan: se den, gem den eller udskriv den"),
            ),
        ):
            action.setIconText(label)
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({key})" if key else tip)
            bar.addAction(action)
            button = bar.widgetForAction(action)
            button.setAccessibleName(name)
            if action is not self.new_meeting_action:  # they show, print or lock: no change
                reads_only(button)  # to the data, so they work on a read-only database too
            if action is self.citizen_view_action:
                bar.addSeparator()  # the lock and the view apart from the citizen's things
        return bar

    # -- when each may be used ------------------------------------------------------------
    def writing(self) -> list[QAction]:
        """The actions that change data: held off when the database can only be read."""
        return [
            self.new_action,
            self.edit_action,
            self.archive_action,
            self.new_meeting_action,
            self.erase_action,
            self.password_action,
            self.settings_action,
            self.undo_action,
            self.redo_action,
        ]

    def set_citizen_view(self, on: bool) -> None:
        """In citizen view only the actions in ``citizen_view_keeps`` can be used: nothing
        that reaches another citizen, the settings or the worker's reports and log."""
        if on == self._in_citizen_view:
            return
        self._in_citizen_view = on
        self.citizen_view_action.setChecked(on)
        for action in self._all():
            if action in self.citizen_view_keeps:
                continue
            if on:
                self._enabled_before[action] = action.isEnabled()
                action.setEnabled(False)
            else:
                action.setEnabled(self._enabled_before.pop(action, action.isEnabled()))

    def _hold_in_citizen_view(self, action: QAction) -> None:
        """An action turned on while in citizen view (a reload, the undo stack) stays off,
        and is turned on when citizen view ends."""
        if not self._in_citizen_view or not shiboken6.isValid(action):  # the window closes
            return
        if action not in self.citizen_view_keeps and action.isEnabled():
            self._enabled_before[action] = True
            action.setEnabled(False)

    def show_citizen(self, citizen_id: int | None, archived: bool = False) -> None:
        """Turn on the actions that need a chosen citizen, and name archive or restore."""
        for action in (
            self.edit_action,
            self.archive_action,
            self.new_meeting_action,
            self.plan_pdf_action,
            self.handover_action,
            self.blank_sheets_action,
            self.citizen_view_action,
        ):
            action.setEnabled(citizen_id is not None)
        if citizen_id is not None:
            self.archive_action.setText(
                _t("&Genskab borger") if archived else _t("&Arkivér borger …")
            )
