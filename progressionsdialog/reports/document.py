"""What both documents share: A4 pages, large plain type, "Side 1 af 2", metadata, writing."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from progressionsdialog import __version__
from progressionsdialog.errors import ProgressionsdialogError
from progressionsdialog.i18n import _, language
from progressionsdialog.reports.fonts import FONT, FONT_BOLD, register_fonts
from progressionsdialog.reports.text import readable, shaped


class ReportError(ProgressionsdialogError):
    """The PDF could not be made or written; the message says what to do."""


def styles(body_size: float = 13):
    """Body at least 13 pt with generous spacing, for readers with weak reading skills."""
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=body_size,
        leading=body_size * 1.45,
        spaceAfter=body_size * 0.5,
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=10, leading=14, spaceAfter=4),
        "title": ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=24, leading=30, spaceAfter=6
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=17,
            leading=22,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=1,  # a heading never ends a page alone
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=13.5,
            leading=18,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12.5, spaceAfter=0),
    }


def _numbered_canvas(label: str):
    from reportlab.pdfgen import canvas

    page_of = _("Side {page} af {pages}")  # read now: the pages are numbered after the build

    class NumberedCanvas(canvas.Canvas):
        """Two passes: each page learns the page count for "Side 1 af 2"."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(FONT, 10)
                self.setFillGray(0.35)
                self.drawRightString(
                    self._pagesize[0] - 56, 30, page_of.format(page=self._pageNumber, pages=total)
                )
                self.drawString(56, 30, label)
                super().showPage()
            super().save()

    return NumberedCanvas


def figure_image(figure, width: float, dpi: int):
    """A matplotlib figure as a picture in the story, ``width`` points wide.

    Rendered with Agg and handed to reportlab as pixels: no PNG written and read back, and
    no alpha channel (the figure is opaque), which reportlab would add as a second image.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text
    from PIL import Image as PILImage
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Flowable

    figure.set_dpi(dpi)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    pixels = PILImage.frombuffer(
        "RGBA", canvas.get_width_height(), canvas.buffer_rgba(), "raw", "RGBA", 0, 1
    ).convert("RGB")
    # The pixels are copied: let the drawing surface go (~5 MB). The canvas is not all that
    # holds it: every text drawn keeps the renderer it was drawn with (to measure itself
    # later), so the kept chart held the last one or two surfaces. A text without one
    # measures with a new one when asked, as after unpickling.
    canvas.renderer, canvas._lastKey = None, None
    for text in figure.findobj(Text):
        text._renderer = None
    inches_wide, inches_high = figure.get_size_inches()
    height = width * inches_high / inches_wide

    class Picture(Flowable):
        def wrap(self, available_width, available_height):
            return width, height

        def draw(self):
            self.canv.drawImage(ImageReader(pixels), 0, 0, width, height)

    return Picture()


def write_pdf(out: Path, story: list, *, title: str, subject: str, footer: str) -> Path:
    """Build the story into ``out`` atomically (a half-written file never replaces a good one)."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    # Streams as binary, not ASCII85: reportlab's encoder is pure Python here, and the
    # handover report was 18 % faster and 17 % smaller without it.
    rl_config.useA85 = 0

    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(
            _("Mappen {folder} findes ikke. Vælg en anden placering til PDF'en.").format(
                folder=folder
            )
        )
    try:
        handle, temp = tempfile.mkstemp(prefix=".pdf-", suffix=".tmp", dir=folder)
        os.close(handle)
    except OSError as error:
        raise ReportError(
            _("PDF'en kan ikke gemmes i {folder} ({reason}). Vælg en anden placering.").format(
                folder=folder, reason=error.strerror
            )
        ) from error
    try:
        doc = SimpleDocTemplate(
            temp,
            pagesize=A4,
            leftMargin=56,
            rightMargin=56,
            topMargin=50,
            bottomMargin=56,
            title=title,
            author=_("Jobcentret"),
            subject=subject,
            creator=f"Progressionsdialog {__version__}",
            lang="en-GB" if language() == "en" else "da-DK",
            initialFontName=FONT,
            initialFontSize=10,  # else Helvetica, which is not embedded
        )
        doc.build(story, canvasmaker=_numbered_canvas(shaped(readable(footer))))
        os.replace(temp, out)
    except OSError as error:
        Path(temp).unlink(missing_ok=True)
        raise ReportError(
            _("PDF'en kunne ikke gemmes: {reason}.").format(reason=error.strerror or error)
        ) from error
    except Exception:
        Path(temp).unlink(missing_ok=True)
        raise
    return out
