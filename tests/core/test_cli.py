"""The command line, run as a real process the way a user or a script runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.storage import DB_FILENAME, open_database
from progressionsdialog.storage.citizens import add_citizen, archive_citizen


@pytest.fixture
def filled(data_dir: Path) -> Path:
    db = open_database(data_dir / DB_FILENAME)
    add_citizen(db, CitizenDraft(name="Øster Ågård"))
    add_citizen(db, CitizenDraft(name="Anna Berg"))
    add_citizen(db, CitizenDraft(name="أمينة حسن"))
    archived = add_citizen(db, CitizenDraft(name="Bo Arkiv"))
    archive_citizen(db, archived.id)
    db.close()
    return data_dir


def test_list_prints_tab_separated_ids_and_names_in_danish_order(filled, cli):
    result = cli("list", "--data-dir", str(filled))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split("\t")[1] for line in lines] == ["Anna Berg", "Øster Ågård", "أمينة حسن"]
    assert all(line.split("\t")[0].isdigit() for line in lines)
    with_archived = cli("list", "--archived", "--data-dir", str(filled)).stdout
    assert "Bo Arkiv" in with_archived


def test_check_reports_integrity_and_schema_version(filled, cli):
    result = cli("check", "--data-dir", str(filled))
    assert result.returncode == 0
    assert "integrity_check: ok" in result.stdout
    from progressionsdialog.storage.migrations import known_names

    latest = len(known_names())
    assert f"schema_version: {latest} af {latest}" in result.stdout


def test_not_a_database_gives_a_danish_message_and_no_traceback(data_dir, cli):
    (data_dir / DB_FILENAME).write_bytes(b"PK\x03\x04 this is a zip file" * 50)
    result = cli("check", "--data-dir", str(data_dir))
    assert result.returncode == 1  # check names the problem; the file is not touched
    assert "ikke en database" in result.stdout
    assert "Traceback" not in result.stderr
    listed = cli("list", "--data-dir", str(data_dir))
    assert listed.returncode == 2
    assert "ikke en database" in listed.stderr and "Traceback" not in listed.stderr


def test_missing_database_is_said_plainly(tmp_path, cli):
    result = cli("list", "--data-dir", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert "ingen database" in result.stderr


def test_smoke_starts_the_window_and_prints_ready(data_dir, cli):
    result = cli("--smoke", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ready"
    assert (data_dir / DB_FILENAME).exists()


def test_smoke_on_demo_creates_the_demo_database(tmp_path, cli):
    result = cli("--demo", "--smoke", "--data-dir", str(tmp_path / "demo"))
    assert result.returncode == 0, result.stderr
    listed = cli("list", "--data-dir", str(tmp_path / "demo")).stdout
    assert len(listed.splitlines()) >= 5


def test_smoke_with_an_unwritable_data_dir_fails_cleanly(tmp_path, cli):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = cli("--smoke", "--data-dir", str(blocker / "data"))
    assert result.returncode == 2
    assert "kan ikke gemme" in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_command_refuses_to_overwrite_real_data(filled, cli):
    before = (filled / DB_FILENAME).read_bytes()
    result = cli("demo", "--data-dir", str(filled))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert (filled / DB_FILENAME).read_bytes() == before


def test_headless_module_explains_the_window_is_elsewhere():
    result = subprocess.run(
        [sys.executable, "-m", "progressionsdialog"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert "--help" in result.stderr
