"""The score import never overwrites what is there without being asked, and never crashes.

Issue 15, items 1 and 8: an import once replaced an existing score and wiped the worker's
score and the notes, duplicate rows silently overwrote each other, and odd files gave raw
``_csv.Error`` tracebacks.
"""

from __future__ import annotations

from datetime import date

import pytest

from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.meeting import IndicatorScore
from progressionsdialog.importing.scores import ScoreImportError, import_scores
from progressionsdialog.storage import DB_FILENAME, open_database
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.meetings import add_meeting, list_meetings, save_score, scores_for
from progressionsdialog.tools import load_tool

HEADER = "borger_id;dato;indikator;borger_score;medarbejder_score;talte_om\n"


@pytest.fixture
def tool():
    return load_tool("halsnaes")


@pytest.fixture
def scored(db):
    """A citizen with a meeting on 01-03-2026 whose motivation is fully filled in."""
    citizen = add_citizen(db, CitizenDraft(name="Bent", birth_or_cpr="01-01-1968"))
    meeting = add_meeting(db, citizen.id, date(2026, 3, 1))
    save_score(
        db,
        meeting,
        IndicatorScore("motivation", 4, 5, shared_note="Vil gerne", private_note="Privat"),
    )
    return citizen, meeting


def write(tmp_path, text: str):
    path = tmp_path / "scorer.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_row_that_would_change_an_existing_score_is_refused_with_old_and_new(
    db, scored, tmp_path, tool
):
    citizen, meeting = scored
    rows = f"{citizen.id};01-03-2026;motivation;6;;\n{citizen.id};01-03-2026;job_search;3;3;\n"
    with pytest.raises(ScoreImportError) as caught:
        import_scores(db, write(tmp_path, HEADER + rows), tool)
    text = str(caught.value)
    assert "Linje 2" in text and "4 → 6" in text and "--erstat" in text
    assert "Intet er ændret" in text
    kept = scores_for(db, meeting.id)
    assert kept["motivation"] == IndicatorScore("motivation", 4, 5, False, "Vil gerne", "Privat")
    assert "job_search" not in kept  # all or nothing


def test_replace_changes_scores_only_and_never_the_notes(db, scored, tmp_path, tool):
    citizen, meeting = scored
    rows = f"{citizen.id};01-03-2026;motivation;6;;Ny tekst\n"
    result = import_scores(db, write(tmp_path, HEADER + rows), tool, replace=True)
    assert (result.added, result.replaced) == (0, 1)
    kept = scores_for(db, meeting.id)["motivation"]
    assert kept == IndicatorScore("motivation", 6, 5, False, "Vil gerne", "Privat")
    assert result.notes_kept == 1


def test_an_identical_row_is_not_counted_as_stored(db, scored, tmp_path, tool):
    citizen, _ = scored
    rows = f"{citizen.id};01-03-2026;motivation;4;5;\n{citizen.id};01-03-2026;job_search;2;;\n"
    result = import_scores(db, write(tmp_path, HEADER + rows), tool)
    assert (result.added, result.replaced, result.unchanged) == (1, 0, 1)
    assert result.stored == 1


def test_an_empty_note_in_the_file_fills_an_empty_note_only(db, tmp_path, tool):
    citizen = add_citizen(db, CitizenDraft(name="Lis", birth_or_cpr="01-01-1980"))
    meeting = add_meeting(db, citizen.id, date(2026, 3, 1))
    save_score(db, meeting, IndicatorScore("motivation", 4, None))
    rows = f"{citizen.id};01-03-2026;motivation;4;6;Talte om praktik\n"
    result = import_scores(db, write(tmp_path, HEADER + rows), tool)
    assert result.stored == 1
    assert scores_for(db, meeting.id)["motivation"] == IndicatorScore(
        "motivation", 4, 6, False, "Talte om praktik", ""
    )


