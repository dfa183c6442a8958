"""The real main window on a laptop's screen, for fixtures that open their own database."""

from __future__ import annotations

from collections.abc import Iterator


def laptop_window(qtbot, db, data_dir, *, demo: bool = True) -> Iterator:
    """The window on ``db`` at 1366 × 768, shown; closed with its database after the test."""
    from ui.main_window import MainWindow

    window = MainWindow(db, data_dir, demo=demo)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(window.isVisible)
    yield window
    window.close()
    db.close()
