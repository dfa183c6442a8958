"""Encryption at rest with SQLCipher: nothing readable in the file, its WAL or a backup."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.life_wheel import LifeWheel
from progressionsdialog.domain.meeting import IndicatorScore
from progressionsdialog.domain.plan import Goal, Step
from progressionsdialog.errors import NotADatabaseError
from progressionsdialog.storage import DB_FILENAME, connect, open_database, session_key
from progressionsdialog.storage.backup import backup_to, check_backup
from progressionsdialog.storage.citizens import add_citizen, list_citizens, update_citizen
from progressionsdialog.storage.database import (
    WrongPasswordError,
    change_password,
    integrity_errors,
    is_plain,
)
from progressionsdialog.storage.goals import save_goal
from progressionsdialog.storage.life_wheels import save_wheel
from progressionsdialog.storage.meetings import add_meeting, save_score
from progressionsdialog.storage.steps import save_step

SECRET_NAME = "Zacharias Hemmeligsen"


@pytest.fixture
def password():
    session_key.set_password("korrekt hest batteri")
    yield "korrekt hest batteri"
    session_key.set_password(None)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_nothing_typed_can_be_found_in_the_file_its_wal_or_a_backup(data_dir, password, tmp_path):
    path = data_dir / DB_FILENAME
    db = open_database(path)
    citizen = add_citizen(db, CitizenDraft(name=SECRET_NAME, phone="20 30 40 50"))
    meeting = add_meeting(db, citizen.id, clock.today())
    save_score(db, meeting, IndicatorScore("motivation", 4, 5, private_note="Misbrug af hash"))
    backup = backup_to(db, tmp_path / "kopi.db")
    wal = data_dir / (DB_FILENAME + "-wal")
    files = [path, backup] + ([wal] if wal.exists() else [])
    for file in files:
        data = file.read_bytes()
        assert SECRET_NAME.encode() not in data and b"Hemmeligsen" not in data
        assert b"Misbrug" not in data
    assert not is_plain(path) and not is_plain(backup)
    check_backup(backup)  # readable with the session's password
    db.close()


def test_a_wrong_password_three_times_never_damages_the_file(data_dir, password):
    path = data_dir / DB_FILENAME
    db = open_database(path)
    add_citizen(db, CitizenDraft(name=SECRET_NAME))
    db.close()
    before = digest(path)
    for attempt in ("forkert", "Korrekt hest batteri", "korrekt hest batteri "):
        session_key.set_password(attempt)
        with pytest.raises(WrongPasswordError, match="passer ikke"):
            open_database(path)
        assert digest(path) == before
    session_key.set_password(password)
    assert [c.name for c in list_citizens(open_database(path))] == [SECRET_NAME]


def test_a_plain_database_is_encrypted_on_first_start_with_a_password(data_dir):
    path = data_dir / DB_FILENAME
    db = open_database(path)
    add_citizen(db, CitizenDraft(name="Fra før krypteringen"))
    db.close()
    assert is_plain(path)
    session_key.set_password("ny kode")
    try:
        db = open_database(path)
        assert [c.name for c in list_citizens(db)] == ["Fra før krypteringen"]
        db.close()
        assert not is_plain(path)
        assert b"krypteringen" not in path.read_bytes()
    finally:
        session_key.set_password(None)
    with pytest.raises(NotADatabaseError, match="uden adgangskode"):
        open_database(path)


def test_the_password_can_be_changed(data_dir, password):
    path = data_dir / DB_FILENAME
    db = open_database(path)
    add_citizen(db, CitizenDraft(name="Skift"))
    change_password(db, "en helt ny kode")
    db.close()
    session_key.set_password(password)
    with pytest.raises(WrongPasswordError):
        open_database(path)
    session_key.set_password("en helt ny kode")
    assert len(list_citizens(open_database(path))) == 1


def test_every_write_path_works_encrypted(data_dir, password):
    db = open_database(data_dir / DB_FILENAME)
    citizen = add_citizen(db, CitizenDraft(name="Alle veje", birth_or_cpr="01-01-1980"))
    update_citizen(db, citizen.id, CitizenDraft(name="Alle veje 2"))
    meeting = add_meeting(db, citizen.id, clock.today())
    save_score(db, meeting, IndicatorScore("motivation", 3, 4))
    save_wheel(db, meeting.id, LifeWheel.from_names(["Familie", "Job", "Helbred"]))
    goal = save_goal(db, Goal(None, citizen.id, citizen_wording="Job"))
    save_step(db, Step(None, citizen.id, "Ring", goal_id=goal.id))
    with pytest.raises(integrity_errors()):
        db.execute("DELETE FROM audit_log")  # append-only, encrypted or not
    db.close()
    from progressionsdialog.storage.citizens import get_citizen
    from progressionsdialog.storage.goals import list_goals
    from progressionsdialog.storage.life_wheels import get_wheel
    from progressionsdialog.storage.meetings import scores_for
    from progressionsdialog.storage.steps import list_steps

    db = open_database(data_dir / DB_FILENAME)  # a new connection reads every write back
    try:
        assert get_citizen(db, citizen.id).name == "Alle veje 2"
        score = scores_for(db, meeting.id)["motivation"]
        assert (score.citizen_score, score.worker_score) == (3, 4)
        assert [a.name for a in get_wheel(db, meeting.id).areas] == ["Familie", "Job", "Helbred"]
        assert [g.citizen_wording for g in list_goals(db, citizen.id)] == ["Job"]
        assert [s.what for s in list_steps(db, citizen.id)] == ["Ring"]
    finally:
        db.close()
    assert b"Alle veje" not in (data_dir / DB_FILENAME).read_bytes()


def test_the_command_line_reads_the_password_from_the_environment(data_dir, password, cli):
    db = open_database(data_dir / DB_FILENAME)
    add_citizen(db, CitizenDraft(name=SECRET_NAME))
    db.close()
    without = cli("list", "--data-dir", str(data_dir))
    assert without.returncode == 2 and "adgangskode" in without.stderr
    import os

    os.environ[session_key.ENV_VAR] = password
    try:
        with_password = cli("list", "--data-dir", str(data_dir))
    finally:
        del os.environ[session_key.ENV_VAR]
    assert SECRET_NAME in with_password.stdout


def test_backups_made_before_the_password_are_encrypted_too(data_dir, tmp_path):
    """Nothing in the whole data folder holds a citizen's name once a password is set."""
    import os
    import shutil

    from progressionsdialog.demo import create_demo_database
    from progressionsdialog.storage.backup import (
        BACKUP_DIR,
        daily_backup,
        encrypt_plain_backups,
        list_backups,
    )

    db = open_database(create_demo_database(data_dir))
    citizen_names = [c.name for c in list_citizens(db)]
    daily_backup(db, data_dir, today="2026-11-01")
    backup_to(db, data_dir / BACKUP_DIR / "før-opdatering-v1.db")
    db.close()
    folder = data_dir / BACKUP_DIR
    stray = folder / "dagligt-2026-11-02.db.part"  # a copy cut off by a crash
    shutil.copyfile(folder / "dagligt-2026-11-01.db", stray)
    os.utime(stray, (1_700_000_000, 1_700_000_000))
    os.utime(folder / "før-opdatering-v1.db", (1_600_000_000, 1_600_000_000))
    order = [p.name for p in list_backups(data_dir)]
    session_key.set_password("ny kode")
    try:
        open_database(data_dir / DB_FILENAME).close()  # the first open encrypts them
        assert encrypt_plain_backups(data_dir, "ny kode") == 0  # nothing left to do
        for root, _, files in os.walk(data_dir):
            for name in files:
                content = (Path(root) / name).read_bytes()
                for citizen in citizen_names:
                    assert citizen.encode() not in content, (name, citizen)
        assert not stray.exists()
        assert [p.name for p in list_backups(data_dir)] == order  # dates kept
        for backup in list_backups(data_dir):
            assert not is_plain(backup)
            check_backup(backup)
            copy = connect(backup)
            assert sorted(c.name for c in list_citizens(copy)) == sorted(citizen_names)
            copy.close()
    finally:
        session_key.set_password(None)
