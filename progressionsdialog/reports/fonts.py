"""The embedded font (DejaVu Sans, shipped with its licence): Danish, Vietnamese and Arabic."""

from __future__ import annotations

import functools

from progressionsdialog.resource_files import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}


def register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)
    # Drawings start from these defaults; Helvetica there would end up in the PDF unembedded.
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = FONT


@functools.cache
def glyphs() -> frozenset[int]:
    """The code points the font has a glyph for, looked up once per process.

    ``covered`` is asked for every character of every text in a report (some 12,000
    times for a handover of 60 meetings); registering and finding the font each time cost
    more than the answer.
    """
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    return frozenset(pdfmetrics.getFont(FONT).face.charToGlyph)


def covered(char: str) -> bool:
    """Whether the font has a glyph for this character."""
    return ord(char) in glyphs()
