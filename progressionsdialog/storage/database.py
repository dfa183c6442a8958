"""Opening databases: the single place that calls ``sqlite3.connect`` (or SQLCipher's).

With a session password (``session_key``) the file is encrypted with SQLCipher 4; without,
it is plain SQLite. A plain file is encrypted in place the first time a password is set.

    db = open_database(data_dir / "progressionsdialog.db")

A file the program may not write (a read-only file, folder or disk) is opened for reading
only: ``is_read_only(db)`` says so, ``read_only_reason(db)`` says why in Danish, and any
write raises ``ReadOnlyError`` (``storage.read_only``). Every SQLite, SQLCipher or
file-system error is named in one place, ``classify_error`` (``storage.errors_classify``);
``check_database`` is in ``storage.integrity_check``. Their names can be imported from here.
"""

from __future__ import annotations

import functools
import logging
import os
import sqlite3
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from progressionsdialog.errors import (
    DatabaseBusyError,
    DiskFullError,
    NotADatabaseError,
    ReadOnlyError,
    StorageError,
)
from progressionsdialog.i18n import _
from progressionsdialog.storage import migrations, session_key

# The parts split out by concept, named here too: every other module imports them from here.
from progressionsdialog.storage.errors_classify import (  # noqa: F401
    _BACKUP_FOLDER,
    NEARLY_FULL_BYTES,
    WrongPasswordError,
    _cipher,
    _damaged,
    _errors_opening,
    _why_read_only,
    classify_error,
    database_errors,
    disk_full_message,
    integrity_errors,
    restore_hint,
    storage_errors,
)
from progressionsdialog.storage.integrity_check import (  # noqa: F401
    DatabaseCheck,
    check_database,
    integrity_check,
)
from progressionsdialog.storage.read_only import (  # noqa: F401
    _read_only_connection_class,
    is_read_only,
    read_only_reason,
)

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

DB_FILENAME = "progressionsdialog.db"
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"


def _opening_error(error: BaseException, path: Path, password: str | None) -> StorageError:
    """Name an error met while a file is first read (its key and its first page)."""
    text = "malformed" if isinstance(error, UnicodeDecodeError) else str(error)
    if "not a database" in text and password is not None:
        return WrongPasswordError(
            _(
                "Adgangskoden passer ikke til databasen (eller filen er beskadiget). "
                "Filen er ikke ændret. Prøv igen."
            )
        )
    if "not a database" in text and not is_plain(path):
        return NotADatabaseError(
            _(
                "Filen {path} er ikke en database, som programmet kan læse uden adgangskode. "
                "Er den krypteret, så skriv adgangskoden (på kommandolinjen: sæt "
                "{variable}). Filen er ikke ændret."
            ).format(path=path, variable=session_key.ENV_VAR)
        )
    if "not a database" in text:
        return NotADatabaseError(
            _(
                "Filen {path} er ikke en database, som programmet kan læse. Filen er ikke "
                "ændret. Vælg en anden datamappe."
            ).format(path=path)
            + f" {restore_hint()}: progressionsdialog restore FIL."
        )
    return classify_error(error, path)


# ---------------------------------------------------------------------------------------
# Opening


def is_plain(path: Path) -> bool:
    """A file that plain SQLite can read (its header is not encrypted); empty counts too."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except FileNotFoundError:
        return True
    return head == SQLITE_HEADER or head == b""


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# SQLCipher 4's defaults: the page key is PBKDF2-HMAC-SHA512 of the password and the file's
# 16-byte salt (its first bytes), 256,000 iterations, 32 bytes.
_KDF_ITERATIONS = 256_000
_SALT_BYTES = 16


@functools.lru_cache(maxsize=8)
def _derived_key(password: str, salt: bytes) -> str:
    """The raw key for one file, derived once per session (about 0.2 s each time otherwise).

    Held in memory only, like the password it comes from.
    """
    import hashlib  # (OpenSSL's start-up: only with a password)

    key = hashlib.pbkdf2_hmac("sha512", password.encode("utf-8"), salt, _KDF_ITERATIONS, 32)
    return f"\"x'{key.hex()}{salt.hex()}'\""


def _key_pragma(path: Path | None, password: str) -> str:
    """``PRAGMA key`` for ``path``: the cached raw key when the file already has its salt."""
    if path is not None:
        try:
            with open(path, "rb") as handle:
                salt = handle.read(_SALT_BYTES)
        except OSError:
            salt = b""
        if len(salt) == _SALT_BYTES and salt != SQLITE_HEADER:
            return f"PRAGMA key = {_derived_key(password, salt)}"
    return f"PRAGMA key = {_quote(password)}"  # a new file: SQLCipher picks its salt


def _raw_connect(
    target: str,
    password: str | None,
    *,
    uri: bool = False,
    read_only=False,
    path: Path | None = None,
):
    module = sqlite3 if password is None else _cipher()
    options: dict = {"timeout": BUSY_TIMEOUT_MS / 1000, "uri": uri}
    if read_only:
        options["factory"] = _read_only_connection_class(module)
    conn = module.connect(target, **options)
    if password is not None:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(path if path is not None else _plain_target(target), password))
    return conn


def _plain_target(target: str) -> Path | None:
    return None if target.startswith("file:") or target == ":memory:" else Path(target)


def _read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """``file:`` URI for SQLite (special characters in the path escaped)."""
    return Path(os.path.abspath(path)).as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")


def _first_read(conn) -> None:
    if hasattr(conn, "enable_load_extension"):  # absent when Python was built without it
        conn.enable_load_extension(False)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads page 1 first
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")


def _remove_created(path: Path) -> None:
    """Remove a database file this call created (and its journal files) after a failure."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(OSError):
            Path(str(path) + suffix).unlink(missing_ok=True)


