"""Logging to a rotating file in the data folder: details for support, never shown raw to users.

A log line that cannot be written (a full disk, a folder that became read-only) is dropped
quietly: the log must never print a traceback at the person using the program.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILENAME = "progressionsdialog.log"


class QuietRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file that drops what it cannot write instead of printing a traceback.

    ``logging`` calls ``handleError`` when ``emit`` fails (the write, a flush or a
    rollover); the standard one prints ``--- Logging error ---`` and a traceback on stderr.
    """

    dropped = 0

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
        handler = QuietRotatingFileHandler(
            log_dir / LOG_FILENAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in [h for h in root.handlers if getattr(h, "_progressionsdialog", False)]:
        root.removeHandler(old)
        old.close()
    handler._progressionsdialog = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return log_dir / LOG_FILENAME
