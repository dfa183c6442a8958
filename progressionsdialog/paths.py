"""Where the program keeps its data: the user's data folder, or ``--data-dir``."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from progressionsdialog.errors import DataDirError


def default_data_dir() -> Path:
    """``%APPDATA%\\progressionsdialog`` on Windows, ``~/.local/share/progressionsdialog`` (XDG)."""
    from platformdirs import user_data_path

    return user_data_path("progressionsdialog", appauthor=False, roaming=True)


def demo_data_dir(base: Path | None = None) -> Path:
    return (base or default_data_dir()) / "demo"


def ensure_writable_dir(path: Path) -> Path:
    """Create the folder if needed and prove it can be written; Danish error if not."""
    path = Path(path).expanduser()
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-", delete=True):
            pass
    except OSError as error:
        raise DataDirError(
            f"Programmet kan ikke gemme i mappen {path} ({error.strerror or error}). "
            "Vælg en mappe, du må skrive i, med --data-dir."
        ) from error
    if not os.access(path, os.W_OK):
        raise DataDirError(f"Programmet må ikke skrive i mappen {path}. Vælg en anden mappe.")
    return path