def _unread_changes(path: Path) -> Path | None:
    """A journal holding changes that a read-only look without ``-shm`` would not see."""
    for suffix in ("-wal", "-journal"):
        journal = Path(str(path) + suffix)
        try:
            if journal.stat().st_size > 0:
                return journal
        except OSError:
            continue
    return None


def _connect_read_only(path: Path, password: str | None, reason: str) -> sqlite_utils.Database:
    """Open ``path`` for reading only; it can never change the file (or its folder).

    With no journal beside it, the file alone is the whole database: it is read as
    ``immutable``, which needs no ``-shm`` and leaves no file behind (a ``-shm`` left by a
    read-only look would stop the owner writing later). With changes still in its ``-wal``,
    SQLite needs the ``-shm``: in a folder that cannot get one, that is refused rather than
    showing the database without its newest changes.
    """
    if not path.exists():
        raise StorageError(_("Der er ingen database i {folder}.").format(folder=path.parent))
    if password is not None and is_plain(path):
        password = None  # a plain file is read as it is; encrypting it would be a write
    errors = (*_errors_opening(password), UnicodeDecodeError)
    journal = _unread_changes(path)
    shm = Path(f"{path}-shm")
    shm_existed = shm.exists()
    try:
        conn = _raw_connect(
            _read_only_uri(path, immutable=journal is None),
            password,
            uri=True,
            read_only=True,
            path=path,
        )
    except errors as error:
        raise _opening_error(error, path, password) from error
    try:
        _first_read(conn)
    except errors as error:
        conn.close()
        name = (getattr(error, "sqlite_errorname", None) or "").upper()
        if journal is not None and name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")):
            raise ReadOnlyError(
                _(
                    "Databasen kan kun læses ({reason}), og de seneste ændringer står i filen "
                    "{journal}, som kun kan læses, når programmet må skrive i mappen. "
                    "Kopiér hele mappen til et sted, hvor du må skrive, og åbn den der. "
                    "Intet er ændret."
                ).format(reason=reason, journal=journal.name)
            ) from error
        raise _opening_error(error, path, password) from error
    if not shm_existed and shm.exists():
        conn.created = (shm,)  # removed again when the connection closes
    conn.execute("PRAGMA query_only = ON")
    conn.reason = reason
    return conn


def database_path(db: sqlite_utils.Database) -> Path | None:
    """The file behind ``db`` (``None`` for one in memory): for a worker's own connection."""
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file)
    return None


def as_database(conn) -> sqlite_utils.Database:
    """sqlite-utils' ``Database`` on a connection that ``connect`` or ``open_connection``
    made (the same connection: its pragmas, key and read-only marks stay)."""
    import sqlite_utils

    return sqlite_utils.Database(conn, execute_plugins=False)


def connect(
    path: Path | str, password: str | None = None, *, read_only: bool | None = None
) -> sqlite_utils.Database:
    """Open one database file with the pragmas every connection needs.

    Foreign keys on, WAL journal, a busy timeout, no extension loading, the key first when
    encrypted. The file is read before anything is written, so a file that is not a database,
    or a wrong password, is refused with the file untouched.

    ``read_only``: ``None`` opens a file the program may not write (file, folder or disk)
    for reading only; ``True`` always opens for reading only; ``False`` never does.
    """
    return as_database(_connection(path, password, read_only=read_only))


