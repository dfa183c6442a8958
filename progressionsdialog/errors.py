"""The project's own exception types, each with a Danish message a person can act on."""

from __future__ import annotations


class ProgressionsdialogError(Exception):
    """Base class: ``str(error)`` is a Danish sentence meant for the user."""


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


class SchemaTooNewError(StorageError):
    """The database was written by a newer version of the program."""


class DataDirError(StorageError):
    """The data folder cannot be created or written."""


class NotFoundError(ProgressionsdialogError):
    """A record asked for does not exist (any more)."""
