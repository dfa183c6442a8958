"""One writer at a time: every command that writes takes the window's lock (issue 15, item 2).

A command that ran beside an open window once had its scores overwritten by the window's
stale copy, and ``erase`` left the window failing with a raw foreign-key error.
"""

from __future__ import annotations

from datetime import date

import pytest

from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.meeting import IndicatorScore
from progressionsdialog.storage import DB_FILENAME, open_database
from progressionsdialog.storage.citizens import add_citizen, list_citizens
from progressionsdialog.storage.instance_lock import DatabaseInUseError, InstanceLock
from progressionsdialog.storage.meetings import add_meeting, save_score, scores_for

HEADER = "borger_id;dato;indikator;borger_score;medarbejder_score;talte_om\n"


@pytest.fixture
def filled(data_dir):
    db = open_database(data_dir / DB_FILENAME)
    citizen = add_citizen(db, CitizenDraft(name="Bent Hansen", birth_or_cpr="01-01-1968"))
    meeting = add_meeting(db, citizen.id, date(2026, 3, 1))
    save_score(db, meeting, IndicatorScore("motivation", 4, 5))
    db.close()
    return citizen, meeting


def _file_bytes(data_dir):
    return (data_dir / DB_FILENAME).read_bytes()


def test_a_second_lock_names_the_holder(data_dir):
    with (
        InstanceLock(data_dir, holder="kommandoen 'score'"),
        pytest.raises(DatabaseInUseError) as caught,
    ):
        InstanceLock(data_dir).acquire()
    assert "kommandoen 'score'" in str(caught.value)
    assert "Intet er ændret" in str(caught.value)
    InstanceLock(data_dir).acquire().release()  # released with the first


@pytest.mark.parametrize(
    "command",
    [
        ("score", "--meeting", "{meeting}", "--indicator", "motivation", "--citizen-score", "9"),
        ("import-scores", "{csv}"),
        ("erase", "--citizen", "{citizen}", "--yes"),
        ("restore", "{backup}"),
        ("demo", "--force"),
        ("pdf", "--citizen", "{citizen}", "--kind", "plan", "--out", "{pdf}"),
    ],
    ids=lambda c: c[0],
)
def test_every_writing_command_is_refused_while_the_window_has_the_database(
    data_dir, filled, tmp_path, cli, command
):
    citizen, meeting = filled
    csv_file = tmp_path / "s.csv"
    csv_file.write_text(HEADER + f"{citizen.id};01-04-2026;motivation;6;;\n", encoding="utf-8")
    backup = tmp_path / "kopi.db"
    db = open_database(data_dir / DB_FILENAME)
    from progressionsdialog.storage.backup import backup_to

    backup_to(db, backup)
    db.close()
    values = {
        "meeting": str(meeting.id),
        "citizen": str(citizen.id),
        "csv": str(csv_file),
        "backup": str(backup),
        "pdf": str(tmp_path / "plan.pdf"),
    }
    args = [part.format(**values) for part in command]
    before = _file_bytes(data_dir)
    with InstanceLock(data_dir):  # the window's lock
        result = cli(*args, "--data-dir", str(data_dir))
    assert result.returncode == 2, result.stdout
    assert "Progressionsdialog-vinduet" in result.stderr
    assert "Traceback" not in result.stderr
    assert _file_bytes(data_dir) == before
    assert not (tmp_path / "plan.pdf").exists()
    db = open_database(data_dir / DB_FILENAME)
    assert [c.name for c in list_citizens(db)] == ["Bent Hansen"]
    assert scores_for(db, meeting.id)["motivation"].citizen_score == 4
    db.close()


def test_readers_work_beside_the_window(data_dir, filled, cli):
    with InstanceLock(data_dir):
        listed = cli("list", "--data-dir", str(data_dir))
        checked = cli("check", "--data-dir", str(data_dir))
    assert listed.returncode == 0 and "Bent Hansen" in listed.stdout
    assert checked.returncode == 0


def test_the_window_is_refused_while_a_command_writes(data_dir, filled):
    from progressionsdialog.cli import StartOptions

    pytest.importorskip("PySide6")
    from ui.app import open_workspace

    with (
        InstanceLock(data_dir, holder="kommandoen 'import-scores'"),
        pytest.raises(DatabaseInUseError, match="kommandoen 'import-scores'"),
    ):
        open_workspace(StartOptions(data_dir))
