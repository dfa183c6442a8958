"""Backups with SQLite's online backup API: on demand, once a day, and before a migration.

A restore checks the file first (that it is this program's database, at a version this
program knows, and sound), prepares it beside the database (encrypted with the password in
use, erasures made since applied again), saves the current state as a backup, and only then
puts the chosen backup in place (atomically), so a slip never loses data. Every refusal
leaves both the chosen file and the database untouched.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import sqlite_utils

from progressionsdialog import clock
from progressionsdialog.errors import (
    DamagedDatabaseError,
    DiskFullError,
    NotADatabaseError,
    ReadOnlyError,
    StorageError,
)
from progressionsdialog.i18n import _, n_
from progressionsdialog.storage import erasures, migrations, session_key
from progressionsdialog.storage.database import (
    DB_FILENAME,
    WrongPasswordError,
    change_password,
    connect,
    database_errors,
    encrypt_in_place,
    is_plain,
)
from progressionsdialog.storage.erasures import Erasure
from progressionsdialog.storage.migrations import MIGRATION_SET

log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
KEEP_DAILY = 14
# A backup leaves this much of its disk free: room for the WAL of many edits, so a backup
# that fills the disk cannot stop the database beside it from saving what is typed.
RESERVE_BYTES = 256 * 1024
# Half-written copies (``.part``, ``.encrypting``, ``.restore``) older than this are left
# over from a crash or a full disk; younger ones may still be being written.
STRAY_AGE_SECONDS = 600


def _nothing_changed() -> str:
    """The last sentence of every refused restore, in the language in use."""
    return _("Intet er ændret.")


class NotABackupError(StorageError):
    """The file chosen for a restore is not a backup of this program (or one it can use)."""


class BackupPasswordError(StorageError):
    """The backup is encrypted with another password than the one in use: ask for that one,
    then call ``restore(..., backup_password=...)``."""


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What a restore did. ``message`` is the sentence to show, in the language in use."""

    database: Path
    safety: Path | None  # the state before the restore, saved in ``backups/``
    erased_again: int = 0  # citizens erased after the backup was made, taken out again
    kept_backup_password: bool = False  # no password in use: the backup's one still opens it

    @property
    def message(self) -> str:
        parts = [_("Sikkerhedskopien er hentet.")]
        if self.safety is not None:
            parts.append(_("Det, der var før, er gemt i {path}.").format(path=self.safety))
        if self.erased_again:
            parts.append(
                n_(
                    "1 slettet borger er fjernet igen fra sikkerhedskopien, fordi borgeren "
                    "blev slettet, efter kopien blev gemt.",
                    "{n} slettede borgere er fjernet igen fra sikkerhedskopien, fordi de "
                    "blev slettet, efter kopien blev gemt.",
                    self.erased_again,
                ).format(n=self.erased_again)
            )
        if self.kept_backup_password:
            parts.append(_("Databasen åbnes nu med sikkerhedskopiens adgangskode."))
        return " ".join(parts)

    # Callers written when ``restore`` returned the safety copy's path keep working.
    def __fspath__(self) -> str:
        return str(self.safety or self.database)

    def __str__(self) -> str:
        return self.__fspath__()


