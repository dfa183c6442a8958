"""A database file damaged in the middle: it opens, and the first query inside fails.

The window must offer the newest good backup, or say in Danish that the file is damaged and
how to get a backup; never "Der skete en uventet fejl".
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from progressionsdialog.cli import StartOptions
from progressionsdialog.demo import create_demo_database
from progressionsdialog.storage import DB_FILENAME, open_database
from progressionsdialog.storage.backup import BACKUP_DIR, backup_to
from progressionsdialog.storage.citizens import list_citizens
from progressionsdialog.storage.instance_lock import release_all
from ui.dialogs.confirm import ConfirmDialog

OLD = 1_600_000_000  # 2020: the good backup is older than any made today


def damage(path: Path, table: str) -> None:
    """Overwrite the first page of ``table`` with random bytes, as a failing disk might."""
    db = open_database(path)
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    [root] = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()
    db.close()
    with open(path, "r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(random.Random(15).randbytes(page_size))
    for suffix in ("-wal", "-shm"):
        Path(f"{path}-{suffix[1:]}").unlink(missing_ok=True)


@pytest.fixture
def good_backup(data_dir):
    path = create_demo_database(data_dir)
    db = open_database(path)
    folder = data_dir / BACKUP_DIR
    folder.mkdir(exist_ok=True)
    backup = backup_to(db, folder / "dagligt-2020-01-01.db")
    names = sorted(c.name for c in list_citizens(db))
    db.close()
    os.utime(backup, (OLD, OLD))
    return backup, names


@pytest.fixture
def started(monkeypatch, app):
    """``ui.app.run`` up to the event loop: the windows it made, and what it said."""
    import ui.app
    import ui.dialogs.confirm
    import ui.errors
    from ui.main_window import MainWindow

    windows, errors, asked = [], [], []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    monkeypatch.setattr(ui.errors, "qInstallMessageHandler", lambda handler: None)
    monkeypatch.setattr(type(app), "exec", lambda self: 0)
    real_init = MainWindow.__init__

    def init(self, *args, **kwargs):
        real_init(self, *args, **kwargs)
        windows.append(self)

    monkeypatch.setattr(MainWindow, "__init__", init)
    monkeypatch.setattr(
        ui.dialogs.confirm, "show_error", lambda parent, text, title="": errors.append(text)
    )
    monkeypatch.setattr(
        ConfirmDialog,
        "ask",
        classmethod(lambda cls, parent, title, text, yes: asked.append(text) or True),
    )
    yield ui.app.run, windows, errors, asked
    for window in windows:
        window.close()
    release_all()


def test_damage_found_after_opening_offers_the_newest_good_backup(data_dir, good_backup, started):
    _backup, names = good_backup
    damage(data_dir / DB_FILENAME, "citizens")
    run, windows, errors, asked = started
    assert run(StartOptions(data_dir, demo=True)) == 0
    assert errors == []
    assert len(asked) == 1 and "sikkerhedskopi" in asked[0] and "01-01-2020" not in asked[0]
    assert "uventet" not in asked[0]
    assert len(windows) == 1  # the window on the restored database
    db = open_database(data_dir / DB_FILENAME)
    assert sorted(c.name for c in list_citizens(db)) == names
    db.close()
    # The damaged file is kept beside the backups, not deleted.
    kept = {p.name.split("-")[0] for p in (data_dir / BACKUP_DIR).iterdir()}
    assert kept & {"beskadiget", "før"}


def test_damage_without_a_good_backup_is_explained_in_danish(data_dir, started):
    create_demo_database(data_dir)
    damage(data_dir / DB_FILENAME, "citizens")
    run, windows, errors, asked = started
    assert run(StartOptions(data_dir, demo=True)) == 2
    assert asked == [] and windows == []
    [message] = errors
    assert "beskadiget" in message and "sikkerhedskopi" in message
    assert "uventet" not in message


def test_damage_found_while_working_offers_the_backup_and_starts_again_on_it(
    data_dir, good_backup, started, app, qtbot, monkeypatch
):
    _backup, names = good_backup
    damage(data_dir / DB_FILENAME, "meetings")  # the window starts; a citizen does not open
    run, windows, errors, asked = started

    def work(self):
        if len(windows) == 1:  # the first window: the caseworker clicks a citizen
            window = windows[0]
            window.resize(1366, 768)
            window.show()
            hanne = next(c for c in list_citizens(window.db) if c.name == "Hanne Bøgh")
            model, table = window.register.model, window.register.table
            rect = table.visualRect(model.index(model.row_of(hanne.id), 0))
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert not window.isVisible()  # closed, to start again on the backup
        return 0

    monkeypatch.setattr(type(app), "exec", work)
    assert run(StartOptions(data_dir, demo=True)) == 0
    assert not any("uventet" in text for text in errors + asked)
    assert len(asked) == 1 and "sikkerhedskopi" in asked[0]
    assert len(windows) == 2  # started again
    db = open_database(data_dir / DB_FILENAME)
    assert sorted(c.name for c in list_citizens(db)) == names
    db.close()
