"""Blank sheets to fill in at home: an empty life wheel and the HHH questions, read back."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from pypdf import PdfReader

from progressionsdialog.errors import ValidationError
from progressionsdialog.reports.blank_sheets import TEXTS, build_blank_sheets
from progressionsdialog.reports.readability import check_plan


def text_of(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def drawn_lines(page) -> int:
    """How many straight lines the page draws (writing lines, spokes, name lines)."""
    return page.get_contents().get_data().count(b" l\n") + page.get_contents().get_data().count(
        b" l S"
    )


def test_a_wheel_page_and_a_page_of_hhh_questions(tmp_path):
    out = build_blank_sheets(tmp_path / "ark.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    wheel, hhh = (page.extract_text() for page in reader.pages)
    assert "Mit livshjul" in wheel and "Navn:" in wheel and "Dato:" in wheel
    assert "Hvad vil du nå?" in hhh
    assert "Hvorfor er det vigtigt for dig?" in hhh
    assert "Hvordan gør du det?" in hhh
    assert "Tag arket med til næste møde." in text_of(out)


def test_the_wheel_has_a_name_line_and_a_spoke_per_area(tmp_path):
    few = PdfReader(build_blank_sheets(tmp_path / "few.pdf", areas=4)).pages[0]
    many = PdfReader(build_blank_sheets(tmp_path / "many.pdf", areas=10)).pages[0]
    assert drawn_lines(many) - drawn_lines(few) == 2 * (10 - 4)  # a spoke and a name line


@pytest.mark.parametrize("areas", [2, 13, 0])
def test_a_wheel_of_too_few_or_too_many_areas_is_refused(tmp_path, areas):
    with pytest.raises(ValidationError, match="fra 3 til 12 områder"):
        build_blank_sheets(tmp_path / "ark.pdf", areas=areas)
    assert not (tmp_path / "ark.pdf").exists()


def test_the_sheets_are_easy_to_read():
    assert check_plan(list(TEXTS.values())).lix <= 30


def test_a_name_on_top_in_arabic_still_renders(tmp_path):
    out = build_blank_sheets(tmp_path / "ark.pdf", name="Nguyễn Thị Lan")
    assert "Nguyễn Thị Lan" in text_of(out)
    arabic = build_blank_sheets(tmp_path / "ar.pdf", name="أمينة حسن")
    assert len(PdfReader(arabic).pages) == 2


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler-utils) missing")
def test_every_font_is_embedded(tmp_path):
    out = build_blank_sheets(tmp_path / "ark.pdf")
    listing = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert listing
    assert all(line.split()[-5] == "yes" for line in listing), listing


def test_the_command_line_kind_blanke_ark(cli, tmp_path):
    out = tmp_path / "ark.pdf"
    result = cli("pdf", "--kind", "blanke-ark", "--areas", "6", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Mit livshjul" in text_of(out)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--kind", "blanke-ark", "--citizen", "1"), "--citizen hører ikke til"),
        (("--kind", "plan"), "--citizen skal angives"),
        (("--kind", "plan", "--citizen", "1", "--areas", "6"), "--areas hører kun til"),
    ],
    ids=["citizen-on-blank", "plan-without-citizen", "areas-on-plan"],
)
def test_the_command_line_refuses_what_means_nothing(cli, tmp_path, args, expected):
    result = cli("pdf", *args, "--out", str(tmp_path / "x.pdf"), "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert expected in result.stderr
    assert not (tmp_path / "x.pdf").exists()
