"""The plan tab driven as a user drives it: a plan in the real main window on the demo
database (1366×768), clicks on the real buttons, typing, rows chosen with the mouse, Ctrl+Z,
and the questions the screen asks answered through ``ConfirmDialog.ask``.

``plan`` opens the plan of the demo citizen kept without a plan (no HHH, goal, step,
screening or contact), so a test makes the plan from nothing; ``hannes_plan`` opens the
plan of the 42-year-old woman of seed 003, whose whole year is in the demo."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QPushButton, QScrollArea, QWidget

from progressionsdialog.storage.citizens import list_citizens
from ui.dialogs.confirm import ConfirmDialog

PLAN_FREE = "Sabina Østergaard"  # demo.py keeps her plan-free for these tests
HANNE = "Hanne Bøgh"


def citizen_id(db, name: str) -> int:
    return next(c.id for c in list_citizens(db) if c.name == name)


def hanne_id(db) -> int:
    return citizen_id(db, HANNE)


@dataclass
class User:
    qtbot: object
    monkeypatch: object
    asked: list[str]

    def scroll_to(self, widget: QWidget) -> None:
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(widget)

    def click(self, widget: QWidget) -> None:
        assert widget.isEnabled(), widget.text() if isinstance(widget, QPushButton) else widget
        self.scroll_to(widget)
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())

    def press(self, section: QWidget, text: str) -> None:
        """Click the button in ``section`` that shows ``text``."""
        [found] = [b for b in section.findChildren(QPushButton) if b.text() == text]
        self.click(found)

    def type_into(self, widget: QWidget, text: str) -> None:
        self.click(widget)
        widget.selectAll()
        self.qtbot.keyClicks(widget, text)

    def choose_row(self, view: QAbstractItemView, row: int) -> None:
        """Click the first cell of ``row`` in a table or a list."""
        self.scroll_to(view)
        index = view.model().index(row, 0)
        view.scrollTo(index)
        rect = view.visualRect(index)
        self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        if isinstance(view, QListWidget):
            assert view.currentRow() == row
        else:
            assert view.selectionModel().isRowSelected(row)

    def ctrl_z(self, widget: QWidget) -> None:
        """Ctrl+Z on a widget with no undo of its own: the window's Rediger → Fortryd."""
        self.qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    def answer(self, yes: bool) -> None:
        """The next questions are answered ``yes`` (or no); ``asked`` keeps their texts."""

        def ask(cls, parent, title, text, yes_label):
            self.asked.append(text)
            return yes

        self.monkeypatch.setattr(ConfirmDialog, "ask", classmethod(ask))


@pytest.fixture
def user(qtbot, monkeypatch):
    return User(qtbot, monkeypatch, [])


@pytest.fixture
def main(demo_window, qtbot):
    demo_window.resize(1366, 768)
    qtbot.waitUntil(lambda: demo_window.width() == 1366)
    return demo_window


def open_tab(qtbot, window, index: int) -> None:
    bar = window.overview.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.overview.tabs.currentIndex() == index


@pytest.fixture
def hanne(demo_db) -> int:
    return hanne_id(demo_db)


@pytest.fixture
def plan_free(demo_db) -> int:
    """The id of the demo citizen with no plan yet (she has meetings, wheels, an effort)."""
    return citizen_id(demo_db, PLAN_FREE)


def open_plan(main, qtbot, cid: int):
    main.register.select_citizen(cid)
    open_tab(qtbot, main, main.overview.TAB_PLAN)
    page = main.overview.plan
    page.cid = cid
    return page


@pytest.fixture
def plan(main, plan_free, qtbot):
    """The plan tab of the citizen with no plan yet, open; ``plan.cid`` is her id."""
    return open_plan(main, qtbot, plan_free)


@pytest.fixture
def hannes_plan(main, hanne, qtbot):
    """Hanne's plan tab (her whole year from the demo), open; ``hannes_plan.cid`` is her id."""
    return open_plan(main, qtbot, hanne)


@pytest.fixture
def tab(qtbot, main):
    return lambda index: open_tab(qtbot, main, index)
