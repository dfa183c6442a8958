"""The team's numbers from pseudonymised files (issue 14): no name or CPR in the file, read
back byte by byte; a citizen in two workers' files counts once with a team key; every bad
file is refused whole with a Danish message."""

from __future__ import annotations

import json
from datetime import date

import pytest

from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.meeting import IndicatorScore
from progressionsdialog.statistics.team_file import (
    TeamFileError,
    export_team_file,
    load_team_files,
)
from progressionsdialog.storage import DB_FILENAME, open_database
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.meetings import add_meeting, save_score

TODAY = date(2026, 11, 25)
SHARED_CPR = "120394-1234"


def _laptop(folder, names_and_cprs):
    """One caseworker's database: citizens with two scored meetings each."""
    folder.mkdir()
    db = open_database(folder / DB_FILENAME)
    for name, cpr in names_and_cprs:
        citizen = add_citizen(db, CitizenDraft(name=name, birth_or_cpr=cpr, phone="20 30 40 50"))
        for held, score in ((date(2026, 1, 5), 3), (date(2026, 6, 5), 6)):
            meeting = add_meeting(db, citizen.id, held)
            save_score(
                db, meeting, IndicatorScore("motivation", score, score, shared_note="Hemmeligt")
            )
    return db


def test_the_export_holds_no_name_cpr_phone_or_note(tmp_path):
    db = _laptop(tmp_path / "a", [("Sabina Østergaard", SHARED_CPR), ("Bo Holm", "010180-1111")])
    out = tmp_path / "team.json"
    assert export_team_file(db, out, team_key="vores nøgle", today=TODAY) == 2
    db.close()
    raw = out.read_bytes()
    for secret in (
        "Sabina",
        "Østergaard",
        "Bo Holm",
        "1203941234",
        "120394",
        "20 30 40 50",
        "Hemmeligt",
    ):
        assert secret.encode() not in raw, secret
    person = json.loads(raw)["citizens"][0]
    assert person["birth_years"] == "1990-1994"
    assert person["scores"][0] == ["2026-01-05", "motivation", 3, 3]


def test_a_citizen_with_two_workers_counts_once_with_a_team_key(tmp_path):
    first = _laptop(tmp_path / "a", [("Sabina Østergaard", SHARED_CPR), ("Bo Holm", "010180-1111")])
    second = _laptop(tmp_path / "b", [("Sabina Ø.", SHARED_CPR), ("Lis Dam", "020285-2222")])
    files = [tmp_path / "a.json", tmp_path / "b.json"]
    export_team_file(first, files[0], team_key="k", today=date(2026, 11, 1))
    export_team_file(second, files[1], team_key="k", today=TODAY)
    pooled = load_team_files(files)
    assert (pooled.citizens, pooled.duplicates) == (3, 1)
    assert "tæller én gang" in pooled.notes[0]
    export_team_file(first, files[0], team_key=None, today=TODAY)  # no key: random
    assert load_team_files(files).citizens == 4
    first.close()
    second.close()


def test_the_same_file_twice_counts_once(tmp_path):
    db = _laptop(tmp_path / "a", [("Bo Holm", "010180-1111")])
    export_team_file(db, tmp_path / "a.json", team_key=None, today=TODAY)
    db.close()
    pooled = load_team_files([tmp_path / "a.json", tmp_path / "a.json"])
    assert (pooled.citizens, pooled.duplicates) == (1, 1)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("", "er tom"),
        ("hej med dig", "ikke en teamfil"),
        ('{"format": "noget andet", "version": 1}', "ikke en teamfil"),
        ('{"format": "progressionsdialog-team", "version": 99, "citizens": []}', "nyere version"),
        (
            '{"format": "progressionsdialog-team", "version": 1, "citizens": '
            '[{"pseudonym": "x", "name": "Bo Holm"}]}',
            "feltet 'name'",
        ),
        (
            '{"format": "progressionsdialog-team", "version": 1, "citizens": '
            '[{"pseudonym": "010180-1111"}]}',
            "et CPR-nummer",
        ),
    ],
    ids=["empty", "not-json", "other-format", "newer", "a-name", "a-cpr"],
)
def test_a_bad_file_is_refused_and_nothing_is_loaded(tmp_path, content, expected):
    good = tmp_path / "good.json"
    db = _laptop(tmp_path / "a", [("Bo Holm", "010180-1111")])
    export_team_file(db, good, team_key=None, today=TODAY)
    db.close()
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(TeamFileError, match=expected):
        load_team_files([good, bad])


def test_the_command_exports_and_loads(tmp_path, cli):
    db = _laptop(tmp_path / "a", [(f"Borger {n}", f"0101{80 + n:02d}-1111") for n in range(6)])
    db.close()
    out = tmp_path / "team.json"
    exported = cli(
        "statistik", "--eksport", str(out), "--teamnoegle", "k", "--data-dir", str(tmp_path / "a")
    )
    assert exported.returncode == 0, exported.stderr
    assert "6 borgere, uden navne" in exported.stdout
    loaded = cli("statistik", "--indlaes", str(out), str(out))
    assert loaded.returncode == 0, loaded.stderr
    assert "Teamets tal: 6 borgere fra 2 filer." in loaded.stdout
    assert "Borger 0" not in loaded.stdout
    refused = cli("statistik", "--indlaes", str(tmp_path / "mangler.json"))
    assert refused.returncode == 2 and "findes ikke" in refused.stderr
