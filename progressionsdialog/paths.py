"""Where the program keeps its data: the user's data folder, or ``--data-dir``."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from progressionsdialog.errors import DataDirError, DiskFullError
from progressionsdialog.i18n import _


def _reason(number: int) -> str | None:
    """Why a folder cannot be written, in the language in use."""
    return {
        errno.EACCES: _("adgang nægtet"),
        errno.EPERM: _("adgang nægtet"),
        errno.EROFS: _("disken er skrivebeskyttet"),
        errno.ENOTDIR: _("en del af stien er en fil, ikke en mappe"),
        errno.EEXIST: _("der ligger en fil med det navn"),
        errno.ENAMETOOLONG: _("navnet er for langt"),
    }.get(number)


def default_data_dir() -> Path:
    """``%APPDATA%\\progressionsdialog`` on Windows, ``~/.local/share/progressionsdialog`` (XDG)."""
    from platformdirs import user_data_path

    return user_data_path("progressionsdialog", appauthor=False, roaming=True)


def demo_data_dir(base: Path | None = None) -> Path:
    return (base or default_data_dir()) / "demo"


def _cannot_write(path: Path, error: OSError) -> Exception:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        from progressionsdialog.storage.database import disk_full_message

        return DiskFullError(disk_full_message())
    reason = _reason(error.errno or 0) or error.strerror or str(error)
    return DataDirError(
        _(
            "Programmet kan ikke gemme i mappen {path} ({reason}). "
            "Vælg en mappe, du må skrive i, med --data-dir."
        ).format(path=path, reason=reason)
    )


def ensure_writable_dir(path: Path) -> Path:
    """Create the folder if needed and prove it can be written; Danish error if not."""
    path = Path(path).expanduser()
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-", delete=True):
            pass
    except OSError as error:
        raise _cannot_write(path, error) from error
    if not os.access(path, os.W_OK):
        raise DataDirError(
            _("Programmet må ikke skrive i mappen {path}. Vælg en mappe, du må skrive i.").format(
                path=path
            )
        )
    return path


def usable_data_dir(path: Path) -> tuple[Path, bool]:
    """The data folder, and whether the program may write in it.

    A folder the program may not write is still usable when it holds a database: that is
    then opened for reading only (``open_database`` does so by itself). Without one there is
    nothing to show, and the error is ``ensure_writable_dir``'s.
    """
    from progressionsdialog.storage.database import DB_FILENAME

    path = Path(path).expanduser()
    try:
        return ensure_writable_dir(path), True
    except DataDirError:
        if path.is_dir() and (path / DB_FILENAME).is_file():
            return path, False
        raise
