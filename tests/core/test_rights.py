"""Access, erasure and retention, checked in the database file itself."""

from __future__ import annotations

import json
import os
from datetime import timedelta

import pytest

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.meeting import IndicatorScore
from progressionsdialog.errors import NotFoundError, StorageError, ValidationError
from progressionsdialog.storage import DB_FILENAME, open_database
from progressionsdialog.storage.audit import entries
from progressionsdialog.storage.citizens import add_citizen, get_citizen, list_citizens
from progressionsdialog.storage.database import integrity_check
from progressionsdialog.storage.meetings import add_meeting, save_score
from progressionsdialog.storage.rights import erase_citizen, export_citizen, inactive_citizens

NAME = "Ulrikke Slettesen"


@pytest.fixture
def ulrikke(db):
    citizen = add_citizen(db, CitizenDraft(name=NAME, phone="20 30 40 50"))
    meeting = add_meeting(db, citizen.id, clock.today() - timedelta(days=3))
    save_score(db, meeting, IndicatorScore("motivation", 4, 5, private_note="Hemmelig note"))
    return citizen


def test_export_has_everything_about_the_citizen(db, ulrikke, tmp_path):
    out = export_citizen(db, ulrikke.id, tmp_path / "u.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["citizens"][0]["name"] == NAME
    assert data["indicator_scores"][0]["private_note"] == "Hemmelig note"
    assert {e["action"] for e in data["audit_log"]} >= {"create"}
    assert entries(db, ulrikke.id)[-1].action == "export"
    if os.name == "posix":  # the citizen's data, readable by the user only
        assert out.stat().st_mode & 0o777 == 0o600


def test_erasure_needs_the_name_and_leaves_no_trace_but_the_id(data_dir, db, ulrikke):
    other = add_citizen(db, CitizenDraft(name="Bliver Her"))
    with pytest.raises(ValidationError, match="passer ikke"):
        erase_citizen(db, ulrikke.id, "Ulrikke")
    erase_citizen(db, ulrikke.id, NAME)
    with pytest.raises(NotFoundError):
        get_citizen(db, ulrikke.id)
    assert [c.name for c in list_citizens(db)] == ["Bliver Her"]
    for table in ("meetings", "indicator_scores"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert entries(db, ulrikke.id)[-1].action == "erase"  # pseudonymous id only
    assert integrity_check(db) == ["ok"]
    for suffix in ("", "-wal"):  # read while open: the WAL is there, as after a crash
        content = (data_dir / (DB_FILENAME + suffix)).read_bytes()
        assert NAME.encode() not in content and b"Hemmelig note" not in content
    db.close()
    content = (data_dir / DB_FILENAME).read_bytes()
    assert NAME.encode() not in content and b"Hemmelig note" not in content
    assert get_citizen(open_database(data_dir / DB_FILENAME), other.id).name == "Bliver Her"


def test_retention_lists_citizens_without_activity_for_five_years(db, ulrikke):
    assert inactive_citizens(db) == []
    later = clock.today() + timedelta(days=365 * 5 + 10)
    assert [i.name for i in inactive_citizens(db, today=later)] == [NAME]


def test_a_full_disk_keeps_the_old_data_and_says_so(db, ulrikke):
    meeting = add_meeting(db, ulrikke.id, clock.today())
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageError, match="ikke mere plads"):
        save_score(db, meeting, IndicatorScore("job_search", 3, 3, shared_note="x" * 9000))
    db.execute("PRAGMA max_page_count = 1073741823")
    assert integrity_check(db) == ["ok"]


def test_the_command_line_erases_only_with_yes(data_dir, db, ulrikke, cli, tmp_path):
    db.close()
    refused = cli("erase", "--citizen", str(ulrikke.id), "--data-dir", str(data_dir))
    assert refused.returncode == 2 and "--yes" in refused.stderr
    exported = cli(
        "export",
        "--citizen",
        str(ulrikke.id),
        "--out",
        str(tmp_path / "u.json"),
        "--data-dir",
        str(data_dir),
    )
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "u.json").exists() and (tmp_path / "u.pdf").exists()
    done = cli("erase", "--citizen", str(ulrikke.id), "--yes", "--data-dir", str(data_dir))
    assert done.returncode == 0
    assert NAME not in cli("list", "--data-dir", str(data_dir)).stdout
