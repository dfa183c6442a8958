"""Cross-screen events in one place, so screens never reach into each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    citizens_changed = Signal()  # the register must reload
    citizen_selected = Signal(object)  # citizen id, or None when nothing is chosen
