"""Writes go through ``transaction(db)``: all or nothing, with SQLite's errors in plain Danish.

with transaction(db):
    db.execute("UPDATE citizens SET name = ? WHERE id = ?", ["Lan", 1])
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from progressionsdialog.errors import StorageError
from progressionsdialog.storage.database import database_errors, integrity_errors

if TYPE_CHECKING:
    import sqlite_utils


def storage_message(error: BaseException) -> str:
    """A Danish sentence for a database error; the edit is still on screen, so say so."""
    text = str(error).lower()
    if "full" in text:
        return (
            "Der er ikke mere plads på disken, så ændringen er ikke gemt. Gør plads, og prøv igen."
        )
    if "locked" in text or "busy" in text:
        return (
            "Databasen er optaget af et andet program, så ændringen er ikke gemt. "
            "Prøv igen om lidt."
        )
    if "readonly" in text or "read-only" in text:
        return "Databasen kan kun læses, så ændringen er ikke gemt. Kontakt support."
    if "disk i/o" in text:
        return "Disken svarede ikke, så ændringen er ikke gemt. Prøv igen."
    return f"Ændringen kunne ikke gemmes ({error})."


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One transaction; a failure rolls back everything and raises ``StorageError``."""
    try:
        with db.atomic():
            yield db
    except integrity_errors():
        raise  # a broken rule is a bug or a validation gap, not a storage fault
    except database_errors() as error:
        raise StorageError(storage_message(error)) from error
