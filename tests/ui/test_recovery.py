"""A damaged database at start: the newest backup is offered, and the damaged file kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.errors import NotADatabaseError, StorageError
from progressionsdialog.storage import DB_FILENAME, open_database
from progressionsdialog.storage.backup import daily_backup
from progressionsdialog.storage.citizens import add_citizen, list_citizens
from ui import recovery
from ui.dialogs.confirm import ConfirmDialog
from ui.recovery import offer_restore


def test_the_newest_backup_is_offered_and_put_in_place(data_dir, monkeypatch, app):
    error = _damaged_with_backup(data_dir)
    asked = []
    monkeypatch.setattr(
        ConfirmDialog,
        "ask",
        classmethod(lambda cls, parent, title, text, yes: asked.append(text) or True),
    )
    assert offer_restore(data_dir, error)
    assert "sikkerhedskopi" in asked[0]
    assert [c.name for c in list_citizens(open_database(data_dir / DB_FILENAME))] == ["Reddet"]


def test_nothing_is_offered_without_backups_or_for_other_errors(data_dir, monkeypatch, app):
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda *a: True))
    assert not offer_restore(data_dir, NotADatabaseError("x"))
    assert not offer_restore(data_dir, StorageError("låst"))


def _damaged_with_backup(data_dir):
    db = open_database(data_dir / DB_FILENAME)
    add_citizen(db, CitizenDraft(name="Reddet"))
    daily_backup(db, data_dir)
    db.close()
    (data_dir / DB_FILENAME).write_bytes(b"\x00garbage" * 500)
    try:
        open_database(data_dir / DB_FILENAME)
    except NotADatabaseError as caught:
        return caught
    raise AssertionError("the damaged file opened")


def test_in_english_the_damage_and_the_offer_are_english(english, data_dir, monkeypatch, app):
    error = _damaged_with_backup(data_dir)
    asked = []
    monkeypatch.setattr(
        ConfirmDialog,
        "ask",
        classmethod(lambda cls, parent, title, text, yes: asked.append((title, text, yes))),
    )
    assert not offer_restore(data_dir, error)  # the worker said no: nothing is put in place
    title, text, yes = asked[0]
    assert (title, yes) == ("The database cannot be opened", "Restore the backup")
    assert text.startswith("The file ") and "is not a database the program can read" in text
    assert "Do you want to restore the newest whole backup, from " in text
    assert "/" in text.split("from ")[-1]  # the backup's date as English dates are written
    assert "progressionsdialog restore" not in text  # the command line's advice is cut off
    for danish in ("Databasen", "sikkerhedskopi", "Filen", "ændret"):
        assert danish not in text
    no_backup = recovery.no_backup_message(data_dir, error)
    assert "There is no whole backup in " in no_backup and "Der er" not in no_backup


@pytest.mark.real_dialogs
def test_in_english_the_start_on_a_damaged_file_asks_and_tells_in_english(
    english, data_dir, app, qtbot
):
    """The program started on a damaged file in English: the real question is read and its
    Cancel button clicked, then the real message that it cannot start is read and closed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from progressionsdialog.cli import StartOptions
    from ui.app import run

    _damaged_with_backup(data_dir)
    seen = []

    def answer() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        box = next((b for b in boxes if b.isVisible()), None)
        if box is not None:
            seen.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
            refuse = box.escapeButton() or box.buttons()[0]
            qtbot.mouseClick(refuse, Qt.MouseButton.LeftButton)
        if len(seen) < 2:
            QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    assert run(StartOptions(data_dir, demo=True)) == 2  # refused: it does not start
    (title, question, buttons), (told_title, told, _ok) = seen
    assert title == "The database cannot be opened"
    assert sorted(buttons) == ["Cancel", "Restore the backup"]
    assert "is not a database the program can read" in question
    assert "Do you want to restore the newest whole backup" in question
    assert told_title == "The program cannot start"
    assert "Databasen" not in told and "sikkerhedskopi" not in told
    with pytest.raises(NotADatabaseError):  # cancelled: the damaged file is left as it was
        open_database(data_dir / DB_FILENAME)
