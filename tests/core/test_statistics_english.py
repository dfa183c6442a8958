"""The team leader's statistics speak the window's language (issue 12): in the English
window the tables, their charts and the notes about team files are English, also when they
are made in the window's worker thread; in Danish (the command line's) they are as before.

Only what people typed may keep a Danish letter: here the project's name ("JobStart").
"""

from __future__ import annotations

import re
import threading
from datetime import date

import pytest

from progressionsdialog import clock, i18n
from progressionsdialog.i18n import speaking
from progressionsdialog.statistics.indicators import Period
from progressionsdialog.statistics.privacy import SMALL
from progressionsdialog.statistics.report import Section, team_sections
from progressionsdialog.tools import load_tool

DANISH_LETTERS = re.compile("[æøåÆØÅ]")
TOOL = load_tool("halsnaes")


@pytest.fixture(scope="module")
def cohort(tmp_path_factory):
    """The demo database with its project (85 citizens scored, a control group)."""
    from progressionsdialog.demo import create_demo_database
    from progressionsdialog.storage import open_database

    database = open_database(
        create_demo_database(tmp_path_factory.mktemp("data"), with_project=True)
    )
    yield database
    database.close()


def _sections(db, language: str) -> list[Section]:
    with speaking(language):
        return team_sections(db, Period(), TOOL, clock.today())


def _typed(db) -> set[str]:
    """What people typed that reaches the tables: the projects' names."""
    return {name for (name,) in db.execute("SELECT name FROM projects").fetchall()}


def _words(sections: list[Section], typed: set[str]) -> list[str]:
    """Every title, header and cell, with the typed names taken out."""
    texts = []
    for section in sections:
        table = section.table
        texts += [table.title, *table.header, *(cell for row in table.rows for cell in row)]
    for name in typed:
        texts = [text.replace(name, "") for text in texts]
    return texts


def _groups(sections: list[Section]) -> set[str]:
    return {row[0] for section in sections for row in section.table.rows}


def test_the_team_sections_are_english_in_the_english_window(cohort):
    sections = _sections(cohort, "en")
    titles = [section.table.title for section in sections]
    assert titles[0] == "Indicators: first and latest score, all citizens"
    assert "Indicators: first and latest score, by target group" in titles
    assert "JobStart: where are the citizens after 12 and 24 months?" in titles
    assert titles[-1] == "Time from the first meeting to the first company-directed effort"
    assert sections[0].table.header == (
        "Group", "Indicator", "Whose score", "Citizens", "First", "Latest", "Up", "Same", "Down"
    )  # fmt: skip
    groups = _groups(sections)
    assert {"All", "Activity-ready", "Job-ready"} <= groups
    assert {"JobStart – participants", "JobStart – control group"} <= groups
    assert {"Participants", "Control group"} <= groups
    words = _words(sections, _typed(cohort))
    assert "fewer than 5" in words and SMALL not in words
    assert {"The citizen", "The worker", "In work or education", "12 months"} <= set(words)
    assert any(re.fullmatch(r"\d\.\d", word) for word in words)  # 5.3, not 5,3
    danish = sorted({word for word in words if DANISH_LETTERS.search(word)})
    assert danish == [], f"still Danish in the English window: {danish}"


def test_the_team_sections_stay_danish_by_default(cohort):
    sections = _sections(cohort, "da")
    assert sections == team_sections(cohort, Period(), TOOL, clock.today())  # the default
    titles = [section.table.title for section in sections]
    assert titles[0] == "Indikatorer: første og seneste score, opdelt efter alle"
    assert "Indikatorer: første og seneste score, opdelt efter målgruppe" in titles
    assert "JobStart: hvor er borgerne efter 12 og 24 måneder?" in titles
    assert titles[-1] == "Tid fra første samtale til første virksomhedsrettede indsats"
    assert sections[0].table.header == (
        "Gruppe", "Indikator", "Hvis score", "Borgere", "Første", "Seneste", "Op", "Samme", "Ned"
    )  # fmt: skip
    groups = _groups(sections)
    assert {"Alle", "Aktivitetsparat", "Jobparat", "JobStart – deltagere"} <= groups
    words = _words(sections, set())
    assert SMALL in words and "fewer than 5" not in words
    assert {"Borgeren", "Medarbejderen", "I job eller uddannelse", "12 mdr."} <= set(words)
    assert any(re.fullmatch(r"\d,\d", word) for word in words)  # Danish comma


