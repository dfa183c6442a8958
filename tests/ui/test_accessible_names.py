"""A screen reader can tell every control apart (EN 301 549 / WCAG 2.1 AA, 4.1.2 and 2.5.3).

The real window at 1366×768 on the demo database: every tab of a citizen with a full plan,
and the dialogs. Each interactive control a user can reach must have an accessible name, that
name must hold the words of the label a sighted user reads for it, and no two visible
controls on a screen may share a name ("Ret" five times tells a blind user nothing).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QSlider,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.ui.whole_tab import whole

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QSlider,
    QTabBar,
)
# Parts of another control that a screen reader announces through it.
NOT_ON_THEIR_OWN = (QScrollBar, QHeaderView, QTabWidget)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader on Windows reads: the one set, else the one Qt derives
    (a button's text). (On Linux Qt reads a combo box's value as its name instead.)"""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


def reachable(root: QWidget) -> list[QWidget]:
    """The controls a user can reach on the screen shown now."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or isinstance(widget, NOT_ON_THEIR_OWN):
            continue
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the line edit inside a combo box or a date field
        interactive = isinstance(widget, INTERACTIVE) or (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(widget, QScrollArea)
        )
        if (interactive and widget.isEnabled()) or isinstance(widget, QScrollArea):
            found.append(widget)
    return found


def visible_words(text: str) -> str:
    """The words of a label, without mnemonics, marks and punctuation."""
    return " ".join(re.sub(r"[*:()?,.…]", " ", text.replace("&", "")).split()).lower()


def problems(root: QWidget, where: str) -> list[str]:
    found, names = [], {}
    for widget in reachable(root):
        kind = (
            f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}"
        )
        name = accessible_name(widget)
        if not name:
            found.append(f"{where}: {kind} has no name")
            continue
        names.setdefault(name, []).append(kind)
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not label.isVisibleTo(root) or not buddy.isVisibleTo(root):
            continue
        if not isinstance(buddy, INTERACTIVE):
            continue  # a label beside a read-only text is not a control's label
        words = visible_words(label.text())
        if words and words not in visible_words(accessible_name(buddy)):
            found.append(
                f"{where}: {type(buddy).__name__} is labelled {label.text()!r} "
                f"but named {accessible_name(buddy)!r}"
            )
    for name, kinds in names.items():
        if len(kinds) > 1:
            found.append(f"{where}: {len(kinds)} controls named {name!r}: {kinds}")
    return found


def every_tab(window, qtbot) -> list[str]:
    """Open each tab (and each tab inside it) as a user would, and collect the problems."""
    found = problems(window, "register")
    tabs = window.overview.tabs
    for index in range(tabs.count()):
        bar = tabs.tabBar()
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        qtbot.waitUntil(lambda i=index: tabs.currentIndex() == i)
        qtbot.waitUntil(lambda: whole(tabs.currentWidget()))
        page = tabs.widget(index)
        inner = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(page)]
        if not inner:
            found += problems(window, tabs.tabText(index))
        for sub in inner:
            for sub_index in range(sub.count()):
                sub.setCurrentIndex(sub_index)
                found += problems(window, f"{tabs.tabText(index)} → {sub.tabText(sub_index)}")
    return found


@pytest.fixture
def laptop(demo_window):
    demo_window.resize(1366, 768)
    return demo_window


def choose(window, qtbot, name: str) -> None:
    window.register.search.setFocus()
    window.register.search.clear()
    QTest.keyClicks(window.register.search, name)
    QTest.keyClick(window.register.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.overview.name_label.text().startswith(name))


@pytest.mark.parametrize("citizen", ["Hanne", "Louise"])
def test_every_control_on_every_tab_has_its_own_name(laptop, qtbot, citizen):
    choose(laptop, qtbot, citizen)
    found = every_tab(laptop, qtbot)
    assert found == [], "\n".join(found)


def test_the_walk_finds_an_unnamed_control(laptop, qtbot):
    """The walk itself can fail: an unlabelled field is reported."""
    field = QLineEdit(laptop.register)
    field.show()
    found = problems(laptop, "register")
    assert any("QLineEdit" in line and "no name" in line for line in found)
    twin = QLineEdit(laptop.register)
    twin.setAccessibleName(accessible_name(laptop.register.search))
    twin.show()
    assert any("controls named" in line for line in problems(laptop, "register"))


def _dialogs(db, data_dir):
    """Each dialog as the window makes it (shown without a modal loop)."""
    from progressionsdialog.storage.projects import list_projects
    from progressionsdialog.tools.definition import load_tool
    from ui.dialogs.audit_dialog import AuditDialog
    from ui.dialogs.citizen_form import CitizenFormDialog
    from ui.dialogs.password_dialog import PasswordDialog
    from ui.dialogs.projects_dialog import ProjectsDialog
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.dialogs.statistics_dialog import StatisticsDialog

    yield "citizen form", CitizenFormDialog(lambda *a: None, [], db=db)
    yield "settings", SettingsDialog(db)
    yield "password (new)", PasswordDialog("new")
    yield "password (change)", PasswordDialog("change")
    yield "audit log", AuditDialog(db, None)
    yield "statistics", StatisticsDialog(db, load_tool("halsnaes"), data_dir)
    yield "projects", ProjectsDialog(db)
    assert list_projects(db)  # the demo's project, so the members' table is filled


def test_every_dialog_names_its_controls(app, qtbot, data_dir):
    from progressionsdialog.demo import create_demo_database
    from progressionsdialog.storage import open_database

    db = open_database(create_demo_database(data_dir, with_project=True))
    found, kept = [], []
    for name, dialog in _dialogs(db, data_dir):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        found += problems(dialog, name)
        dialog.close()  # as a user closes it: its work in the background stops
        kept.append(name)
    assert len(kept) == 7
    assert found == [], "\n".join(found)
