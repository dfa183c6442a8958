"""The log file rolls over at its size and keeps five old files, as promised in logs.py."""

from __future__ import annotations

import logging

from progressionsdialog.logs import LOG_FILENAME, QuietRotatingFileHandler, set_up_logging


def _logger(handler: logging.Handler) -> logging.Logger:
    logger = logging.getLogger("test.rotation")
    logger.propagate = False
    logger.handlers[:] = [handler]
    logger.setLevel(logging.INFO)
    return logger


def test_the_file_rolls_over_and_keeps_five_old_ones(tmp_path):
    path = tmp_path / LOG_FILENAME
    handler = QuietRotatingFileHandler(path, max_bytes=200)
    logger = _logger(handler)
    for number in range(40):
        logger.info("linje %02d %s", number, "æøå ✓ " * 5)
    handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [LOG_FILENAME] + [f"{LOG_FILENAME}.{n}" for n in range(1, 6)]
    assert all(p.stat().st_size <= 200 for p in tmp_path.iterdir())
    assert "linje 39" in path.read_text(encoding="utf-8")
    assert "linje 00" not in "".join(p.read_text(encoding="utf-8") for p in tmp_path.iterdir())
    newest_old = (tmp_path / f"{LOG_FILENAME}.1").read_text(encoding="utf-8")
    assert "linje 3" in newest_old  # the lines just before the current file's


def test_a_record_longer_than_the_limit_is_still_written(tmp_path):
    path = tmp_path / LOG_FILENAME
    handler = QuietRotatingFileHandler(path, max_bytes=50)
    logger = _logger(handler)
    logger.info("x" * 500)
    logger.info("y" * 500)
    handler.close()
    assert "y" * 500 in path.read_text(encoding="utf-8")
    assert "x" * 500 in (tmp_path / f"{LOG_FILENAME}.1").read_text(encoding="utf-8")


def test_the_program_logs_to_its_data_folder(tmp_path):
    written = set_up_logging(tmp_path)
    logging.getLogger("progressionsdialog.test").warning("Gemt: Ayaan Cabdi ✓")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert written == tmp_path / "logs" / LOG_FILENAME
    assert "Gemt: Ayaan Cabdi ✓" in written.read_text(encoding="utf-8")
