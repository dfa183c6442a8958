"""A tab built in parts, a turn of the event loop each (the Plan tab, issue 16), is whole a
moment after it is opened. A test that looks at everything on a tab waits for that, as a
person sees it a moment after the click."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.screens.plan_page import PlanPage


def whole(tab: QWidget) -> bool:
    """Nothing on ``tab`` (a tab's page, shown) is still to be built."""
    return all(page.is_built() for page in tab.findChildren(PlanPage) if page.isVisible())
