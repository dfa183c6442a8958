"""The statistics window: the leader picks a project and a period, sees charts with a table
beneath each, saves the team report; no name and no small number anywhere (issue 14)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QTableWidget

from progressionsdialog.demo import create_demo_database
from progressionsdialog.storage import open_database
from progressionsdialog.storage.citizens import list_citizens
from progressionsdialog.tools import load_tool
from ui.dialogs.statistics_dialog import StatisticsDialog


@pytest.fixture
def cohort_db(data_dir):
    database = open_database(create_demo_database(data_dir, with_project=True))
    yield database
    database.close()


def _button(dialog, text: str) -> QPushButton:
    return next(
        b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "").startswith(text)
    )


def _texts(dialog) -> list[str]:
    cells = [
        table.item(r, c).text()
        for table in dialog.findChildren(QTableWidget)
        if table.isVisible()
        for r in range(table.rowCount())
        for c in range(table.columnCount())
    ]
    return cells + [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]


def test_the_leader_compares_the_project_with_its_control_group(
    app, qtbot, cohort_db, tmp_path, monkeypatch
):
    dialog = StatisticsDialog(cohort_db, load_tool("halsnaes"), documents=tmp_path)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 740)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.project.setCurrentIndex(dialog.project.findText("JobStart mod kontrolgruppen"))
    qtbot.mouseClick(_button(dialog, "Vis"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "JobStart – kontrolgruppe" in _texts(dialog))
    texts = _texts(dialog)
    assert "JobStart – deltagere" in texts and "JobStart – kontrolgruppe" in texts
    assert "I job eller uddannelse" in texts and "færre end 5" in texts
    names = {c.name for c in list_citizens(cohort_db)}
    assert not names & set(texts)
    target = tmp_path / "team.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(_button(dialog, "Gem som PDF"), Qt.MouseButton.LeftButton)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "kontrolgruppe" in text and not any(name in text for name in names)


def test_a_period_that_ends_before_it_starts_is_said_and_keeps_the_tables(app, qtbot, cohort_db):
    dialog = StatisticsDialog(cohort_db, load_tool("halsnaes"))
    qtbot.addWidget(dialog)
    dialog.show()
    before = [s.table for s in dialog.sections]
    qtbot.keyClicks(dialog.start, "01-07-2026")
    qtbot.keyClicks(dialog.end, "01-01-2026")
    qtbot.mouseClick(_button(dialog, "Vis"), Qt.MouseButton.LeftButton)
    assert "slutter, før den begynder" in dialog.message.text()
    assert [s.table for s in dialog.sections] == before
