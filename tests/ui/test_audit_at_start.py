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
