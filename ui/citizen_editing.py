"""A citizen's own record from the register: new, edit, archive and restore.

The citizen form is opened here and its save wired in; an edit or an archiving is pushed on
the window's undo stack, so a slip is taken back with Ctrl+Z. The window connects the menu
items and the register's requests to these, and ``changed`` to bringing the row up to date.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import sqlite_utils
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow

from progressionsdialog.domain.citizen import Citizen, CitizenDraft
from progressionsdialog.errors import ProgressionsdialogError
from progressionsdialog.storage.caseworkers import ensure_caseworker, list_caseworkers
from progressionsdialog.storage.citizens import (
    add_citizen,
    archive_citizen,
    get_citizen,
    restore_citizen,
    update_citizen,
)
from ui.dialogs.confirm import ConfirmDialog, show_error
from ui.undo import ArchiveCommand, EditCitizenCommand

if TYPE_CHECKING:
    from ui.dialogs.citizen_form import CitizenFormDialog


class CitizenEditing(QObject):
    """Opens the citizen form and archives or restores, for ``window``'s database.

    ``read_only_reason`` is the banner's text when the database can only be read, else
    ``None``; the form is then not opened.
    """

    changed = Signal(int)  # a citizen's record changed: saved, archived, undone, redone
    created = Signal(object)  # a new citizen was saved (a ``Citizen``)

    def __init__(
        self,
        db: sqlite_utils.Database,
        window: QMainWindow,
        undo_stack: QUndoStack,
        read_only_reason: str | None = None,
    ) -> None:
        super().__init__(window)
        self.db, self._window, self._undo_stack = db, window, undo_stack
        self._read_only_reason = read_only_reason

    def _caseworker_id(self, name: str) -> int | None:
        return ensure_caseworker(self.db, name).id if name else None

    def _cannot_write(self) -> bool:
        """``True`` (and the reason in the status bar) when the database can only be read;
        for the ways into a form that are not menu items (a double-click in the register)."""
        if self._read_only_reason is not None:
            self._window.statusBar().showMessage(self._read_only_reason, 8000)
        return self._read_only_reason is not None

    def new_citizen(self) -> CitizenFormDialog | None:
        if self._cannot_write():
            return None

        def save(draft: CitizenDraft, caseworker: str):
            return add_citizen(
                self.db, replace(draft, caseworker_id=self._caseworker_id(caseworker))
            )

        from ui.dialogs.citizen_form import CitizenFormDialog  # opened later: not at start

        dialog = CitizenFormDialog(save, list_caseworkers(self.db), parent=self._window, db=self.db)
        dialog.saved.connect(self._after_create)
        dialog.open()
        return dialog

    def _after_create(self, citizen: Citizen) -> None:
        self.created.emit(citizen)
        self._window.statusBar().showMessage(
            self.tr("%1 er oprettet.").replace("%1", citizen.name), 5000
        )

    def edit_citizen(self, citizen_id: int) -> CitizenFormDialog | None:
        if self._cannot_write():
            return None
        try:
            citizen = get_citizen(self.db, citizen_id)
        except ProgressionsdialogError as error:
            show_error(self._window, str(error))
            return None
        before = citizen.to_draft()

        def save(draft: CitizenDraft, caseworker: str):
            after = replace(draft, caseworker_id=self._caseworker_id(caseworker))
            saved = update_citizen(self.db, citizen_id, after)
            self._undo_stack.push(
                EditCitizenCommand(
                    lambda cid, d: update_citizen(self.db, cid, d),
                    citizen_id,
                    before,
                    saved.to_draft(),
                    self.changed.emit,
                )
            )
            return saved

        from ui.dialogs.citizen_form import CitizenFormDialog

        dialog = CitizenFormDialog(
            save,
            list_caseworkers(self.db),
            before,
            citizen.caseworker_name,
            parent=self._window,
            db=self.db,
            citizen_id=citizen_id,
        )
        dialog.saved.connect(lambda saved: self.changed.emit(saved.id))
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
        if not ConfirmDialog.ask(
            self._window, self.tr("Arkivér borger"), question, self.tr("Arkivér")
        ):
            return False
        return self.set_archived(citizen_id, True)

    def restore_citizen(self, citizen_id: int) -> bool:
        return self.set_archived(citizen_id, False)

    def set_archived(self, citizen_id: int, archived: bool) -> bool:
        """Archive or restore without asking, undoable (the confirmation was given)."""
        try:
            citizen = (archive_citizen if archived else restore_citizen)(self.db, citizen_id)
        except ProgressionsdialogError as error:
            show_error(self._window, str(error))
            return False
        self._undo_stack.push(
            ArchiveCommand(
                self._store_archived, citizen_id, citizen.name, archived, self.changed.emit
            )
        )
        self.changed.emit(citizen_id)
        verb = self.tr("%1 er arkiveret.") if archived else self.tr("%1 er genskabt.")
        self._window.statusBar().showMessage(verb.replace("%1", citizen.name), 8000)
        return True

    def _store_archived(self, citizen_id: int, archived: bool) -> None:
        (archive_citizen if archived else restore_citizen)(self.db, citizen_id)
