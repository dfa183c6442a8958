"""Loading the style sheet from resources/."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtWidgets import QApplication


def apply_style(app: QApplication) -> None:
    font = app.font()
    if font.pointSizeF() < 10.5:
        font.setPointSizeF(10.5)  # readable for the citizen beside the worker
        app.setFont(font)
    app.setStyleSheet(files("resources").joinpath("style.qss").read_text(encoding="utf-8"))
