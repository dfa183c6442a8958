"""Blank sheets the citizen fills in at home: an empty life wheel with lines for their own
area names, and the HHH questions (Hvad / Hvorfor / Hvordan) with lines to write on.

    build_blank_sheets(Path("blanke-ark.pdf"))              # 8 areas
    build_blank_sheets(Path("ark.pdf"), areas=6, name="Mette Lund")

No database: the sheets are the same for everyone (a name on top is optional).
"""

from __future__ import annotations

from pathlib import Path

from progressionsdialog.errors import ValidationError
from progressionsdialog.i18n import _
from progressionsdialog.reports.document import styles, write_pdf
from progressionsdialog.reports.fonts import FONT
from progressionsdialog.reports.text import para
from progressionsdialog.wheel.geometry import WheelGeometry

AREAS_MIN, AREAS_MAX, AREAS_DEFAULT = 3, 12, 8
WIDTH = 483  # A4 less the margins, in points

# The fixed texts, in one place so their readability (LIX) can be checked; Danish here, and
# shown through ``_`` (the sheets print in the language in use).
TEXTS = {
    "wheel_title": "Mit livshjul",
    "name": "Navn:",
    "date": "Dato:",
    "wheel_1": "Skriv de områder i dit liv, der betyder noget for dig. Skriv ét ved hver streg.",
    "wheel_2": "Giv hvert område et tal fra 1 til 10. 1 er meget dårligt. 10 er rigtig godt.",
    "wheel_3": "Farv feltet ud til dit tal. Sæt en stjerne ved det, du vil ændre.",
    "bring": "Tag arket med til næste møde.",
    "hhh_title": "Mit mål",
    "hhh_hint": "Svar med dine egne ord. Det er ikke en prøve.",
    "what": "Hvad vil du nå?",
    "what_hint": "Hvad er dit mål?",
    "why": "Hvorfor er det vigtigt for dig?",
    "why_hint": "Hvad mærker du, når du er nået dertil?",
    "how": "Hvordan gør du det?",
    "how_hint": "Hvad gør du helt konkret? Hvad gør du først?",
}
LINES_PER_QUESTION = 5
LINE_GAP = 27  # points between writing lines: room for large handwriting


def _writing_lines(count: int, width: float = WIDTH):
    """``count`` grey lines to write on."""
    from reportlab.graphics.shapes import Drawing, Line
    from reportlab.lib import colors

    drawing = Drawing(width, count * LINE_GAP + 4)
    for n in range(count):
        y = 4 + n * LINE_GAP
        drawing.add(Line(0, y, width, y, strokeColor=colors.grey, strokeWidth=0.7))
    return drawing


def _name_and_date(s):
    """ "Navn: ________   Dato: ________" on one line."""
    from reportlab.graphics.shapes import Drawing, Line, String
    from reportlab.lib import colors

    drawing = Drawing(WIDTH, 26)
    for x, label, length in ((0, _(TEXTS["name"]), 250), (300, _(TEXTS["date"]), 130)):
        drawing.add(String(x, 8, label, fontName=FONT, fontSize=12))
        drawing.add(Line(x + 42, 6, x + 42 + length, 6, strokeColor=colors.grey))
    return drawing


def empty_wheel(areas: int, width: float = WIDTH, height: float = 440):
    """The wheel with ``areas`` empty fields, rings for 2–10, and a line beside each field
    for the name the citizen writes."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, String
    from reportlab.lib import colors

    drawing = Drawing(width, height)
    g = WheelGeometry.fit(width, height, areas)

    def flip(x: float, y: float) -> tuple[float, float]:
        return x, height - y

    cx, cy = flip(g.cx, g.cy)
    drawing.add(Circle(cx, cy, g.radius, fillColor=colors.white, strokeColor=colors.black))
    for score in range(2, 10, 2):
        drawing.add(
            Circle(
                cx,
                cy,
                g.score_radius(score),
                fillColor=None,
                strokeColor=colors.Color(0, 0, 0, 0.25),
                strokeWidth=0.6,
                strokeDashArray=[2, 2],
            )
        )
    for index in range(areas):
        start, _ = g.segment(index)
        x1, y1 = flip(*g.point(start, g.hub))
        x2, y2 = flip(*g.point(start, g.radius))
        drawing.add(Line(x1, y1, x2, y2, strokeColor=colors.black, strokeWidth=0.8))
        drawing.add(_name_line(g, index, width, height))
    for score in (2, 4, 6, 8, 10):  # the scale along the first spoke, just beside it
        x, y = flip(*g.point(g.span / 2, g.score_radius(score) - 5))
        drawing.add(String(x, y - 3, str(score), fontName=FONT, fontSize=8, fillColor=colors.grey))
    drawing.add(Circle(cx, cy, g.hub, fillColor=colors.white, strokeColor=colors.black))
    return drawing


def _name_line(g: WheelGeometry, index: int, width: float, height: float):
    """A line outside the rim where the citizen writes the area's name."""
    from reportlab.graphics.shapes import Line
    from reportlab.lib import colors

    box = g.label_box(index, width, height, gap=10)
    length = max(40.0, min(120.0, box.width - 4))
    left = {
        "left": box.x,
        "right": box.x + box.width - length,
        "center": box.x + (box.width - length) / 2,
    }[box.halign]
    y = {
        "top": box.y + 22,
        "bottom": box.y + box.height - 4,
        "center": box.y + box.height / 2 + 4,
    }[box.valign]
    return Line(left, height - y, left + length, height - y, strokeColor=colors.grey)


def build_blank_sheets(out: Path, *, areas: int = AREAS_DEFAULT, name: str = "") -> Path:
    """Write the two blank sheets to ``out``: the life wheel and the HHH questions.

    ``areas``: how many fields the wheel has (3–12). ``name``: printed on top if given.
    Raises ``ValidationError`` for a number of areas outside 3–12, ``ReportError`` when the
    file cannot be written.
    """
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    if not isinstance(areas, int) or not AREAS_MIN <= areas <= AREAS_MAX:
        raise ValidationError(
            "areas",
            _("Livshjulet kan have fra {low} til {high} områder.").format(
                low=AREAS_MIN, high=AREAS_MAX
            ),
        )
    s = styles(13)
    t = {key: _(value) for key, value in TEXTS.items()}  # in the language in use
    top = Paragraph(para(name), s["h2"]) if name else _name_and_date(s)
    story = [
        Paragraph(t["wheel_title"], s["title"]),
        top,
        Spacer(1, 6),
        Paragraph(t["wheel_1"], s["body"]),
        Paragraph(t["wheel_2"], s["body"]),
        Paragraph(t["wheel_3"], s["body"]),
        empty_wheel(areas),
        Paragraph(t["bring"], s["body"]),
        PageBreak(),
        Paragraph(t["hhh_title"], s["title"]),
        top,
        Paragraph(t["hhh_hint"], s["body"]),
    ]
    for field in ("what", "why", "how"):
        story += [
            Paragraph(t[field], s["h1"]),
            Paragraph(t[f"{field}_hint"], s["body"]),
            _writing_lines(LINES_PER_QUESTION),
        ]
    story.append(Paragraph(t["bring"], s["body"]))
    return write_pdf(
        out,
        story,
        title=_("Blanke ark: livshjul og mål"),
        subject=_("Ark borgeren udfylder derhjemme"),
        footer=_("Mit livshjul og mit mål") + (f": {name}" if name else ""),
    )
