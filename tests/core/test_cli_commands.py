"""Every command runs as a command (a real process), with the bad input it can get: a Danish
message, a non-zero exit, no traceback, and nothing changed (issue 17)."""

from __future__ import annotations

import hashlib

import pytest
from pypdf import PdfReader

from progressionsdialog.demo import create_demo_database
from progressionsdialog.storage import DB_FILENAME, open_database
from progressionsdialog.storage.citizens import count_citizens, list_citizens
from progressionsdialog.storage.projects import list_projects


@pytest.fixture
def demo_dir(data_dir):
    create_demo_database(data_dir)
    return data_dir


@pytest.fixture
def louise(demo_dir):
    db = open_database(demo_dir / DB_FILENAME)
    found = next(c for c in list_citizens(db) if c.name.startswith("Louise"))
    db.close()
    return found


def _digest(data_dir) -> str:
    return hashlib.sha256((data_dir / DB_FILENAME).read_bytes()).hexdigest()


def _refused(result, expected: str) -> None:
    assert result.returncode != 0, result.stdout
    assert expected in result.stderr
    assert "Traceback" not in result.stderr and "Error" not in result.stderr


def test_meetings_lists_dates_and_scores(demo_dir, louise, cli):
    result = cli("meetings", "--citizen", str(louise.id), "--data-dir", str(demo_dir))
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0].split("\t")
    assert first[1].count("-") == 2 and len(first[1]) == 10  # dd-mm-åååå
    assert any(cell.startswith("motivation=") for cell in first)
    _refused(cli("meetings", "--citizen", "999", "--data-dir", str(demo_dir)), "findes ikke")


def test_retention_says_when_nobody_is_inactive(demo_dir, cli):
    result = cli("retention", "--data-dir", str(demo_dir))
    assert result.returncode == 0
    assert result.stdout == ""
    assert "Ingen borgere" in result.stderr


def test_pdf_writes_a_readable_plan(demo_dir, louise, tmp_path, cli):
    out = tmp_path / "plan.pdf"
    result = cli(
        "pdf", "--citizen", str(louise.id), "--kind", "plan", "--out", str(out),
        "--data-dir", str(demo_dir),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Louise" in text


@pytest.mark.parametrize(
    ("out", "expected"),
    [("missing/plan.pdf", "findes ikke"), (".", "er en mappe")],
    ids=["missing-folder", "a-folder"],
)
def test_pdf_and_export_refuse_a_bad_place(demo_dir, louise, tmp_path, cli, out, expected):
    before = _digest(demo_dir)
    target = str(tmp_path / out)
    for args in (
        ("pdf", "--kind", "handover", "--out", target),
        ("export", "--out", target),
        ("backup", "--out", target),
    ):
        citizen = () if args[0] == "backup" else ("--citizen", str(louise.id))
        _refused(cli(*args, *citizen, "--data-dir", str(demo_dir)), expected)
    assert _digest(demo_dir) == before
    assert not (tmp_path / "missing").exists()


def test_pdf_for_an_unknown_citizen(demo_dir, tmp_path, cli):
    out = tmp_path / "x.pdf"
    result = cli(
        "pdf", "--citizen", "999", "--kind", "plan", "--out", str(out), "--data-dir", str(demo_dir)
    )
    _refused(result, "findes ikke")
    assert not out.exists()


def test_export_writes_json_and_pdf(demo_dir, louise, tmp_path, cli):
    out = tmp_path / "louise.json"
    result = cli(
        "export", "--citizen", str(louise.id), "--out", str(out), "--data-dir", str(demo_dir)
    )
    assert result.returncode == 0, result.stderr
    assert "Louise" in out.read_text(encoding="utf-8")
    assert out.with_suffix(".pdf").stat().st_size > 1000


def test_erase_needs_yes_and_a_real_citizen(demo_dir, louise, cli):
    before = _digest(demo_dir)
    _refused(cli("erase", "--citizen", str(louise.id), "--data-dir", str(demo_dir)), "--yes")
    _refused(cli("erase", "--citizen", "999", "--yes", "--data-dir", str(demo_dir)), "findes ikke")
    assert _digest(demo_dir) == before
    erased = cli("erase", "--citizen", str(louise.id), "--yes", "--data-dir", str(demo_dir))
    assert erased.returncode == 0, erased.stderr
    db = open_database(demo_dir / DB_FILENAME)
    assert not any(c.name.startswith("Louise") for c in list_citizens(db))
    db.close()


def test_demo_refuses_to_replace_real_citizens(demo_dir, cli):
    before = _digest(demo_dir)
    _refused(cli("demo", "--data-dir", str(demo_dir)), "allerede en database")
    assert _digest(demo_dir) == before
    assert cli("demo", "--force", "--data-dir", str(demo_dir)).returncode == 0
    from progressionsdialog.demo_project import COHORT

    db = open_database(demo_dir / DB_FILENAME)
    assert count_citizens(db) == 7 + 2 * COHORT  # the five cases, two more, the project
    assert [p.name for p in list_projects(db)] == ["JobStart"]
    db.close()


def test_pdf_prints_the_plan_in_english_with_sprog_en(demo_dir, louise, tmp_path, cli):
    out = tmp_path / "plan.pdf"
    result = cli(
        "pdf", "--citizen", str(louise.id), "--kind", "plan", "--sprog", "en", "--out", str(out),
        "--data-dir", str(demo_dir),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "PDF gemt" in result.stdout  # the command line itself stays Danish
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Your plan" in text and "Page 1 of" in text and "Din plan" not in text
    refused = cli(
        "pdf", "--citizen", str(louise.id), "--kind", "handover", "--sprog", "en",
        "--out", str(out), "--data-dir", str(demo_dir),
    )  # fmt: skip
    _refused(refused, "--sprog hører kun til")