def _connection(path: Path | str, password: str | None = None, *, read_only: bool | None = None):
    """``connect``'s plain connection."""
    path = Path(path)
    password = password if password is not None else session_key.password()
    reason = _why_read_only(path) if read_only is not False else ""
    if read_only or (read_only is None and reason):
        if not path.exists() and read_only is None:
            raise ReadOnlyError(
                _(
                    "Databasen kan ikke laves i mappen {folder} ({reason}). "
                    "Vælg en mappe, du må skrive i, med --data-dir. Intet er ændret."
                ).format(folder=path.parent, reason=reason)
            )
        return _connect_read_only(path, password, reason or _("åbnet kun til læsning"))
    existed = path.exists()
    if password is not None and existed and path.stat().st_size and is_plain(path):
        with storage_errors(path):
            encrypt_in_place(path, password)
    errors = (*_errors_opening(password), UnicodeDecodeError)
    try:
        conn = _raw_connect(str(path), password)
    except errors as error:
        raise classify_error(error, path) from error
    try:
        _first_read(conn)
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = NORMAL")
    except errors as error:
        conn.close()
        if not existed:
            _remove_created(path)
        refusal = _opening_error(error, path, password)
        if isinstance(refusal, ReadOnlyError) and existed and read_only is None:
            # The checks above could not see it (e.g. a network drive): read it instead.
            return _connect_read_only(path, password, _why_read_only(path) or "kan ikke skrives")
        raise refusal from error
    return conn


def encrypt_in_place(path: Path, password: str) -> None:
    """Encrypt a plain database (SQLCipher's sqlcipher_export), then swap the files."""
    temp = path.with_name(path.name + ".encrypting")
    temp.unlink(missing_ok=True)
    plain = sqlite3.connect(str(path))
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        plain.close()
    try:
        conn = _cipher().connect(str(path))
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", [str(temp), password])
            conn.execute("SELECT sqlcipher_export('encrypted')")
            conn.execute("DETACH DATABASE encrypted")
        finally:
            conn.close()
    except BaseException:
        _remove_created(temp)  # half an encrypted copy helps nobody; the plain file stays
        raise
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(temp, path)


def change_password(db: sqlite_utils.Database, new_password: str) -> None:
    """Re-encrypt the open database with a new password (``PRAGMA rekey``)."""
    if not new_password:
        raise StorageError(_("Adgangskoden må ikke være tom."))
    db.execute(f"PRAGMA rekey = {_quote(new_password)}")
    session_key.set_password(new_password)


def connect_read_only(path: Path | str):
    """A read-only look at a file (to check a backup): it can never change the file.

    SQLite's own errors are raised as they are (the caller names them).
    """
    path = Path(path)
    password = session_key.password()
    if password is not None and is_plain(path):
        password = None
    # With no journal beside it, the file is the whole database: no -shm needed or made.
    immutable = _unread_changes(path) is None
    return _raw_connect(_read_only_uri(path, immutable=immutable), password, uri=True, path=path)


# ---------------------------------------------------------------------------------------
# The schema


def _refuse_an_old_schema_read_only(db: sqlite_utils.Database, path: Path) -> None:
    applied = [m.name for m in migrations.migrations.applied(db)]
    if any(name not in migrations.known_names() for name in applied):
        migrations.upgrade(db)  # raises SchemaTooNewError before it would write anything
    if not applied:
        raise ReadOnlyError(
            _(
                "Databasen {path} er tom, og den kan kun læses ({reason}), så "
                "programmet kan ikke gøre den klar. Intet er ændret."
            ).format(path=path, reason=db.conn.reason)
        )
    if migrations.pending_names(db):
        raise ReadOnlyError(
            _(
                "Databasen kan kun læses ({reason}), og den er fra en ældre version af "
                "programmet, så den skal opdateres, før den kan åbnes. Åbn den, hvor "
                "programmet må skrive (så tages en sikkerhedskopi, og den opdateres). "
                "Intet er ændret."
            ).format(reason=db.conn.reason)
        )


def _refuse_to_upgrade_a_damaged_file(db: sqlite_utils.Database, path: Path) -> None:
    """An upgrade writes into the file; on a damaged file it could spread the damage."""
    problems = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
    if problems != ["ok"]:
        raise _damaged(path, problems[0])


def _backup_before_upgrade(db: sqlite_utils.Database, path: Path, version: int) -> None:
    from progressionsdialog.storage.backup import BACKUP_DIR, backup_to

    folder = path.parent / BACKUP_DIR
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"før-opdatering-v{version}.db"
    try:
        backup_to(db, target)
    except StorageError as error:
        cause = error.__cause__
        if cause is not None:
            named = classify_error(cause, target)
            if isinstance(named, (DiskFullError, ReadOnlyError, DatabaseBusyError)):
                raise named from error
        raise


