from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from progressionsdialog.domain.cpr import Cpr
from progressionsdialog.errors import ValidationError


def test_impossible_date_is_refused_with_a_danish_message():
    with pytest.raises(ValidationError) as caught:
        Cpr.parse("310299-1234")
    assert caught.value.field == "cpr"
    assert "ikke en rigtig dato" in caught.value.message


@pytest.mark.parametrize("text", ["", "12-03-94", "1203941234x", "abcdef-ghij", "120394-123"])
def test_wrong_shape_is_refused(text):
    with pytest.raises(ValidationError, match="ddmmåå-xxxx"):
        Cpr.parse(text)


def test_no_modulus_11_check():
    # 010190-1235 fails the old modulus-11 rule and is still a valid CPR since 2007.
    assert str(Cpr.parse("010190-1235")) == "010190-1235"


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("120394-1234", date(1994, 3, 12)),
        ("010105-4321", date(2005, 1, 1)),
        ("010160-4321", date(1960, 1, 1)),
        ("010120-5000", date(2020, 1, 1)),
        ("010160-5000", date(1860, 1, 1)),
        ("290200-9000", date(2000, 2, 29)),
    ],
)
def test_century_comes_from_the_seventh_digit(text, born):
    assert Cpr.parse(text).birth_date == born


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(1999, 12, 31)),
    st.integers(min_value=0, max_value=3999),
)
def test_every_real_20th_century_date_round_trips(born, serial):
    text = born.strftime("%d%m%y") + f"-{serial:04d}"
    cpr = Cpr.parse(text)
    assert cpr.birth_date == born
    assert str(cpr) == text


@given(st.integers(min_value=1900, max_value=2029), st.integers(min_value=1, max_value=12))
def test_day_after_month_end_is_refused(year, month):
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    last = first_of_next - timedelta(days=1)  # every example is a month's last day
    text = f"{last.day + 1:02d}{month:02d}{year % 100:02d}-1000"
    with pytest.raises(ValidationError):
        Cpr.parse(text)
