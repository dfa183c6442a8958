"""The screening's rows, one per area (its name, the four choices, the citizen's words and the
worker's note), and the screening told in words: the summary and the earlier screenings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.screening import (
    AreaAnswer,
    AreaInfo,
    AreaStatus,
    Screening,
    ScreeningArea,
)
from ui.pending import PendingSave
from ui.screens.plan.context import label_tr

# Two by two beside the citizen's words: the two a leader counts by on top.
STATUS_ORDER = (AreaStatus.RESOURCE, AreaStatus.BARRIER, AreaStatus.BOTH, AreaStatus.NOT_TALKED)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScreeningSection", text)


class _RowKeys(QObject):
    """Tab into an area's choices lands on the one chosen, as a screen reader expects; text
    is saved when its field is left, as a line edit's is."""

    def __init__(self, row: AreaRow) -> None:
        super().__init__(row.choices)
        self._row = row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self._row.pending.flush()
        elif (
            event.type() == QEvent.Type.FocusIn
            and isinstance(watched, QRadioButton)
            and event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        ):
            checked = self._row.group.checkedButton()
            if checked is not None and checked is not watched:
                checked.setFocus(event.reason())
                return True
        return False


class AreaRow:
    """One area's widgets: its name, the four choices, the citizen's words, the worker's note."""

    def __init__(self, info: AreaInfo, save: Callable[[ScreeningArea], object]) -> None:
        self.area = info.key
        name = label_tr(info.label)
        self.label = QLabel(name)
        self.label.setObjectName("subheading")
        self.label.setWordWrap(True)
        self.label.setToolTip(label_tr(info.question))
        self.choices = QWidget()  # its own parent: the arrow keys stay inside the area
        grid = QGridLayout(self.choices)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.group = QButtonGroup(self.choices)
        self._keys = _RowKeys(self)
        self.buttons: dict[AreaStatus, QRadioButton] = {}
        for index, status in enumerate(STATUS_ORDER):
            radio = QRadioButton(label_tr(status.label))
            radio.setAccessibleName(f"{name}: {label_tr(status.label)}")
            radio.installEventFilter(self._keys)
            self.group.addButton(radio, index)
            grid.addWidget(radio, index // 2, index % 2)
            self.buttons[status] = radio
        self.words = QPlainTextEdit()
        self.words.setAccessibleName(_tr("%1: borgerens egne ord").replace("%1", name))
        self.words.setPlaceholderText(label_tr(info.question))
        self.words.setTabChangesFocus(True)
        lines = self.words.fontMetrics().lineSpacing()
        self.words.setFixedHeight(lines * 2 + 14)
        self.note_label = QLabel(_tr("Note, kun for dig:"))
        self.note_label.setObjectName("hint")
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.note = QPlainTextEdit()
        self.note.setObjectName("privateNote")
        self.note.setAccessibleName(
            _tr("%1: medarbejderens note, kun for medarbejderen").replace("%1", name)
        )
        self.note.setPlaceholderText(_tr("Kun for dig. Kommer ikke med i borgerens plan."))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(lines * 2 + 14)
        self.pending = PendingSave(self.choices, lambda: save(self.area)).watch(
            self.words, self.note
        )
        self.words.installEventFilter(self._keys)
        self.note.installEventFilter(self._keys)

    def status(self) -> AreaStatus:
        chosen = self.group.checkedId()
        return STATUS_ORDER[chosen] if chosen >= 0 else AreaStatus.NOT_TALKED

    def answer(self) -> AreaAnswer:
        return AreaAnswer(
            self.area, self.status(), self.words.toPlainText(), self.note.toPlainText()
        )

    def show(self, answer: AreaAnswer) -> None:
        self.buttons[answer.status].setChecked(True)
        if self.words.toPlainText() != answer.citizen_words:
            self.words.setPlainText(answer.citizen_words)
        if self.note.toPlainText() != answer.worker_note:
            self.note.setPlainText(answer.worker_note)
        self.pending.discard()  # loaded, not typed

    def show_note(self, shown: bool) -> None:
        self.note_label.setVisible(shown)
        self.note.setVisible(shown)


class AreaGrid(QWidget):
    """The areas' rows: name, choices and the citizen's words side by side; on a narrow
    screen (a laptop at 200 %) the words and the note under the name and the choices, the
    whole width, instead of a sliver beside them."""

    WORDS_LETTERS = 28  # the citizen's words get at least this room beside the choices

    def __init__(self, rows: list[AreaRow]) -> None:
        super().__init__()
        self.rows = rows
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.narrow: bool | None = None
        self._place(narrow=False)

    def _place(self, *, narrow: bool) -> None:
        if narrow == self.narrow:
            return
        self.narrow = narrow
        grid, top = self.grid, Qt.AlignmentFlag.AlignTop
        for row in self.rows:
            for widget in (row.label, row.choices, row.words, row.note_label, row.note):
                grid.removeWidget(widget)
        lines = 3 if narrow else 2
        for index, row in enumerate(self.rows):
            first = index * lines
            grid.addWidget(row.label, first, 0, top)
            grid.addWidget(row.choices, first, 1, top)
            if narrow:
                grid.addWidget(row.words, first + 1, 0, 1, 3)
                grid.addWidget(row.note_label, first + 2, 0)
                grid.addWidget(row.note, first + 2, 1, 1, 2)
            else:
                grid.addWidget(row.words, first, 2)
                grid.addWidget(row.note_label, first + 1, 1)
                grid.addWidget(row.note, first + 1, 2)
        grid.setColumnStretch(1, 0)
        grid.setColumnStretch(2, 1)

    def _wide_needs(self) -> int:
        label = max(row.label.minimumSizeHint().width() for row in self.rows)
        choices = max(row.choices.sizeHint().width() for row in self.rows)
        words = self.fontMetrics().averageCharWidth() * self.WORDS_LETTERS
        return label + choices + words + 2 * self.grid.horizontalSpacing()

    def minimumSizeHint(self) -> QSize:
        """What the narrow arrangement needs: the page never scrolls sideways for the wide."""
        label = max(row.label.minimumSizeHint().width() for row in self.rows)
        choices = max(row.choices.minimumSizeHint().width() for row in self.rows)
        width = label + choices + self.grid.horizontalSpacing()
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        self._place(narrow=event.size().width() < self._wide_needs())
        super().resizeEvent(event)


def summary_text(shown: Screening) -> str:
    """ "Screenet 03-02-2026. Barrierer: Helbred. Ressourcer: Uddannelse og beviser." """
    barriers = [label_tr(a.label) for a in shown.answers if a.status.is_barrier]
    resources = [
        label_tr(a.label)
        for a in shown.answers
        if a.status in (AreaStatus.RESOURCE, AreaStatus.BOTH)
    ]
    lines = [_tr("Screenet %1.").replace("%1", format_date(shown.screened_on))]
    if barriers:
        lines.append(_tr("Barrierer: %1.").replace("%1", ", ".join(barriers)))
    if resources:
        lines.append(_tr("Ressourcer: %1.").replace("%1", ", ".join(resources)))
    if not barriers and not resources:
        lines.append(_tr("I har ikke talt om nogen områder endnu."))
    return "\n".join(lines)


def history_entries(earlier: list[Screening], notes: bool) -> list[str]:
    """Each earlier screening, newest first: its date and the areas talked about, with the
    worker's notes only when ``notes`` (they are shown on screen)."""
    entries = []
    for screening in reversed(earlier):
        lines = [_tr("Screening %1").replace("%1", format_date(screening.screened_on))]
        for answer in screening.answers:
            if answer.status is not AreaStatus.NOT_TALKED or answer.citizen_words:
                line = f"   {label_tr(answer.label)}: {label_tr(answer.status.label)}"
                if answer.citizen_words:
                    line += f" – «{answer.citizen_words}»"
                lines.append(line)
            if notes and answer.worker_note:
                note = _tr("Note om %1: %2").replace("%1", label_tr(answer.label))
                lines.append("      " + note.replace("%2", answer.worker_note))
        entries.append("\n".join(lines))
    return entries
