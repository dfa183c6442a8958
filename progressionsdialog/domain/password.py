"""Password rules and a plain-Danish strength hint (no rule soup: length matters most)."""

from __future__ import annotations

from progressionsdialog.errors import ValidationError

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
        return 0, f"For kort. Brug mindst {MIN_LENGTH} tegn."
    score = 1 + (length >= 12) + (length >= 16) + (kinds >= 3 or length >= 20)
    hints = {
        1: "Svag. Gør den længere: fx tre-fire ord.",
        2: "Middel. Et ord mere gør den stærk.",
        3: "God.",
        4: "Stærk.",
    }
    return min(score, 4), hints[min(score, 4)]


def validate_new_password(password: str, repeated: str) -> str:
    if len(password) < MIN_LENGTH:
        raise ValidationError("password", f"Adgangskoden skal have mindst {MIN_LENGTH} tegn.")
    if password != repeated:
        raise ValidationError("repeated", "De to adgangskoder er ikke ens.")
    return password
