"""The two things in the Filer menu that change the program, not a citizen: the settings
dialog and the password.

The window connects the menu items to these, and ``applied`` to what follows new settings.
"""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from progressionsdialog.errors import ProgressionsdialogError
from ui.dialogs.confirm import show_error


class ProgramSettings(QObject):
    """Settings and password for ``window``'s database (the demo's has no password)."""

    applied = Signal()  # the settings dialog was accepted: its values are saved

    def __init__(self, db: sqlite_utils.Database, window: QMainWindow, demo: bool) -> None:
        super().__init__(window)
        self.db, self._window, self._demo = db, window, demo

    def change_password(self) -> bool:
        """Choose a new password: the database is re-encrypted with it at once."""
        from progressionsdialog.storage.database import change_password
        from ui.dialogs.password_dialog import PasswordDialog

        if self._demo:
            show_error(self._window, self.tr("Demo-databasen har ingen adgangskode."))
            return False
        new = PasswordDialog.ask(PasswordDialog.CHOOSE, parent=self._window)
        if new is None:
            return False
        try:
            change_password(self.db, new)
        except ProgressionsdialogError as error:
            show_error(self._window, str(error))
            return False
        self._window.statusBar().showMessage(self.tr("Adgangskoden er skiftet."), 8000)
        return True

    def show_settings(self):
        from ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self._window)
        dialog.accepted.connect(self.applied.emit)
        dialog.open()
        return dialog
