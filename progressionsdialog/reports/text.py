"""Text for PDFs: right-to-left scripts shaped, and characters the font lacks made readable.

(LIX, the readability index, lives in ``readability.py``; ``lix`` is named here too.)
"""

from __future__ import annotations

import functools
import re
import unicodedata
from xml.sax.saxutils import escape

from progressionsdialog.reports.fonts import covered, glyphs
from progressionsdialog.reports.readability import lix

__all__ = ["lix", "para", "readable", "shaped"]

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
