"""The plan, the handover and the blank sheets printed in English (issue 12), read back from
real files: English fixed texts, and no Danish letter outside what the worker typed.

The course is the one in ``test_report_course`` (Danish typed data); every text the worker
typed is read from the database and taken out of the PDF's text before the check, so what
is left is the program's own words.
"""

from __future__ import annotations

import contextlib
import json
import re

import pytest
from pypdf import PdfReader

from progressionsdialog.i18n import language, speaking
from progressionsdialog.reports.blank_sheets import build_blank_sheets
from progressionsdialog.reports.make import make_report
from tests.core.test_report_course import build_course

DANISH_LETTERS = re.compile("[æøåÆØÅ]")


def text_of(path) -> str:
    """The PDF's text with every run of white space as one space (lines wrap anywhere)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def typed_texts(db) -> list[str]:
    """Every text stored in the database with a Danish letter (what the worker and the
    citizen typed), also line by line and, for JSON (the life wheels), every text inside:
    longest first."""
    found: set[str] = set()

    def add(value) -> None:
        if isinstance(value, str):
            found.add(value)
            found.update(line.strip(" •-\t.") for line in value.splitlines())
            if value[:1] in "[{":
                with contextlib.suppress(ValueError):
                    add(json.loads(value))
        elif isinstance(value, dict):
            for item in value.values():
                add(item)
        elif isinstance(value, list):
            for item in value:
                add(item)

    for table in db.table_names():
        for row in db[table].rows:
            for value in row.values():
                add(value)
    # Only texts with a Danish letter matter: taking out any other cannot take one away.
    danish = {" ".join(t.split()) for t in found if DANISH_LETTERS.search(t)}
    return sorted(danish, key=len, reverse=True)


def program_words(db, path) -> str:
    """The PDF's text without anything typed: the program's own words."""
    text = text_of(path)
    for typed in typed_texts(db):
        text = text.replace(typed, " ")
    return text


@pytest.fixture
def course(db):
    return build_course(db)


def test_the_plan_in_english_has_english_fixed_texts(db, course, tmp_path):
    out = make_report(db, course, "plan", tmp_path / "plan.pdf", language="en")
    text = text_of(out)
    for expected in (
        "Your plan",
        "Mette Lund",  # the name as typed
        "Your goal",
        "Steps on the way",
        "Your answers",
        "What do you want to reach?",
        "What we talked about",
        "What you are doing now",
        "You will have a job with a wage subsidy to lære alle opgaver",  # typed goal reads on
        "What you have done",
        "Next step",
        "Tick a box when a step is done.",
        "Next meeting",
        " at 10:00",
        "People you can call",
        "Your caseworker",
        "Your life wheel",
        "How it has changed since last time",
        "How it is going",
        "Page 1 of",
        "Motivation",
        "Job search",
    ):
        assert expected in text, expected
    assert "Din plan" not in text and "Side 1 af" not in text and " kl. " not in text
    left = program_words(db, out)
    assert not DANISH_LETTERS.findall(left), DANISH_LETTERS.findall(left)
    assert language() == "da"  # the print's language ends with the print


def test_the_danish_plan_is_unchanged(db, course, tmp_path):
    out = make_report(db, course, "plan", tmp_path / "plan.pdf")
    text = text_of(out)
    for expected in ("Din plan", "Dit mål", "Næste skridt", "Side 1 af", " kl. 10:00"):
        assert expected in text, expected
    assert "Your plan" not in text and "Page 1 of" not in text


def test_the_handover_in_english(db, course, tmp_path):
    with speaking("en"):  # the handover follows the window's language
        out = make_report(db, course, "handover", tmp_path / "handover.pdf")
    text = text_of(out)
    for expected in (
        "Handover report",
        "Next step",
        "Education, experience and job wishes",
        "Resources and barriers",
        "Goals",
        "Efforts",
        "Follow-up at the company",
        "People around the citizen",
        "Meetings and scores",
        "Progress",
        "Life wheel",
        "Change from first to latest",
        "Page 1 of",
    ):
        assert expected in text, expected
    left = program_words(db, out)
    assert not DANISH_LETTERS.findall(left), DANISH_LETTERS.findall(left)


def test_the_blank_sheets_in_english(db, course, tmp_path):
    out = make_report(db, course, "blank", tmp_path / "blank.pdf", language="en")
    text = text_of(out)
    for expected in ("My life wheel", "Mette Lund", "My goal", "What do you want to reach?"):
        assert expected in text, expected
    assert not DANISH_LETTERS.search(text)
    with speaking("en"):
        plain = build_blank_sheets(tmp_path / "plain.pdf")
    assert "Name:" in text_of(plain) and not DANISH_LETTERS.search(text_of(plain))


def test_the_plan_chart_labels_follow_the_language(db, course):
    from progressionsdialog.charts.progression import ProgressionChart, RadarChart
    from progressionsdialog.storage.meetings import score_history
    from progressionsdialog.tools import load_tool

    tool, history = load_tool("halsnaes"), score_history(db, course)
    with speaking("en"):
        chart, radar = ProgressionChart(tool), RadarChart(tool)
    chart.update(history)
    radar.update(history)
    legend = [t.get_text() for t in chart.figure.legends[0].get_texts()]
    assert legend == ["Citizen's score", "Worker's score"]
    assert [line.get_label() for line in chart.lines[0].values()] == ["Citizen", "Worker"]
    radar_labels = [t.get_text() for t in radar.figure.legends[0].get_texts()]
    assert radar_labels[-1].startswith("Latest (")
    assert re.search(r"\(\d\d/\d\d/\d{4}\)", radar_labels[-1])  # English dates: dd/mm/yyyy
    danish = ProgressionChart(tool)
    assert danish.figure.legends[0].get_texts()[0].get_text() == "Borgerens score"
