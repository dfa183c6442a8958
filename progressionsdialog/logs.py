"""Logging to a rotating file in the data folder: details for support, never shown raw to users.

A log line that cannot be written (a full disk, a folder that became read-only) is dropped
quietly: the log must never print a traceback at the person using the program.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_FILENAME = "progressionsdialog.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5


class QuietRotatingFileHandler(logging.FileHandler):
    """A rotating log file that drops what it cannot write instead of printing a traceback.

    When a record would take the file past ``max_bytes``, the file becomes ``.1`` (``.1``
    becomes ``.2``, and so on; the oldest past ``backup_count`` goes). This is the standard
    ``RotatingFileHandler``'s scheme, written here because ``logging.handlers`` imports
    sockets, pickle and queues: about 8 ms of every start.

    ``logging`` calls ``handleError`` when ``emit`` fails (the write, a flush or a
    rollover); the standard one prints ``--- Logging error ---`` and a traceback on stderr.
    """

    dropped = 0

    def __init__(
        self, path: Path, max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT
    ) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backup_count = backup_count

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._would_overflow(record):
                self._roll_over()
        except Exception:  # as logging does: the record is still tried
            self.handleError(record)
        super().emit(record)

    def _would_overflow(self, record: logging.LogRecord) -> bool:
        if self.stream is None:  # closed after a failed roll-over: open again
            self.stream = self._open()
        position = self.stream.tell()
        return position > 0 and position + len(self.format(record).encode()) + 1 > self.max_bytes

    def _roll_over(self) -> None:
        self.stream.close()
        self.stream = None
        base = self.baseFilename
        for number in range(self.backup_count - 1, 0, -1):
            older = f"{base}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{base}.{number + 1}")
        os.replace(base, f"{base}.1")
        self.stream = self._open()

    def handleError(self, record: logging.LogRecord) -> None:
        self.dropped += 1

    def flush(self) -> None:
        try:
            super().flush()
        except OSError:  # e.g. at exit, when the last buffered line meets a full disk
            self.dropped += 1

    def close(self) -> None:
        try:
            super().close()
        except OSError:
            self.dropped += 1


def set_up_logging(data_dir: Path | None) -> Path | None:
    """Send log records to ``DATA_DIR/logs/progressionsdialog.log`` (5 files of 1 MB)."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    if data_dir is None:
        return None
    log_dir = Path(data_dir) / "logs"
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = QuietRotatingFileHandler(log_dir / LOG_FILENAME)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in [h for h in root.handlers if getattr(h, "_progressionsdialog", False)]:
        root.removeHandler(old)
        old.close()
    handler._progressionsdialog = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return log_dir / LOG_FILENAME
