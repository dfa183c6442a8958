"""Danish date formatting and parsing (dd-mm-åååå)."""

from __future__ import annotations

import re
from datetime import date

from progressionsdialog.errors import ValidationError

_DANISH_DATE = re.compile(r"^\s*(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})\s*$")

MONTHS_SHORT = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def format_date(value: date | None) -> str:
    """Format a date the Danish way.

    >>> format_date(date(2026, 3, 7))
    '07-03-2026'
    >>> format_date(None)
    ''
    """
    return "" if value is None else value.strftime("%d-%m-%Y")


def parse_date(text: str, field: str = "date") -> date:
    """Parse ``dd-mm-åååå`` (also with ``.`` or ``/``) into a date.

    >>> parse_date("7-3-2026")
    datetime.date(2026, 3, 7)
    """
    match = _DANISH_DATE.match(text)
    if not match:
        raise ValidationError(field, "Skriv datoen som dd-mm-åååå, fx 07-03-1990.")
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, f"{text.strip()} er ikke en rigtig dato.") from None


def to_iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def from_iso(value: str | None) -> date | None:
    return None if not value else date.fromisoformat(value)


def age_on(birth: date, day: date) -> int:
    """Whole years between ``birth`` and ``day``."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
