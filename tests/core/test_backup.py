"""Backups, restore, one program per database: real files, real processes."""

from __future__ import annotations

import pytest

from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.errors import DiskFullError, StorageError
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


# -- what restore accepts ------------------------------------------------------------------


def digest(path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def live(data_dir):
    db = open_database(data_dir / DB_FILENAME)
    add_citizen(db, CitizenDraft(name="Nuværende"))
    db.close()
    return data_dir / DB_FILENAME


def refused(data_dir, live, chosen, error=NotABackupError, match="", **kwargs):
    """Restore must refuse ``chosen`` with ``error`` and change neither file."""
    before, chosen_before = digest(live), digest(chosen) if chosen.is_file() else None
    with pytest.raises(error, match=match) as caught:
        restore(data_dir, chosen, **kwargs)
    assert "Intet er ændret" in str(caught.value)
    assert digest(live) == before
    if chosen_before:
        assert digest(chosen) == chosen_before
    assert names(live) == ["Nuværende"]  # and it still opens: no "nyere version"
    return caught.value


def test_a_crafted_file_with_only_a_migrations_table_is_refused(data_dir, live, tmp_path):
    import sqlite3

    crafted = tmp_path / "crafted.db"
    conn = sqlite3.connect(crafted)
    conn.execute("CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at)")
    for name in ("m001_create_schema", "m999_from_the_future"):
        conn.execute("INSERT INTO _sqlite_migrations VALUES ('progressionsdialog', ?, '')", [name])
    conn.commit()
    conn.close()
    refused(data_dir, live, crafted, match="ikke en sikkerhedskopi")


def test_a_backup_from_a_newer_version_is_refused(data_dir, live, tmp_path):
    import sqlite3

    db = open_database(live)
    newer = backup_to(db, tmp_path / "nyere.db")
    db.close()
    conn = sqlite3.connect(newer)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('progressionsdialog', 'm999_from_the_future', '')"
    )
    conn.commit()
    conn.close()
    refused(data_dir, live, newer, match="nyere version af programmet")


def test_a_backup_with_code_added_to_it_is_refused(data_dir, live, tmp_path):
    import sqlite3

    db = open_database(live)
    copy = backup_to(db, tmp_path / "med-trigger.db")
    db.close()
    conn = sqlite3.connect(copy)
    conn.execute("CREATE TRIGGER sneaky AFTER INSERT ON citizens BEGIN DELETE FROM meetings; END")
    conn.commit()
    conn.close()
    refused(data_dir, live, copy, match="ikke en sikkerhedskopi")


def test_a_folder_or_a_missing_file_is_named_as_such(data_dir, live, tmp_path):
    refused(data_dir, live, tmp_path, match="er en mappe, ikke en fil")
    refused(data_dir, live, tmp_path / "findes-ikke.db", match="findes ikke")


def test_a_backup_under_another_password_asks_for_that_password(data_dir, tmp_path):
    from progressionsdialog.storage import session_key
    from progressionsdialog.storage.backup import BackupPasswordError
    from progressionsdialog.storage.database import WrongPasswordError, is_plain

    session_key.set_password("gammel kode")
    db = open_database(data_dir / DB_FILENAME)
    add_citizen(db, CitizenDraft(name="Fra den gamle kode"))
    old = backup_to(db, tmp_path / "gammel-kode.db")
    db.close()
    session_key.set_password("ny kode")
    (data_dir / DB_FILENAME).unlink()
    db = open_database(data_dir / DB_FILENAME)
    add_citizen(db, CitizenDraft(name="Nuværende"))
    db.close()
    live = data_dir / DB_FILENAME
    error = refused(data_dir, live, old, BackupPasswordError, "anden adgangskode")
    assert "Skriv den adgangskode, der gjaldt, da kopien blev gemt" in str(error)
    refused(data_dir, live, old, BackupPasswordError, "passer ikke", backup_password="forkert")
    result = restore(data_dir, old, backup_password="gammel kode")
    assert names(live) == ["Fra den gamle kode"]  # opens with the password in use ...
    assert not is_plain(live)
    session_key.set_password("gammel kode")
    with pytest.raises(WrongPasswordError):  # ... and no longer with the backup's
        open_database(live)
    session_key.set_password("ny kode")
    assert names(result.safety) == ["Nuværende"]


