"""The main window's shape kept between runs: its place and size, the register's width
beside the citizen, and the register's columns.

The register takes half of every pixel the window grows or shrinks by, and its first width
follows the same rule: at 1366 px the meeting screen keeps its room; at 1920 px target group
and caseworker have room in the list too. A width the caseworker dragged comes back.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QWidget

from ui.screens.register import RegisterScreen
from ui.widgets.share_splitter import ShareSplitter

REGISTER_SHARE = 0.5  # of every pixel the window's width changes by
GEOMETRY_KEY = "main_window/geometry"
REGISTER_WIDTH_KEY = "main_window/register_width"


def register_splitter(register: RegisterScreen, citizen: QWidget, em: int) -> ShareSplitter:
    """The register beside ``citizen``, sharing a change of width by ``REGISTER_SHARE``."""
    splitter = ShareSplitter(REGISTER_SHARE)
    splitter.addWidget(register)
    splitter.addWidget(citizen)
    splitter.setSizes([em * 36, em * 56])  # until the window is shown: ``place_splitter``
    splitter.setChildrenCollapsible(False)
    return splitter


class WindowGeometry:
    """Restores and saves ``window``'s shape, ``splitter``'s register width and
    ``register``'s columns (in ``QSettings``)."""

    def __init__(
        self, window: QMainWindow, splitter: ShareSplitter, register: RegisterScreen
    ) -> None:
        self._window, self._splitter, self._register = window, splitter, register
        self._splitter_placed = False  # True once placed by the rule or as it was left

    def restore(self) -> None:
        """The window's place and size and the register's columns, as left."""
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is not None:
            self._window.restoreGeometry(geometry)
        self._register.restore_columns(settings)

    def place_splitter_once(self) -> None:
        """The register's width, the first time the window is shown (the splitter has its
        width only then)."""
        if self._splitter_placed:
            return
        self._splitter_placed = True
        kept = QSettings().value(REGISTER_WIDTH_KEY)
        self.place_splitter(int(kept) if kept is not None else None)

    def place_splitter(self, register: int | None = None) -> None:
        """The register as wide as it was left; else 36 em wide in a 1366 px window (113 em
        of splitter), and half of any width more or less than that, as the splitter shares
        a change of width later."""
        em = self._window.fontMetrics().horizontalAdvance("M")
        total = self._splitter.width() - self._splitter.handleWidth()
        if register is None:
            register = round(em * 36 + REGISTER_SHARE * (total - em * 113))
        register = max(em * 24, min(register, total - em * 40))
        self._splitter.setSizes([register, total - register])

    def save(self, register_shown: bool) -> None:
        """Keep the shape; the register's width only if ``register_shown`` (else its width
        is not the one it had)."""
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self._window.saveGeometry())
        if self._splitter_placed and register_shown:
            settings.setValue(REGISTER_WIDTH_KEY, self._splitter.sizes()[0])
        self._register.save_columns(settings)
