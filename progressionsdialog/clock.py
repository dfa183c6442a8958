"""Today and now, from one place that a test (or a demo for a fixed day) can set.

Everything that asks "what day is it?" asks here: a meeting in the future, a step past its
date, the age of a citizen, the daily backup's name. ``set_today()`` fixes the day in this
process; ``PROGRESSIONSDIALOG_TODAY`` (dd-mm-åååå or åååå-mm-dd) fixes it for a process
started with it, as the tests start the command line.

    >>> set_today(date(2026, 11, 25)); today()
    datetime.date(2026, 11, 25)
    >>> now().date()
    datetime.date(2026, 11, 25)
    >>> set_today(None)
"""

from __future__ import annotations

import os
from datetime import date, datetime

ENV_VAR = "PROGRESSIONSDIALOG_TODAY"
_fixed: date | None = None


def set_today(day: date | None) -> None:
    """Fix today (``None``: the computer's own day again)."""
    global _fixed
    _fixed = day


def _from_environment() -> date | None:
    text = os.environ.get(ENV_VAR, "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return datetime.strptime(text, "%d-%m-%Y").date()


def today() -> date:
    return _fixed or _from_environment() or date.today()


def now() -> datetime:
    """The computer's time of day, on the day ``today()`` says."""
    current = datetime.now()
    fixed = _fixed or _from_environment()
    return datetime.combine(fixed, current.time()) if fixed else current
