"""Connections opened for reading only: every write raises ``ReadOnlyError`` with the
reason in Danish (a read-only file, folder or disk), and the window asks
``is_read_only(db)`` / ``read_only_reason(db)``.
"""

from __future__ import annotations

import functools
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from progressionsdialog.errors import ReadOnlyError
from progressionsdialog.storage.errors_classify import _read_only_message

if TYPE_CHECKING:
    import sqlite_utils


class _ReadOnly:
    """Marks a connection opened for reading only; ``reason`` says why, in Danish.

    Until ``reason`` is set (while the file is first read), SQLite's errors pass unchanged.
    """

    reason: str | None = None

    def _refusal(self, error: BaseException) -> BaseException:
        if self.reason is None:
            return error
        name = (getattr(error, "sqlite_errorname", None) or "").upper()
        if name.startswith("SQLITE_READONLY") or "readonly database" in str(error).lower():
            return ReadOnlyError(_read_only_message(self.reason))
        return error


@functools.cache
def _read_only_connection_class(module):
    """A connection class of ``module`` (sqlite3 or SQLCipher) whose writes raise
    ``ReadOnlyError`` with the reason, instead of SQLite's English message."""

    class ReadOnlyCursor(module.Cursor):
        def execute(self, *args):
            try:
                return super().execute(*args)
            except module.Error as error:
                raise self.connection._refusal(error) from error

        def executemany(self, *args):
            try:
                return super().executemany(*args)
            except module.Error as error:
                raise self.connection._refusal(error) from error

        def executescript(self, *args):
            try:
                return super().executescript(*args)
            except module.Error as error:
                raise self.connection._refusal(error) from error

    class ReadOnlyConnection(_ReadOnly, module.Connection):
        created: tuple[Path, ...] = ()  # side files this connection made, removed at close

        def cursor(self, factory=ReadOnlyCursor):
            return super().cursor(factory)

        def close(self):
            super().close()
            for extra in self.created:
                with suppress(OSError):
                    extra.unlink()
            self.created = ()

        def execute(self, *args):
            try:
                return super().execute(*args)
            except module.Error as error:
                raise self._refusal(error) from error

        def executemany(self, *args):
            try:
                return super().executemany(*args)
            except module.Error as error:
                raise self._refusal(error) from error

        def executescript(self, *args):
            try:
                return super().executescript(*args)
            except module.Error as error:
                raise self._refusal(error) from error

    return ReadOnlyConnection


def _connection_of(db):
    return getattr(db, "conn", db)  # a Database's, or a plain connection (open_connection)


def is_read_only(db: sqlite_utils.Database) -> bool:
    """``True`` when ``db`` was opened for reading only (every write raises ``ReadOnlyError``).
    ``db`` may also be the plain connection ``storage.database.open_connection`` gives."""
    return isinstance(_connection_of(db), _ReadOnly)


def read_only_reason(db: sqlite_utils.Database) -> str:
    """A sentence for the window when ``db`` can only be read, else ``""``."""
    if not is_read_only(db):
        return ""
    from progressionsdialog.i18n import _

    reason = _connection_of(db).reason
    if reason:
        return _(
            "Databasen kan kun læses ({reason}). Du kan se alt, men ændringer kan ikke gemmes."
        ).format(reason=reason)
    return _("Databasen kan kun læses. Du kan se alt, men ændringer kan ikke gemmes.")
