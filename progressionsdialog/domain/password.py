"""Password rules and a plain strength hint (no rule soup: length matters most)."""

from __future__ import annotations

from progressionsdialog.errors import ValidationError
from progressionsdialog.i18n import _

MIN_LENGTH = 8


def strength(password: str) -> tuple[int, str]:
    """A score 0–4 and a hint.

    >>> strength("korrekt hest batteri klips")[0]
    4
    """
    length = len(password)
    kinds = sum(
        any(test(c) for c in password)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    if length < MIN_LENGTH:
        return 0, _("For kort. Brug mindst {n} tegn.").format(n=MIN_LENGTH)
    score = 1 + (length >= 12) + (length >= 16) + (kinds >= 3 or length >= 20)
    hints = {
        1: _("Svag. Gør den længere: fx tre-fire ord."),
        2: _("Middel. Et ord mere gør den stærk."),
        3: _("God."),
        4: _("Stærk."),
    }
    return min(score, 4), hints[min(score, 4)]


def validate_new_password(password: str, repeated: str) -> str:
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            "password", _("Adgangskoden skal have mindst {n} tegn.").format(n=MIN_LENGTH)
        )
    if password != repeated:
        raise ValidationError("repeated", _("De to adgangskoder er ikke ens."))
    return password