def _causes(error: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    while error is not None and len(chain) < 5:
        chain.append(error)
        error = error.__cause__ or error.__context__
    return chain


def _write_error(error: BaseException, folder: Path, doing: str) -> StorageError:
    """The error for a failed write in ``folder``, in the language in use; ``doing`` is e.g.
    ``_("gemme sikkerhedskopien")``. The technical detail goes to the log, for support.

    >>> full = OSError(errno.ENOSPC, "No space left on device")
    >>> print(_write_error(full, Path("/d"), "gemme den"))
    Disken er fuld, så programmet kan ikke gemme den i /d. Frigør plads (slet store filer eller tøm papirkurven), eller vælg et andet sted. Databasen er ikke ændret.
    """  # noqa: E501
    causes = _causes(error)
    codes = {getattr(cause, "errno", None) for cause in causes}
    names = " ".join(str(getattr(cause, "sqlite_errorname", "")) for cause in causes)
    text = " ".join(str(cause) for cause in causes).lower()
    log.warning("Could not %s in %s: %s", doing, folder, text)
    if (
        codes & {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
        or "SQLITE_FULL" in names
        or "disk is full" in text
    ):
        return DiskFullError(
            _(
                "Disken er fuld, så programmet kan ikke {doing} i {folder}. Frigør plads (slet "
                "store filer eller tøm papirkurven), eller vælg et andet sted. "
                "Databasen er ikke ændret."
            ).format(doing=doing, folder=folder)
        )
    if codes & {errno.EACCES, errno.EPERM, errno.EROFS} or "readonly" in text:
        return ReadOnlyError(
            _(
                "Programmet må ikke skrive i {folder}, så det kan ikke {doing}. "
                "Vælg en anden mappe. Databasen er ikke ændret."
            ).format(doing=doing, folder=folder)
        )
    if not folder.is_dir():
        return StorageError(
            _(
                "Mappen {folder} findes ikke, så programmet kan ikke {doing}. "
                "Databasen er ikke ændret."
            ).format(doing=doing, folder=folder)
        )
    return StorageError(
        _("Programmet kunne ikke {doing} i {folder}. Prøv igen. Databasen er ikke ændret.").format(
            doing=doing, folder=folder
        )
    )


def _remove_with_journals(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def backup_to(db: sqlite_utils.Database, out: Path, reserve_bytes: int = RESERVE_BYTES) -> Path:
    """Copy the live database to ``out`` (consistent even while it is in use).

    The copy is written to ``out.part`` and renamed when whole; on any failure the part is
    removed and a Danish ``StorageError`` says why (a full disk by name). The copy never
    takes the last ``reserve_bytes`` of the disk (SQLite's ``max_page_count`` stops it), so
    the database beside it still has room to save what is typed.
    """
    out = Path(out)
    if out.is_dir():
        raise StorageError(
            _("{path} er en mappe. Skriv et filnavn til sikkerhedskopien, fx {example}.").format(
                path=out, example=out / _("sikkerhedskopi.db")
            )
        )
    temp = out.with_name(out.name + ".part")
    _remove_with_journals(temp)
    try:
        room = shutil.disk_usage(out.parent).free - reserve_bytes
        page_size = int(db.execute("PRAGMA page_size").fetchone()[0])
        target = connect(temp)
        try:
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no WAL
            target.execute(f"PRAGMA max_page_count = {max(1, room // page_size)}")
            db.conn.backup(target.conn)
        finally:
            target.close()
        os.replace(temp, out)
    except BaseException as error:
        _remove_with_journals(temp)
        if isinstance(error, (OSError, StorageError, *database_errors())):
            raise _write_error(error, out.parent, _("gemme sikkerhedskopien")) from error
        raise
    return out


# -- checking a backup --------------------------------------------------------------------


def _looks_encrypted(path: Path) -> bool:
    """An SQLCipher file is whole pages of what looks like random bytes; a letter, a
    spreadsheet or a truncated file is not."""
    size = path.stat().st_size
    if size < 1024 or size % 512:
        return False
    with open(path, "rb") as handle:
        head = handle.read(1024)
    return len(set(head)) > 200  # 1 KiB of random bytes has about 251 different values


def _not_ours(path: Path) -> NotABackupError:
    return NotABackupError(
        _("Filen {name} er ikke en sikkerhedskopi fra Progressionsdialog.").format(name=path.name)
        + " "
        + _nothing_changed()
    )


def _password_error(path: Path, given: bool, in_use: bool) -> BackupPasswordError:
    ask = _("Skriv den adgangskode, der gjaldt, da kopien blev gemt.")
    if given:
        first = _("Adgangskoden passer ikke til sikkerhedskopien {name}.")
    elif in_use:
        first = _(
            "Sikkerhedskopien {name} er krypteret med en anden adgangskode end den, du bruger nu."
        )
    else:
        first = _("Sikkerhedskopien {name} er krypteret.")
    return BackupPasswordError(f"{first.format(name=path.name)} {ask} {_nothing_changed()}")


def _open_read_only(path: Path, password: str | None):
    """The backup opened for reading only (``connect(..., read_only=True)``): it can never
    change the file. ``password`` is the backup's own; None means the one in use."""
    in_use = session_key.password() is not None
    try:
        return connect(path, password=password, read_only=True).conn
    except (WrongPasswordError, NotADatabaseError) as error:
        if not is_plain(path) and _looks_encrypted(path):
            raise _password_error(path, password is not None, in_use) from error
        raise _not_ours(path) from error


@lru_cache(maxsize=8)
def _reference_schema(applied: tuple[str, ...]) -> dict[str, dict[str, frozenset[str]]]:
    """What this program's migrations ``applied`` build: table name -> its columns, and the
    triggers and views (by name), made in a database in memory."""
    memory = sqlite_utils.Database(memory=True)
    for migration in migrations.migrations._migrations:
        if migration.name in applied:
            migration.fn(memory)
    schema = _schema_of(memory.conn)
    memory.close()
    return schema


def _schema_of(conn) -> dict[str, dict[str, frozenset[str]]]:
    objects = conn.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
        "AND name != '_sqlite_migrations'"
    ).fetchall()
    tables = {
        name: frozenset(
            row[0] for row in conn.execute("SELECT name FROM pragma_table_info(?)", [name])
        )
        for kind, name in objects
        if kind == "table"
    }
    return {
        "tables": tables,
        "triggers": {name: frozenset() for kind, name in objects if kind == "trigger"},
        "views": {name: frozenset() for kind, name in objects if kind == "view"},
    }


def _check_contents(conn, path: Path) -> None:
    if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        raise NotABackupError(
            _(
                "Sikkerhedskopien {name} er beskadiget og kan ikke hentes. "
                "Vælg en anden sikkerhedskopi."
            ).format(name=path.name)
            + " "
            + _nothing_changed()
        )
    applied = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET],
        )
    ]
    known = migrations.known_names()
    if not applied or known[0] not in applied:
        raise _not_ours(path)
    expected = _reference_schema(tuple(name for name in known if name in applied))
    found = _schema_of(conn)
    for table, columns in expected["tables"].items():
        if found["tables"].get(table) != columns:
            raise _not_ours(path)
    if not set(expected["triggers"]) <= set(found["triggers"]):
        raise _not_ours(path)
    newer = [name for name in applied if name not in known]
    if newer:
        raise NotABackupError(
            _(
                "Sikkerhedskopien {name} er lavet af en nyere version af programmet "
                "(den kender ændringen {change}). Opdater programmet, før du henter den."
            ).format(name=path.name, change=newer[-1])
            + " "
            + _nothing_changed()
        )
    extra = (set(found["triggers"]) - set(expected["triggers"])) | (
        set(found["views"]) - set(expected["views"])
    )
    if extra:  # code that would run inside the program: not from this program
        raise _not_ours(path)


