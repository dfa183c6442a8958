"""Text for PDFs: right-to-left scripts shaped, characters the font lacks made readable, and
the LIX readability index for the fixed Danish texts.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from xml.sax.saxutils import escape

from progressionsdialog.reports.fonts import covered, glyphs

_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
REPLACEMENT = "?"


@functools.lru_cache(maxsize=4096)
def readable(text: str) -> str:
    """Characters outside the font become '?', never a crash or an empty box.

    Emoji and rare scripts are the usual cases; the rest of the name stays as typed. Kept
    per text: a report asks again for the same names, labels and dates many times.
    """
    known = glyphs()
    if known.issuperset(map(ord, text.replace("\n", "").replace("\t", ""))):
        return text
    out = []
    for char in text:
        if char in "\n\t" or covered(char):
            out.append(char)
        elif unicodedata.category(char) in ("Mn", "Cf"):  # joiners and marks the font lacks
            continue
        else:
            out.append(REPLACEMENT)
    return "".join(out)


def shaped(text: str) -> str:
    """Arabic letters joined and put in visual order, line by line; other text unchanged."""
    if not _RTL.search(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return "\n".join(get_display(arabic_reshaper.reshape(line)) for line in text.split("\n"))


def para(text: str) -> str:
    """Text ready for a reportlab Paragraph: readable, shaped, escaped, line breaks kept."""
    return escape(shaped(readable(text))).replace("\n", "<br/>")


def lix(text: str) -> float:
    """LIX = words/sentences + 100 × long words/words (long: more than 6 letters).

    >>> round(lix("Du har et mål. Det er godt."), 1)
    3.5
    """
    words = re.findall(r"[^\W\d_]+", text)
    if not words:
        return 0.0
    sentences = max(1, len(re.findall(r"[.!?:]+(?:\s|$)", text)))
    long_words = sum(1 for word in words if len(word) > 6)
    return len(words) / sentences + 100 * long_words / len(words)
