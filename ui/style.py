"""Loading the style sheet from resources/, and the larger type of citizen view."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from progressionsdialog.resource_files import resource_path

CITIZEN_SCALE = 1.3  # citizen view: the citizen reads from further away, often not well

# Colours the platform's palette gets wrong for WCAG 2.1 AA (1.4.3 text 4.5:1, 1.4.11 3:1):
# Fusion's selection (#308cc6) holds white text at 3.7:1, and placeholders were too faint.
# tests/ui/test_contrast.py checks every pair the program draws.
ACCESSIBLE_PALETTE = {
    QPalette.ColorRole.Highlight: "#1f5fa8",  # white on it: 6.4:1
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#6b6b6b",  # on white: 5.3:1
}


def apply_style(app: QApplication) -> None:
    font = app.font()
    if font.pointSizeF() < 10.5:
        font.setPointSizeF(10.5)  # readable for the citizen beside the worker
        app.setFont(font)
    palette = app.palette()
    for role, colour in ACCESSIBLE_PALETTE.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))


def citizen_font(font: QFont, scale: float = CITIZEN_SCALE) -> QFont:
    """``font`` made larger for citizen view (pixel-sized fonts too)."""
    bigger = QFont(font)
    if font.pointSizeF() > 0:
        bigger.setPointSizeF(font.pointSizeF() * scale)
    else:
        bigger.setPixelSize(round(font.pixelSize() * scale))
    return bigger


# Citizen view's type. (The headings belong in resources/style.qss with the rest; that file
# is shared, so they wait here until it is next changed.) A style sheet, not setFont(): with
# the program's style sheet in force a font set on a widget does not reach its children.
def citizen_view_style(font: QFont, scale: float = CITIZEN_SCALE) -> str:
    """The style sheet of citizen view: every text ``scale`` times ``font``, headings larger."""
    size = citizen_font(font, scale).pointSizeF()
    return f"""
QWidget {{ font-size: {size:.1f}pt; }}
QLabel#citizenViewName {{ font-size: {size * 1.6:.1f}pt; font-weight: 600; }}
QLabel#citizenName {{ font-size: {size * 1.3:.1f}pt; font-weight: 600; }}
QLabel#citizenViewIndicator {{ font-size: {size * 1.25:.1f}pt; font-weight: 600; }}
QLabel#citizenViewHeading {{ font-size: {size * 1.2:.1f}pt; font-weight: 600;
    margin: 8px 0px 0px 0px; }}
"""


# The toolbar's buttons look like buttons (a flat word is not seen as one); the one that is on
# (citizen view) is filled; the keyboard focus is a dark dashed frame, unlike the fill.
TOOLBAR_STYLE = """
QToolBar { spacing: 6px; padding: 2px 4px; border-bottom: 1px solid #c8c8c8; }
QToolButton { border: 1px solid #767676; border-radius: 4px; padding: 3px 12px;
              background: #ffffff; color: #1a1a1a; }
QToolButton:hover { background: #dce9f7; }
QToolButton:checked { background: #1f5fa8; color: #ffffff; border-color: #1f5fa8; }
QToolButton:focus { border: 2px dashed #1a1a1a; }
QToolButton:disabled { color: #6b6b6b; border-color: #b0b0b0; background: #f4f4f4; }
"""
