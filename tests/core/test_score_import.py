"""Scores from a CSV file and from the command line: checked row by row, all or nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.importing.scores import ScoreImportError, import_scores
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.meetings import add_meeting, list_meetings, scores_for
from progressionsdialog.tools import load_tool

HEADER = "borger_id;dato;indikator;borger_score;medarbejder_score;talte_om\n"


@pytest.fixture
def citizen(db):
    return add_citizen(db, CitizenDraft(name="Bent", birth_or_cpr="01-01-1968"))


def write(tmp_path, text: str, encoding: str = "utf-8"):
    path = tmp_path / "scorer.csv"
    path.write_text(text, encoding=encoding)
    return path


def test_a_good_file_is_imported_into_meetings_by_date(db, citizen, tmp_path):
    rows = (
        f"{citizen.id};01-03-2026;motivation;4;5;Vil gerne i gang\n"
        f"{citizen.id};01-03-2026;job_search;;3;\n"
        f"{citizen.id};01-06-2026;motivation;6;6;\n"
    )
    assert import_scores(db, write(tmp_path, HEADER + rows), load_tool("halsnaes")).stored == 3
    meetings = list_meetings(db, citizen.id)
    assert [m.held_on for m in meetings] == [date(2026, 3, 1), date(2026, 6, 1)]
    first = scores_for(db, meetings[0].id)
    assert first["motivation"].shared_note == "Vil gerne i gang"
    assert first["job_search"].citizen_score is None


@pytest.mark.parametrize("bad", ["0", "11", "-1", "abc"])
def test_a_bad_score_anywhere_imports_nothing(db, citizen, tmp_path, bad):
    rows = f"{citizen.id};01-03-2026;motivation;4;5;\n{citizen.id};01-04-2026;motivation;{bad};5;\n"
    with pytest.raises(ScoreImportError) as caught:
        import_scores(db, write(tmp_path, HEADER + rows), load_tool("halsnaes"))
    assert "Linje 3: Scoren skal være et tal fra 1 til 10." in str(caught.value)
    assert "Intet er ændret" in str(caught.value)
    assert list_meetings(db, citizen.id) == []


def test_unknown_citizen_indicator_date_and_missing_column(db, citizen, tmp_path):
    future = (clock.today() + timedelta(days=500)).strftime("%d-%m-%Y")
    rows = (
        f"999;01-03-2026;motivation;4;5;\n"
        f"{citizen.id};01-03-2026;humør;4;5;\n"
        f"{citizen.id};31-02-2026;motivation;4;5;\n"
        f"{citizen.id};{future};motivation;4;5;\n"
    )
    tool = load_tool("halsnaes")
    with pytest.raises(ScoreImportError) as caught:
        import_scores(db, write(tmp_path, HEADER + rows), tool)
    text = str(caught.value)
    assert "Linje 3: ukendt indikator 'humør'" in text
    assert "Linje 4: 31-02-2026 er ikke en rigtig dato." in text
    with pytest.raises(ScoreImportError, match="kolonnen medarbejder_score mangler"):
        import_scores(db, write(tmp_path, "borger_id,dato,indikator,borger_score\n1,x,y,z\n"), tool)
    good_rows_but_bad_refs = (
        f"999;01-03-2026;motivation;4;5;\n{citizen.id};{future};motivation;4;5;\n"
    )
    with pytest.raises(ScoreImportError) as caught:
        import_scores(db, write(tmp_path, HEADER + good_rows_but_bad_refs), tool)
    assert "Linje 2: der er ingen borger med id 999." in str(caught.value)
    assert "Linje 3: Datoen ligger mere end et år ude i fremtiden." in str(caught.value)


def test_a_file_that_is_not_utf8(db, tmp_path):
    path = write(tmp_path, HEADER + "1;01-03-2026;motivation;4;5;Søren\n", encoding="latin-1")
    with pytest.raises(ScoreImportError, match="ikke UTF-8"):
        import_scores(db, path, load_tool("halsnaes"))


def test_the_command_line_refuses_bad_scores(db, citizen, data_dir, cli):
    run = cli
    meeting = add_meeting(db, citizen.id, clock.today())
    for bad in ("0", "11", "-1", "abc"):
        result = run(
            "score",
            "--meeting",
            str(meeting.id),
            "--indicator",
            "motivation",
            f"--citizen-score={bad}",
            "--data-dir",
            str(data_dir),
        )
        assert result.returncode == 2
        assert "Scoren skal være et tal fra 1 til 10." in result.stderr
    ok = run(
        "score",
        "--meeting",
        str(meeting.id),
        "--indicator",
        "motivation",
        "--citizen-score",
        "7",
        "--worker-score",
        "6",
        "--data-dir",
        str(data_dir),
    )
    assert ok.returncode == 0, ok.stderr
    stored = scores_for(db, meeting.id)["motivation"]
    assert (stored.citizen_score, stored.worker_score) == (7, 6)
    unknown = run(
        "score",
        "--meeting",
        str(meeting.id),
        "--indicator",
        "humør",
        "--worker-score",
        "5",
        "--data-dir",
        str(data_dir),
    )
    assert unknown.returncode == 2 and "Ukendt indikator" in unknown.stderr
