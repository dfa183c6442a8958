"""The list of erased citizens (id and times, never a name), so that a restore cannot bring one
back.

It is kept twice: in the table ``erasures`` (append-only; it travels with the database into
every later backup) and in ``erasures.json`` beside the database, so that it is known even
when the database file itself is damaged and a backup is what is left. A restore reads both
from the live side *before* the database is replaced, and erases again, in the restored file,
every erasure the backup does not list itself: those were made after the backup was taken.

An erasure names the citizen's row by id *and* its ``created_at``, because ids are used again
(a new citizen gets the id of the newest one erased): a backup may hold someone else under the
same id, and that person must stay.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from progressionsdialog.storage.database import database_path

log = logging.getLogger(__name__)

ERASURES_FILENAME = "erasures.json"
_FORMAT = "progressionsdialog-erasures"


@dataclass(frozen=True, slots=True)
class Erasure:
    citizen_ref: int
    erased_at: str  # ISO 8601, UTC, as ``clock.now_iso``
    created_at: str | None = None  # the erased row's created_at; None when not known

    @property
    def key(self) -> tuple[int, str]:
        """What makes two records the same erasure."""
        return (self.citizen_ref, self.erased_at)


def erasures_in(db: sqlite_utils.Database) -> list[Erasure]:
    """The erasures a database knows, oldest first ([] for a schema from before the list)."""
    if not db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'erasures'"
    ).fetchone():
        return []
    rows = db.execute(
        "SELECT citizen_ref, erased_at, citizen_created_at FROM erasures ORDER BY id"
    ).fetchall()
    return [Erasure(r[0], r[1], r[2]) for r in rows]


def add(db: sqlite_utils.Database, erasure: Erasure) -> None:
    """Add one erasure to the database's list (a second copy of the same one is ignored)."""
    db.execute(
        "INSERT INTO erasures (citizen_ref, erased_at, citizen_created_at) VALUES (?, ?, ?) "
        "ON CONFLICT (citizen_ref, erased_at) DO NOTHING",
        [erasure.citizen_ref, erasure.erased_at, erasure.created_at],
    )


def merged(*lists: Iterable[Erasure]) -> list[Erasure]:
    """One list from several, each erasure once (the one that knows ``created_at`` wins).

    >>> both = merged([Erasure(2, "b")], [Erasure(1, "a"), Erasure(2, "b", "x")])
    >>> [(e.citizen_ref, e.created_at) for e in both]
    [(1, None), (2, 'x')]
    """
    found: dict[tuple[int, str], Erasure] = {}
    for items in lists:
        for item in items:
            if item.key not in found or found[item.key].created_at is None:
                found[item.key] = item
    return sorted(found.values(), key=lambda e: (e.erased_at, e.citizen_ref))


def read_file(data_dir: Path) -> list[Erasure]:
    """The list in ``erasures.json``; [] when there is none (a damaged file is logged)."""
    path = Path(data_dir) / ERASURES_FILENAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [
            Erasure(int(e["citizen_ref"]), str(e["erased_at"]), e.get("created_at"))
            for e in data["erasures"]
        ]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, KeyError, TypeError) as error:
        log.warning("The list of erasures %s cannot be read: %s", path, error)
        return []


def write_file(data_dir: Path, erasures: Iterable[Erasure]) -> Path:
    """Write ``erasures.json`` atomically (temp file, fsync, replace)."""
    path = Path(data_dir) / ERASURES_FILENAME
    temp = path.with_name(path.name + ".part")
    data = {
        "format": _FORMAT,
        "version": 1,
        "about": "Borgere, der er slettet (kun nummer og tidspunkter). Slet ikke denne fil.",
        "erasures": [
            {"citizen_ref": e.citizen_ref, "erased_at": e.erased_at, "created_at": e.created_at}
            for e in erasures
        ],
    }
    try:
        with open(temp, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return path


def database_folder(db: sqlite_utils.Database) -> Path | None:
    """The folder of the database file (None for a database in memory)."""
    path = database_path(db)
    return path.parent if path is not None else None


def remember(db: sqlite_utils.Database) -> None:
    """Bring ``erasures.json`` beside the database up to date with the database's list.

    The file only ever grows (it keeps what it held, so a restore of an old backup cannot
    shrink it). A failure is logged: the erasure itself is done and listed in the database.
    """
    folder = database_folder(db)
    if folder is None:
        return
    try:
        write_file(folder, merged(read_file(folder), erasures_in(db)))
    except OSError as error:
        log.warning("The list of erasures in %s could not be written: %s", folder, error)
