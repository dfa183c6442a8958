"""Dates shown in the language in use, and read the ways people type them.

Danish shows ``07-03-2026``; English shows ``07/03/2026`` (day first, as the British write
it: the reader of the English window is a Danish worker). What is stored stays ISO
(:func:`to_iso`), and :func:`parse_date` reads either form in both languages.
"""

from __future__ import annotations

import re
from datetime import date

from progressionsdialog import clock
from progressionsdialog.errors import ValidationError
from progressionsdialog.i18n import _, language

# The language → how a date is shown: strftime's pattern, and Qt's display format.
DATE_PATTERNS = {"da": "%d-%m-%Y", "en": "%d/%m/%Y"}
QT_DATE_FORMATS = {"da": "dd-MM-yyyy", "en": "dd/MM/yyyy"}

_DANISH_DATE = re.compile(r"^(\d{1,2})[-./ ]+(\d{1,2})[-./ ]+(\d{4}|\d{2})$")
_DIGITS_ONLY = re.compile(r"^(\d{2})(\d{2})(\d{4}|\d{2})$")
PAST_YEARS = 80  # a two-digit year means a year from 80 years ago to 19 years ahead

MONTHS_SHORT = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def date_pattern(in_language: str | None = None) -> str:
    """The strftime pattern of a date in ``in_language`` (by default the language in use).

    >>> date_pattern("da"), date_pattern("en")
    ('%d-%m-%Y', '%d/%m/%Y')
    """
    return DATE_PATTERNS.get(in_language or language(), DATE_PATTERNS["da"])


def qt_date_format(in_language: str | None = None) -> str:
    """Qt's display format for a date (``QDateEdit.setDisplayFormat``), as :func:`date_pattern`.

    >>> qt_date_format("da"), qt_date_format("en")
    ('dd-MM-yyyy', 'dd/MM/yyyy')
    """
    return QT_DATE_FORMATS.get(in_language or language(), QT_DATE_FORMATS["da"])


def format_date(value: date | None, in_language: str | None = None) -> str:
    """A date as the language in use (or ``in_language``) shows it.

    >>> format_date(date(2026, 3, 7))
    '07-03-2026'
    >>> format_date(date(2026, 3, 7), "en")
    '07/03/2026'
    >>> format_date(None)
    ''
    """
    return "" if value is None else value.strftime(date_pattern(in_language))


def parse_date(text: str, field: str = "date", today: date | None = None) -> date:
    """Read a date the way a Danish user types it: day, month, year.

    Separators may be ``-``, ``.``, ``/`` or a space, or left out (``ddmmåååå``, ``ddmmåå``).
    A two-digit year is the one from 80 years ago to 19 years ahead of ``today``.

    >>> parse_date("7-3-2026"), parse_date("07/03/2026")
    (datetime.date(2026, 3, 7), datetime.date(2026, 3, 7))
    >>> parse_date("26082026"), parse_date("26.8.26", today=date(2026, 1, 1))
    (datetime.date(2026, 8, 26), datetime.date(2026, 8, 26))
    >>> parse_date("120394", today=date(2026, 1, 1))
    datetime.date(1994, 3, 12)
    """
    cleaned = text.strip()
    match = _DANISH_DATE.match(cleaned) or _DIGITS_ONLY.match(cleaned)
    if not match:
        raise ValidationError(field, _("Skriv datoen som dd-mm-åååå, fx 07-03-1990."))
    day, month, year = (int(part) for part in match.groups())
    if len(match.group(3)) == 2:
        year = _full_year(year, today or clock.today())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            field, _("{text} er ikke en rigtig dato.").format(text=cleaned)
        ) from None


def _full_year(two_digits: int, today: date) -> int:
    """The year ending in ``two_digits`` from ``PAST_YEARS`` back to 19 years ahead.

    >>> _full_year(26, date(2026, 5, 1)), _full_year(50, date(2026, 5, 1))
    (2026, 1950)
    >>> _full_year(45, date(2026, 5, 1)), _full_year(46, date(2026, 5, 1))
    (2045, 1946)
    """
    first = today.year - PAST_YEARS
    return first + (two_digits - first) % 100


def to_iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def from_iso(value: str | None) -> date | None:
    return None if not value else date.fromisoformat(value)


def age_on(birth: date, day: date) -> int:
    """Whole years between ``birth`` and ``day``."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
