"""One writer per database: a lock that the operating system releases if the program dies.

The window holds it while it runs; every command that writes (``score``, ``import-scores``,
``erase``, ``restore`` …) holds it while it works. A second writer is refused with a message
(in the language in use) that names the program holding the database::

    with InstanceLock(data_dir, holder="kommandoen 'score'"):
        ...  # the database is ours

The lock file holds a line about the holder (program, process id, start time); the lock
itself is the operating system's, so a crashed holder never blocks anyone.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from progressionsdialog.errors import StorageError
from progressionsdialog.i18n import _

LOCK_FILENAME = "progressionsdialog.lock"
WINDOW = "Progressionsdialog-vinduet"  # translated when written, as the holder line is
_LOCK_OFFSET = 1 << 20  # Windows locks a byte range: lock one far past the holder line


class DatabaseInUseError(StorageError):
    """Another program has the database open for writing. Nothing was changed."""


class InstanceLock:
    def __init__(self, data_dir: Path, holder: str = WINDOW) -> None:
        self.path = Path(data_dir) / LOCK_FILENAME
        self.holder = holder
        self._handle = None

    def acquire(self) -> InstanceLock:
        handle = open(self.path, "a+b", buffering=0)  # noqa: SIM115 - held open while we run
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise DatabaseInUseError(
                _(
                    "Databasen er allerede åben: den bruges af {holder}. Der kan kun være ét "
                    "program ad gangen, der ændrer den. Luk det først, og prøv igen. "
                    "Intet er ændret."
                ).format(holder=holder_of(self.path))
            ) from None
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"{self.holder_line()}\n".encode())
        except OSError as error:  # e.g. a full disk: say so, hold nothing
            handle.close()
            from progressionsdialog.storage.database import classify_error

            raise classify_error(error, self.path) from error
        self._handle = handle
        _HELD.append(self)
        return self

    def holder_line(self) -> str:
        """Who holds the lock, in the language in use: the next program shows it as it is."""
        from progressionsdialog.domain.dates import format_date

        now = datetime.now()
        return _("{holder} (proces {pid}, startet {date} kl. {time})").format(
            holder=_("Progressionsdialog-vinduet") if self.holder == WINDOW else self.holder,
            pid=os.getpid(),
            date=format_date(now.date()),
            time=now.strftime("%H:%M"),
        )

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing the file releases the lock
            self._handle = None
        if self in _HELD:
            _HELD.remove(self)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *_exc) -> None:
        self.release()


def _lock(handle) -> None:
    if os.name == "nt":
        import msvcrt

        handle.seek(_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def holder_of(path: Path) -> str:
    """Who holds the lock, as its holder wrote it; a plain phrase when that cannot be read."""
    try:
        line = Path(path).read_bytes()[:300].decode("utf-8", "replace").strip()
    except OSError:
        line = ""
    return line or _("et andet program (Progressionsdialog)")


def release_all() -> None:
    """Release every lock this process holds (before a restore swaps the file)."""
    for lock in list(_HELD):
        lock.release()


_HELD: list[InstanceLock] = []
