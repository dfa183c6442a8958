"""How a part of the plan ends: reached or dropped on a day, with the reason in plain words.

Goals, sub-goals, milestones and steps share these rules, so the screen says the same thing
about each of them:

>>> from datetime import date
>>> check_closing(date(2025, 3, 1), "  Fik fast job ", today=date(2025, 3, 2))
'Fik fast job'
>>> check_closing(date(2025, 3, 1), "", missing="Skriv kort, hvorfor målet er opgivet.")
Traceback (most recent call last):
...
progressionsdialog.errors.ValidationError: Skriv kort, hvorfor målet er opgivet.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import StrEnum
from typing import TypeVar

from progressionsdialog import clock
from progressionsdialog.domain.text import validate_text
from progressionsdialog.errors import ValidationError
from progressionsdialog.i18n import _

REASON_MAX = 2_000
T = TypeVar("T")


class Outcome(StrEnum):
    """Where a sub-goal or a milestone stands."""

    OPEN = "open"
    REACHED = "reached"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        return _(OUTCOME_LABELS[self])


OUTCOME_LABELS = {Outcome.OPEN: "Åbent", Outcome.REACHED: "Nået", Outcome.DROPPED: "Opgivet"}


def outcome_of(reached_on: date | None, dropped_on: date | None) -> Outcome:
    """Reached, dropped or open, from the two days.

    >>> outcome_of(None, date(2025, 1, 2)).label
    'Opgivet'
    """
    if reached_on is not None:
        return Outcome.REACHED
    if dropped_on is not None:
        return Outcome.DROPPED
    return Outcome.OPEN


def dropped_reason_missing(what: str) -> str:
    """The message when a dropped goal, sub-goal or milestone has no reason.

    ``what`` is the Danish word, translated here; the callers write ``_("delmålet")`` so
    the word is found and given English in ``core_en.json``.

    >>> dropped_reason_missing("delmålet")
    'Skriv kort, hvorfor delmålet er opgivet.'
    """
    return _("Skriv kort, hvorfor {what} er opgivet.").format(what=_(what))


def check_closing(
    on: date | None, reason: str, *, missing: str | None = None, today: date | None = None
) -> str:
    """The cleaned reason, or a ``ValidationError`` in the language in use.

    ``on`` is the day it happened: not in the future. ``missing`` is the message when a
    reason is needed and none is given (``None``: the reason may be left out).
    """
    today = today or clock.today()
    if on is None:
        raise ValidationError("status_on", _("Vælg dagen, det skete."))
    if on > today:
        raise ValidationError("status_on", _("Datoen ligger i fremtiden. Vælg dagen, det skete."))
    reason = validate_text(reason, "status_reason", "Begrundelsen", max_length=REASON_MAX)
    if missing and not reason:
        raise ValidationError("status_reason", missing)
    return reason


def with_outcome(
    item: T, outcome: Outcome, on: date | None, reason: str, what: str, today: date | None = None
) -> T:
    """``item`` (a sub-goal or a milestone) reached or dropped on ``on`` (today if not given;
    dropped needs a reason), or open again with both days cleared."""
    outcome = Outcome(outcome)
    if outcome is Outcome.OPEN:
        return replace(item, reached_on=None, dropped_on=None, status_reason="")
    on = on or today or clock.today()
    missing = dropped_reason_missing(what) if outcome is Outcome.DROPPED else None
    reason = check_closing(on, reason, missing=missing, today=today)
    reached = outcome is Outcome.REACHED
    return replace(
        item,
        reached_on=on if reached else None,
        dropped_on=None if reached else on,
        status_reason=reason,
    )
