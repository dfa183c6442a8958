"""Backups, restore, one program per database: real files, real processes."""

from __future__ import annotations

import pytest

from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.errors import StorageError
from progressionsdialog.storage import DB_FILENAME, open_database
from progressionsdialog.storage.backup import (
    KEEP_DAILY,
    NotABackupError,
    backup_to,
    daily_backup,
    list_backups,
    restore,
)
from progressionsdialog.storage.citizens import add_citizen, list_citizens
from progressionsdialog.storage.instance_lock import InstanceLock
from progressionsdialog.storage.migrations import migrations


def names(path) -> list[str]:
    db = open_database(path)
    try:
        return sorted(c.name for c in list_citizens(db))
    finally:
        db.close()


def test_backup_and_restore_keeps_what_was_there_before(data_dir, tmp_path):
    db = open_database(data_dir / DB_FILENAME)
    add_citizen(db, CitizenDraft(name="Før"))
    copy = backup_to(db, tmp_path / "kopi.db")
    add_citizen(db, CitizenDraft(name="Efter"))
    db.close()
    assert names(copy) == ["Før"]
    safety = restore(data_dir, copy)
    assert names(data_dir / DB_FILENAME) == ["Før"]
    assert names(safety) == ["Efter", "Før"]  # the state before the restore is kept


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100, None])
def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(data_dir, tmp_path, content):
    db = open_database(data_dir / DB_FILENAME)
    add_citizen(db, CitizenDraft(name="Bliver"))
    db.close()
    bad = tmp_path / "bad.db"
    if content is None:  # a real SQLite file, but not ours
        import sqlite3

        other = sqlite3.connect(bad)
        other.execute("CREATE TABLE x (y)")
        other.commit()
        other.close()
    else:
        bad.write_bytes(content)
    before = (data_dir / DB_FILENAME).read_bytes()
    with pytest.raises(NotABackupError, match="ikke en sikkerhedskopi"):
        restore(data_dir, bad)
    assert (data_dir / DB_FILENAME).read_bytes() == before


def test_a_backup_before_every_migration(data_dir, monkeypatch):
    open_database(data_dir / DB_FILENAME).close()

    def m999_future_column(db):
        db.execute("ALTER TABLE citizens ADD COLUMN nickname TEXT")

    monkeypatch.setattr(
        migrations,
        "_migrations",
        [*migrations._migrations, migrations._Migration("m999_future_column", m999_future_column)],
    )
    open_database(data_dir / DB_FILENAME).close()
    version = len(migrations._migrations) - 1  # the schema before m999
    assert (data_dir / "backups" / f"før-opdatering-v{version}.db").exists()


def test_daily_backups_once_a_day_and_rotated(data_dir):
    db = open_database(data_dir / DB_FILENAME)
    assert daily_backup(db, data_dir, today="2026-11-01") is not None
    assert daily_backup(db, data_dir, today="2026-11-01") is None
    for day in range(2, 20):
        daily_backup(db, data_dir, today=f"2026-11-{day:02d}")
    db.close()
    daily = [p.name for p in list_backups(data_dir) if p.name.startswith("dagligt")]
    assert len(daily) == KEEP_DAILY
    assert "dagligt-2026-11-01.db" not in daily and "dagligt-2026-11-19.db" in daily


def test_one_program_per_database(data_dir, cli):
    with InstanceLock(data_dir):
        with pytest.raises(StorageError, match="allerede åben"):
            InstanceLock(data_dir).acquire()
        second = cli("--smoke", "--data-dir", str(data_dir))
        assert second.returncode == 2
        assert "allerede åben" in second.stderr
    assert cli("--smoke", "--data-dir", str(data_dir)).returncode == 0


def test_backup_and_restore_from_the_command_line(data_dir, tmp_path, cli):
    db = open_database(data_dir / DB_FILENAME)
    add_citizen(db, CitizenDraft(name="Kommandolinje"))
    db.close()
    out = tmp_path / "cli.db"
    assert cli("backup", "--out", str(out), "--data-dir", str(data_dir)).returncode == 0
    assert names(out) == ["Kommandolinje"]
    junk = tmp_path / "junk.db"
    junk.write_text("hej")
    refused = cli("restore", str(junk), "--data-dir", str(data_dir))
    assert refused.returncode == 2 and "ikke en sikkerhedskopi" in refused.stderr
    assert cli("restore", str(out), "--data-dir", str(data_dir)).returncode == 0
