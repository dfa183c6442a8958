"""Vector pictures for the PDFs, drawn with reportlab graphics from the core's geometry:
the life wheel (as on screen) and a simple "then and now" of the four indicators.
"""

from __future__ import annotations

from progressionsdialog.domain.life_wheel import AreaStatus, LifeWheel
from progressionsdialog.reports.fonts import FONT, FONT_BOLD
from progressionsdialog.reports.text import readable, shaped
from progressionsdialog.wheel.geometry import WheelGeometry
from progressionsdialog.wheel.palette import AREA_FILLS


def wheel_drawing(wheel: LifeWheel, previous: LifeWheel | None, width: float, height: float):
    """The wheel with this meeting's scores, and last time's as a dashed line."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, String, Wedge
    from reportlab.lib import colors

    drawing = Drawing(width, height)
    if not wheel.areas:
        return drawing
    g = WheelGeometry.fit(width, height, len(wheel))

    def flip(x: float, y: float) -> tuple[float, float]:
        return x, height - y

    cx, cy = flip(g.cx, g.cy)
    drawing.add(Circle(cx, cy, g.radius, fillColor=colors.white, strokeColor=colors.grey))
    for index, area in enumerate(wheel.areas):
        start, span = g.segment(index)
        if area.score:
            drawing.add(
                Wedge(
                    cx,
                    cy,
                    g.score_radius(area.score),
                    90 - start - span,
                    90 - start,
                    fillColor=colors.HexColor(AREA_FILLS[index % len(AREA_FILLS)]),
                    strokeColor=None,
                )
            )
    for score in (2, 4, 6, 8):
        drawing.add(
            Circle(
                cx,
                cy,
                g.score_radius(score),
                fillColor=None,
                strokeColor=colors.Color(0, 0, 0, 0.15),
                strokeWidth=0.5,
            )
        )
    before = {a.name.casefold(): a.score for a in (previous.areas if previous else ())}
    for index, area in enumerate(wheel.areas):
        start, span = g.segment(index)
        x1, y1 = flip(*g.point(start, g.hub))
        x2, y2 = flip(*g.point(start, g.radius))
        drawing.add(Line(x1, y1, x2, y2, strokeColor=colors.grey, strokeWidth=0.8))
        old = before.get(area.name.casefold())
        if old:
            drawing.add(
                Wedge(
                    cx,
                    cy,
                    g.score_radius(old),
                    90 - start - span,
                    90 - start,
                    annular=False,
                    fillColor=None,
                    strokeColor=colors.black,
                    strokeWidth=1,
                    strokeDashArray=[3, 2],
                )
            )
        nx, ny = flip(*g.point(g.mid_angle(index), g.radius * 0.8))
        text = "–" if area.score is None else str(area.score)
        drawing.add(String(nx, ny - 4, text, fontName=FONT_BOLD, fontSize=12, textAnchor="middle"))
        box = g.label_box(index, width, height, gap=4)
        mark = " *" if area.status is AreaStatus.WANTS_CHANGE else ""
        label = shaped(readable(area.name + mark))
        anchor = {"left": "start", "right": "end", "center": "middle"}[box.halign]
        lx = {"left": box.x, "right": box.x + box.width, "center": box.x + box.width / 2}[
            box.halign
        ]
        ly = {
            "top": box.y + 10,
            "bottom": box.y + box.height - 2,
            "center": box.y + box.height / 2 + 4,
        }[box.valign]
        size = 10 if len(label) < 18 else 8
        drawing.add(
            String(lx, height - ly, label[:40], fontName=FONT, fontSize=size, textAnchor=anchor)
        )
    drawing.add(Circle(cx, cy, g.hub, fillColor=colors.white, strokeColor=colors.grey))
    return drawing


def progress_drawing(rows: list[tuple[str, int | None, int | None]], width: float):
    """One line per indicator on a 1–10 scale: a ring for the first score, a dot for now."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, String
    from reportlab.lib import colors

    row_height, label_width = 34, 150
    height = row_height * len(rows) + 24
    drawing = Drawing(width, height)
    left, right = label_width, width - 30

    def x_of(score: int) -> float:
        return left + (right - left) * (score - 1) / 9

    for score in (1, 5, 10):
        drawing.add(
            String(
                x_of(score),
                height - 12,
                str(score),
                fontName=FONT,
                fontSize=9,
                textAnchor="middle",
                fillColor=colors.grey,
            )
        )
    blue = colors.HexColor("#0072B2")
    for n, (name, first, latest) in enumerate(rows):
        y = height - 32 - n * row_height
        drawing.add(String(0, y - 4, name, fontName=FONT, fontSize=12))
        drawing.add(Line(left, y, right, y, strokeColor=colors.lightgrey, strokeWidth=4))
        if first is not None:
            drawing.add(
                Circle(
                    x_of(first),
                    y,
                    6,
                    fillColor=colors.white,
                    strokeColor=colors.grey,
                    strokeWidth=1.5,
                )
            )
        if latest is not None:
            drawing.add(Circle(x_of(latest), y, 7, fillColor=blue, strokeColor=blue))
            drawing.add(
                String(
                    x_of(latest),
                    y + 10,
                    str(latest),
                    fontName=FONT_BOLD,
                    fontSize=11,
                    textAnchor="middle",
                    fillColor=blue,
                )
            )
    return drawing
