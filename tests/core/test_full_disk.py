"""A disk that will not take a write: a full disk is called a full disk, never a damaged file.

These run on a real, small (16 MB) tmpfs (so SQLite meets a real ENOSPC), which needs root to
mount; elsewhere they are skipped with the reason.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from progressionsdialog.demo import create_demo_database
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.errors import DiskFullError, ReadOnlyError
from progressionsdialog.logs import set_up_logging
from progressionsdialog.storage import DB_FILENAME, migrations, open_database
from progressionsdialog.storage.citizens import add_citizen, list_citizens
from progressionsdialog.storage.database import is_read_only, read_only_reason

DISK_FULL = (
    "Disken er fuld. Frigør plads (slet store filer eller tøm papirkurven), og prøv igen. "
    "Intet er ændret."
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class TinyDisk:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._fillers = 0

    def free(self) -> int:
        return shutil.disk_usage(self.root).free

    def leave_free(self, nbytes: int) -> None:
        """Fill the disk until about ``nbytes`` are left."""
        room = self.free() - nbytes
        if room <= 0:
            return
        self._fillers += 1
        with open(self.root / f"fyld-{self._fillers}", "wb") as handle:
            try:
                handle.write(b"\0" * room)
            except OSError as error:
                assert error.errno == errno.ENOSPC

    def make_room(self) -> None:
        for filler in self.root.glob("fyld-*"):
            filler.unlink()

    def remount_read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.root)], check=True)


@pytest.fixture
def tiny_disk(tmp_path):
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs to fill needs root")
    root = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    root.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16m,mode=0777", "tmpfs", str(root)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield TinyDisk(root)
    finally:
        if subprocess.run(["umount", str(root)], check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(root)], check=False)


@pytest.fixture
def one_more_migration(monkeypatch):
    """Pretend the program has a migration the database has not had yet."""
    added = []

    def add(fn) -> None:
        step = migrations.migrations._Migration(f"m999_test_{fn.__name__}", fn, True)
        monkeypatch.setattr(
            migrations.migrations, "_migrations", [*migrations.migrations._migrations, step]
        )
        added.append(step)

    return add


def test_first_start_on_a_full_disk(tiny_disk):
    data = tiny_disk.root / "data"
    data.mkdir()
    tiny_disk.leave_free(16_000)
    with pytest.raises(DiskFullError) as caught:
        open_database(data / DB_FILENAME)
    assert str(caught.value) == DISK_FULL
    assert sorted(p.name for p in data.iterdir()) == []  # no half-made database left behind


def _make_database(folder: Path) -> Path:
    folder.mkdir()
    db = open_database(folder / DB_FILENAME)
    for i in range(20):
        add_citizen(db, CitizenDraft(name=f"Borger {i}"))
    db.close()
    return folder / DB_FILENAME


def test_a_migration_without_room_for_its_backup(tiny_disk, one_more_migration):
    path = _make_database(tiny_disk.root / "data")
    before = digest(path)

    def add_a_table(db):
        db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")

    one_more_migration(add_a_table)
    tiny_disk.leave_free(path.stat().st_size // 2 + 64_000)  # the WAL fits, a copy does not
    with pytest.raises(DiskFullError) as caught:
        open_database(path)
    assert str(caught.value) == DISK_FULL
    assert digest(path) == before
    assert list((path.parent / "backups").glob("*")) == []  # no half a backup either


def test_a_migration_that_fills_the_disk(tiny_disk, one_more_migration):
    from progressionsdialog.storage import backup

    path = _make_database(tiny_disk.root / "data")
    before = digest(path)
    kept_free = getattr(backup, "RESERVE_BYTES", 0)  # what a backup leaves free, if anything
    room = kept_free + path.stat().st_size * 4 + 400_000  # for the backup, not the data

    def add_a_big_table(db):
        db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        for _ in range((kept_free + 3_000_000) // 50_000):  # more than is left after the backup
            db.execute("INSERT INTO notes (text) VALUES (?)", ["x" * 50_000])

    def add_a_small_table(db):
        db.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT)")

    one_more_migration(add_a_small_table)  # this one alone would fit
    one_more_migration(add_a_big_table)
    tiny_disk.leave_free(room)
    with pytest.raises(DiskFullError) as caught:
        open_database(path)
    assert str(caught.value) == DISK_FULL
    assert digest(path) == before  # not even the first steps of the upgrade were kept
    assert list((path.parent / "backups").glob("før-opdatering-v*.db"))  # it got that far
    for extra in path.parent.glob(DB_FILENAME + "-*"):
        extra.unlink()  # what a crash could leave: the file itself must still be sound
    tiny_disk.make_room()
    db = open_database(path)  # with room again, the upgrade runs
    assert {"notes", "tags"} <= set(db.table_names())
    assert len(list_citizens(db)) == 20
    db.close()


def test_the_log_on_a_full_disk_prints_nothing(tiny_disk, capfd, monkeypatch):
    monkeypatch.setattr(logging, "raiseExceptions", True)  # as in every normal run
    root = logging.getLogger()
    level = root.level
    try:
        set_up_logging(tiny_disk.root / "data")
        tiny_disk.leave_free(0)
        for _ in range(20):
            logging.getLogger("test").error("Start failed: %s", "x" * 5_000)
    finally:
        for handler in [h for h in root.handlers if getattr(h, "_progressionsdialog", False)]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
    captured = capfd.readouterr()
    assert "Traceback" not in captured.err
    assert captured.err == ""


def test_a_disk_that_became_read_only(tiny_disk):
    data = tiny_disk.root / "data"
    data.mkdir()
    path = create_demo_database(data)
    before = digest(path)
    db = open_database(path)
    names = [c.name for c in list_citizens(db)]
    db.close()
    tiny_disk.remount_read_only()  # root is refused too: EROFS
    db = open_database(path)
    assert is_read_only(db)
    assert "disken er skrivebeskyttet" in read_only_reason(db)
    assert [c.name for c in list_citizens(db)] == names
    with pytest.raises(ReadOnlyError) as caught:
        add_citizen(db, CitizenDraft(name="Ny Borger"))
    assert "Ændringen er ikke gemt" in str(caught.value)
    db.close()
    assert digest(path) == before


def test_the_program_started_on_a_full_disk_says_so_and_nothing_else(tiny_disk, cli):
    """The whole start: data folder, log, lock, database; only one Danish line on stderr."""
    data = tiny_disk.root / "data"
    data.mkdir()
    tiny_disk.leave_free(0)
    result = cli("--smoke", "--data-dir", str(data))
    assert result.returncode == 2
    assert result.stderr.startswith("Fejl: Disken er fuld.")  # the lock file may say it first
    assert len(result.stderr.splitlines()) == 1, result.stderr  # no traceback, no log error
    assert not (data / DB_FILENAME).exists()


def test_the_writer_lock_on_a_full_disk_says_disk_full(tiny_disk):
    from progressionsdialog.storage.instance_lock import InstanceLock

    data = tiny_disk.root / "data"
    data.mkdir()
    tiny_disk.leave_free(0)
    with pytest.raises(DiskFullError) as caught:
        InstanceLock(data, holder="kommandoen 'score'").acquire()
    assert str(caught.value) == DISK_FULL
    tiny_disk.make_room()
    InstanceLock(data).acquire().release()  # nothing was left holding it
