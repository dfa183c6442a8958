"""At each start the audit log's chain is checked, and a break is shown in a real message
box (issue 15, item 6)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from progressionsdialog.demo import create_demo_database
from progressionsdialog.storage import DB_FILENAME, open_database
from ui.app import audit_problems, warn_about_audit_log


def _answer_the_box(seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()
    else:
        QTimer.singleShot(20, lambda: _answer_the_box(seen))


@pytest.mark.real_dialogs
def test_a_tampered_audit_log_is_shown_at_start(qtbot, data_dir):
    create_demo_database(data_dir)
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id = 3")
    conn.commit()
    conn.close()
    db = open_database(data_dir / DB_FILENAME)
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer_the_box(seen))
    problems = audit_problems(db)
    db.close()
    assert problems
    warn_about_audit_log(None, problems)
    assert len(seen) == 1 and "Revisionsloggen er ændret" in seen[0]
    assert "Traceback" not in seen[0]


def test_a_whole_audit_log_says_nothing(qtbot, data_dir):
    db = open_database(create_demo_database(data_dir))
    assert audit_problems(db) == []
    db.close()


@pytest.mark.real_dialogs
def test_the_check_and_the_days_backup_run_after_the_first_paint_and_off_its_thread(
    qtbot, data_dir
):
    """Before the first paint they held back every real start (the check alone is 80 ms
    for 10,000 citizens). Now the window paints first; the break is still shown, and
    today's backup is still made, by a worker with its own connection."""
    from progressionsdialog import clock
    from ui.app import _check_and_back_up_after_the_first_paint
    from ui.main_window import MainWindow

    create_demo_database(data_dir)
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.commit()
    conn.close()
    db = open_database(data_dir / DB_FILENAME)
    window = MainWindow(db, data_dir, demo=True)
    qtbot.addWidget(window)
    backup = data_dir / "backups" / f"dagligt-{clock.today().isoformat()}.db"
    _check_and_back_up_after_the_first_paint(window, data_dir, backup=True)
    window.show()
    assert not backup.exists()  # nothing before the first paint
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer_the_box(seen))
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert "Revisionsloggen er ændret" in seen[0] and "audit_log_no_delete" in seen[0]
    qtbot.waitUntil(backup.exists)
    copy = sqlite3.connect(backup)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    copy.close()
    window.close()
    db.close()


def test_a_read_only_start_checks_and_makes_no_backup(qtbot, data_dir):
    from ui.app import start_checks

    create_demo_database(data_dir)
    assert start_checks(data_dir / DB_FILENAME, data_dir, backup=False) == []
    assert not (data_dir / "backups").exists() or not list((data_dir / "backups").iterdir())