def test_duplicate_rows_in_one_file_are_refused(db, scored, tmp_path, tool):
    citizen, _ = scored
    rows = (
        f"{citizen.id};01-05-2026;motivation;6;;\n"
        f"{citizen.id};01-05-2026;job_search;6;;\n"
        f"{citizen.id};1-5-2026;motivation;7;;\n"
    )
    with pytest.raises(ScoreImportError) as caught:
        import_scores(db, write(tmp_path, HEADER + rows), tool)
    assert "Linje 4" in str(caught.value) and "linje 2" in str(caught.value)
    assert len(list_meetings(db, citizen.id)) == 1


def test_the_count_is_the_count_stored_for_a_large_file(db, tmp_path, tool):
    citizens = [
        add_citizen(db, CitizenDraft(name=f"Borger {n}", birth_or_cpr="01-01-1970"))
        for n in range(10)
    ]
    keys = [i.key for i in tool.indicators]
    lines = [
        f"{c.id};{day:02d}-{month:02d}-2025;{key};{1 + (day % 10)};;"
        for c in citizens
        for month in range(1, 13)
        for day in range(1, 29, 3)
        for key in keys
    ]
    result = import_scores(db, write(tmp_path, HEADER + "\n".join(lines) + "\n"), tool)
    stored = db.execute("SELECT count(*) FROM indicator_scores").fetchone()[0]
    assert result.stored == stored == len(lines)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("", "Filen er tom"),
        ("\n\n\n", "Filen er tom"),
        ("borger_id dato indikator\n1 2 3\n", "skilletegn"),
        (HEADER + "\n\n", "ingen rækker"),
        (HEADER + "1;01-03-2026;motivation;4;5;" + "x" * 140_000 + "\n", "Linje 2"),
        (HEADER + '1;01-03-2026;motivation;4;5;"ikke lukket\n', "Linje 2"),
    ],
    ids=["empty", "blank-lines", "no-delimiter", "header-only", "huge-field", "open-quote"],
)
def test_odd_files_get_a_danish_message_not_a_traceback(db, tmp_path, tool, content, expected):
    with pytest.raises(ScoreImportError) as caught:
        import_scores(db, write(tmp_path, content), tool)
    assert expected in str(caught.value)
    assert "Intet er ændret" in str(caught.value)


def test_blank_lines_between_rows_are_skipped(db, tmp_path, tool):
    citizen = add_citizen(db, CitizenDraft(name="Lis", birth_or_cpr="01-01-1980"))
    rows = f"\n{HEADER}\n{citizen.id};01-03-2026;motivation;4;5;\n\n"
    assert import_scores(db, write(tmp_path, rows), tool).stored == 1


def _cli_import(cli, data_dir, path, *extra):
    return cli("import-scores", str(path), "--data-dir", str(data_dir), *extra)


def test_the_command_refuses_an_overwrite_and_replaces_when_asked(data_dir, tmp_path, cli):
    db = open_database(data_dir / DB_FILENAME)
    citizen = add_citizen(db, CitizenDraft(name="Bent", birth_or_cpr="01-01-1968"))
    meeting = add_meeting(db, citizen.id, date(2026, 3, 1))
    save_score(db, meeting, IndicatorScore("motivation", 4, 5, False, "Vil gerne", "Privat"))
    db.close()
    path = write(tmp_path, HEADER + f"{citizen.id};01-03-2026;motivation;6;;\n")
    refused = _cli_import(cli, data_dir, path)
    assert refused.returncode == 2
    assert "4 → 6" in refused.stderr and "Traceback" not in refused.stderr
    replaced = _cli_import(cli, data_dir, path, "--erstat")
    assert replaced.returncode == 0, replaced.stderr
    assert "1 score er gemt" in replaced.stdout
    db = open_database(data_dir / DB_FILENAME)
    assert scores_for(db, meeting.id)["motivation"] == IndicatorScore(
        "motivation", 6, 5, False, "Vil gerne", "Privat"
    )
    db.close()


@pytest.mark.parametrize("content", ["", "a b c\n", HEADER + "1;1;motivation;4;5;" + "x" * 140_000])
def test_the_command_on_odd_files_says_what_is_wrong(data_dir, tmp_path, cli, content):
    open_database(data_dir / DB_FILENAME).close()
    result = _cli_import(cli, data_dir, write(tmp_path, content))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "Error" not in result.stderr
    assert "Intet er ændret" in result.stderr