def _chart_texts(figure) -> list[str]:
    from matplotlib.text import Text

    return [t.get_text() for t in figure.findobj(Text) if t.get_text().strip()]


@pytest.mark.parametrize("who", ["citizen_score", "worker_score"])
def test_the_team_charts_are_english_in_the_english_window(cohort, who):
    from progressionsdialog.charts.team import change_figure

    rows = _sections(cohort, "en")[1].rows  # by target group
    with speaking("en"):
        texts = _chart_texts(change_figure(rows, TOOL, who))
    assert {"First", "Latest", "Motivation", "Job search", "Activity-ready"} <= set(texts)
    mine = "The citizen's score" if who == "citizen_score" else "The worker's score"
    assert f"{mine}: first and latest on average" in texts
    assert [t for t in texts if DANISH_LETTERS.search(t)] == []
    danish = _chart_texts(change_figure(_sections(cohort, "da")[1].rows, TOOL, who))
    assert {"Første", "Seneste", "Aktivitetsparat"} <= set(danish)


def test_a_chart_without_groups_says_so_in_english():
    from progressionsdialog.charts.team import change_figure

    with speaking("en"):
        assert "No groups with 5 citizens or more" in _chart_texts(change_figure([], TOOL))


def test_the_legend_labels_of_the_chart_styles_follow_the_language():
    from progressionsdialog.charts import style

    lines = (style.CITIZEN, style.WORKER, style.FIRST, style.PREVIOUS, style.LATEST)
    assert [style.label(line) for line in lines] == [
        "Borger", "Medarbejder", "Første", "Forrige", "Seneste"
    ]  # fmt: skip
    with speaking("en"):
        assert [style.label(line) for line in lines] == [
            "Citizen", "Worker", "First", "Previous", "Latest"
        ]  # fmt: skip
    assert style.FIRST["label"] == "Første"  # the dicts keep the Danish source


def test_the_english_window_worker_thread_computes_in_english(cohort):
    """The window's worker has no ``speaking`` block of its own: the window's language (a
    process-wide setting) reaches it."""
    from progressionsdialog.statistics.computed import compute
    from progressionsdialog.storage import database_path

    path, found = database_path(cohort), []
    worker = threading.Thread(
        target=lambda: found.append(compute(path, None, Period(), None, TOOL, clock.today()))
    )
    try:
        i18n.set_language("en")
        worker.start()
        worker.join(120)
    finally:
        i18n.set_language("da")
    [numbers] = found
    assert numbers.sections[0].table.title == "Indicators: first and latest score, all citizens"
    assert "fewer than 5" in _words(numbers.sections, set())
    assert numbers.charts


def test_the_team_file_notes_and_refusals_follow_the_language(tmp_path):
    from progressionsdialog.statistics.computed import team_note
    from progressionsdialog.statistics.team_file import TeamFileError, load_team_files

    with speaking("en"):
        assert team_note(6, 2) == "The team's numbers: 6 citizens from 2 files."
        assert team_note(1, 1) == "The team's numbers: 1 citizen from 1 file."
    assert team_note(6, 2) == "Teamets tal: 6 borgere fra 2 filer."
    empty = tmp_path / "tom.json"
    empty.write_text("", encoding="utf-8")
    with speaking("en"), pytest.raises(TeamFileError, match="is empty"):
        load_team_files([empty])
    with pytest.raises(TeamFileError, match="er tom"):
        load_team_files([empty])


def test_the_period_message_follows_the_language():
    from progressionsdialog.errors import ValidationError

    with speaking("en"), pytest.raises(ValidationError, match="ends before it begins"):
        Period(date(2026, 7, 1), date(2026, 1, 1))
