"""Geometry of the life wheel, in screen coordinates (y grows downwards).

Angles are compass degrees: 0 at twelve o'clock, growing clockwise. Area ``i`` of ``n``
covers ``[i * 360/n, (i + 1) * 360/n)``; a point exactly on a border belongs to the area
that starts there. Scores 0–10 run from the hub (0) to the rim (10).

>>> g = WheelGeometry(cx=100, cy=100, radius=80, count=4)
>>> g.hit_test(100, 20)      # straight up, on the rim: area 0, score 10
(0, 10)
>>> g.hit_test(100, 100) is None   # the centre means nothing
True
"""

from __future__ import annotations

import math
from dataclasses import dataclass

HUB_RATIO = 0.14  # the hub: a click there sets no score
RIM_TOLERANCE = 1.06  # clicks just outside the rim still count as 10
SCORE_MAX = 10


@dataclass(frozen=True, slots=True)
class LabelBox:
    """Where an area's name goes: a rectangle and how the text aligns inside it."""

    x: float
    y: float
    width: float
    height: float
    halign: str  # "left", "center", "right"
    valign: str  # "top", "center", "bottom"


@dataclass(frozen=True, slots=True)
class WheelGeometry:
    cx: float
    cy: float
    radius: float
    count: int
    hub_ratio: float = HUB_RATIO

    @classmethod
    def fit(cls, width: float, height: float, count: int):
        """The largest wheel that leaves room for the names beside and above it."""
        side_room = min(170.0, max(70.0, width * 0.17))
        top_room = min(90.0, max(36.0, height * 0.1))
        radius = min((width - 2 * side_room) / 2, (height - 2 * top_room) / 2)
        return cls(width / 2, height / 2, max(10.0, radius), count)

    @property
    def hub(self) -> float:
        return self.radius * self.hub_ratio

    @property
    def span(self) -> float:
        return 360.0 / self.count

    def segment(self, index: int) -> tuple[float, float]:
        """Start angle and span of an area, in compass degrees."""
        return index * self.span, self.span

    def mid_angle(self, index: int) -> float:
        return (index + 0.5) * self.span

    def score_radius(self, score: float) -> float:
        return self.hub + (self.radius - self.hub) * score / SCORE_MAX

    def point(self, angle: float, distance: float) -> tuple[float, float]:
        """The screen point at a compass angle and a distance from the centre."""
        rad = math.radians(angle)
        return self.cx + distance * math.sin(rad), self.cy - distance * math.cos(rad)

    def angle_of(self, x: float, y: float) -> float:
        angle = math.degrees(math.atan2(x - self.cx, self.cy - y)) % 360.0
        return round(angle, 6) % 360.0  # a point on a border lands on it, not just before

    def index_at(self, x: float, y: float) -> int:
        return min(self.count - 1, int(self.angle_of(x, y) // self.span))

    def hit_test(self, x: float, y: float) -> tuple[int, int] | None:
        """The area and score a click means, or ``None`` at the hub or outside the wheel."""
        distance = math.hypot(x - self.cx, y - self.cy)
        if distance < self.hub or distance > self.radius * RIM_TOLERANCE:
            return None
        score = round((distance - self.hub) / (self.radius - self.hub) * SCORE_MAX)
        return self.index_at(x, y), max(0, min(SCORE_MAX, score))

    def score_at_distance(self, x: float, y: float) -> int:
        """The score for a drag: like ``hit_test`` but clamped, never ``None``."""
        distance = math.hypot(x - self.cx, y - self.cy)
        score = round((distance - self.hub) / (self.radius - self.hub) * SCORE_MAX)
        return max(0, min(SCORE_MAX, score))

    def label_box(self, index: int, width: float, height: float, gap: float = 6.0) -> LabelBox:
        """A box outside the rim for the area's name, kept inside ``width`` × ``height``."""
        angle = math.radians(self.mid_angle(index))
        sin, cos = math.sin(angle), math.cos(angle)
        ax, ay = self.point(self.mid_angle(index), self.radius + gap)
        # Width: room to the widget's edge on the sides; at top and bottom, the chord of
        # the area at the rim, but at least a third of the wheel.
        chord = 2 * (self.radius + gap) * math.sin(math.radians(min(self.span, 180) / 2))
        top_bottom_width = max(chord, self.radius * 0.9)
        line_room = max(30.0, (height - 2 * (self.radius + gap)) / 2)
        if sin > 0.35:
            halign, box_w = "left", width - ax - 2
            x = ax
        elif sin < -0.35:
            halign, box_w = "right", ax - 2
            x = 2.0
        else:
            halign, box_w = "center", min(top_bottom_width, width - 4)
            x = max(2.0, min(width - box_w - 2, ax - box_w / 2))
        if cos > 0.35:
            valign, box_h = "bottom", max(line_room, ay - 2)
            y = ay - box_h
        elif cos < -0.35:
            valign, box_h = "top", max(line_room, height - ay - 2)
            y = ay
        else:
            valign, box_h = "center", max(line_room, self.radius * 0.7)
            y = ay - box_h / 2
        return LabelBox(x, y, max(20.0, box_w), box_h, halign, valign)
