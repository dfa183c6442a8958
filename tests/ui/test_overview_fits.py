"""The overview never cuts a line off: at 1366×768 and at 200 % (960×540 logical) every
box shows all its lines; when the window is short the overview scrolls down instead."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


@pytest.mark.parametrize("size", [(1366, 768), (960, 540)])
def test_every_overview_box_shows_all_its_lines(demo_window, qtbot, size):
    demo_window.resize(*size)
    qtbot.waitUntil(lambda: demo_window.width() == size[0])
    demo_window.register.search.setFocus()
    QTest.keyClicks(demo_window.register.search, "Louise")
    QTest.keyClick(demo_window.register.search, Qt.Key.Key_Down)
    overview = demo_window.overview
    qtbot.waitUntil(lambda: overview.name_label.text().startswith("Louise"))
    qtbot.waitUntil(lambda: overview.summary_scroll.isVisible())
    labels = [label for _box, label in overview.summary_boxes.values()]
    qtbot.waitUntil(lambda: all(label.height() > 0 for label in labels))
    cut = []
    for key, (_box, label) in overview.summary_boxes.items():
        assert label.text(), key
        needed = label.heightForWidth(label.width())
        if label.height() < needed:
            cut.append(f"{key}: {label.height()} px shown of {needed}")
    assert cut == []
    scroll = overview.summary_scroll
    assert scroll.horizontalScrollBar().maximum() == 0  # never sideways