def check_backup(path: Path, password: str | None = None) -> None:
    """Raise unless ``path`` is a sound database of this program at a version it knows.

    ``password`` is the backup's own, when it differs from the one in use. Raises
    ``BackupPasswordError`` when the file is encrypted and that password is not at hand,
    ``NotABackupError`` (or ``SchemaTooNew`` wording) otherwise. The file is only read.
    """
    path = Path(path)
    if path.is_dir():
        raise NotABackupError(
            _("{path} er en mappe, ikke en fil. Vælg selve sikkerhedskopien (en .db-fil).").format(
                path=path
            )
            + " "
            + _nothing_changed()
        )
    if not path.is_file():
        raise NotABackupError(
            _("Filen {path} findes ikke.").format(path=path) + " " + _nothing_changed()
        )
    conn = _open_read_only(path, password)
    try:
        _check_contents(conn, path)
    except (*database_errors(), UnicodeDecodeError) as error:
        raise _not_ours(path) from error
    finally:
        conn.close()


# -- restoring ---------------------------------------------------------------------------


def _live_erasures(live: Path) -> list[Erasure]:
    """The erasures the current database lists; [] when it is missing or cannot be read."""
    if not live.exists():
        return []
    try:
        db = connect(live, read_only=True)
    except StorageError:
        return []
    try:
        return erasures.erasures_in(db)
    except database_errors():
        return []
    finally:
        db.close()


def _prepare(temp: Path, backup_password: str | None, erased: list[Erasure]) -> tuple[int, bool]:
    """Make the copy ``temp`` ready to be the database: encrypted with the password in use,
    at this program's schema, with ``erased`` applied. Returns (citizens erased again,
    whether the backup's own password was kept because none is in use)."""
    from progressionsdialog.storage.rights import reapply_erasures

    in_use = session_key.password()
    key = backup_password if backup_password is not None and not is_plain(temp) else in_use
    db = connect(temp, password=key)  # a plain copy is encrypted here when a password is in use
    try:
        migrations.upgrade(db)
        removed = reapply_erasures(db, erased)
        db.execute("PRAGMA journal_mode = DELETE").fetchone()  # everything in the one file
        if in_use is not None and key != in_use:
            change_password(db, in_use)
    finally:
        db.close()
    return removed, in_use is None and key is not None


def _save_current(live: Path, folder: Path) -> Path | None:
    if not live.exists():
        return None
    stamp = clock.now().strftime("%Y-%m-%d-%H%M%S")
    try:
        db = connect(live)
    except StorageError:  # damaged: keep the file itself, byte for byte
        safety = folder / f"beskadiget-{stamp}.db"
        shutil.copyfile(live, safety)
        return safety
    try:
        return backup_to(db, folder / f"før-gendannelse-{stamp}.db")
    finally:
        db.close()


