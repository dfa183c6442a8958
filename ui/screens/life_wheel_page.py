"""The life wheel of a meeting: the wheel beside a list of the areas that does the same by form.

The list is the accessible twin of the wheel: every area, its score and its wish can be
read and set there with a screen reader or the keyboard alone. Each area shows ▲, ▼ or =
against the last wheel.

A first wheel starts empty: the citizen names the areas that matter to them, from the
suggestions or in their own words ("Andet …"). Later wheels start from the areas of the last.

Everything is saved at once, except a drag on the wheel: its scores are shown as it goes and
saved once when the button is let go, or by ``flush_pending`` if the screen changes first.
"""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.life_wheel import (
    MIN_AREAS,
    AreaStatus,
    LifeArea,
    LifeWheel,
    suggestions,
)
from progressionsdialog.domain.wheel_change import AreaChange, area_changes
from progressionsdialog.errors import ProgressionsdialogError, ValidationError
from progressionsdialog.storage.life_wheels import (
    get_wheel,
    previous_wheel,
    save_wheel,
    start_hhh_from_area,
)
from progressionsdialog.storage.meetings import get_meeting, list_meetings
from ui.dialogs.confirm import ConfirmDialog
from ui.pending import PendingSave, flush_pending
from ui.read_only import reads_only
from ui.signals import AppSignals
from ui.translation import meeting_kind_label
from ui.widgets.field_error import FieldError
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.life_wheel import LifeWheelWidget

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
WHEEL_MIN_HEIGHT = 260  # as LifeWheelWidget sets it
STACKED_WHEEL_HEIGHT = 360


