"""A side-by-side splitter whose left pane gets a fixed share of every change in width."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget


class ShareSplitter(QSplitter):
    """Two panes; when the splitter grows or shrinks by N pixels, the first pane by
    ``share`` × N. Where the person put the handle is kept as the starting point.

    (QSplitter's stretch factors share the change by the panes' current sizes as well, so
    the register's width did not follow a rule a test or a person could predict.)
    """

    def __init__(self, share: float, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.share = share

    def resizeEvent(self, event) -> None:
        old, new = event.oldSize().width(), event.size().width()
        first = self.sizes()[0] if self.count() == 2 else 0
        super().resizeEvent(event)
        if self.count() != 2 or old <= 0 or new == old:
            return
        total = sum(self.sizes())
        width = max(0, min(total, round(first + self.share * (new - old))))
        self.setSizes([width, total - width])
