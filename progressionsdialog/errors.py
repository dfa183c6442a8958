"""The project's own exception types, each with a message a person can act on.

The message is made where the error is raised, through ``i18n._``, so it is in the language
in use then (the window's: Danish or English; the command line's: Danish).
"""

from __future__ import annotations


class ProgressionsdialogError(Exception):
    """Base class: ``str(error)`` is a sentence meant for the user, in the language in use."""


class ValidationError(ProgressionsdialogError):
    """A value a person typed is not acceptable.

    >>> ValidationError("name", "Navnet må ikke være tomt.").field
    'name'
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class StorageError(ProgressionsdialogError):
    """The database could not be opened, read or written."""


class NotADatabaseError(StorageError):
    """The file exists but is not an SQLite database this program can read."""


class DamagedDatabaseError(NotADatabaseError):
    """The database is damaged: a backup can bring it back (the file is left as it was)."""


class DiskFullError(StorageError):
    """The disk is full: nothing was changed; free some space and try again."""


class ReadOnlyError(StorageError):
    """The database (or its folder, or the disk) can only be read: a change was not saved."""


class DatabaseBusyError(StorageError):
    """Another program holds the database locked: try again in a moment."""


class SchemaTooNewError(StorageError):
    """The database was written by a newer version of the program."""


class DataDirError(StorageError):
    """The data folder cannot be created or written."""


class NotFoundError(ProgressionsdialogError):
    """A record asked for does not exist (any more)."""
