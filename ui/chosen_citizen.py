"""The citizen chosen in the register, shown beside it, and the register's rows kept in step.

A change of citizen first saves what was typed for the one shown until then; a change to a
citizen (an edit, a meeting, an undo) brings only that citizen's row up to date, not the
whole list. Who looked at whom goes in the audit log. The window connects the register's
choice, and every "a citizen changed", to these.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import sqlite_utils
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow

from progressionsdialog.domain.citizen import Citizen
from progressionsdialog.errors import ProgressionsdialogError
from progressionsdialog.storage import audit
from progressionsdialog.storage.citizens import get_citizen, list_register
from progressionsdialog.storage.meetings import list_meetings
from progressionsdialog.storage.register_row import register_row
from progressionsdialog.storage.transaction import transaction
from ui.actions import WindowActions
from ui.dialogs.confirm import show_error
from ui.pending import flush_pending
from ui.screens.citizen_overview import CitizenOverview
from ui.screens.register import RegisterScreen

log = logging.getLogger(__name__)


class ChosenCitizen(QObject):
    """Keeps ``register`` and ``overview`` (and the ``menu`` items that need a citizen) on
    the same citizen, in ``window``, whose pending text ``save_pending`` saves."""

    shown = Signal(int)  # the chosen citizen was shown again, from the database

    def __init__(
        self,
        db: sqlite_utils.Database,
        window: QMainWindow,
        register: RegisterScreen,
        overview: CitizenOverview,
        menu: WindowActions,
        read_only: bool,
    ) -> None:
        super().__init__(window)
        self.db, self._window, self._read_only = db, window, read_only
        self._register, self._overview, self._menu = register, overview, menu
        self._last_viewed: int | None = None
        self._saving_pending = False
        self._changed_while_saving: set[int] = set()

    def reload(self, keep_id: int | None = None) -> None:
        try:
            summaries = list_register(self.db)
        except ProgressionsdialogError as error:
            show_error(self._window, str(error))
            return
        self._register.set_citizens(summaries, keep_id=keep_id)
        self.on_selected(self._register.current_citizen_id())

    def update_rows(self, citizen_ids: Iterable[int], keep_id: int | None = None) -> None:
        """Bring these citizens' rows of the register up to date, not the whole list (which
        took half a second with 10,000 citizens); then show the chosen citizen again."""
        try:
            rows = [(citizen_id, register_row(self.db, citizen_id)) for citizen_id in citizen_ids]
        except ProgressionsdialogError as error:
            show_error(self._window, str(error))
            return
        for citizen_id, row in rows:
            self._register.update_citizen(citizen_id, row, keep_id=keep_id)
        # Shown again without saving first: the change itself was the save, and a change of
        # citizen above went through on_selected, which saved (a walk over every widget).
        self._show_selected(self._register.current_citizen_id())

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
            flush_pending(self._window)
        finally:
            self._saving_pending = False
        changed = sorted(self._changed_while_saving)
        if changed:
            self.update_rows(changed)  # keeps the citizen chosen in the register now
        return bool(changed)

    def on_selected(self, citizen_id: int | None) -> None:
        if self.save_pending():  # what was typed for the citizen shown until now
            return  # the reload has shown the chosen citizen
        self._show_selected(citizen_id)

    def _show_selected(self, citizen_id: int | None) -> None:
        if citizen_id is None:
            self._menu.show_citizen(None)
            self._overview.show_citizen(None)
            return
        try:
            citizen = get_citizen(self.db, citizen_id)
            meetings = list_meetings(self.db, citizen_id)
            if citizen_id != self._last_viewed:  # who looked at whom: the audit log
                self._last_viewed = citizen_id
                self._record_view(citizen_id)
        except ProgressionsdialogError as error:
            show_error(self._window, str(error))
            return
        self._overview.show_citizen(citizen, meetings)
        self._menu.show_citizen(citizen_id, citizen.archived)
        self.shown.emit(citizen_id)

    def _record_view(self, citizen_id: int) -> None:
        if self._read_only:  # the audit log cannot be written: the program's log says it
            log.info(
                "Citizen %s viewed; the database is read-only, so not in the audit log", citizen_id
            )
            return
        with transaction(self.db):
            audit.record(self.db, "view", citizen_id=citizen_id, entity_id=citizen_id)

    # -- after a change ---------------------------------------------------------------------
    def changed(self, citizen_id: int) -> None:
        """The citizen's row again, keeping them chosen (after saving, if saving now)."""
        if self._saving_pending:  # saving before a change of citizen: the row after, keeping
            self._changed_while_saving.add(citizen_id)  # the citizen now chosen
            return
        self.update_rows([citizen_id], keep_id=citizen_id)

    def created(self, citizen: Citizen) -> None:
        """A new citizen: in the list, chosen, with no search hiding them."""
        self._register.search.clear()
        self.update_rows([citizen.id], keep_id=citizen.id)

    def erased(self, citizen_id: int) -> None:
        """An erased citizen: out of the register, and not the one last viewed."""
        self._last_viewed = None
        self.update_rows([citizen_id])

    def back_from_citizen_view(self, citizen_id: int) -> None:
        """The worker's screens again, showing what was changed in citizen view."""
        self._overview.show_citizen(None)  # its pages load again: scores and wheel may be new
        self.update_rows([citizen_id], keep_id=citizen_id)
        self._register.table.setFocus(Qt.FocusReason.OtherFocusReason)