def _upgrade(db: sqlite_utils.Database) -> None:
    """All pending migrations in one transaction: a failure half-way leaves the file as it was."""
    if any(not m.transactional for m in migrations.migrations.pending(db)):
        migrations.upgrade(db)  # e.g. a VACUUM cannot run inside a transaction
        return
    with db.atomic():
        migrations.upgrade(db)


def _encrypt_plain_backups(path: Path) -> None:
    """With a password in force, no backup beside the database may stay plain SQLite (those
    made before the password was chosen hold names in the clear). Cheap when there are none."""
    password = session_key.password()
    if password is None:
        return
    if not (path.parent / _BACKUP_FOLDER).is_dir():
        return
    from progressionsdialog.storage.backup import encrypt_plain_backups

    try:
        encrypt_plain_backups(path.parent, password)
    except (StorageError, OSError, *database_errors()):  # tried again at the next start
        log.warning("Plain backups could not be encrypted yet", exc_info=True)


def open_database(path: Path | str, *, read_only: bool | None = None) -> sqlite_utils.Database:
    """Connect and bring the schema up to date (refusing a newer schema).

    Before a migration changes an existing database, a backup is made beside it. A file
    the program may not write is opened for reading only (see ``connect``); then nothing is
    migrated or backed up, and a schema older than the program is refused.
    """
    path = Path(path)
    existed = path.exists()
    db = connect(path, read_only=read_only)
    _made_ready(db.conn, path, existed, lambda: _bring_up_to_date(db, path))
    return db


def open_connection(path: Path | str):
    """``open_database``'s database as a plain connection, ready in the same way, with the
    same refusals. When its schema is this program's, nothing more is done and sqlite-utils
    is not imported (the window's first paint needs only a few reads); otherwise this is
    ``open_database``. ``as_database`` gives the ``Database`` on it later."""
    path = Path(path)
    existed = path.exists()
    conn = _connection(path)

    def ready() -> None:
        if is_read_only(conn) or not _schema_is_current(conn):
            _bring_up_to_date(as_database(conn), path)
        else:
            _encrypt_plain_backups(path)

    _made_ready(conn, path, existed, ready)
    return conn


def _schema_is_current(conn) -> bool:
    """``True`` only when every migration this program knows has run, and none other:
    then ``_bring_up_to_date`` would change nothing. Anything else, or any doubt (a table
    not as expected, a read that fails), is ``False``: the full way decides.

    It reads what sqlite-utils' ``Migrations.applied`` reads, with the same statements, so
    a damaged page it would meet is met here too (and the full way names it)."""
    table = migrations.MIGRATIONS_TABLE
    try:
        tables = [row[0] for row in conn.execute(_TABLE_NAMES)]
        if table not in tables:
            return False
        cursor = conn.execute(
            f'select * from "{table}" where migration_set = ? order by rowid',
            [migrations.MIGRATION_SET],
        )
        column = [described[0] for described in cursor.description].index("name")
        applied = [row[column] for row in cursor]
    except (*database_errors(), UnicodeDecodeError, ValueError):
        return False
    return sorted(applied) == sorted(migrations.known_names())


_TABLE_NAMES = "select name from sqlite_master where type = 'table'"  # as sqlite-utils asks


def _bring_up_to_date(db: sqlite_utils.Database, path: Path) -> None:
    if is_read_only(db):
        _refuse_an_old_schema_read_only(db, path)
        return
    version = migrations.schema_version(db)
    if migrations.pending_names(db):
        if version > 0:
            _refuse_to_upgrade_a_damaged_file(db, path)
            _backup_before_upgrade(db, path, version)
        _upgrade(db)
    else:
        migrations.upgrade(db)  # only the check for a newer schema
    _encrypt_plain_backups(path)


def _made_ready(conn, path: Path, existed: bool, work) -> None:
    """``work()`` on a new connection; on failure the connection is closed, a file this
    opening created is removed, and the error is named (a database error: damage)."""
    errors = (*database_errors(), OSError, UnicodeDecodeError)
    try:
        work()
    except errors as error:
        conn.close()
        if not existed:
            _remove_created(path)
        named = classify_error(error, path)
        if type(named) is StorageError:  # an unexpected SQLite error here: a damaged file
            named = _damaged(path, error)
        raise named from error
    except BaseException:
        conn.close()
        if not existed:
            _remove_created(path)
        raise
