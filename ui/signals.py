"""Cross-screen events in one place, so screens never reach into each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget


class AppSignals(QObject):
    citizens_changed = Signal()  # the register must reload
    citizen_selected = Signal(object)  # citizen id, or None when nothing is chosen
    # HHH id: a life-wheel wish was carried to the plan. The plan page shows that HHH; the
    # main window opens the plan tab.
    hhh_carried_to_plan = Signal(int)

    @classmethod
    def of(cls, widget: QWidget) -> AppSignals | None:
        """The signals object of the window ``widget`` is in (the main window makes one);
        ``None`` for a screen shown on its own."""
        return widget.window().findChild(cls, options=Qt.FindChildOption.FindDirectChildrenOnly)
