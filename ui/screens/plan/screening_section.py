"""Screening, step 1 of the three-step model: for each area (education, health, housing …)
whether it is a resource, a barrier, both, or not talked about, in the citizen's own words,
with a note only the worker sees (hidden until asked, like the meeting's private note).

A screening is dated by a day or a meeting. "Ny screening" starts a new one from the last
one's answers; the earlier ones stay, listed with their date. Text is saved as it is typed;
a choice, a new or deleted screening and a new date can be undone with Ctrl+Z.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog import clock
from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.screening import (
    AREAS,
    AreaStatus,
    Screening,
    ScreeningArea,
)
from progressionsdialog.storage.meetings import list_meetings, meetings_on
from progressionsdialog.storage.screening import (
    date_screening,
    delete_screening,
    get_screening,
    list_screenings,
    restore_screening,
    save_answer,
    set_area_status,
    start_screening,
)
from ui.built_on_use import BuiltOnUse
from ui.dialogs.confirm import ConfirmDialog
from ui.pending import flush_pending
from ui.read_only import reads_only
from ui.screens.plan.context import PlanContext, label_tr
from ui.screens.plan.screening_rows import (
    STATUS_ORDER,
    AreaGrid,
    AreaRow,
    history_entries,
    summary_text,
)
from ui.screens.plan.screening_undo import ScreeningCommand
from ui.screens.plan.widgets import HistoryView, button, follow_in_tab_order, together
from ui.widgets.date_field import DateField
from ui.widgets.flow_layout import FlowLayout


class ScreeningSection(QGroupBox):
    def __init__(self, context: PlanContext) -> None:
        super().__init__()
        self.setTitle(self.tr("Screening – ressourcer og barrierer"))
        self.context = context
        self._citizen_id: int | None = None
        self._screening_id: int | None = None  # the latest, on screen: the typing's
        self._loading = False

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.show_toggle = QToolButton()
        self.show_toggle.setCheckable(True)
        self.show_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.show_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.show_toggle.setText(self.tr("Vis screeningen"))
        self.show_toggle.toggled.connect(self._shown)
        reads_only(self.show_toggle)  # shows, changes nothing
        self.new_button = button(
            self.tr("Ny screening"), self.new_screening, self.tr("Ny screening ud fra den sidste")
        )
        self.new_button.setToolTip(
            self.tr("Begynder en ny screening med svarene fra den sidste. Den sidste bliver.")
        )
        self.delete_button = button(self.tr("Slet screening …"), self.delete_screening)
        self.empty_hint = QLabel(
            self.tr(
                "Ingen screening endnu. Tryk «Ny screening» for at tale om borgerens "
                "ressourcer og barrierer, område for område."
            )
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setObjectName("hint")
        # The buttons stand beside the summary, or under it on a narrow screen (200 %)
        top = FlowLayout()
        top.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.empty_hint, 1, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.show_toggle, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        # The screening itself, folded away until asked for, is built then (or when a part of
        # it is wanted): 90 widgets that nobody sees when the plan is opened.
        self.body = QWidget()
        self._body_built = False
        self._screenings: list[Screening] = []  # the citizen's, as last loaded

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body)
        self.body.hide()

    def _build_body(self) -> None:
        """The date, the areas' rows and the earlier screenings, once, filled from the
        screenings last loaded."""
        if self._body_built:
            return
        self._body_built = True
        self._date = DateField()
        self._date.setAccessibleName(self.tr("Screeningens dato"))
        self._date.dateChanged.connect(self._date_typed)
        self._date.problem.connect(self.context.show_error)
        self._meeting = QComboBox()
        self._meeting.setAccessibleName(self.tr("Samtalen, screeningen hører til"))
        # Long meeting kinds ("Netværksmøde / rundbordssamtale") must not widen the page
        self._meeting.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._meeting.setMinimumContentsLength(24)
        self._meeting.currentIndexChanged.connect(self._meeting_chosen)
        self._notes_toggle = QPushButton(self.tr("Vis medarbejderens noter"))
        self._notes_toggle.setCheckable(True)
        self._notes_toggle.setObjectName("privateToggle")
        self._notes_toggle.toggled.connect(self._notes_shown)
        reads_only(self._notes_toggle)  # it only shows the notes
        dates = FlowLayout()
        dates.addLayout(together(self.tr("Dato:"), self._date))
        dates.addLayout(together(self.tr("Samtale:"), self._meeting))
        dates.addStretch()
        dates.addWidget(self._notes_toggle)

        self._rows: dict[ScreeningArea, AreaRow] = {}
        for info in AREAS:
            row = AreaRow(info, self._save_text)
            row.group.idClicked.connect(
                lambda choice, area=info.key: self._status_chosen(area, STATUS_ORDER[choice])
            )
            self._rows[info.key] = row
        grid = AreaGrid(list(self._rows.values()))
        for row in self._rows.values():
            row.show_note(False)
        self._history = HistoryView(self.tr("Tidligere screeninger"))
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(dates)
        body.addWidget(grid)
        body.addWidget(self._history)
        follow_in_tab_order(self.body)
        if self._citizen_id is not None:
            self._fill_body()

    # The folded screening's parts, built when first wanted.
    date = BuiltOnUse[DateField]("_build_body")
    meeting = BuiltOnUse[QComboBox]("_build_body")
    notes_toggle = BuiltOnUse[QPushButton]("_build_body")
    rows = BuiltOnUse[dict[ScreeningArea, AreaRow]]("_build_body")
    history = BuiltOnUse[HistoryView]("_build_body")

    # -- showing ------------------------------------------------------------------------
    def load(self) -> None:
        """The citizen's latest screening on screen, the earlier ones in the history."""
        self._flush()
        context = self.context
        self._loading = True
        if context.citizen_id != self._citizen_id:  # another citizen: folded, notes hidden
            self._citizen_id = context.citizen_id
            if self._body_built:
                self._notes_toggle.setChecked(False)
            self.show_toggle.setChecked(False)
        if context.citizen_id is None:
            self._loading = False
            return
        self._screenings = screenings = list_screenings(context.db, context.citizen_id)
        shown = screenings[-1] if screenings else None
        self._screening_id = shown.id if shown else None
        self._loading = False
        if self._body_built:
            self._fill_body()
        self.empty_hint.setVisible(shown is None)
        self.summary.setVisible(shown is not None)
        self.show_toggle.setVisible(shown is not None)
        self._shown(self.show_toggle.isChecked())
        self._show_summary(shown)

    def _fill_body(self) -> None:
        """The latest screening in the rows, the earlier ones in the history."""
        screenings = self._screenings
        shown = screenings[-1] if screenings else None
        loading, self._loading = self._loading, True
        if shown is not None:
            self._date.setDate(shown.screened_on)
            self._fill_meetings(shown)
            for row in self._rows.values():
                row.show(shown.answer(row.area))
        self._loading = loading
        self._show_history([s for s in screenings if shown is None or s.id != shown.id])

    def _fill_meetings(self, shown: Screening) -> None:
        """The meetings held so far (a screening is never dated ahead), newest first."""
        self._meeting.clear()
        self._meeting.addItem(self.tr("Ingen bestemt samtale"), None)
        for meeting in reversed(list_meetings(self.context.db, shown.citizen_id)):
            if meeting.held_on <= clock.today() or meeting.id == shown.meeting_id:
                text = f"{format_date(meeting.held_on)} – {label_tr(meeting.kind.label)}"
                self._meeting.addItem(text, meeting.id)
        self._meeting.setCurrentIndex(max(0, self._meeting.findData(shown.meeting_id)))

    def _show_summary(self, shown: Screening | None) -> None:
        self.summary.setText(summary_text(shown) if shown else "")

    def _show_history(self, earlier: list[Screening]) -> None:
        self._history.set_lines(history_entries(earlier, notes=self._notes_toggle.isChecked()))

    def _shown(self, shown: bool) -> None:
        self.show_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.show_toggle.setText(
            self.tr("Skjul screeningen") if shown else self.tr("Vis screeningen")
        )
        there = shown and self._screening_id is not None
        if there:
            self._build_body()
        self.body.setVisible(there)
        self.delete_button.setVisible(there)  # what is deleted is in view

    def _notes_shown(self, shown: bool) -> None:
        self.notes_toggle.setText(
            self.tr("Skjul medarbejderens noter") if shown else self.tr("Vis medarbejderens noter")
        )
        for row in self.rows.values():
            row.show_note(shown)
        if self._citizen_id is not None and not self._loading:
            self.load()  # the history shows the notes too, or no longer

    def _open(self) -> None:
        """Unfold, with the cursor in the first area's choices."""
        self.show_toggle.setChecked(True)
        first = self.rows[AREAS[0].key]
        checked = first.group.checkedButton() or first.buttons[AreaStatus.RESOURCE]
        checked.setFocus()

    # -- saving -------------------------------------------------------------------------
    def _flush(self) -> None:
        if self._body_built:
            for row in self._rows.values():
                row.pending.flush()

    def _save_text(self, area: ScreeningArea) -> bool:
        screening_id, context = self._screening_id, self.context
        if screening_id is None:
            return False
        answer = self.rows[area].answer()
        saved = context.run(lambda: save_answer(context.db, screening_id, answer))
        if saved:
            self._show_summary(get_screening(context.db, screening_id))
        return saved

    def _status_chosen(self, area: ScreeningArea, status: AreaStatus) -> None:
        screening_id, context = self._screening_id, self.context
        if self._loading or screening_id is None:
            return
        self.rows[area].pending.flush()  # words typed belong to the answer before the click
        before = get_screening(context.db, screening_id).answer(area).status
        if before is status:
            return
        if not context.run(lambda: set_area_status(context.db, screening_id, area, status)):
            self.load()
            return
        text = self.tr("%1: %2").replace("%1", label_tr(area.label))
        self._push(
            text.replace("%2", label_tr(status.label).lower()),
            undo=lambda: set_area_status(context.db, screening_id, area, before),
            redo=lambda: set_area_status(context.db, screening_id, area, status),
        )
        self._show_summary(get_screening(context.db, screening_id))

    def new_screening(self) -> bool:
        """A new screening today (by today's meeting, if there is one) from the last one."""
        context = self.context
        citizen_id = context.citizen_id
        if citizen_id is None:
            return False
        flush_pending(context.page)
        today = meetings_on(context.db, citizen_id, clock.today())
        meeting_id = today[-1].id if today else None
        made: list[Screening] = []
        action = lambda: made.append(start_screening(context.db, citizen_id, meeting_id=meeting_id))  # noqa: E731
        if not context.run(action):
            return False
        kept = made[0]

        def take_away() -> None:
            nonlocal kept
            kept = get_screening(context.db, kept.id)  # with what was typed into it since
            delete_screening(context.db, kept.id)

        self._push(self.tr("ny screening"), take_away, lambda: restore_screening(context.db, kept))
        self.load()
        self._open()
        return True

    def delete_screening(self) -> bool:
        screening_id, context = self._screening_id, self.context
        if screening_id is None:
            return False
        self._flush()
        screening = get_screening(context.db, screening_id)
        talked = sum(a.status is not AreaStatus.NOT_TALKED for a in screening.answers)
        question = (
            self.tr("Vil du slette screeningen fra %1?").replace(
                "%1", format_date(screening.screened_on)
            )
            + "\n\n"
            + (
                self.tr("I har talt om 1 område i den.")
                if talked == 1
                else self.tr("I har talt om %1 områder i den.").replace("%1", str(talked))
            )
            + " "
            + self.tr("De tidligere screeninger bliver.")
            + "\n\n"
            + self.tr("Du kan fortryde med Ctrl+Z.")
        )
        if not ConfirmDialog.ask(self, self.tr("Slet screening"), question, self.tr("Slet")):
            return False
        if not context.run(lambda: delete_screening(context.db, screening_id)):
            return False
        kept = screening

        def take_away() -> None:
            nonlocal kept
            kept = get_screening(context.db, screening_id)
            delete_screening(context.db, screening_id)

        self._push(
            self.tr("slet screening"), lambda: restore_screening(context.db, kept), take_away
        )
        self.load()
        return True

    def _date_typed(self, day: date) -> None:
        if self._loading or self._screening_id is None:
            return
        held = meetings_on(self.context.db, self.context.citizen_id, day)
        self._redate(day, held[0].id if len(held) == 1 else None)

    def _meeting_chosen(self, _index: int) -> None:
        if self._loading or self._screening_id is None:
            return
        meeting_id = self.meeting.currentData()
        self._redate(self.date.date() if meeting_id is None else None, meeting_id)

    def _redate(self, day: date | None, meeting_id: int | None) -> None:
        screening_id, context = self._screening_id, self.context
        before = get_screening(context.db, screening_id)
        if not context.run(lambda: date_screening(context.db, screening_id, day, meeting_id)):
            return  # the message says why; what was typed stays on screen
        self._push(
            self.tr("screeningens dato"),
            lambda: date_screening(context.db, screening_id, before.screened_on, before.meeting_id),
            lambda: date_screening(context.db, screening_id, day, meeting_id),
        )
        self.load()

    def _push(self, text: str, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        self.context.undo_stack().push(ScreeningCommand(text, self, undo, redo))
