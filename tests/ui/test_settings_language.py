"""The language is chosen in Indstillinger and used from the next start (issue 12)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from ui import translation
from ui.dialogs.settings_dialog import SettingsDialog


def save(qtbot, dialog) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_english_chosen_in_settings_is_the_language_at_the_next_start(app, qtbot, db, monkeypatch):
    monkeypatch.delenv(translation.ENV_VAR, raising=False)
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language.currentText() == "Dansk"
    assert not dialog.language_note.isVisible()
    dialog.language.setFocus()
    QTest.keyClick(dialog.language, Qt.Key.Key_Down)
    assert dialog.language.currentText() == "English"
    assert dialog.language_note.isVisible()  # it says the switch comes at the next start
    save(qtbot, dialog)
    assert translation.saved_language() == "en"
    try:
        assert translation.install_translator(app) == "en"  # what the next start does
        assert QCoreApplication.translate("MainWindow", "&Filer") == "&File"
        again = SettingsDialog(db)
        qtbot.addWidget(again)
        assert again.language.currentText() == "English"
    finally:
        translation.install_translator(app, "da")


def test_cancel_keeps_the_language(app, qtbot, db, monkeypatch):
    monkeypatch.delenv(translation.ENV_VAR, raising=False)
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setFocus()
    QTest.keyClick(dialog.language, Qt.Key.Key_Down)
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert translation.saved_language() is None
