"""A database the program may not write is opened for reading: everything can be seen,
nothing is changed, and a write says in Danish that it was not saved.

Root may write any file, so the cases with a read-only file or folder run the program as
an ordinary user (uid 65534, with ``setpriv``); an ordinary user running the tests runs
them as itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from progressionsdialog.demo import create_demo_database
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.errors import ReadOnlyError
from progressionsdialog.storage import DB_FILENAME, open_database, session_key
from progressionsdialog.storage.citizens import add_citizen, list_citizens
from progressionsdialog.storage.database import is_read_only, read_only_reason

NOBODY = 65534
PASSWORD = "korrekt hest batteri"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class OtherUser:
    """Runs Python snippets as a user without root's right to write anything."""

    def __init__(self, shared: Path) -> None:
        self.shared = shared
        self.home = shared / "home"
        self.home.mkdir(mode=0o777)
        os.chmod(self.home, 0o777)
        if os.geteuid() == 0:
            self.prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
        else:
            self.prefix = []

    def run(self, code: str, *args: str, password: str | None = None) -> dict:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "XDG_DATA_HOME": str(self.home / "data"),
            "XDG_CONFIG_HOME": str(self.home / "config"),
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
        }
        if password is not None:
            env[session_key.ENV_VAR] = password
        program = textwrap.dedent(PRELUDE) + textwrap.dedent(code)
        done = subprocess.run(
            [*self.prefix, sys.executable, "-c", program, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=str(self.shared),
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout.strip().splitlines()[-1])


PRELUDE = """
import json, sys
from pathlib import Path
from progressionsdialog.storage import session_key
session_key.from_environment()
def report(**values):
    print(json.dumps(values, ensure_ascii=False))
def attempt(action):
    try:
        action()
    except Exception as error:
        return [type(error).__name__, str(error)]
    return None
"""


@pytest.fixture
def other_user():
    if os.name != "posix":
        pytest.skip("file permissions are tested on Linux")
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("root ignores file permissions, and setpriv (util-linux) is missing")
    shared = Path(tempfile.mkdtemp(prefix="skrivebeskyttet-", dir="/tmp"))
    os.chmod(shared, 0o777)
    user = OtherUser(shared)
    probe = subprocess.run(
        [*user.prefix, sys.executable, "-c", "import progressionsdialog, sqlcipher3"],
        capture_output=True,
        text=True,
        env={
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(user.home),
            "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
        },
        check=False,
    )
    try:
        if probe.returncode != 0:
            pytest.skip(f"the test's Python cannot run as uid {NOBODY}: {probe.stderr[-200:]}")
        yield user
    finally:
        for folder, dirs, _files in os.walk(shared):
            for name in dirs:
                os.chmod(Path(folder) / name, 0o777)
        shutil.rmtree(shared, ignore_errors=True)


def _demo_folder(user: OtherUser, name: str) -> Path:
    folder = user.shared / name
    folder.mkdir()
    os.chmod(folder, 0o777)
    create_demo_database(folder)
    return folder


READ_AND_TRY_TO_WRITE = """
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.storage import audit, open_database
from progressionsdialog.storage.citizens import add_citizen, get_citizen, list_citizens
from progressionsdialog.storage.database import is_read_only, read_only_reason
from progressionsdialog.storage.meetings import list_meetings
from progressionsdialog.storage.transaction import transaction

db = open_database(Path(sys.argv[1]))
citizens = list_citizens(db)
first = get_citizen(db, citizens[0].id)
meetings = list_meetings(db, first.id)

def view():
    with transaction(db):
        audit.record(db, "view", citizen_id=first.id, entity_id=first.id)

report(
    read_only=is_read_only(db),
    reason=read_only_reason(db),
    names=sorted(c.name for c in citizens),
    meetings=len(meetings),
    add=attempt(lambda: add_citizen(db, CitizenDraft(name="Ny Borger"))),
    audit=attempt(view),
)
db.close()
"""


def _assert_read_but_not_written(result: dict, names: list[str], why: str) -> None:
    assert result["read_only"] is True
    assert why in result["reason"]
    assert result["reason"].startswith("Databasen kan kun læses (")
    assert result["names"] == names
    refused = result["add"]
    assert refused[0] == "ReadOnlyError"
    assert refused[1].startswith("Databasen kan kun læses (")
    assert refused[1].endswith("Ændringen er ikke gemt.")
    assert "readonly" not in refused[1]
    assert result["audit"] is None  # a view is logged in the program's log, not refused


def _names(path: Path) -> list[str]:
    db = open_database(path)
    names = sorted(c.name for c in list_citizens(db))
    db.close()
    return names


def test_a_read_only_file_in_a_writable_folder(other_user):
    path = _demo_folder(other_user, "fil") / DB_FILENAME
    names = _names(path)
    os.chmod(path, 0o444)
    before = digest(path)
    result = other_user.run(READ_AND_TRY_TO_WRITE, str(path))
    _assert_read_but_not_written(result, names, "er skrivebeskyttet")
    assert result["meetings"] > 0
    assert digest(path) == before


def test_a_read_only_folder(other_user):
    folder = _demo_folder(other_user, "mappe")
    path = folder / DB_FILENAME
    names = _names(path)
    os.chmod(path, 0o444)
    os.chmod(folder, 0o555)
    before = digest(path)
    result = other_user.run(READ_AND_TRY_TO_WRITE, str(path))
    _assert_read_but_not_written(result, names, f"mappen {folder} er skrivebeskyttet")
    assert digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == [DB_FILENAME]


def test_list_and_check_in_a_read_only_folder(other_user):
    folder = _demo_folder(other_user, "kommandoer")
    db = open_database(folder / DB_FILENAME)
    names = [c.name for c in list_citizens(db, include_archived=False)]
    db.close()
    os.chmod(folder, 0o555)
    before = digest(folder / DB_FILENAME)
    result = other_user.run(
        """
        import contextlib, io
        from progressionsdialog.cli import main
        out = {}
        for command in ("list", "check"):
            text, errors = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(text), contextlib.redirect_stderr(errors):
                code = main([command, "--data-dir", sys.argv[1]])
            out[command] = [code, text.getvalue(), errors.getvalue()]
        report(**out)
        """,
        str(folder),
    )
    code, text, errors = result["list"]
    assert code == 0, errors
    assert {line.split("\t")[1] for line in text.splitlines()} == set(names)
    code, text, errors = result["check"]
    assert code == 0, errors
    assert "integrity_check: ok" in text
    assert digest(folder / DB_FILENAME) == before


def test_an_encrypted_database_in_a_read_only_folder(other_user):
    folder = other_user.shared / "krypteret"
    folder.mkdir()
    os.chmod(folder, 0o777)
    session_key.set_password(PASSWORD)
    try:
        db = open_database(folder / DB_FILENAME)
        add_citizen(db, CitizenDraft(name="Hemmelig Borger"))
        db.close()
    finally:
        session_key.set_password(None)
    os.chmod(folder, 0o555)
    before = digest(folder / DB_FILENAME)
    code = """
    from progressionsdialog.domain.citizen import CitizenDraft
    from progressionsdialog.storage import open_database
    from progressionsdialog.storage.citizens import add_citizen, list_citizens
    from progressionsdialog.storage.database import is_read_only
    def names():
        db = open_database(Path(sys.argv[1]))
        try:
            return [is_read_only(db), [c.name for c in list_citizens(db)],
                    attempt(lambda: add_citizen(db, CitizenDraft(name="Ny")))]
        finally:
            db.close()
    result = attempt(names)
    report(result=result if result else names())
    """
    result = other_user.run(code, str(folder / DB_FILENAME), password=PASSWORD)["result"]
    assert result[0] is True
    assert result[1] == ["Hemmelig Borger"]
    assert result[2][0] == "ReadOnlyError"
    wrong = other_user.run(code, str(folder / DB_FILENAME), password="forkert")["result"]
    assert wrong[0] == "WrongPasswordError"
    assert digest(folder / DB_FILENAME) == before


def _wal_left_behind(folder: Path, with_shm: bool) -> Path:
    """A database whose newest change is still in its -wal (as after a crash)."""
    source = folder.parent / (folder.name + "-kilde")
    source.mkdir()
    create_demo_database(source)
    path = source / DB_FILENAME
    db = open_database(path)
    db.execute("PRAGMA wal_autocheckpoint = 0")
    add_citizen(db, CitizenDraft(name="Kun I Wal"))
    folder.mkdir()
    for suffix in ("", "-wal", *(["-shm"] if with_shm else [])):
        shutil.copyfile(str(path) + suffix, str(folder / DB_FILENAME) + suffix)
    db.close()
    for copy in folder.iterdir():
        os.chmod(copy, 0o444)
    os.chmod(folder, 0o555)
    return folder / DB_FILENAME


LIST_NAMES = """
from progressionsdialog.storage import open_database
from progressionsdialog.storage.citizens import list_citizens
def names():
    db = open_database(Path(sys.argv[1]))
    try:
        return [c.name for c in list_citizens(db)]
    finally:
        db.close()
failed = attempt(names)
report(failed=failed, names=None if failed else names())
"""


def test_a_read_only_folder_with_the_newest_changes_in_the_wal(other_user):
    path = _wal_left_behind(other_user.shared / "wal-og-shm", with_shm=True)
    before = {p.name: digest(p) for p in path.parent.iterdir()}
    result = other_user.run(LIST_NAMES, str(path))
    assert result["failed"] is None
    assert "Kun I Wal" in result["names"]  # read from the WAL, not left out
    assert {p.name: digest(p) for p in path.parent.iterdir()} == before


def test_a_wal_that_cannot_be_read_is_not_silently_left_out(other_user):
    path = _wal_left_behind(other_user.shared / "kun-wal", with_shm=False)
    before = {p.name: digest(p) for p in path.parent.iterdir()}
    result = other_user.run(LIST_NAMES, str(path))
    kind, message = result["failed"]
    assert kind == "ReadOnlyError"
    assert f"{DB_FILENAME}-wal" in message
    assert "Kopiér hele mappen" in message
    assert {p.name: digest(p) for p in path.parent.iterdir()} == before


def test_an_older_schema_that_can_only_be_read_is_refused(other_user):
    folder = _demo_folder(other_user, "gammel")
    os.chmod(folder, 0o555)
    before = digest(folder / DB_FILENAME)
    result = other_user.run(
        """
        from progressionsdialog.storage import migrations, open_database
        step = migrations.migrations._Migration("m999_test_later", lambda db: None, True)
        migrations.migrations._migrations.append(step)
        report(failed=attempt(lambda: open_database(Path(sys.argv[1]))))
        """,
        str(folder / DB_FILENAME),
    )
    kind, message = result["failed"]
    assert kind == "ReadOnlyError"
    assert "ældre version" in message and "Intet er ændret" in message
    assert digest(folder / DB_FILENAME) == before


def test_no_new_database_in_a_read_only_folder(other_user):
    folder = other_user.shared / "tom"
    folder.mkdir()
    os.chmod(folder, 0o555)
    result = other_user.run(
        """
        from progressionsdialog.storage import open_database
        report(failed=attempt(lambda: open_database(Path(sys.argv[1]))))
        """,
        str(folder / DB_FILENAME),
    )
    kind, message = result["failed"]
    assert kind == "ReadOnlyError"
    assert "Vælg en mappe, du må skrive i" in message
    assert list(folder.iterdir()) == []


def test_opening_for_reading_only_on_request(demo_db, data_dir):
    path = data_dir / DB_FILENAME
    demo_db.close()
    before = digest(path)
    db = open_database(path, read_only=True)
    assert is_read_only(db)
    assert "kun læses" in read_only_reason(db)
    assert list_citizens(db)
    with pytest.raises(ReadOnlyError):
        add_citizen(db, CitizenDraft(name="Ny Borger"))
    db.close()
    assert digest(path) == before
    writable = open_database(path)
    assert not is_read_only(writable)
    assert read_only_reason(writable) == ""
    writable.close()


def test_a_look_at_a_read_only_file_leaves_nothing_behind(other_user):
    """No -wal or -shm is left that would stop the owner writing once the file is writable."""
    folder = other_user.shared / "eget"
    folder.mkdir()
    os.chmod(folder, 0o777)
    result = other_user.run(
        """
        import os
        from progressionsdialog.domain.citizen import CitizenDraft
        from progressionsdialog.storage import open_database
        from progressionsdialog.storage.citizens import add_citizen, list_citizens
        from progressionsdialog.storage.database import is_read_only
        path = Path(sys.argv[1])
        db = open_database(path)
        add_citizen(db, CitizenDraft(name="Første"))
        db.close()
        os.chmod(path, 0o444)
        db = open_database(path)
        looked = [is_read_only(db), len(list_citizens(db))]
        db.close()
        left = sorted(p.name for p in path.parent.iterdir())
        os.chmod(path, 0o644)
        db = open_database(path)
        again = attempt(lambda: add_citizen(db, CitizenDraft(name="Anden")))
        count = len(list_citizens(db))
        db.close()
        report(looked=looked, left=left, again=again, count=count)
        """,
        str(folder / DB_FILENAME),
    )
    assert result["looked"] == [True, 1]
    assert result["left"] == [DB_FILENAME]
    assert result["again"] is None
    assert result["count"] == 2


def test_the_window_may_start_on_a_data_folder_it_can_only_read(other_user):
    """``usable_data_dir``: a read-only folder with a database is usable, for reading."""
    with_db = _demo_folder(other_user, "data-med")
    os.chmod(with_db, 0o555)
    empty = other_user.shared / "data-uden"
    empty.mkdir()
    os.chmod(empty, 0o555)
    writable = other_user.shared / "data-skrivbar"
    writable.mkdir()
    os.chmod(writable, 0o777)
    result = other_user.run(
        """
        from progressionsdialog.paths import usable_data_dir
        out = {}
        for name in sys.argv[1:]:
            try:
                folder, can_write = usable_data_dir(Path(name))
                out[name] = [str(folder), can_write]
            except Exception as error:
                out[name] = [type(error).__name__, str(error)]
        report(**out)
        """,
        str(with_db),
        str(empty),
        str(writable),
    )
    assert result[str(with_db)] == [str(with_db), False]
    assert result[str(writable)] == [str(writable), True]
    kind, message = result[str(empty)]
    assert kind == "DataDirError"
    assert "Vælg en mappe, du må skrive i" in message
    assert "Permission denied" not in message
