"""Storage: the one ``connect()``, the numbered migrations, and a repository module per aggregate.

Everything that touches SQL lives here; the rest of the program gets domain objects. What
went wrong is named by ``storage_errors()`` / ``classify_error()``; a database the program
may not write is open for reading only (``is_read_only``, ``read_only_reason``).
"""

from progressionsdialog.storage.database import (
    DB_FILENAME,
    check_database,
    classify_error,
    connect,
    database_path,
    is_read_only,
    open_database,
    read_only_reason,
    storage_errors,
)

__all__ = [
    "DB_FILENAME",
    "check_database",
    "classify_error",
    "connect",
    "database_path",
    "is_read_only",
    "open_database",
    "read_only_reason",
    "storage_errors",
]
