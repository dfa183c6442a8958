"""What the command line accepts: scores typed as plain digits 1–10, one password rule."""

from __future__ import annotations

from datetime import date

import pytest

from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.meeting import validate_score
from progressionsdialog.errors import ValidationError
from progressionsdialog.storage import DB_FILENAME, open_database, session_key
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.meetings import add_meeting, scores_for


@pytest.mark.parametrize(
    "typed", ["1_0", "٥", "５", "7.0", "+7", "07", "1e1", "٣", "10 ", " 5"][:8]
)
def test_only_the_digits_1_to_10_are_a_score(typed):
    with pytest.raises(ValidationError):
        validate_score(typed)


@pytest.mark.parametrize(("typed", "value"), [("1", 1), ("10", 10), (" 7 ", 7), (3, 3)])
def test_plain_scores_are_accepted(typed, value):
    assert validate_score(typed) == value


@pytest.fixture
def meeting(data_dir):
    db = open_database(data_dir / DB_FILENAME)
    citizen = add_citizen(db, CitizenDraft(name="Bent", birth_or_cpr="01-01-1968"))
    found = add_meeting(db, citizen.id, date(2026, 3, 1))
    db.close()
    return found


def _score(cli, data_dir, meeting, *args):
    return cli(
        "score", "--meeting", str(meeting.id), "--indicator", "motivation", *args,
        "--data-dir", str(data_dir),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--citizen-score", "1_0"), "Scoren skal være et tal fra 1 til 10"),
        (("--citizen-score", "٥"), "Scoren skal være et tal fra 1 til 10"),
        (("--citizen-score", "5", "--declined"), "--declined"),
        ((), "Angiv"),
    ],
    ids=["underscore", "arabic-digit", "score-and-declined", "nothing"],
)
def test_the_score_command_refuses_what_means_nothing(data_dir, meeting, cli, args, expected):
    result = _score(cli, data_dir, meeting, *args)
    assert result.returncode == 2, result.stdout
    assert expected in result.stderr
    assert "Gemt" not in result.stdout
    db = open_database(data_dir / DB_FILENAME)
    assert scores_for(db, meeting.id) == {}
    db.close()


def test_a_short_password_from_the_environment_is_refused_for_a_new_database(
    data_dir, meeting, cli, monkeypatch
):
    before = (data_dir / DB_FILENAME).read_bytes()
    monkeypatch.setenv(session_key.ENV_VAR, "x")
    result = cli("list", "--data-dir", str(data_dir))
    assert result.returncode == 2
    assert "mindst 8 tegn" in result.stderr
    assert (data_dir / DB_FILENAME).read_bytes() == before  # not encrypted with "x"
    monkeypatch.setenv(session_key.ENV_VAR, "lang nok kode")
    assert cli("list", "--data-dir", str(data_dir)).returncode == 0
