"""The life wheel the citizen fills in: click, tap or drag to the score, or use the keys.

Geometry comes from ``progressionsdialog.wheel.geometry`` (shared with the print). Keys:
Tab / Shift+Tab or ←/→ move between areas, ↑/↓ change the score, 0–9 set it, End sets 10.
The mouse wheel changes the score of the area under the pointer.

Each area shows ▲, ▼ or = beside its score when last time's wheel had it with a score. A
drag reports every score it passes (``score_changed``) and ``drag_finished`` when the
button is let go, so the page can save once per drag.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from progressionsdialog.domain.life_wheel import AreaStatus, LifeWheel
from progressionsdialog.domain.wheel_change import AreaChange, area_changes
from progressionsdialog.wheel.geometry import SCORE_MAX, LabelBox, WheelGeometry
from progressionsdialog.wheel.palette import AREA_FILLS
from ui.read_only import edits_data

OUTLINE = QColor("#555555")
FOCUS = QColor("#1f5fa8")
PREVIOUS = QColor("#222222")
RING = QColor("#767676")  # the score rings, dotted: 4.5:1 on white, 3:1 and more on the fills


def _pie(painter: QPainter, geometry: WheelGeometry, index: int, radius: float) -> None:
    """Draw an area as a pie slice from the centre (the hub is painted over it afterwards).

    QPainter.drawPie, not QPainterPath: every QPainterPath call corrupts a reference count
    in PySide6 6.12 and crashes the program at exit.
    """
    start, span = geometry.segment(index)
    rect = QRectF(geometry.cx - radius, geometry.cy - radius, 2 * radius, 2 * radius)
    painter.drawPie(rect, round((90.0 - start) * 16), round(-span * 16))


class LifeWheelWidget(QWidget):
    score_changed = Signal(int, int)  # area index, score
    current_changed = Signal(int)
    drag_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wheel = LifeWheel()
        self._previous: LifeWheel | None = None
        self._changes: list[AreaChange] = []
        self._empty_text = self.tr("Ingen livsområder endnu")
        self._current = 0
        self._hover: int | None = None
        self._drag: int | None = None
        self._label_fonts: dict[tuple, float] = {}  # (text, box, base size) -> size that fits
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paintEvent fills it all
        edits_data(self)  # a click sets a score
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 260)
        self.setAccessibleName(self.tr("Livshjul"))

    # -- data ---------------------------------------------------------------------------
    def set_wheel(self, wheel: LifeWheel, previous: LifeWheel | None = None) -> None:
        before, same_previous = self._wheel, previous is self._previous
        self._wheel, self._previous = wheel, previous
        self._changes = area_changes(previous, wheel) if previous is not None else []
        self._current = min(self._current, max(0, len(wheel) - 1))
        self._update_accessible()
        scored = _scores_changed(before, wheel) if same_previous else None
        if scored is None:
            self.update()
            return
        g = self.geometry_now()  # a drag step: repaint only the areas whose score moved
        for index in scored:
            self.update(self._segment_rect(g, index))

    def _segment_rect(self, g: WheelGeometry, index: int) -> QRect:
        """The rectangle around an area's slice and its score (clipped painting in a drag)."""
        start, span = g.segment(index)
        steps = max(2, math.ceil(span / 10))
        points = [(g.cx, g.cy)]
        points += [g.point(start + span * i / steps, g.radius) for i in range(steps + 1)]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        mid_x, mid_y = g.point(g.mid_angle(index), g.radius * 0.80)
        size = g.radius * 0.3  # the score's box, as _paint_number draws it
        left, right = min(*xs, mid_x - size), max(*xs, mid_x + size)
        top, bottom = min(*ys, mid_y - size / 2), max(*ys, mid_y + size / 2)
        return QRectF(left, top, right - left, bottom - top).toAlignedRect().adjusted(-4, -4, 4, 4)

    def wheel(self) -> LifeWheel:
        return self._wheel

    def current(self) -> int:
        return self._current

    def changes(self) -> list[AreaChange]:
        """▲/▼/= per area against last time's wheel; empty when there was none."""
        return self._changes

    def dragging(self) -> bool:
        return self._drag is not None

    def set_empty_text(self, text: str) -> None:
        """What the wheel says while it has no areas: what to do to start."""
        self._empty_text = text
        self._update_accessible()
        self.update()

    def set_current(self, index: int) -> None:
        if 0 <= index < len(self._wheel) and index != self._current:
            self._current = index
            self._update_accessible()
            self.update()
            self.current_changed.emit(index)

    def geometry_now(self) -> WheelGeometry:
        return WheelGeometry.fit(self.width(), self.height(), max(1, len(self._wheel)))

    def sizeHint(self) -> QSize:
        # Low enough that the life-wheel tab fits a 1366×768 laptop without scrolling (the
        # page's height follows its wrapping rows' preferred heights); it grows to the room.
        return QSize(640, 440)

    def _set_score(self, index: int, score: int) -> None:
        score = max(0, min(SCORE_MAX, score))
        self.set_current(index)
        if self._wheel.areas[index].score != score:
            self.score_changed.emit(index, score)

    def _update_accessible(self) -> None:
        if not self._wheel.areas:
            self.setAccessibleDescription(self._empty_text)
            return
        area = self._wheel.areas[self._current]
        score = self.tr("ikke sat") if area.score is None else self.tr("%1 af 10")
        text = f"{area.name}: {score.replace('%1', str(area.score))}"
        change = self._change(self._current)
        if change is not None and change.mark:
            said = {
                "▲": self.tr("op fra %1"),
                "▼": self.tr("ned fra %1"),
                "=": self.tr("som sidst (%1)"),
            }[change.mark]
            text += ", " + said.replace("%1", str(change.before))
        self.setAccessibleDescription(text)

    def _change(self, index: int) -> AreaChange | None:
        return self._changes[index] if index < len(self._changes) else None

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not self._wheel.areas:
            font = QFont(self.font())
            font.setPointSizeF(max(11.0, min(18.0, self.width() / 45)))
            painter.setFont(font)
            margin = self.width() * 0.12
            painter.drawText(
                self.rect().adjusted(round(margin), 0, -round(margin), 0),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self._empty_text,
            )
            painter.end()
            return
        g = self.geometry_now()
        centre = QPointF(g.cx, g.cy)
        # Whole-wheel shapes once, then one pie per score: full-size pies per area were
        # most of the time of a frame during a drag.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("white"))
        painter.drawEllipse(centre, g.radius, g.radius)
        highlighted = (
            self._hover if self._hover is not None else (self._current if self.hasFocus() else None)
        )
        if highlighted is not None:
            painter.setBrush(QColor("#eef3fa"))
            _pie(painter, g, highlighted, g.radius)
        for index, area in enumerate(self._wheel.areas):
            self._paint_fill(painter, g, index, area)
        self._paint_rings(painter, g)
        painter.setPen(QPen(OUTLINE, 1.2))
        for index in range(len(self._wheel)):
            angle = g.segment(index)[0]
            painter.drawLine(QPointF(*g.point(angle, g.hub)), QPointF(*g.point(angle, g.radius)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, g.radius, g.radius)
        painter.setBrush(QColor("white"))
        painter.drawEllipse(centre, g.hub, g.hub)
        if self.hasFocus():
            painter.setPen(QPen(FOCUS, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            _pie(painter, g, self._current, g.radius)
        self._paint_previous(painter, g)
        for index, area in enumerate(self._wheel.areas):
            self._paint_number(painter, g, index, area)
            self._paint_label(painter, g, index)
        painter.end()

    def _paint_rings(self, painter: QPainter, g: WheelGeometry) -> None:
        painter.setPen(QPen(RING, 1, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for score in range(2, SCORE_MAX, 2):
            r = g.score_radius(score)
            painter.drawEllipse(QPointF(g.cx, g.cy), r, r)

    def _paint_fill(self, painter: QPainter, g: WheelGeometry, index: int, area) -> None:
        if not area.score:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(AREA_FILLS[index % len(AREA_FILLS)]))
        _pie(painter, g, index, g.score_radius(area.score))
        if area.status is AreaStatus.WANTS_CHANGE:  # a pattern, not colour alone
            painter.setBrush(QBrush(QColor(0, 0, 0, 70), Qt.BrushStyle.BDiagPattern))
            _pie(painter, g, index, g.score_radius(area.score))

    def _paint_number(self, painter: QPainter, g: WheelGeometry, index: int, area) -> None:
        """The score, inside the area near the rim: always written, never colour alone."""
        text = "–" if area.score is None else str(area.score)
        change = self._change(index)
        if change is not None and change.mark:
            text += change.mark
        x, y = g.point(g.mid_angle(index), g.radius * 0.80)
        font = QFont(self.font())
        font.setPointSizeF(max(9.0, min(22.0, g.radius / 11)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#1a1a1a"))
        size = g.radius * 0.3
        painter.drawText(
            QRectF(x - size, y - size / 2, 2 * size, size), Qt.AlignmentFlag.AlignCenter, text
        )

    def _paint_previous(self, painter: QPainter, g: WheelGeometry) -> None:
        if self._previous is None:
            return
        before = {a.name.casefold(): a.score for a in self._previous.areas}
        painter.setPen(QPen(PREVIOUS, 1.6, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for index, area in enumerate(self._wheel.areas):
            score = before.get(area.name.casefold())
            if score:
                start, span = g.segment(index)
                r = g.score_radius(score)
                rect = QRectF(g.cx - r, g.cy - r, 2 * r, 2 * r)
                painter.drawArc(rect, round((90.0 - start) * 16), round(-span * 16))

    def _paint_label(self, painter: QPainter, g: WheelGeometry, index: int) -> None:
        area = self._wheel.areas[index]
        mark = {AreaStatus.WANTS_CHANGE: " ★", AreaStatus.WORKS_WELL: " ✓"}.get(area.status, "")
        box = g.label_box(index, self.width(), self.height())
        font = QFont(self.font())
        base = max(9.0, min(15.0, g.radius / 14))
        flags = _flags(box) | Qt.TextFlag.TextWordWrap
        rect = QRectF(box.x, box.y, box.width, box.height)
        key = (area.name + mark, box, base)
        size = self._label_fonts.get(key)
        if size is None:  # measured once per name and place, not at every frame of a drag
            for scale in (1.0, 0.9, 0.8, 0.7):  # shrink a long name before it is cut
                size = base * scale
                font.setPointSizeF(size)
                metrics = QFontMetricsF(font)
                needed = metrics.boundingRect(rect, int(flags), area.name + mark)
                if needed.height() <= rect.height() and needed.width() <= rect.width() + 1:
                    break
            if len(self._label_fonts) > 500:
                self._label_fonts.clear()
            self._label_fonts[key] = size
        font.setPointSizeF(size)
        font.setBold(index == self._current)
        painter.setFont(font)
        painter.setPen(QColor("#1a1a1a"))
        painter.drawText(rect, int(flags), area.name + mark)

    # -- input --------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._wheel.areas:
            return super().mousePressEvent(event)
        hit = self.geometry_now().hit_test(event.position().x(), event.position().y())
        if hit is None:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._drag = hit[0]
        self._set_score(*hit)

    def mouseMoveEvent(self, event) -> None:
        g = self.geometry_now()
        x, y = event.position().x(), event.position().y()
        if self._drag is not None:
            self._set_score(self._drag, g.score_at_distance(x, y))
            return
        hit = g.hit_test(x, y) if self._wheel.areas else None
        hover = hit[0] if hit else None
        if hover != self._hover:
            self._hover = hover
            self.update()

    def mouseReleaseEvent(self, event) -> None:
        dragged, self._drag = self._drag, None
        if dragged is not None:
            self.drag_finished.emit()
        super().mouseReleaseEvent(event)

    def leaveEvent(self, event) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def wheelEvent(self, event) -> None:
        if not self._wheel.areas:
            return
        g = self.geometry_now()
        index = g.index_at(event.position().x(), event.position().y())
        step = 1 if event.angleDelta().y() > 0 else -1
        score = self._wheel.areas[index].score
        self._set_score(index, (0 if score is None else score) + step)
        event.accept()

    def keyPressEvent(self, event) -> None:
        if not self._wheel.areas:
            return super().keyPressEvent(event)
        key, count, score = event.key(), len(self._wheel), self._wheel.areas[self._current].score
        if key == Qt.Key.Key_Right:
            self.set_current((self._current + 1) % count)
        elif key == Qt.Key.Key_Left:
            self.set_current((self._current - 1) % count)
        elif key == Qt.Key.Key_Up:
            self._set_score(self._current, (0 if score is None else score + 1))
        elif key == Qt.Key.Key_Down:
            self._set_score(self._current, (0 if score is None else score - 1))
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self._set_score(self._current, key - Qt.Key.Key_0)
        elif key == Qt.Key.Key_End:
            self._set_score(self._current, SCORE_MAX)
        elif key == Qt.Key.Key_Home:
            self._set_score(self._current, 0)
        else:
            return super().keyPressEvent(event)
        event.accept()

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab walks round the areas first, then leaves the wheel."""
        target = self._current + (1 if forward else -1)
        if self.hasFocus() and 0 <= target < len(self._wheel):
            self.set_current(target)
            return True
        return super().focusNextPrevChild(forward)

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)


def _scores_changed(before: LifeWheel, after: LifeWheel) -> list[int] | None:
    """The areas whose score alone changed, or None if anything else did (names, order,
    wishes): then the whole wheel is repainted."""
    if len(before) != len(after) or not after.areas:
        return None
    changed = []
    for index, (old, new) in enumerate(zip(before.areas, after.areas, strict=True)):
        if (old.name, old.status) != (new.name, new.status):
            return None
        if old.score != new.score:
            changed.append(index)
    return changed


def _flags(box: LabelBox) -> Qt.AlignmentFlag:
    horizontal = {
        "left": Qt.AlignmentFlag.AlignLeft,
        "right": Qt.AlignmentFlag.AlignRight,
        "center": Qt.AlignmentFlag.AlignHCenter,
    }[box.halign]
    vertical = {
        "top": Qt.AlignmentFlag.AlignTop,
        "bottom": Qt.AlignmentFlag.AlignBottom,
        "center": Qt.AlignmentFlag.AlignVCenter,
    }[box.valign]
    return horizontal | vertical
