"""The small-group rule: a leader must not be able to recognise a person.

Any group of fewer than ``MIN_GROUP`` citizens is shown as "færre end 5", never as a number,
a mean or a bar; so is any count from 1 to 4 inside a larger group (one citizen who "went
down" in a team of twelve can be recognised too). Zero is shown: it names nobody.

    >>> shown_count(3), shown_count(0), shown_count(12)
    ('færre end 5', '0', '12')

``SMALL`` is the Danish source; what is shown goes through ``_`` when it is shown, so the
English window (and its worker threads) say "fewer than 5".
"""

from __future__ import annotations

from progressionsdialog.i18n import _, language

MIN_GROUP = 5
SMALL = "færre end 5"


def is_small(count: int) -> bool:
    return 0 < count < MIN_GROUP


def small() -> str:
    """ "færre end 5" in the language in use."""
    return _(SMALL)


def shown_count(count: int) -> str:
    return small() if is_small(count) else str(count)


def shown_mean(value: float | None, group_size: int) -> str:
    """A mean with one decimal (a comma in Danish, a point in English), hidden for a small
    group.

    >>> shown_mean(5.25, 8), shown_mean(5.25, 4), shown_mean(None, 8)
    ('5,3', 'færre end 5', '–')
    """
    if is_small(group_size):
        return small()
    if value is None:
        return "–"
    shown = f"{value + 1e-9:.1f}"
    return shown if language() == "en" else shown.replace(".", ",")


def chartable(rows, who: str) -> bool:
    """Whether a chart of ``who``'s scores would show any group (5 citizens or more); if
    not, the table alone says it.

    >>> chartable([], "citizen_score")
    False
    """
    return any(r.who == who and r.citizens >= MIN_GROUP for r in rows)