class LifeWheelPage(QWidget):
    carried_to_plan = Signal(int)  # HHH id

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.citizen_id: int | None = None
        self.meeting_id: int | None = None
        self._shown_row = -1  # the area in the fields, which the typing belongs to
        self._loading = False
        self._previous = None  # (meeting, wheel) of the last wheel before this meeting's
        self._changes: list[AreaChange] = []

        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Samtale"))
        reads_only(self.meeting)  # chooses which wheel is shown
        self.meeting.currentIndexChanged.connect(self._on_meeting_chosen)
        self.start_button = QPushButton(self.tr("Start livshjul"))
        self.start_button.clicked.connect(self.start_wheel)
        self.outline_note = QLabel()
        self.outline_note.setObjectName("hint")
        self.outline_note.setWordWrap(True)
        self.start_hint = QLabel()
        self.start_hint.setObjectName("hint")
        self.start_hint.setWordWrap(True)
        self.wheel = LifeWheelWidget()
        self.wheel.set_empty_text(
            self.tr(
                "Hvad betyder mest i dit liv? Tryk på »Tilføj …« og vælg et område, "
                "eller vælg »Andet …« og skriv dit eget."
            )
        )
        self.wheel.score_changed.connect(self.set_score)
        self.wheel.current_changed.connect(self._on_wheel_current)
        self.wheel.drag_finished.connect(self._on_drag_finished)
        # A drag's scores wait here until the button is let go (or the screen changes).
        self._score_save = PendingSave(self, self._save_scores, delay_ms=None)

        self.areas = QListWidget()
        self.areas.setAccessibleName(self.tr("Livsområder"))
        # "Helbred: 4 = som sidst ★ vil ændre" wraps in a narrow list (citizen view's large
        # type) instead of scrolling sideways
        self.areas.setWordWrap(True)
        self.areas.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.areas.currentRowChanged.connect(self._on_list_current)
        self._pending_name: tuple[int, str] | None = None  # a refused rename, kept on screen
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Navn på livsområdet"))
        PendingSave(self, self._rename, delay_ms=None).watch(self.name)
        self.name_error = FieldError()
        self.score = QSpinBox()
        self.score.setRange(-1, 10)
        self.score.setSpecialValueText(self.tr("ikke sat"))
        self.score.setAccessibleName(self.tr("Score: hvor godt fungerer det? 0 til 10"))
        self.score.valueChanged.connect(self._on_spin)
        self.status_group = QButtonGroup(self)
        status_box = QVBoxLayout()
        for status in AreaStatus:
            button = QRadioButton(self.tr(status.label))
            self.status_group.addButton(button)
            button.setProperty("status", status.value)
            status_box.addWidget(button)
        self.status_group.buttonClicked.connect(self._on_status)
        self.words = QLineEdit()
        self.words.setPlaceholderText(self.tr("Med borgerens egne ord"))
        self.words.setAccessibleName(self.tr("Ønske: hvad vil du gerne ændre?"))
        PendingSave(self, self._on_words, delay_ms=None).watch(self.words)
        self.error = FieldError()

        self.add_button = QPushButton(self.tr("Tilføj …"))
        self.add_menu = QMenu(self)
        self.add_button.setMenu(self.add_menu)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        self.remove_button = QPushButton(self.tr("Fjern"))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QPushButton("↑")
        self.up_button.setAccessibleName(self.tr("Flyt op"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton("↓")
        self.down_button.setAccessibleName(self.tr("Flyt ned"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.plan_button = QPushButton(self.tr("Tag ønsket med til planen"))
        self.plan_button.clicked.connect(self.carry_to_plan)

        self._area_buttons = buttons = FlowLayout()  # wraps when the list is under the wheel
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Navn:"), self.name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("Score:"), self.score)
        form.addRow(self.tr("Hvordan er det?"), status_box)
        form.addRow(self.tr("Ønske:"), self.words)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.areas, 1)
        side_layout.addLayout(buttons)
        side_layout.addLayout(form)
        side_layout.addWidget(self.plan_button)
        side_layout.addWidget(self.error)

        # Long meeting kinds ("Netværksmøde / rundbordssamtale") must not widen the page
        self.meeting.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting.setMinimumContentsLength(24)
        top = FlowLayout()
        top.addWidget(QLabel(self.tr("Livshjul fra samtalen:")))
        top.addWidget(self.meeting, 1)
        top.addWidget(self.start_button)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.wheel)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.outline_note)
        layout.addWidget(self.start_hint)
        layout.addWidget(splitter, 1)
        self._show_wheel(None, None)

    # -- fitting the screen --------------------------------------------------------------
    def _side_width(self) -> int:
        """Beside the wheel, the list is as wide as its buttons on one line."""
        margins = self.splitter.widget(1).layout().contentsMargins()
        return self._area_buttons.sizeHint().width() + margins.left() + margins.right()

    def _beside_needs(self) -> int:
        """The width the wheel and its list need side by side."""
        margins = self.layout().contentsMargins()
        return (
            self.wheel.minimumSizeHint().expandedTo(self.wheel.minimumSize()).width()
            + self._side_width()
            + self.splitter.handleWidth()
            + margins.left()
            + margins.right()
        )

    def minimumSizeHint(self) -> QSize:
        """As narrow as the wheel above its list: on a narrow screen (a laptop at 200 %)
        the page scrolls down, never sideways (``resizeEvent`` stacks them)."""
        hint = super().minimumSizeHint()
        side = self.splitter.widget(1)
        margins = self.layout().contentsMargins()
        narrow = max(self.wheel.minimumWidth(), side.minimumSizeHint().width())
        return QSize(narrow + margins.left() + margins.right(), hint.height())

    def resizeEvent(self, event) -> None:
        beside = event.size().width() >= self._beside_needs()
        wanted = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
        self.splitter.widget(1).setMinimumWidth(self._side_width() if beside else 0)
        # Stacked, the wheel is about as high as it is wide (big enough for a finger, with
        # the list right under it); beside its list, it has the page's height.
        tall = max(STACKED_WHEEL_HEIGHT, event.size().width() * 4 // 5)
        self.wheel.setMinimumHeight(WHEEL_MIN_HEIGHT if beside else STACKED_WHEEL_HEIGHT)
        self.wheel.setMaximumHeight(QWIDGETSIZE_MAX if beside else tall)
        super().resizeEvent(event)

    # -- loading ------------------------------------------------------------------------
    def show_citizen(self, citizen_id: int | None) -> None:
        flush_pending(self)
        self.citizen_id = citizen_id
        self._loading = True
        self.meeting.clear()
        for meeting in reversed(list_meetings(self.db, citizen_id) if citizen_id else []):
            self.meeting.addItem(
                f"{format_date(meeting.held_on)}  {meeting_kind_label(meeting.kind)}",
                meeting.id,
            )
        self._loading = False
        self._on_meeting_chosen(0)

    def _on_meeting_chosen(self, _index: int) -> None:
        if self._loading:
            return
        flush_pending(self)  # typed words belong to the wheel shown until now
        self.meeting_id = self.meeting.currentData()
        if self.meeting_id is None:
            self._show_wheel(None, None)
            return
        meeting = get_meeting(self.db, self.meeting_id)
        before = previous_wheel(self.db, meeting)
        self._previous = before
        self._show_wheel(get_wheel(self.db, self.meeting_id), before[1] if before else None)

    def _previous_wheel(self) -> LifeWheel | None:
        return self._previous[1] if self._previous else None

    def _show_wheel(self, wheel: LifeWheel | None, previous: LifeWheel | None) -> None:
        self._wheel = wheel
        self._score_save.discard()  # flushed before any change of wheel
        self._shown_row = -1
        has = wheel is not None
        self.start_button.setVisible(self.meeting_id is not None and not has)
        self.start_button.setText(
            self.tr("Nyt livshjul med områderne fra sidst")
            if previous
            else self.tr("Start livshjul")
        )
        prev = self._previous
        self.outline_note.setText(
            self.tr("Den stiplede linje viser livshjulet fra %1.").replace(
                "%1", format_date(prev[0].held_on)
            )
            if has and prev
            else ""
        )
        self.wheel.set_wheel(wheel or LifeWheel(), previous if has else None)
        for widget in (
            self.areas,
            self.name,
            self.score,
            self.words,
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            widget.setEnabled(has)
        for button in self.status_group.buttons():
            button.setEnabled(has)
        self._fill_list()

    def _update_start_hint(self) -> None:
        count = len(self._wheel) if self._wheel is not None else 0
        if self._wheel is None or count >= MIN_AREAS:
            self.start_hint.setText("")
        elif count == 0:
            self.start_hint.setText(
                self.tr(
                    "Vælg de livsområder, der betyder mest for borgeren. Vælg mindst %1."
                ).replace("%1", str(MIN_AREAS))
            )
        else:
            self.start_hint.setText(
                self.tr("Vælg mindst %1 livsområder. Der mangler %2.")
                .replace("%1", str(MIN_AREAS))
                .replace("%2", str(MIN_AREAS - count))
            )
        self.start_hint.setVisible(bool(self.start_hint.text()))

    def _row_text(self, index: int) -> str:
        """One area in the list: its name, score, ▲/▼/= against last time, and its wish."""
        area: LifeArea = self._wheel.areas[index]
        text = f"{area.name}: {'–' if area.score is None else area.score}"
        change = self._changes[index] if index < len(self._changes) else None
        if change is not None and change.mark:
            said = {
                "▲": self.tr("op fra %1"),
                "▼": self.tr("ned fra %1"),
                "=": self.tr("som sidst"),
            }[change.mark]
            text += f"  {change.mark} {said.replace('%1', str(change.before))}"
        elif change is not None and change.is_new and self._previous:
            text += "  " + self.tr("(nyt)")
        mark = {
            AreaStatus.WANTS_CHANGE: "  ★ " + self.tr("vil ændre"),
            AreaStatus.WORKS_WELL: "  ✓",
        }
        return text + mark.get(area.status, "")

    def _fill_list(self, select: int | None = None) -> None:
        wheel = self._wheel or LifeWheel()
        self._changes = area_changes(self._previous_wheel(), wheel) if self._previous else []
        self._update_start_hint()
        row = self.wheel.current() if select is None else select
        self._loading = True
        self.areas.clear()
        for index in range(len(wheel)):
            self.areas.addItem(self._row_text(index))
        self._loading = False
        self._enable_area_fields(self._wheel is not None and bool(wheel.areas))
        if wheel.areas:
            row = max(0, min(row, len(wheel) - 1))
            self.areas.setCurrentRow(row)
            self._show_area(row)

    def _enable_area_fields(self, enabled: bool) -> None:
        """The fields of one area mean nothing while the wheel has none: empty and off."""
        fields = (self.name, self.score, self.words, self.remove_button)
        for widget in (*fields, self.up_button, self.down_button, *self.status_group.buttons()):
            widget.setEnabled(enabled)
        if not enabled:
            self._loading = True
            self.name.setText("")
            self.score.setValue(-1)
            self.words.setText("")
            self.plan_button.setEnabled(False)
            self._loading = False

    def _show_area(self, index: int) -> None:
        if self._wheel is None or not 0 <= index < len(self._wheel):
            return
        if index != self._shown_row:
            flush_pending(self)  # typed words belong to the area shown until now
        area = self._wheel.areas[index]
        self._shown_row = index
        self._loading = True
        if self._pending_name and self._pending_name[0] == index:
            self.name.setText(self._pending_name[1])  # keep what was typed, with its message
        else:
            self._pending_name = None
            self.name.setText(area.name)
            self.name_error.show_message(None)
        self.score.setValue(-1 if area.score is None else area.score)
        for button in self.status_group.buttons():
            button.setChecked(button.property("status") == area.status.value)
        self.words.setText(area.citizen_words)
        self.plan_button.setEnabled(area.status is AreaStatus.WANTS_CHANGE)
        self._loading = False
        self.wheel.set_current(index)

    # -- changes ------------------------------------------------------------------------
    def _apply(self, change, select: int | None = None) -> bool:
        """Make a change to the wheel and save it; a refused change leaves all as it was."""
        if self._wheel is None or self.meeting_id is None:
            return False
        try:
            wheel = change(self._wheel)
            self._wheel = save_wheel(self.db, self.meeting_id, wheel)
        except ValidationError as error:
            self.error.show_message(error.message)
            return False
        except ProgressionsdialogError as error:
            self.error.show_message(str(error))
            return False
        self._score_save.discard()  # the whole wheel, scores and all, is saved
        self.error.show_message(None)
        self.wheel.set_wheel(self._wheel, self._previous_wheel())
        self._fill_list(select)
        return True

    def start_wheel(self) -> None:
        """A new wheel for the meeting shown: the last wheel's areas, or none the first time.

        A first wheel is not stored until it has an area: the citizen chooses them.
        """
        if self.meeting_id is None:
            return
        prev = self._previous
        if prev:
            self._wheel = save_wheel(self.db, self.meeting_id, prev[1].restarted())
            self._show_wheel(self._wheel, prev[1])
            self.wheel.setFocus()
        else:
            self._show_wheel(LifeWheel(), None)
            self.add_button.setFocus()  # Space opens the suggestions

    def set_score(self, index: int, score: int | None) -> None:
        """A score from the wheel or the spin box: shown at once, saved at once, or when a
        drag ends. Only the area's own row is redrawn."""
        if self._wheel is None or self.meeting_id is None:
            return
        try:
            self._wheel = self._wheel.set_score(index, score)
        except ValidationError as error:
            self.error.show_message(error.message)
            return
        self.wheel.set_wheel(self._wheel, self._previous_wheel())
        self._changes = self.wheel.changes()
        item = self.areas.item(index)
        if item is not None:
            item.setText(self._row_text(index))
        if index == self._shown_row:
            self._loading = True
            self.score.setValue(-1 if score is None else score)
            self._loading = False
        self._score_save.touch()
        if not self.wheel.dragging():
            self._score_save.flush()

    def _on_drag_finished(self) -> None:
        self._score_save.flush()

    def _save_scores(self) -> None:
        if self._wheel is None or self.meeting_id is None:
            return
        try:
            self._wheel = save_wheel(self.db, self.meeting_id, self._wheel)
        except ProgressionsdialogError as error:
            self.error.show_message(str(error))
            self._score_save.touch()  # still on screen: tried again at the next save
            return
        self.error.show_message(None)

    def _on_spin(self, value: int) -> None:
        if not self._loading:
            self.set_score(self.areas.currentRow(), None if value < 0 else value)

    def _rename(self) -> None:
        if self._loading or self._wheel is None:
            return
        row = self._shown_row
        if not 0 <= row < len(self._wheel) or self.name.text() == self._wheel.areas[row].name:
            return
        try:
            self._wheel.rename_area(row, self.name.text())
        except ValidationError as error:
            self.name_error.show_message(error.message)  # the typed text stays in the field
            self._pending_name = (row, self.name.text())
            return
        self._pending_name = None
        self.name_error.show_message(None)
        self._apply(lambda w: w.rename_area(row, self.name.text()), select=row)

    def _on_status(self, button) -> None:
        row = self.areas.currentRow()
        status = AreaStatus(button.property("status"))
        self._apply(lambda w: w.set_status(row, status, self.words.text()), select=row)

    def _on_words(self) -> None:
        if self._loading or self._wheel is None:
            return
        row = self._shown_row
        if (
            0 <= row < len(self._wheel)
            and self.words.text() != self._wheel.areas[row].citizen_words
        ):
            status = self._wheel.areas[row].status
            self._apply(lambda w: w.set_status(row, status, self.words.text()), select=row)

    def add_area(self, name: str) -> bool:
        count = len(self._wheel) if self._wheel else 0
        return self._apply(lambda w: w.add_area(name), select=count)

    def remove_current(self) -> bool:
        row = self.areas.currentRow()
        if self._wheel is None or not 0 <= row < len(self._wheel):
            return False
        name = self._wheel.areas[row].name
        question = self.tr("Vil du fjerne %1 fra livshjulet?").replace("%1", name)
        if not ConfirmDialog.ask(self, self.tr("Fjern livsområde"), question, self.tr("Fjern")):
            return False
        return self._apply(lambda w: w.remove_area(row), select=max(0, row - 1))

    def move_current(self, step: int) -> None:
        row = self.areas.currentRow()
        self._apply(lambda w: w.move_area(row, row + step), select=row + step)

    def carry_to_plan(self) -> int | None:
        row = self.areas.currentRow()
        if self._wheel is None or self.meeting_id is None or not 0 <= row < len(self._wheel):
            return None
        area = self._wheel.areas[row]
        hhh_id = start_hhh_from_area(self.db, self.meeting_id, area.id)
        self.error.show_message(None)
        self.plan_button.setText(self.tr("Ønsket er med i planen"))
        self.carried_to_plan.emit(hhh_id)
        signals = AppSignals.of(self)  # the plan page shows it; the main window opens the tab
        if signals is not None:
            signals.hhh_carried_to_plan.emit(hhh_id)
        return hhh_id

    def _fill_add_menu(self) -> None:
        self.add_menu.clear()
        taken = {a.name.casefold() for a in (self._wheel.areas if self._wheel else ())}
        for name in suggestions("da"):
            action = QAction(name, self.add_menu)
            action.setEnabled(name.casefold() not in taken)
            action.triggered.connect(lambda _=False, n=name: self.add_area(n))
            self.add_menu.addAction(action)
        self.add_menu.addSeparator()
        other = QAction(self.tr("Andet …"), self.add_menu)
        other.triggered.connect(self._add_other)
        self.add_menu.addAction(other)

    def _add_other(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Nyt livsområde"), self.tr("Navn:"))
        if ok:
            self.add_area(name)

    def _on_wheel_current(self, index: int) -> None:
        if self.areas.currentRow() != index:
            self.areas.setCurrentRow(index)

    def _on_list_current(self, row: int) -> None:
        if not self._loading and row >= 0:
            self._show_area(row)
