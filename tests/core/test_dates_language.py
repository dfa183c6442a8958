"""Dates and numbers follow the language (issue 12): Danish shows 07-03-2026 and 12,5;
English shows 07/03/2026 (day first, as the British write it) and 12.5. Either date is read
in both languages, and what is stored (ISO dates, the audit log's Danish) does not change.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from progressionsdialog import clock
from progressionsdialog.domain.company import HoursLevel, format_hours
from progressionsdialog.domain.dates import format_date, parse_date
from progressionsdialog.errors import ValidationError
from progressionsdialog.i18n import speaking
from progressionsdialog.reports.make import make_report
from tests.core.test_report_course import build_course
from tests.core.test_reports_english import text_of

DAY = date(2026, 3, 7)
DASHED = re.compile(r"\b\d\d-\d\d-\d{4}\b")
SLASHED = re.compile(r"\b\d\d/\d\d/\d{4}\b")


@pytest.fixture
def course(db):
    return build_course(db)


def test_a_date_is_shown_as_the_language_writes_it():
    from progressionsdialog.domain.dates import date_pattern, qt_date_format

    assert format_date(DAY) == "07-03-2026"
    with speaking("en"):
        assert format_date(DAY) == "07/03/2026"
        assert (date_pattern(), qt_date_format()) == ("%d/%m/%Y", "dd/MM/yyyy")
        assert format_date(DAY, "da") == "07-03-2026"  # asked for: what the log keeps
    assert (date_pattern(), qt_date_format()) == ("%d-%m-%Y", "dd-MM-yyyy")
    for language in ("da", "en"):  # either form, and the other ways, read in both
        with speaking(language):
            for typed in ("07-03-2026", "07/03/2026", "07.03.2026", "7 3 2026", "07032026"):
                assert parse_date(typed) == DAY, (language, typed)


def test_the_wrong_date_message_shows_the_languages_form():
    with pytest.raises(ValidationError) as danish:
        parse_date("syvende marts")
    assert danish.value.message == "Skriv datoen som dd-mm-åååå, fx 07-03-1990."
    with speaking("en"), pytest.raises(ValidationError) as english:
        parse_date("seventh of March")
    assert english.value.message == "Write the date as dd/mm/yyyy, e.g. 07/03/1990."


def test_hours_have_a_decimal_comma_in_danish_and_a_point_in_english(db, course):
    from progressionsdialog.storage.audit import entries
    from progressionsdialog.storage.effort_hours import save_hours

    assert format_hours(12.5) == "12,5" and format_hours(32.0) == "32"
    [(effort_id, first)] = db.execute(
        "SELECT effort_id, MIN(from_on) FROM effort_hours GROUP BY effort_id"
    ).fetchall()
    day = date.fromisoformat(first) + timedelta(days=3)
    with speaking("en"):
        assert format_hours(12.5) == "12.5" and format_hours(32.0) == "32"
        save_hours(db, HoursLevel(None, effort_id, day, 12.5))
    # What is stored stays as it was: the day as ISO, the audit log's detail in Danish.
    stored = db.execute("SELECT from_on FROM effort_hours WHERE hours = 12.5").fetchone()
    assert stored == (day.isoformat(),)
    assert "timer om ugen: 12,5" in [entry.detail for entry in entries(db, course)]


def test_the_plan_printed_in_english_has_slashed_dates(db, course, tmp_path):
    english = text_of(make_report(db, course, "plan", tmp_path / "en.pdf", language="en"))
    assert f"{clock.today():%d/%m/%Y}" in english  # "Made on ..."
    assert SLASHED.search(english) and not DASHED.search(english), DASHED.findall(english)
    danish = text_of(make_report(db, course, "plan", tmp_path / "da.pdf", language="da"))
    assert f"{clock.today():%d-%m-%Y}" in danish
    assert DASHED.search(danish) and not SLASHED.search(danish), SLASHED.findall(danish)


def test_the_handover_printed_in_english_has_slashed_dates(db, course, tmp_path):
    with speaking("en"):
        english = text_of(make_report(db, course, "handover", tmp_path / "en.pdf"))
    assert SLASHED.search(english) and not DASHED.search(english), DASHED.findall(english)
    danish = text_of(make_report(db, course, "handover", tmp_path / "da.pdf"))
    assert DASHED.search(danish) and not SLASHED.search(danish), SLASHED.findall(danish)


def _tick_labels(chart) -> list[str]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(chart.figure).draw()  # the labels as drawn: the locator's ticks, formatted
    axis = chart.axes[0].xaxis
    return axis.get_major_formatter().format_ticks(axis.get_majorticklocs())


def test_the_charts_date_axis_and_legend_follow_the_charts_language(db, course):
    from progressionsdialog.charts.progression import ProgressionChart, RadarChart
    from progressionsdialog.storage.meetings import score_history
    from progressionsdialog.tools import load_tool

    tool, history = load_tool("halsnaes"), score_history(db, course)
    with speaking("en"):
        english, english_radar = ProgressionChart(tool), RadarChart(tool)
    english.update(history)
    english_radar.update(history)
    danish = ProgressionChart(tool)
    danish.update(history)
    for _draw in range(2):  # drawn again, a kept chart keeps its language's dates
        labels = _tick_labels(english)
        assert labels and all(SLASHED.fullmatch(label) for label in labels), labels
        labels = _tick_labels(danish)
        assert labels and all(DASHED.fullmatch(label) for label in labels), labels
        english.update(history[:-1])
        danish.update(history[:-1])
    legend = [t.get_text() for t in english_radar.figure.legends[0].get_texts()]
    assert all(SLASHED.search(label) for label in legend if "(" in label), legend
