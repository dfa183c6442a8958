"""One program per database: a lock that the operating system releases if the program dies.

with InstanceLock(data_dir):
    ...  # the database is ours
"""

from __future__ import annotations

import os
from pathlib import Path

from progressionsdialog.errors import StorageError

LOCK_FILENAME = "progressionsdialog.lock"


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_FILENAME
        self._handle = None

    def acquire(self) -> InstanceLock:
        handle = open(self.path, "a+b")  # noqa: SIM115 - held open for the program's lifetime
        try:
            if os.name == "nt":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise StorageError(
                "Databasen er allerede åben i et andet vindue af Progressionsdialog. "
                "Brug det vindue, eller luk det først."
            ) from None
        self._handle = handle
        _HELD.append(self)
        return self

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


def release_all() -> None:
    """Release every lock this process holds (before a restore swaps the file)."""
    for lock in list(_HELD):
        lock.release()


_HELD: list[InstanceLock] = []
