"""Tables whose text wraps between words, never inside one.

Column widths come from the content, as a browser lays out an HTML table: each column is
at least as wide as its longest word (so "Kompetencer" is never cut to "Kompetence|r"), and
the room left over goes to the columns whose text would like more, in proportion to how
much more. Only a word wider than ``MAX_WORD_SHARE`` of the table (a long web address, a
row of letters without a space) is still split, so nothing runs off the page.

    table = fitted_table([["Dato", "Det talte vi om"], ["01-02-2026", "Godt møde."]], 483)
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from progressionsdialog.reports.fonts import FONT, FONT_BOLD, register_fonts
from progressionsdialog.reports.text import para, readable, shaped


class Strong(str):
    """A cell whose text is bold, like a header."""


MAX_WORD_SHARE = 0.4  # a single word may ask for at most this share of the table's width
MIN_SIZE = 7.0  # a table too narrow for its words gets smaller type, down to this


@dataclass(frozen=True, slots=True)
class Look:
    """The type of a table: header and body size, padding and grid colours."""

    head_size: float = 9.5
    body_size: float = 9.5
    leading: float = 1.3  # times the size
    padding: float = 3
    head_background: str | None = "#e8eef6"
    rule: str = "#bbbbbb"
    rule_width: float = 0.4
    bottom_padding: float = 3


def _plain(text: str) -> str:
    return shaped(readable(text))


@functools.lru_cache(maxsize=8192)
def _width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


def text_widths(text: str, font: str, size: float) -> tuple[float, float]:
    """(the widest word, the widest line) of ``text`` in points."""
    word = line = 0.0
    for row in _plain(text).split("\n"):
        line = max(line, _width(row, font, size))
        for piece in re.split(r"[ \t]+", row):  # a NO-BREAK SPACE keeps its words together
            word = max(word, _width(piece, font, size))
    return word, line


def column_widths(minimum: list[float], wanted: list[float], total: float) -> list[float]:
    """Widths that add up to ``total``: every column its ``minimum``, the rest shared out.

    A column that needs little more to fit on one line gets it first (a name stays whole);
    the others share what is left in proportion to how much more they would like.

    >>> [round(w, 1) for w in column_widths([10, 20], [10, 60], 100)]
    [14.3, 85.7]
    >>> column_widths([10, 20], [30, 60], 70)
    [30, 40.0]
    >>> column_widths([80, 80], [90, 90], 100)
    [50.0, 50.0]
    """
    wanted = [max(m, w) for m, w in zip(minimum, wanted, strict=True)]
    low, high = sum(minimum), sum(wanted)
    if low >= total:  # even the words do not fit: shrink all alike (words may break)
        return [m * total / low for m in minimum]
    if high <= total:  # everything fits on one line: spread the spare room alike
        return [w * total / high for w in wanted]
    widths = list(minimum)
    spare = total - low
    pending = [c for c in range(len(widths)) if wanted[c] > minimum[c]]
    while pending:
        share = spare / len(pending)
        easy = [c for c in pending if wanted[c] - widths[c] <= share]
        if not easy:
            break
        for c in easy:
            spare -= wanted[c] - widths[c]
            widths[c] = wanted[c]
        pending = [c for c in pending if c not in easy]
    more = sum(wanted[c] - widths[c] for c in pending)
    for c in pending:
        widths[c] += spare * (wanted[c] - widths[c]) / more
    return widths


TALL_GROUP = 600  # points: rows kept together but taller than this may split inside a row
SPAN_CHUNK = 900  # characters: a longer spanned text goes on in rows of its own


def _chunked(rows: list[list[str]], spanned: frozenset[int]):
    """Long spanned texts cut into several spanned rows, at the end of a sentence or a
    word: reportlab cannot split a spanned cell across pages, but it can split between
    rows. Returns the rows, the spanned row numbers, and those that go on from the row
    before (not kept with it)."""
    out: list[list[str]] = []
    spans: set[int] = set()
    following: set[int] = set()
    for n, row in enumerate(rows):
        if n not in spanned or len(str(row[0])) <= SPAN_CHUNK:
            if n in spanned:
                spans.add(len(out))
            out.append(row)
            continue
        text = str(row[0])
        first = True
        while text:
            piece = text[:SPAN_CHUNK]
            if len(text) > SPAN_CHUNK:
                cut = max(piece.rfind(". "), piece.rfind("\n"))
                cut = cut + 1 if cut > SPAN_CHUNK // 2 else piece.rfind(" ")
                piece = text[: cut if cut > 0 else SPAN_CHUNK]
            text = text[len(piece) :].lstrip()
            if not first:
                following.add(len(out))
            spans.add(len(out))
            out.append([piece.strip()])
            first = False
    return out, frozenset(spans), frozenset(following)


_class = None


def _table_class():
    """A reportlab ``Table`` that keeps a row and its spanned note on one page.

    reportlab honours ``NOSPLIT`` when it splits between rows, but when that finds no
    place it splits inside a row and ignores ``NOSPLIT``: a meeting then ended a page
    and its note began the next. Here the rows move to the next page instead, unless
    they are too tall for any page (a very long note), which must split somewhere.
    """
    global _class
    if _class is None:
        from reportlab.platypus import Table

        class KeptTable(Table):
            def split(self, availWidth, availHeight):
                if not self._nosplitCmds:
                    return super().split(availWidth, availHeight)
                self._calc(availWidth, availHeight)
                result = self._splitRows(availHeight, doInRowSplit=False)
                if result:
                    return result
                group = sum(self._rowHeights[: self.repeatRows + 2])
                if group > TALL_GROUP:
                    return self._splitRows(availHeight, doInRowSplit=True)
                return []

        _class = KeptTable
    return _class


def cell_styles(look: Look):
    """(header, body, bold body) paragraph styles: no hyphenation; words split only as a
    last resort."""
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    common = {"hyphenationLang": "", "embeddedHyphenation": 0, "splitLongWords": 1}
    head = ParagraphStyle(
        "table_head",
        fontName=FONT_BOLD,
        fontSize=look.head_size,
        leading=look.head_size * look.leading,
        **common,
    )
    body = ParagraphStyle(
        "table_body",
        fontName=FONT,
        fontSize=look.body_size,
        leading=look.body_size * look.leading,
        **common,
    )
    strong = ParagraphStyle("table_strong", parent=body, fontName=FONT_BOLD)
    return head, body, strong


def fitted_table(
    rows: list[list[str]],
    total_width: float,
    look: Look = Look(),
    *,
    header: bool = True,
    extra_style: tuple = (),
    fixed: dict[int, float] | None = None,
    column_styles: dict | None = None,
    spanned: frozenset[int] = frozenset(),
):
    """A reportlab ``Table`` of text cells, ``total_width`` wide, the header repeated on
    each page. ``fixed`` gives some columns a width of their own (e.g. a tick box), and
    ``column_styles`` a paragraph style of their own for the body cells. The rows numbered
    in ``spanned`` hold one text across the whole width (a note under a row). When the longest
    words of the columns do not fit side by side, the type gets smaller (to ``MIN_SIZE``)."""
    from reportlab.platypus import Paragraph, TableStyle

    fixed = fixed or {}
    column_styles = column_styles or {}
    rows, spanned, following = _chunked(rows, spanned)
    count = max(len(row) for row in rows)
    free = [c for c in range(count) if c not in fixed]
    room = total_width - sum(fixed.values())
    pad = 2 * look.padding + 1  # a point to spare against rounding
    for _ in range(3):  # smaller type until the longest words fit side by side
        kinds = cell_styles(look)

        def style_of(n: int, c: int, text: object, kinds=kinds):
            head, body, strong = kinds
            if header and n == 0:
                return head
            return strong if isinstance(text, Strong) else column_styles.get(c, body)

        minimum, wanted = [0.0] * count, [0.0] * count
        for n, row in enumerate(rows):
            if n in spanned:
                continue
            for c, text in enumerate(row):
                style = style_of(n, c, text)
                word, line = text_widths(str(text), style.fontName, style.fontSize)
                minimum[c] = max(minimum[c], min(word, MAX_WORD_SHARE * total_width) + pad)
                wanted[c] = max(wanted[c], line + pad)
        words = sum(minimum[c] - pad for c in free)
        if words + pad * len(free) <= room or look.body_size <= MIN_SIZE:
            break
        factor = max(MIN_SIZE / look.body_size, (room - pad * len(free)) / words)
        look = replace(look, head_size=look.head_size * factor, body_size=look.body_size * factor)
    free = [c for c in range(count) if c not in fixed]
    shared = column_widths(
        [minimum[c] for c in free],
        [wanted[c] for c in free],
        total_width - sum(fixed.values()),
    )
    widths = [0.0] * count
    for c, width in zip(free, shared, strict=True):
        widths[c] = width
    for c, width in fixed.items():
        widths[c] = width
    cells = [
        [
            Paragraph(para(str(text)), style_of(n, c, text))
            for c, text in enumerate(row + [""] * (count - len(row)))
        ]
        for n, row in enumerate(rows)
    ]
    commands = [
        # The cells are paragraphs, but a table sets its own font on the page all the same:
        # Helvetica, unembedded, unless told otherwise.
        ("FONT", (0, 0), (-1, -1), FONT, look.body_size),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), look.padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), look.padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), look.bottom_padding),
        ("LINEBELOW", (0, 0), (-1, -1), look.rule_width, look.rule),
    ]
    for n in spanned:  # one text across the row; its start on the page of the row above it
        commands.append(("SPAN", (0, n), (-1, n)))
        if n not in following:
            commands.append(("NOSPLIT", (0, max(0, n - 1)), (-1, n)))
    if header and look.head_background:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), look.head_background))
    table = _table_class()(
        cells, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1
    )  # long cells split across pages
    table.setStyle(TableStyle([*commands, *extra_style]))
    return table
