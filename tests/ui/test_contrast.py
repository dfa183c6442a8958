"""Colours a reader can tell apart (WCAG 2.1 AA, EN 301 549): text 4.5:1 against what it is
drawn on; control borders, focus indicators, chart lines and the wheel's rings 3:1; the
focus and the selection look different. Checks the palette, the style sheets and the
colours of every widget and chart the program paints itself.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette

from progressionsdialog.charts import style as chart_style
from progressionsdialog.resource_files import resource_path
from progressionsdialog.wheel.palette import AREA_FILLS
from ui import style as ui_style
from ui.widgets import life_wheel, score_selector

WHITE, WINDOW = "#ffffff", "#efefef"  # the fields' and the window's background
TEXT, GRAPHIC = 4.5, 3.0


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def ratio(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_ratio_is_the_wcag_one():
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert ratio("#308cc6", "#ffffff") < TEXT  # Fusion's own selection: why we set ours


def test_palette_selection_and_placeholders(app):
    palette = app.palette()

    def colour(role):
        return palette.color(QPalette.ColorGroup.Active, role).name()

    roles = QPalette.ColorRole
    assert ratio(colour(roles.HighlightedText), colour(roles.Highlight)) >= TEXT
    assert ratio(colour(roles.PlaceholderText), colour(roles.Base)) >= TEXT
    assert ratio(colour(roles.Text), colour(roles.Base)) >= TEXT
    assert ratio(colour(roles.WindowText), colour(roles.Window)) >= TEXT


def rules(sheet: str) -> list[tuple[str, dict[str, str]]]:
    """(selector, {property: value}) for every rule of a style sheet."""
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    found = []
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        props = {}
        for part in body.split(";"):
            if ":" in part:
                key, value = part.split(":", 1)
                props[key.strip()] = value.strip()
        found.append((" ".join(selector.split()), props))
    return found


def colour_in(value: str) -> str | None:
    match = re.search(r"#[0-9a-fA-F]{6}|\bwhite\b|\bblack\b", value)
    return QColor(match.group()).name() if match else None


SHEETS = {
    "resources/style.qss": resource_path("style.qss").read_text(encoding="utf-8"),
    "ui/style.py TOOLBAR_STYLE": ui_style.TOOLBAR_STYLE,
}


@pytest.mark.parametrize("name", SHEETS)
def test_every_text_colour_in_the_style_sheets_reads_on_its_background(name):
    low = []
    for selector, props in rules(SHEETS[name]):
        text = colour_in(props.get("color", ""))
        if text is None or ":disabled" in selector:  # WCAG exempts inactive controls
            continue
        backgrounds = [colour_in(props.get("background", ""))] if "background" in props else []
        for background in [b for b in backgrounds if b] or [WHITE, WINDOW]:
            if ratio(text, background) < TEXT:
                low.append(f"{selector}: {text} on {background} {ratio(text, background):.2f}")
    assert low == []


@pytest.mark.parametrize("name", SHEETS)
def test_control_borders_and_focus_frames_stand_out(name):
    low = []
    for selector, props in rules(SHEETS[name]):
        interactive = re.search(
            r"Q(LineEdit|PlainTextEdit|TextEdit|PushButton|ToolButton)"
            r"|:focus",
            selector,
        )
        if not interactive or ":disabled" in selector or "QLineEdit QLineEdit" in selector:
            continue
        for key, value in props.items():
            if not key.startswith("border") or "none" in value or "transparent" in value:
                continue
            border = colour_in(value)
            if border is None:
                continue
            background = colour_in(props.get("background", "")) or WHITE
            # a border in its own fill's colour is the fill's edge: it must stand out from
            # the window around it
            for against in {background, WINDOW} - {border}:
                if ratio(border, against) < GRAPHIC:
                    low.append(
                        f"{selector} {key}: {border} on {against} {ratio(border, against):.2f}"
                    )
    assert low == []


def test_the_score_selector_keeps_focus_and_choice_apart():
    s = score_selector
    assert ratio(s.TEXT.name(), WHITE) >= TEXT
    assert ratio("#ffffff", s.SELECTED.name()) >= TEXT  # the chosen number, white on blue
    assert ratio(s.BORDER.name(), WHITE) >= GRAPHIC
    assert ratio(s.FOCUS.name(), WHITE) >= GRAPHIC
    # The focus ring is dark and dashed around the cell, the choice a blue fill: they differ
    # in colour and shape, and the ring sits on the white around the cells.
    assert s.FOCUS.name() != s.SELECTED.name()
    assert ratio(s.TEXT.name(), s.HOVER.name()) >= TEXT


def test_the_life_wheels_lines_and_numbers():
    w = life_wheel
    for name in ("OUTLINE", "FOCUS", "RING", "PREVIOUS"):
        assert ratio(getattr(w, name).name(), WHITE) >= GRAPHIC, name
    for fill in AREA_FILLS:
        assert ratio("#1a1a1a", fill) >= TEXT, fill  # the score written on the area
        assert ratio(w.PREVIOUS.name(), fill) >= GRAPHIC, fill  # last wheel's dashed line
        assert ratio(w.FOCUS.name(), fill) >= GRAPHIC, fill


def test_chart_lines_stand_out_on_white_and_on_the_effort_shading():
    # The progression's two lines are drawn over the efforts' shading too
    for line in (chart_style.CITIZEN, chart_style.WORKER):
        for background in [WHITE, *chart_style.EFFORT_COLOURS]:
            assert ratio(line["color"], background) >= GRAPHIC, (line["label"], background)
    # The radar's three lines, on white
    for line in (chart_style.FIRST, chart_style.PREVIOUS, chart_style.LATEST):
        assert ratio(line["color"], WHITE) >= GRAPHIC, line["label"]
