"""Shared fixtures: real SQLite files in a temp folder, the demo database, the real window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from progressionsdialog.storage import DB_FILENAME, open_database


@pytest.fixture(scope="session", autouse=True)
def _one_day_for_the_whole_run():
    """The program and the tests ask one clock; the run keeps the day it started on, also in
    the command-line processes it starts, so a run past midnight does not disagree with
    itself."""
    from progressionsdialog import clock

    day = clock.today()
    clock.set_today(day)
    os.environ[clock.ENV_VAR] = day.isoformat()
    yield day
    clock.set_today(None)
    os.environ.pop(clock.ENV_VAR, None)


@pytest.fixture
def data_dir(tmp_path):
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def db(data_dir):
    database = open_database(data_dir / DB_FILENAME)
    yield database
    database.close()


@pytest.fixture
def demo_db(data_dir):
    from progressionsdialog.demo import create_demo_database

    database = open_database(create_demo_database(data_dir))
    yield database
    database.close()


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, monkeypatch):
    """QSettings and the log go to the temp folder, never to the tester's home; no password
    is carried from one test to the next."""
    from progressionsdialog.storage import session_key

    session_key.set_password(None)
    monkeypatch.delenv(session_key.ENV_VAR, raising=False)
    # Danish, whatever the tester's machine speaks; the tests of the choice unset it.
    monkeypatch.setenv("PROGRESSIONSDIALOG_LANG", "da")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config")
    )


@pytest.fixture
def cli():
    """Run the ``progressionsdialog`` command as a real process; returns the completed process."""
    import subprocess
    import sys

    script = [sys.executable, "-c", "import sys; from ui.entry import main; sys.exit(main())"]

    def run(*args: str) -> subprocess.CompletedProcess:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        return subprocess.run(
            [*script, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=120,
            check=False,
        )

    return run


@pytest.fixture
def later_migration(monkeypatch):
    """A migration this program does not have yet (it makes a table ``notes``): a database
    opened now is of an older version and is upgraded."""
    from progressionsdialog.storage import migrations

    def add_a_table(db):
        db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")

    later = migrations.migrations._Migration("m999_test_later", add_a_table, True)
    monkeypatch.setattr(
        migrations.migrations, "_migrations", [*migrations.migrations._migrations, later]
    )
    return later
