"""Storage: the one ``connect()``, the numbered migrations, and a repository module per aggregate.

Everything that touches SQL lives here; the rest of the program gets domain objects.
"""

from progressionsdialog.storage.lean_import import import_sqlite_utils_lean

import_sqlite_utils_lean()

from progressionsdialog.storage.database import DB_FILENAME, connect, open_database  # noqa: E402

__all__ = ["DB_FILENAME", "connect", "open_database"]
