"""Small widgets the plan's sections share: dates, the row that ends a thing on a day with a
reason, and the history shown on request."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog.domain.dates import format_date, qt_date_format
from progressionsdialog.storage.revisions import Revision
from ui.read_only import reads_only
from ui.widgets.flow_layout import FlowLayout

ID_ROLE = Qt.ItemDataRole.UserRole


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def first_line(text: str, width: int = 40) -> str:
    """The first line of ``text``, cut to ``width`` characters with "…" when it was longer.

    >>> first_line("Fast arbejde som hjemmehjælper i aftenvagter", 20)
    'Fast arbejde som hj…'
    """
    line = (text.strip().splitlines() or [""])[0]
    return line if len(line) <= width else line[: width - 1] + "…"


def date_edit(value: QDate, name: str) -> QDateEdit:
    edit = QDateEdit(value)
    edit.setDisplayFormat(qt_date_format())
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    return edit


def button(text: str, slot: Callable[[], object], name: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.clicked.connect(lambda _checked=False: slot())
    if name:
        widget.setAccessibleName(name)
    return widget


def follow_in_tab_order(part: QWidget) -> None:
    """The widgets just made in ``part`` (in a window already) put where ``part`` stands in
    the Tab order: a widget made later joins its window's Tab order at the end, after
    everything made before it. Their own order stays."""
    window = part.window()
    if window is part:
        return
    made = []  # the newest at the end of the chain, back to the first not in ``part``
    widget = window.previousInFocusChain()
    while widget is not window and part.isAncestorOf(widget):
        made.append(widget)
        widget = widget.previousInFocusChain()
    before = part.previousInFocusChain()  # the last one Tab stops at before ``part``
    while before is not window and before.focusPolicy() == Qt.FocusPolicy.NoFocus:
        before = before.previousInFocusChain()
    for widget in reversed(made):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:  # (Qt moves only these)
            QWidget.setTabOrder(before, widget)
            before = widget


def together(*widgets: QWidget | str) -> QHBoxLayout:
    """Widgets that stay on one line when a ``FlowLayout`` wraps: a label (given as text)
    and its field, or ↑ and ↓."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(QLabel(widget) if isinstance(widget, str) else widget)
    return row


def narrow_combo(combo: QComboBox, letters: int = 16) -> QComboBox:
    """A chooser as wide as ``letters`` letters at least, not as its longest entry (a goal's
    title, a person with their role): it takes the room the row gives it, and its open list
    shows every entry in full, so it never makes the page scroll sideways."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)
    return combo


def fill_list(widget: QListWidget, rows: list[tuple[int, str, bool]], keep: int | None) -> None:
    """Rows of (id, text, still open); the row with id ``keep`` stays chosen."""
    widget.blockSignals(True)  # the caller updates what depends on the choice afterwards
    widget.clear()
    for row_id, text, is_open in rows:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, row_id)
        if not is_open:
            item.setForeground(Qt.GlobalColor.darkGray)
        widget.addItem(item)
        if row_id == keep:
            widget.setCurrentItem(item)
    widget.blockSignals(False)


def chosen_id(widget: QListWidget) -> int | None:
    item = widget.currentItem()
    return item.data(ID_ROLE) if item is not None else None


class StatusRow(QWidget):
    """ "Den 03-02-2025, fordi …" and the buttons that end (or reopen) the chosen thing."""

    def __init__(self, reason_hint: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what  # "Mål", "Delmål" …: a screen reader tells the rows apart by it
        self.on = date_edit(QDate.currentDate(), self.named(self.tr("Hvornår skete det?")))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(reason_hint)
        self.reason.setAccessibleName(self.named(self.tr("Hvorfor?")))
        # Both rows wrap on a narrow screen (200 %) instead of widening the page
        self.buttons = FlowLayout()
        top = FlowLayout()
        top.addLayout(together(self.tr("Dato:"), self.on))
        top.addWidget(self.reason, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self.buttons)

    def named(self, text: str) -> str:
        return f"{text} – {self.what}"

    def add(self, text: str, slot: Callable[[], object]) -> QPushButton:
        widget = button(text, slot, self.named(text))
        self.buttons.addWidget(widget)
        return widget

    def finish(self) -> None:
        self.buttons.addStretch()

    def day(self) -> date:
        return pydate(self.on.date())

    def text(self) -> str:
        return self.reason.text()

    def done(self) -> None:
        """The change is saved: the reason belongs to it, not to the next one."""
        self.reason.clear()


class HistoryView(QWidget):
    """A button "Historik (3)" that shows or hides the lines of what happened before."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.toggled.connect(self._shown)
        reads_only(self.toggle)  # shows, changes nothing
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        self.lines.setTextFormat(Qt.TextFormat.PlainText)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines.setObjectName("hint")
        self.lines.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.lines)
        self.set_lines([])

    def set_lines(self, lines: list[str]) -> None:
        self.lines.setText("\n".join(lines))
        self.toggle.setText(f"{self._title} ({len(lines)})")
        self.toggle.setEnabled(bool(lines))
        if not lines:
            self.toggle.setChecked(False)

    def _shown(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.lines.setVisible(shown)


def history_lines(versions: list[Revision], names: dict[str, str]) -> list[str]:
    """ "Hvad, 03-02-2025: Pension  (ændret 10-03-2025)" for every version that was replaced."""
    changed = QCoreApplication.translate("HistoryView", "(ændret %1)")
    return [
        f"{names[old.field]}, {format_date(old.written_on)}: {old.text or '–'}  "
        + changed.replace("%1", format_date(new.written_on))
        for old, new in pairwise(versions)
        if old.field == new.field
    ]
