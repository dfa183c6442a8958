"""The score control by mouse (computed points), keyboard, and its refusal of bad values."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from ui.widgets.score_selector import ScoreSelector


@pytest.fixture
def selector(qtbot):
    widget = ScoreSelector("Borgerens score")
    qtbot.addWidget(widget)
    widget.resize(500, 60)
    widget.show()
    qtbot.waitUntil(widget.isVisible)
    return widget


@pytest.mark.parametrize("value", [1, 4, 7, 10])
def test_clicking_the_centre_of_a_cell_picks_its_score(qtbot, selector, value):
    centre = selector.cell_rect(value).center().toPoint()
    with qtbot.waitSignal(selector.valueChanged) as blocker:
        qtbot.mouseClick(selector, Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == [value]
    assert selector.value() == value


def test_clicking_the_edges_stays_in_range(qtbot, selector):
    qtbot.mouseClick(selector, Qt.MouseButton.LeftButton, pos=QPoint(selector.width() - 3, 30))
    assert selector.value() == 10
    qtbot.mouseClick(selector, Qt.MouseButton.LeftButton, pos=QPoint(2, 30))
    assert selector.value() == 1


def test_targets_are_large_enough_for_touch(selector):
    assert selector.sizeHint().height() >= 40
    assert selector.cell_rect(5).width() >= 40


def test_keyboard_digits_arrows_and_clear(qtbot, selector):
    selector.setFocus()
    qtbot.keyClick(selector, Qt.Key.Key_7)
    assert selector.value() == 7
    qtbot.keyClick(selector, Qt.Key.Key_Right)
    assert selector.value() == 8
    qtbot.keyClick(selector, Qt.Key.Key_Left)
    qtbot.keyClick(selector, Qt.Key.Key_Left)
    assert selector.value() == 6
    qtbot.keyClick(selector, Qt.Key.Key_0)
    assert selector.value() == 10
    qtbot.keyClick(selector, Qt.Key.Key_Right)
    assert selector.value() == 10
    qtbot.keyClick(selector, Qt.Key.Key_Home)
    assert selector.value() == 1
    qtbot.keyClick(selector, Qt.Key.Key_Delete)
    assert selector.value() is None
    assert selector.accessibleDescription() == "ikke svaret"
    qtbot.keyClick(selector, Qt.Key.Key_Minus)  # not a score: nothing happens
    qtbot.keyClicks(selector, "a")
    assert selector.value() is None


@pytest.mark.parametrize("bad", [0, 11, -1])
def test_out_of_range_values_are_refused(selector, bad):
    with pytest.raises(ValueError):
        selector.setValue(bad)
    assert selector.value() is None


def test_accessible_text_follows_the_value(selector):
    selector.setValue(6)
    assert selector.accessibleName() == "Borgerens score"
    assert selector.accessibleDescription() == "6 af 10"
