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


def test_the_ending_freezes_only_at_the_window_s_end(monkeypatch):
    """The commands and a launcher that fails do not reach it; the window's end does."""
    import gc

    from progressionsdialog import cli

    frozen = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    assert cli.main(["--smoke"], gui=lambda options: 7) == 7
    assert frozen == [True]
