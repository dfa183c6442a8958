"""Import sqlite-utils without numpy and pandas, to keep start-up fast.

sqlite-utils imports numpy and pandas, when installed, only to map their number types to
columns. We never store such values, and numpy (installed for matplotlib) costs about
0.1 s at start-up. They are hidden for this one import and import normally afterwards.
"""

from __future__ import annotations

import sys


def import_sqlite_utils_lean() -> None:
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "import name" now fails
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            del sys.modules[name]
