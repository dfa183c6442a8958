"""Dates as people type them (issue 12): with or without separators, two- or four-digit years."""

from __future__ import annotations

from datetime import date

import pytest

from progressionsdialog.domain.dates import parse_date
from progressionsdialog.errors import ValidationError

TODAY = date(2026, 8, 20)


@pytest.mark.parametrize(
    "typed",
    [
        "26082026",
        "260826",
        "26-08-2026",
        "26.8.26",
        "26.08.2026",
        "26/8/2026",
        " 26 8 26 ",
        "26-8.26",
    ],
)
def test_the_same_day_typed_many_ways(typed):
    assert parse_date(typed, today=TODAY) == date(2026, 8, 26)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("12.3.94", date(1994, 3, 12)),  # a birth date: last century
        ("1.1.50", date(1950, 1, 1)),
        ("1.1.45", date(2045, 1, 1)),  # up to 19 years ahead
        ("1.1.46", date(1946, 1, 1)),  # 80 years back
        ("010100", date(2000, 1, 1)),
    ],
)
def test_a_two_digit_year_is_the_one_people_mean(typed, meant):
    assert parse_date(typed, today=TODAY) == meant


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("31-02-2026", "31-02-2026 er ikke en rigtig dato."),
        ("31022026", "31022026 er ikke en rigtig dato."),
        ("2608202", "Skriv datoen som dd-mm-åååå"),
        ("26-08-202", "Skriv datoen som dd-mm-åååå"),
        ("2026-08-26", "Skriv datoen som dd-mm-åååå"),  # never read the wrong way round
        ("26-13-2026", "ikke en rigtig dato"),
        ("i går", "Skriv datoen som dd-mm-åååå"),
        ("", "Skriv datoen som dd-mm-åååå"),
    ],
)
def test_what_is_not_a_date_is_named(typed, message):
    with pytest.raises(ValidationError, match=message) as caught:
        parse_date(typed, field="held_on", today=TODAY)
    assert caught.value.field == "held_on"