def test_an_encrypted_backup_without_any_password_asks_for_it(data_dir, live, tmp_path):
    from progressionsdialog.storage import session_key
    from progressionsdialog.storage.backup import BackupPasswordError

    session_key.set_password("kode")
    db = open_database(tmp_path / "andet.db")
    copy = backup_to(db, tmp_path / "krypteret.db")
    db.close()
    session_key.set_password(None)
    refused(data_dir, live, copy, BackupPasswordError, "er krypteret")


def test_a_plain_backup_is_restored_encrypted_when_a_password_is_in_use(data_dir, tmp_path):
    from progressionsdialog.storage import session_key
    from progressionsdialog.storage.database import is_plain

    db = open_database(data_dir / DB_FILENAME)
    add_citizen(db, CitizenDraft(name="Før koden"))
    plain = backup_to(db, tmp_path / "plain.db")
    db.close()
    session_key.set_password("kode")
    restore(data_dir, plain)
    assert not is_plain(data_dir / DB_FILENAME)
    assert b"koden" not in (data_dir / DB_FILENAME).read_bytes()
    assert names(data_dir / DB_FILENAME) == ["Før koden"]


# -- a backup that cannot be written -------------------------------------------------------


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".part" in p.name)


def test_a_full_disk_leaves_no_part_file_and_says_so_in_danish(demo_db, tmp_path):
    """SQLite's own limit: the copy may not take the disk's last ``reserve_bytes`` (here
    more than any disk has), so SQLite stops it with "database or disk is full"."""
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    with pytest.raises(StorageError) as caught:
        backup_to(demo_db, out_dir / "kopi.db", reserve_bytes=10**15)
    message = str(caught.value)
    assert isinstance(caught.value, DiskFullError)
    assert message.startswith(
        f"Disken er fuld, så programmet kan ikke gemme sikkerhedskopien i {out_dir}."
    )
    assert "database or disk" not in message
    assert list(out_dir.iterdir()) == []


def test_a_really_full_disk_too(demo_db, tmp_path):
    """A 128 KiB tmpfs, where the system allows mounting one (as root); the demo database
    is about 220 KiB, so the disk runs full while the copy is written (ENOSPC)."""
    import subprocess

    small = tmp_path / "lille-disk"
    small.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", str(small)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("a small tmpfs cannot be mounted here")
    try:
        with pytest.raises(DiskFullError, match="Disken er fuld") as caught:
            backup_to(demo_db, small / "kopi.db", reserve_bytes=0)
        assert "database or disk" not in str(caught.value)
        assert list(small.iterdir()) == []
    finally:
        subprocess.run(["umount", str(small)], check=False)


def test_a_write_error_leaves_no_part_file_and_speaks_danish(demo_db, tmp_path):
    """A real limit on file size (RLIMIT_FSIZE): SQLite sees an I/O error, not a full disk."""
    import resource
    import signal

    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, hard))
    try:
        with pytest.raises(StorageError) as caught:
            backup_to(demo_db, out_dir / "kopi.db")
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)
    message = str(caught.value)
    assert message.startswith("Programmet kunne ikke gemme sikkerhedskopien i")
    assert "I/O" not in message and "disk I" not in message
    assert list(out_dir.iterdir()) == []


def test_no_space_left_from_the_system_is_named_too(tmp_path):
    """``/dev/full`` answers every write with ENOSPC: the errno is read, not the text."""
    from pathlib import Path

    from progressionsdialog.storage.backup import _write_error

    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    with pytest.raises(OSError) as caught, open("/dev/full", "wb") as full:
        full.write(b"x")
        full.flush()
    error = _write_error(caught.value, tmp_path, "gemme sikkerhedskopien")
    assert isinstance(error, DiskFullError) and str(error).startswith("Disken er fuld")


def test_a_backup_into_a_missing_folder_or_onto_a_folder(db, tmp_path):
    with pytest.raises(StorageError, match="findes ikke") as caught:
        backup_to(db, tmp_path / "væk" / "kopi.db")
    assert "unable" not in str(caught.value)
    with pytest.raises(StorageError, match="er en mappe"):
        backup_to(db, tmp_path)
    assert leftovers(tmp_path) == []
