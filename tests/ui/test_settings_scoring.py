"""The settings dialog holds how often each target group is scored and after how many months
a citizen without a company-directed effort is marked; typed in, saved with "Gem", kept in
the database (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from progressionsdialog.storage.follow_up import no_company_months, score_weeks
from ui.dialogs.settings_dialog import SettingsDialog


def _type(qtbot, box, text: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)


def test_scoring_intervals_and_months_are_saved(app, qtbot, db):
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.score_weeks["aktivitetsparat"].value() == 4  # the default
    _type(qtbot, dialog.score_weeks["aktivitetsparat"].lineEdit(), "3")
    _type(qtbot, dialog.score_weeks["jobparat"].lineEdit(), "12")
    _type(qtbot, dialog.no_company_months.lineEdit(), "9")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert score_weeks(db)["aktivitetsparat"] == 3
    assert score_weeks(db)["jobparat"] == 12
    assert no_company_months(db) == 9
    again = SettingsDialog(db)
    qtbot.addWidget(again)
    assert again.score_weeks["aktivitetsparat"].value() == 3
    assert again.no_company_months.value() == 9
