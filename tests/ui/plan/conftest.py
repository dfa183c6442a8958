"""The plan tab driven as a user drives it: Hanne's plan in the real main window on the demo
database (1366×768), clicks on the real buttons, typing, rows chosen with the mouse, Ctrl+Z,
and the questions the screen asks answered through ``ConfirmDialog.ask``."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QPushButton, QScrollArea, QWidget

from progressionsdialog.storage.citizens import list_citizens
from ui.dialogs.confirm import ConfirmDialog


def hanne_id(db) -> int:
    return next(c.id for c in list_citizens(db) if c.name == "Hanne Bøgh")


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
def plan(main, demo_db, qtbot):
    """Hanne's plan tab, open; ``plan.cid`` is her id."""
    cid = hanne_id(demo_db)
    main.register.select_citizen(cid)
    open_tab(qtbot, main, main.overview.TAB_PLAN)
    page = main.overview.plan
    page.cid = cid
    return page


@pytest.fixture
def tab(qtbot, main):
    return lambda index: open_tab(qtbot, main, index)
