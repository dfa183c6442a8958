"""The lock (Ctrl+L and idle) and the password asked at start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QPushButton, QSpinBox

from progressionsdialog.cli import StartOptions
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.storage import DB_FILENAME, open_database, session_key
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.database import is_plain
from tests.ui.keys import key_to_window
from ui.dialogs.password_dialog import PasswordDialog
from ui.unlock import unlock_at_start


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def button(dialog, text: str) -> QPushButton:
    [found] = [b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == text]
    return found


@pytest.fixture
def laptop(window, qtbot):
    """The window at 1366×768, active, focus in the search field (as at start)."""
    window.resize(1366, 768)
    window.activateWindow()
    window.register.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.register.search)
    return window


def new_citizen_form(qtbot, window):
    """Ctrl+N, as the caseworker presses it: the citizen form, with the focus in it."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog.windowTitle() == "Ny borger"
    return dialog


def choose_from_menu(qtbot, window, menu_title: str, item_text: str) -> None:
    """Click a menu in the menu bar, then its item."""
    bar = window.menuBar()
    title = next(a for a in bar.actions() if a.text().replace("&", "") == menu_title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(title).center())
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu), "the menu did not open"
    item = next(a for a in popup.actions() if a.text().replace("&", "") == item_text)
    qtbot.mouseClick(popup, Qt.MouseButton.LeftButton, pos=popup.actionGeometry(item).center())


def type_number(qtbot, box: QSpinBox, value: int) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(value))


@pytest.fixture
def secret():
    session_key.set_password("en god lang kode")
    yield "en god lang kode"
    session_key.set_password(None)


def test_ctrl_l_hides_all_data_until_the_password(laptop, db, secret, qtbot):
    window = laptop
    add_citizen(db, CitizenDraft(name="Skjult Borger"))
    window.reload()
    dialog = new_citizen_form(qtbot, window)
    qtbot.keyClicks(dialog.name, "Halvt skrevet")
    key_to_window(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier, dialog.name)
    assert window.is_locked()
    assert not window.register.isVisible() and not window.overview.isVisible()
    assert not dialog.isVisible()
    assert not window.menuBar().isEnabled()
    qtbot.keyClicks(window.lock_screen.password, "forkert")
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    assert window.is_locked() and "passer ikke" in window.lock_screen.error.text()
    window.lock_screen.password.selectAll()
    qtbot.keyClicks(window.lock_screen.password, secret)
    click(qtbot, window.lock_screen.button)
    assert not window.is_locked()
    assert dialog.isVisible() and dialog.name.text() == "Halvt skrevet"  # nothing lost
    click(qtbot, button(dialog, "Annuller"))
    assert not dialog.isVisible()


def test_the_program_locks_itself_when_left_alone(window, qtbot):
    window.idle.timer.setInterval(30)
    window.idle.timer.start()
    qtbot.waitUntil(window.is_locked, timeout=2000)
    click(qtbot, window.lock_screen.button)  # no password set: unlocking is a click
    assert not window.is_locked()


def test_first_start_chooses_a_password_and_encrypts(tmp_path, monkeypatch, app):
    monkeypatch.setattr(PasswordDialog, "ask", classmethod(lambda cls, *a, **k: "ny og lang kode"))
    data = tmp_path / "data"
    assert unlock_at_start(StartOptions(data))
    data.mkdir()
    db = open_database(data / DB_FILENAME)
    add_citizen(db, CitizenDraft(name="Krypteret"))
    db.close()
    assert not is_plain(data / DB_FILENAME)


def test_three_wrong_passwords_stop_the_start_and_change_nothing(tmp_path, monkeypatch, app):
    data = tmp_path / "data"
    data.mkdir()
    session_key.set_password("den rigtige kode")
    open_database(data / DB_FILENAME).close()
    session_key.set_password(None)
    before = (data / DB_FILENAME).read_bytes()
    tries = []
    monkeypatch.setattr(
        PasswordDialog,
        "ask",
        classmethod(lambda cls, mode, message="", parent=None: tries.append(message) or "forkert"),
    )
    shown = []
    monkeypatch.setattr("ui.dialogs.confirm.show_error", lambda *a: shown.append(a[1]))
    assert unlock_at_start(StartOptions(data)) is False
    assert len(tries) == 3 and "passer ikke" in tries[1]
    assert "tre gange" in shown[0]
    assert (data / DB_FILENAME).read_bytes() == before
    assert session_key.password() is None


def test_cancel_and_demo_and_smoke(tmp_path, monkeypatch, app):
    monkeypatch.setattr(PasswordDialog, "ask", classmethod(lambda cls, *a, **k: None))
    assert unlock_at_start(StartOptions(tmp_path / "x")) is False
    assert unlock_at_start(StartOptions(tmp_path / "x", demo=True)) is True
    assert unlock_at_start(StartOptions(Path(tmp_path / "x"), smoke=True)) is True


def test_choosing_checks_length_and_repetition(qtbot, app):
    dialog = PasswordDialog(PasswordDialog.CHOOSE)
    qtbot.addWidget(dialog)
    dialog.password.setText("kort")
    dialog.try_accept()
    assert "mindst 8" in dialog.error.text()
    dialog.password.setText("korrekt hest batteri")
    dialog.repeated.setText("korrekt hest")
    dialog.try_accept()
    assert "ikke ens" in dialog.error.text()
    assert "Stærk" in dialog.hint.text() or "God" in dialog.hint.text()


def test_the_password_is_changed_from_the_menu(laptop, db, data_dir, secret, monkeypatch, qtbot):
    window = laptop
    db.close()
    reopened = open_database(data_dir / DB_FILENAME)  # now encrypted with the session password
    window.db = window.program_settings.db = reopened
    asked = []
    monkeypatch.setattr(
        PasswordDialog,
        "ask",
        classmethod(lambda cls, *a, **k: asked.append(a) or "helt ny kode 123"),
    )
    choose_from_menu(qtbot, window, "Filer", "Skift adgangskode …")
    assert asked == [(PasswordDialog.CHOOSE,)]
    reopened.close()
    session_key.set_password(secret)
    with pytest.raises(Exception, match="passer ikke"):
        open_database(data_dir / DB_FILENAME)
    session_key.set_password("helt ny kode 123")
    open_database(data_dir / DB_FILENAME).close()


def test_settings_change_the_lock_time_and_follow_up(laptop, db, qtbot):
    from progressionsdialog.storage.follow_up import interval_days
    from progressionsdialog.storage.settings import LOCK_AFTER_MINUTES, get_int

    window = laptop
    choose_from_menu(qtbot, window, "Filer", "Indstillinger …")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    dialog = QApplication.activeModalWidget()
    type_number(qtbot, dialog.lock_minutes, 2)
    type_number(qtbot, dialog.follow_up_days, 30)
    click(qtbot, button(dialog, "Gem"))
    assert not dialog.isVisible()
    assert get_int(db, LOCK_AFTER_MINUTES) == 2 and interval_days(db) == 30
    assert window.idle.timer.interval() == 2 * 60_000
