"""The documents made from the menus: a citizen's plan, handover report or blank sheets (the
print dialog, with preview), and the team's statistics.

The window connects the menu items and toolbar buttons to these.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from progressionsdialog.storage.citizens import get_citizen


class Documents(QObject):
    """Opens the print dialog for the citizen ``current`` gives (after ``save_pending``),
    and the statistics dialog. In citizen view (``in_citizen_view``) the print dialog has no
    way to a file dialog, which would show other citizens' files."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        data_dir: Path,
        window: QMainWindow,
        current: Callable[[], int | None],
        save_pending: Callable[[], object],
        in_citizen_view: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self.db, self.data_dir, self._window = db, data_dir, window
        self._current, self._save_pending = current, save_pending
        self._in_citizen_view = in_citizen_view

    def open_report(self, kind: str):
        """The print dialog for the chosen citizen: options, preview, save or print."""
        from progressionsdialog.storage import DB_FILENAME
        from ui.dialogs.report_dialog import ReportDialog

        citizen_id = self._current()
        if citizen_id is None:
            return None
        self._save_pending()
        citizen = get_citizen(self.db, citizen_id)
        dialog = ReportDialog(
            self.data_dir / DB_FILENAME, citizen_id, citizen.name, kind, self._window
        )
        if self._in_citizen_view():  # a file dialog would show other citizens' files
            dialog.save_button.hide()
            dialog.open_button.hide()
        dialog.open()
        dialog.make_when_painted()
        return dialog

    def show_statistics(self):
        from progressionsdialog.tools import load_tool
        from ui.dialogs.report_dialog import documents_folder
        from ui.dialogs.statistics_dialog import StatisticsDialog

        dialog = StatisticsDialog(self.db, load_tool("halsnaes"), documents_folder(), self._window)
        dialog.open()
        return dialog
