"""Rules for text people type: names, free text, and Danish sort order."""

from __future__ import annotations

import unicodedata

from progressionsdialog.errors import ValidationError
from progressionsdialog.i18n import _

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
    """``label`` is already in the language in use."""
    for char in text:
        if multiline and char in "\n\t":
            continue
        if unicodedata.category(char) in _FORBIDDEN_CATEGORIES:
            raise ValidationError(
                field, _("{label} indeholder et tegn, der ikke kan bruges.").format(label=label)
            )


def validate_name(text: str | None, field: str = "name", label: str | None = None) -> str:
    """Return the cleaned name or raise a ``ValidationError`` in the language in use.

    ``label`` is the field's Danish name ("Navnet" when left out), translated here; the
    labels the core hands in have English in ``core_en.json``.

    >>> validate_name("  Amina  Hassan ")
    'Amina  Hassan'
    >>> validate_name(" ", label="Virksomhedens navn")
    Traceback (most recent call last):
    ...
    progressionsdialog.errors.ValidationError: Virksomhedens navn må ikke være tomt.
    """
    shown = _(label) if label else _("Navnet")
    cleaned = clean_text(text)
    if not cleaned:
        raise ValidationError(field, _("{label} må ikke være tomt.").format(label=shown))
    if len(cleaned) > NAME_MAX:
        raise ValidationError(
            field,
            _("{label} er for langt: {count} tegn. Der er plads til {most}.").format(
                label=shown, count=len(cleaned), most=NAME_MAX
            ),
        )
    _check_characters(cleaned, field, shown, multiline=False)
    return cleaned


def validate_text(
    text: str | None,
    field: str,
    label: str,
    *,
    max_length: int = LONG_TEXT_MAX,
    multiline: bool = True,
) -> str:
    """Optional free text: may be empty, must fit and hold printable characters.

    ``label`` is the field's Danish name, translated here like :func:`validate_name`'s.
    """
    shown = _(label)
    cleaned = clean_text(text, multiline=multiline)
    if len(cleaned) > max_length:
        raise ValidationError(
            field,
            _("{label} er for lang: {count} tegn. Der er plads til {most}.").format(
                label=shown, count=len(cleaned), most=max_length
            ),
        )
    _check_characters(cleaned, field, shown, multiline=multiline)
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
