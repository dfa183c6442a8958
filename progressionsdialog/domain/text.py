"""Rules for text people type: names, free text, and Danish sort order."""

from __future__ import annotations

import unicodedata

from progressionsdialog.errors import ValidationError

NAME_MAX = 120
SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 20_000

# Characters that are invisible or break layout; tabs and newlines only where allowed.
_FORBIDDEN_CATEGORIES = {"Cc", "Cs", "Co", "Cn"}


def clean_text(text: str | None, *, multiline: bool = False) -> str:
    """Normalise to NFC and trim; keeps every script and emoji as typed."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", text)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def _check_characters(text: str, field: str, label: str, multiline: bool) -> None:
    for char in text:
        if multiline and char in "\n\t":
            continue
        if unicodedata.category(char) in _FORBIDDEN_CATEGORIES:
            raise ValidationError(field, f"{label} indeholder et tegn, der ikke kan bruges.")


def validate_name(text: str | None, field: str = "name", label: str = "Navnet") -> str:
    """Return the cleaned name or raise a Danish ``ValidationError``.

    >>> validate_name("  Amina  Hassan ")
    'Amina  Hassan'
    """
    cleaned = clean_text(text)
    if not cleaned:
        raise ValidationError(field, f"{label} må ikke være tomt.")
    if len(cleaned) > NAME_MAX:
        raise ValidationError(
            field, f"{label} er for langt: {len(cleaned)} tegn. Der er plads til {NAME_MAX}."
        )
    _check_characters(cleaned, field, label, multiline=False)
    return cleaned


def validate_text(
    text: str | None,
    field: str,
    label: str,
    *,
    max_length: int = LONG_TEXT_MAX,
    multiline: bool = True,
) -> str:
    """Optional free text: may be empty, must fit and hold printable characters."""
    cleaned = clean_text(text, multiline=multiline)
    if len(cleaned) > max_length:
        raise ValidationError(
            field, f"{label} er for lang: {len(cleaned)} tegn. Der er plads til {max_length}."
        )
    _check_characters(cleaned, field, label, multiline=multiline)
    return cleaned


# After z, before other scripts ("z~" sorts after any "z" + Latin letter).
_DANISH_LAST = {"æ": "z~1", "ø": "z~2", "å": "z~3", "ä": "z~1", "ö": "z~2"}


def danish_sort_key(text: str) -> str:
    """Sort key that puts æ, ø, å after z (and other scripts after Latin); ignores accents.

    >>> sorted(["Åse", "Zoe", "Ærø", "Émile", "Øst", "Anna"], key=danish_sort_key)
    ['Anna', 'Émile', 'Zoe', 'Ærø', 'Øst', 'Åse']
    """
    folded = text.casefold()
    out = []
    for char in folded:
        if char in _DANISH_LAST:
            out.append(_DANISH_LAST[char])
            continue
        decomposed = unicodedata.normalize("NFD", char)
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(out)


def search_key(text: str) -> str:
    """Lower-case, accent-insensitive (but æøå kept) form used for matching a search."""
    folded = unicodedata.normalize("NFC", text).casefold()
    out = []
    for char in folded:
        if char in "æøå":
            out.append(char)
            continue
        decomposed = unicodedata.normalize("NFD", char)
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(out)
