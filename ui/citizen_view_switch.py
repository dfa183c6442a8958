"""Into citizen view and back: the window's stack shows the citizen's screen in place of the
worker's, and the menu bar and the data folder's label go while it does.

The screen itself is ``ui.screens.citizen_view``, which knows nothing of the window; this
builds it on first use and switches to it. The window connects the toolbar button and the
menu item to ``toggle``, and ``left`` to showing the register again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import sqlite_utils
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from progressionsdialog.errors import ProgressionsdialogError
from progressionsdialog.storage.citizens import get_citizen
from progressionsdialog.tools.definition import ToolDefinition
from ui.actions import WindowActions
from ui.dialogs.confirm import show_error


class CitizenViewSwitch(QObject):
    """Shows citizen view in ``stack`` for the citizen ``current`` gives, in place of
    ``home``; hides ``chrome`` meanwhile. Nothing switches while ``is_locked``."""

    left = Signal(int)  # back on the worker's screens; the citizen who was shown

    def __init__(
        self,
        db: sqlite_utils.Database,
        tool: ToolDefinition,
        window: QMainWindow,
        stack: QStackedWidget,
        home: QWidget,
        menu: WindowActions,
        chrome: Sequence[QWidget],
        current: Callable[[], int | None],
        is_locked: Callable[[], bool],
        save_pending: Callable[[], object],
    ) -> None:
        super().__init__(window)
        self.db, self.tool, self._window = db, tool, window
        self._stack, self._home, self._menu, self._chrome = stack, home, menu, list(chrome)
        self._current, self._is_locked, self._save_pending = current, is_locked, save_pending
        self._view = None
        self._on = False

    @property
    def view(self):
        """Citizen view's screen, built on first use: nobody sees it at start, and building
        it (with its module) cost the start about 30 ms."""
        if self._view is None:
            from ui.screens.citizen_view import CitizenView

            self._view = CitizenView(self.db, self.tool)
            self._stack.addWidget(self._view)
            self._view.left.connect(self.leave)
        return self._view

    def is_on(self) -> bool:
        return self._on

    def refresh_if_showing(self, citizen_id: int) -> None:
        """``citizen_id`` was shown again from the database: a meeting was added behind
        citizen view, if it shows them."""
        if self._on and citizen_id == self.view.citizen_id:
            self.view.refresh()

    def toggle(self) -> None:
        """The toolbar button, the menu item and Ctrl+B: in, or ask to leave."""
        if self._is_locked():  # leaving would show the register in place of the lock
            pass
        elif self._on:
            self.view.ask_to_leave()
        else:
            self.enter()
        self._menu.citizen_view_action.setChecked(self._on)

    def enter(self) -> bool:
        """Only the chosen citizen on screen, for the citizen: no register, no menus."""
        citizen_id = self._current()
        if citizen_id is None or self._on or self._is_locked():
            return False
        self._save_pending()
        try:
            citizen = get_citizen(self.db, citizen_id)
        except ProgressionsdialogError as error:
            show_error(self._window, str(error))
            return False
        self._on = True
        self._menu.set_citizen_view(True)
        self.view.show_citizen(citizen)
        self._stack.setCurrentWidget(self.view)
        for widget in self._chrome:
            widget.hide()
        self._window.statusBar().clearMessage()
        self.view.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def leave(self) -> None:
        """Back to the worker's screens, which show what was changed in citizen view."""
        if not self._on or self._is_locked():
            return
        self.view.flush()
        self._on = False
        self._menu.set_citizen_view(False)
        self._stack.setCurrentWidget(self._home)
        for widget in self._chrome:
            widget.show()
        self.left.emit(self.view.citizen_id)
