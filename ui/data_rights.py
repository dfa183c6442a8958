"""The data-subject rights from the menus: the audit log, export, erasure, and who has been
inactive so long that erasing them should be considered.

The window connects the menu items to these; ``erased`` tells it a citizen is gone.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow

from progressionsdialog import clock
from progressionsdialog.errors import ProgressionsdialogError
from progressionsdialog.storage.citizens import get_citizen
from ui.dialogs.confirm import show_error, show_info

if TYPE_CHECKING:
    from ui.workers import Job


class DataRights(QObject):
    """Audit, export, erase and retention for ``window``'s database; ``current`` gives the
    citizen chosen in the register (``None`` when none is)."""

    erased = Signal(int)  # the citizen and all about them are gone for good

    def __init__(
        self,
        db: sqlite_utils.Database,
        window: QMainWindow,
        undo_stack: QUndoStack,
        current: Callable[[], int | None],
    ) -> None:
        super().__init__(window)
        self.db, self._window, self._undo_stack = db, window, undo_stack
        self._current = current

    def show_audit(self):
        from ui.dialogs.audit_dialog import AuditDialog

        dialog = AuditDialog(self.db, self._current(), self._window)
        dialog.open()
        return dialog

    def export_citizen(self, citizen_id: int, target: str | None = None) -> Job | None:
        """All data about the citizen as JSON, and beside it the handover with the private
        notes as PDF. Made off the window's thread (a long handover is 0.2–1 s of work),
        with its own connection; the status bar says when it is saved, or why not."""
        from PySide6.QtWidgets import QFileDialog

        from progressionsdialog.storage import database_path
        from ui.workers import run_job

        if target is None:
            from progressionsdialog.reports.filenames import suggested_name
            from ui.dialogs.report_dialog import documents_folder

            name = get_citizen(self.db, citizen_id).name
            suggested = suggested_name("export", name, citizen_id, clock.today())
            target, _ = QFileDialog.getSaveFileName(
                self._window,
                self.tr("Eksportér alle data"),
                str(documents_folder() / Path(suggested).with_suffix(".json")),
                "JSON (*.json)",
            )
        if not target:
            return None
        db_path = database_path(self.db)
        bar = self._window.statusBar()

        def done(path: Path) -> None:
            bar.showMessage(self.tr("Gemt: %1").replace("%1", str(path)), 8000)

        def failed(message: str) -> None:
            bar.clearMessage()
            show_error(self._window, message)

        if db_path is None:  # a database in memory: here, with the window's connection
            try:
                done(_export(self.db, citizen_id, Path(target)))
            except (ProgressionsdialogError, OSError) as error:
                failed(str(error))
            return None
        bar.showMessage(self.tr("Eksporterer alle data …"))
        return run_job(
            partial(_export_from_file, db_path, citizen_id, Path(target)),
            done,
            failed,
            self.tr("Data kunne ikke eksporteres"),
            owner=self._window,
        )

    def erase_citizen(self, citizen_id: int) -> bool:
        from progressionsdialog.storage.rights import erase_citizen
        from ui.dialogs.erase_dialog import EraseDialog

        citizen = get_citizen(self.db, citizen_id)
        typed = EraseDialog.ask_name(self._window, citizen.name)
        if typed is None:
            return False
        try:
            erase_citizen(self.db, citizen_id, typed)
        except ProgressionsdialogError as error:
            show_error(self._window, str(error))
            return False
        self._undo_stack.clear()  # nothing to undo into: the citizen is gone
        self.erased.emit(citizen_id)
        self._window.statusBar().showMessage(self.tr("Borgeren er slettet for altid."), 8000)
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
        show_info(
            self._window,
            self.tr("Borgere uden aktivitet"),
            text.replace("%1", str(RETENTION_YEARS)),
        )


def _export(db: sqlite_utils.Database, citizen_id: int, target: Path) -> Path:
    from progressionsdialog.reports.make import make_report
    from progressionsdialog.storage.rights import export_citizen

    path = export_citizen(db, citizen_id, target)
    make_report(db, citizen_id, "handover", path.with_suffix(".pdf"), include_private_notes=True)
    return path


def _export_from_file(db_path: Path, citizen_id: int, target: Path) -> Path:
    """``_export`` in a worker, with a connection of its own (one per thread)."""
    from progressionsdialog.storage import connect

    db = connect(db_path)
    try:
        return _export(db, citizen_id, target)
    except OSError as error:  # a folder that cannot be written, a full disk
        raise ProgressionsdialogError(
            QCoreApplication.translate("DataRights", "Data kunne ikke gemmes i %1 (%2).")
            .replace("%1", str(target.parent))
            .replace("%2", error.strerror or str(error))
        ) from error
    finally:
        db.close()
