"""Backups with SQLite's online backup API: on demand, once a day, and before a migration.

A restore checks the file first, saves the current state as a backup, and only then puts
the chosen backup in place (atomically), so a slip never loses data.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import sqlite_utils

from progressionsdialog.errors import StorageError
from progressionsdialog.storage.database import (
    DB_FILENAME,
    connect,
    connect_read_only,
    database_errors,
)
from progressionsdialog.storage.migrations import MIGRATION_SET

BACKUP_DIR = "backups"
KEEP_DAILY = 14


class NotABackupError(StorageError):
    """The file chosen for a restore is not a backup of this program."""


def backup_to(db: sqlite_utils.Database, out: Path) -> Path:
    """Copy the live database to ``out`` (consistent even while it is in use)."""
    out = Path(out)
    temp = out.with_name(out.name + ".part")
    temp.unlink(missing_ok=True)
    try:
        target = connect(temp)
        try:
            db.conn.backup(target.conn)
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            target.close()
        os.replace(temp, out)
    except (OSError, *database_errors()) as error:
        temp.unlink(missing_ok=True)
        raise StorageError(
            f"Sikkerhedskopien kunne ikke gemmes i {out.parent} ({error})."
        ) from error
    return out


def check_backup(path: Path) -> None:
    """Raise ``NotABackupError`` unless ``path`` is a sound database of this program."""
    path = Path(path)
    if not path.is_file():
        raise NotABackupError(f"Filen {path} findes ikke.")
    try:
        conn = connect_read_only(path)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            ours = conn.execute(
                "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
            ).fetchone()[0]
        finally:
            conn.close()
    except database_errors():
        ok, ours = False, 0
    if not ok or not ours:
        raise NotABackupError(
            f"Filen {path.name} er ikke en sikkerhedskopi fra Progressionsdialog. Intet er ændret."
        )


def restore(data_dir: Path, backup_file: Path) -> Path:
    """Put a backup in place; the current database is first saved in ``backups/``.

    The program must not have the database open while this runs.
    """
    check_backup(backup_file)
    data_dir = Path(data_dir)
    live = data_dir / DB_FILENAME
    folder = data_dir / BACKUP_DIR
    folder.mkdir(parents=True, exist_ok=True)
    safety = None
    if live.exists():
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
        try:
            db = connect(live)
        except StorageError:  # damaged: keep the file itself, byte for byte
            safety = folder / f"beskadiget-{stamp}.db"
            shutil.copyfile(live, safety)
        else:
            try:
                safety = backup_to(db, folder / f"før-gendannelse-{stamp}.db")
            finally:
                db.close()
    temp = data_dir / (DB_FILENAME + ".restore")
    shutil.copyfile(backup_file, temp)
    with open(temp, "rb+") as handle:
        os.fsync(handle.fileno())
    for suffix in ("-wal", "-shm"):
        Path(str(live) + suffix).unlink(missing_ok=True)
    os.replace(temp, live)
    return safety or live


def daily_backup(
    db: sqlite_utils.Database, data_dir: Path, today: str | None = None
) -> Path | None:
    """At most one automatic backup a day; keeps the newest ``KEEP_DAILY``."""
    folder = Path(data_dir) / BACKUP_DIR
    folder.mkdir(parents=True, exist_ok=True)
    name = f"dagligt-{today or datetime.now().strftime('%Y-%m-%d')}.db"
    if (folder / name).exists():
        return None
    path = backup_to(db, folder / name)
    for old in sorted(folder.glob("dagligt-*.db"))[:-KEEP_DAILY]:
        old.unlink(missing_ok=True)
    return path


def list_backups(data_dir: Path) -> list[Path]:
    folder = Path(data_dir) / BACKUP_DIR
    return sorted(folder.glob("*.db"), key=lambda p: p.stat().st_mtime, reverse=True)