def restore(data_dir: Path, backup_file: Path, backup_password: str | None = None) -> RestoreResult:
    """Put a backup in place; the current database is first saved in ``backups/``.

    ``backup_password`` is needed when the backup was saved under another password (a
    ``BackupPasswordError`` says so); the restored database gets the password in use.
    Every citizen erased after the backup was made is erased again (the list is read from
    the current database and ``erasures.json`` before anything is replaced).
    The program must not have the database open while this runs.
    """
    backup_file = Path(backup_file)
    check_backup(backup_file, backup_password)
    data_dir = Path(data_dir)
    live = data_dir / DB_FILENAME
    folder = data_dir / BACKUP_DIR
    erased = erasures.merged(_live_erasures(live), erasures.read_file(data_dir))
    temp = data_dir / (DB_FILENAME + ".restore")
    _remove_with_journals(temp)
    try:
        shutil.copyfile(backup_file, temp)
        erased_again, kept_password = _prepare(temp, backup_password, erased)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        folder.mkdir(parents=True, exist_ok=True)
        safety = _save_current(live, folder)
        for suffix in ("-wal", "-shm"):
            Path(str(live) + suffix).unlink(missing_ok=True)
        os.replace(temp, live)
    except BaseException as error:
        _remove_with_journals(temp)
        if isinstance(error, (OSError, *database_errors())):
            raise _write_error(error, data_dir, _("hente sikkerhedskopien")) from error
        raise
    if erased:
        try:
            erasures.write_file(data_dir, erasures.merged(erasures.read_file(data_dir), erased))
        except OSError as error:  # the restored database lists them all anyway
            log.warning("The list of erasures could not be written: %s", error)
    return RestoreResult(live, safety, erased_again, kept_password)


# -- daily backups and encryption of old ones ----------------------------------------------


def daily_backup(
    db: sqlite_utils.Database, data_dir: Path, today: str | None = None
) -> Path | None:
    """At most one automatic backup a day; keeps the newest ``KEEP_DAILY``."""
    folder = Path(data_dir) / BACKUP_DIR
    folder.mkdir(parents=True, exist_ok=True)
    name = f"dagligt-{today or clock.now().strftime('%Y-%m-%d')}.db"
    if (folder / name).exists():
        return None
    try:
        problems = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
    except database_errors() as error:  # damage in the schema itself
        problems = [str(error)]
    if problems != ["ok"]:  # a copy of a damaged file would push the good copies out
        raise DamagedDatabaseError(
            _(
                "Databasen er beskadiget, så dagens sikkerhedskopi er ikke lavet; de gamle "
                "kopier er beholdt. Hent den nyeste hele kopi: progressionsdialog restore FIL."
            )
        )
    path = backup_to(db, folder / name)
    for old in sorted(folder.glob("dagligt-*.db"))[:-KEEP_DAILY]:
        old.unlink(missing_ok=True)
    return path


def list_backups(data_dir: Path) -> list[Path]:
    folder = Path(data_dir) / BACKUP_DIR
    return sorted(folder.glob("*.db"), key=lambda p: p.stat().st_mtime, reverse=True)


def remove_stray_copies(data_dir: Path, older_than: float = STRAY_AGE_SECONDS) -> int:
    """Remove half-written copies left by a crash or a full disk (they may hold names in
    plain text): ``*.part``, ``*.encrypting`` in ``backups/``, and an unfinished restore."""
    data_dir = Path(data_dir)
    folder = data_dir / BACKUP_DIR
    candidates = [*data_dir.glob(DB_FILENAME + ".restore*")]
    if folder.is_dir():
        candidates += [*folder.glob("*.part*"), *folder.glob("*.encrypting*")]
    removed = 0
    now = time.time()
    for path in candidates:
        try:
            if path.is_file() and now - path.stat().st_mtime > older_than:
                path.unlink()
                removed += 1
        except OSError as error:
            log.warning("Could not remove the stray copy %s: %s", path, error)
    return removed


def encrypt_plain_backups(data_dir: Path, password: str) -> int:
    """Encrypt, in place, every backup in ``backups/`` still in plain SQLite (made before a
    password was set); returns how many. Each is swapped atomically and keeps its date, so
    the newest backup stays the newest. Stray half-written copies are removed first.
    A backup that cannot be encrypted is logged and left as it is.
    """
    remove_stray_copies(data_dir)
    folder = Path(data_dir) / BACKUP_DIR
    if not folder.is_dir():
        return 0
    count = 0
    for path in sorted(folder.glob("*.db")):
        try:
            stat = path.stat()
            if not path.is_file() or stat.st_size == 0 or not is_plain(path):
                continue
            encrypt_in_place(path, password)
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
            count += 1
        except (OSError, *database_errors()) as error:
            log.warning("Could not encrypt the backup %s: %s", path, error)
            Path(str(path) + ".encrypting").unlink(missing_ok=True)
    return count
