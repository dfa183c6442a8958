"""The program's end, as a real process: with the garbage collector's last walk skipped
(``cli._ending``), everything it must leave behind is still written and released."""

from __future__ import annotations

import configparser
import os

from progressionsdialog.storage import DB_FILENAME
from progressionsdialog.storage.instance_lock import InstanceLock


def test_a_window_that_closes_leaves_the_files_whole_and_the_lock_free(tmp_path, cli):
    data = tmp_path / "demo"
    for _ in range(2):  # the second start takes the lock the first let go
        result = cli("--demo", "--smoke", "--data-dir", str(data))
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == "ready"
        assert result.stderr == ""
    # The database was closed: its journal folded back in, nothing beside it
    assert (data / DB_FILENAME).stat().st_size > 0
    assert not (data / f"{DB_FILENAME}-wal").exists()
    assert not (data / f"{DB_FILENAME}-shm").exists()
    # The window's shape was saved as it closed
    settings = configparser.ConfigParser(interpolation=None)
    config = os.environ["XDG_CONFIG_HOME"]
    settings.read(os.path.join(config, "progressionsdialog", "progressionsdialog.conf"))
    assert settings.has_option("main_window", "geometry")
    assert settings.getint("main_window", "register_width") > 0
    # The lock is free again
    with InstanceLock(data):
        pass


def test_the_collector_is_off_for_the_start_and_frozen_out_at_the_end(monkeypatch):
    """Only the window's start and end reach it (not the commands), in this order."""
    import gc

    from progressionsdialog import cli

    calls = []
    monkeypatch.setattr(gc, "disable", lambda: calls.append("disable"))
    monkeypatch.setattr(gc, "enable", lambda: calls.append("enable"))
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    assert cli.main(["--smoke"], gui=lambda options: calls.append("window") or 7) == 7
    assert calls == ["disable", "window", "enable", "freeze"]


def test_the_window_turns_the_collector_on_after_its_first_paint(
    app, qtbot, demo_db, data_dir, monkeypatch
):
    import gc

    from ui import recovery
    from ui.app import _after_the_first_paint
    from ui.main_window import MainWindow

    monkeypatch.setattr(recovery, "_data_dir", None)  # watch() sets it: as it was, after

    main = MainWindow(demo_db, data_dir, demo=True)
    qtbot.addWidget(main)
    _after_the_first_paint(main, data_dir)
    gc.disable()  # as the command line does before the start
    try:
        main.show()
        assert not gc.isenabled()
        qtbot.waitUntil(main.rest_is_built)
        assert gc.isenabled()
        assert recovery._data_dir == data_dir  # damage from now on is told for this folder
    finally:
        gc.enable()
