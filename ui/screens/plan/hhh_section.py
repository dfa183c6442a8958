"""The HHH answers – hvad, hvorfor, hvordan – in the citizen's own words, saved as typed,
with the earlier answers and the day they changed. A goal can be made from an answer."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout

from progressionsdialog.domain.plan import NOT_DECIDED, Hhh
from progressionsdialog.storage.goals import goal_from_hhh
from progressionsdialog.storage.hhh import (
    delete_hhh,
    get_hhh,
    goals_from,
    hhh_history,
    life_area_of,
    list_hhh,
    save_hhh,
)
from ui.dialogs.confirm import ConfirmDialog
from ui.pending import PendingSave
from ui.read_only import reads_only
from ui.screens.plan.context import PlanContext, label_tr
from ui.screens.plan.widgets import (
    HistoryView,
    button,
    first_line,
    history_lines,
    narrow_combo,
)
from ui.widgets.flow_layout import FlowLayout

PROMPTS = {
    "what": "Hvad vil du gerne opnå?",
    "why": "Hvorfor er det vigtigt for dig? Hvad vil du mærke, når du når det?",
    "how": "Hvordan kommer du derhen? Hvad er det første skridt?",
}
FIELD_NAMES = {"what": "Hvad", "why": "Hvorfor", "how": "Hvordan"}


def _title(number: int, what: str) -> str:
    return f"{number}. {first_line(what) or label_tr(NOT_DECIDED)}"


class HhhSection(QGroupBox):
    goal_made = Signal(int)  # goal id: a goal was made from the answer shown

    def __init__(self, context: PlanContext) -> None:
        super().__init__()
        self.setTitle(self.tr("HHH – hvad, hvorfor, hvordan"))
        self.context = context
        self._hhh_id: int | None = None  # the HHH in the fields, which the typing belongs to
        self._loading = False
        self.hhh_choice = narrow_combo(QComboBox(), 20)
        self.hhh_choice.setAccessibleName(self.tr("Vælg HHH"))
        reads_only(self.hhh_choice)
        self.hhh_choice.currentIndexChanged.connect(self._show_chosen)
        self.new_button = button(self.tr("Nyt HHH"), self.new_hhh)
        self.delete_button = button(self.tr("Slet HHH …"), self.delete_hhh)
        self.goal_button = button(self.tr("Lav et mål ud fra svaret"), self.make_goal)
        self.origin = QLabel()
        self.origin.setObjectName("hint")
        top = FlowLayout()  # the buttons wrap under the chooser on a narrow screen
        top.addWidget(self.hhh_choice, 1)
        for widget in (self.new_button, self.goal_button, self.delete_button):
            top.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.origin)
        self.hhh_fields: dict[str, QPlainTextEdit] = {}
        self._pending = PendingSave(self, self.save_current)
        for field, prompt in PROMPTS.items():
            label = QLabel(label_tr(prompt))
            label.setObjectName("subheading")
            label.setWordWrap(True)
            edit = QPlainTextEdit()
            edit.setAccessibleName(label_tr(prompt))
            edit.setPlaceholderText(self.tr("Med borgerens egne ord"))
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(edit.fontMetrics().height() * 5)
            self._pending.watch(edit)
            layout.addWidget(label)
            layout.addWidget(edit)
            self.hhh_fields[field] = edit
        self.history = HistoryView(self.tr("Tidligere svar"))
        layout.addWidget(self.history)

    def load(self, select: int | None = None) -> None:
        """Fill the chooser; ``select`` (else the HHH shown, else the newest) is shown."""
        self._pending.flush()
        keep = select if select is not None else self._hhh_id
        answers = list_hhh(self.context.db, self.context.citizen_id)
        self._loading = True
        self.hhh_choice.clear()
        for number, hhh in enumerate(answers, start=1):
            self.hhh_choice.addItem(_title(number, hhh.what), hhh.id)
        index = self.hhh_choice.findData(keep) if keep is not None else -1
        self.hhh_choice.setCurrentIndex(index if index >= 0 else len(answers) - 1)
        self._loading = False
        self._show_chosen()

    def show_hhh(self, hhh_id: int) -> None:
        """Show this HHH (one just carried here from the life wheel) with the cursor in it."""
        self.load(select=hhh_id)
        self.hhh_fields["why"].setFocus()

    def _show_chosen(self, *_args) -> None:
        if self._loading:
            return
        self._pending.flush()  # what was typed belongs to the HHH shown until now
        hhh_id = self.hhh_choice.currentData()
        hhh = get_hhh(self.context.db, hhh_id) if hhh_id is not None else None
        self._loading = True
        for field, edit in self.hhh_fields.items():
            edit.setPlainText(getattr(hhh, field) if hhh else "")
            edit.setEnabled(hhh is not None)
        self._hhh_id = hhh.id if hhh else None
        self._pending.discard()  # loaded, not typed
        self._loading = False
        for widget in (self.delete_button, self.goal_button):
            widget.setEnabled(hhh is not None)
        area = life_area_of(self.context.db, hhh) if hhh else ""
        self.origin.setText(self.tr("Ønske fra livshjulet: %1").replace("%1", area) if area else "")
        self.origin.setVisible(bool(area))
        self._show_history()

    def _show_history(self) -> None:
        if self._hhh_id is None:
            self.history.set_lines([])
            return
        versions = hhh_history(self.context.db, self._hhh_id)
        names = {field: label_tr(name) for field, name in FIELD_NAMES.items()}
        self.history.set_lines(history_lines(versions, names))

    def save_current(self) -> bool:
        hhh_id, context = self._hhh_id, self.context
        if hhh_id is None or context.citizen_id is None:
            return False
        values = {field: edit.toPlainText() for field, edit in self.hhh_fields.items()}
        saved = context.run(lambda: save_hhh(context.db, Hhh(hhh_id, context.citizen_id, **values)))
        index = self.hhh_choice.findData(hhh_id)
        if saved and index >= 0:
            self.hhh_choice.setItemText(index, _title(index + 1, values["what"]))
            self._show_history()
        return saved

    def new_hhh(self) -> bool:
        context = self.context
        made: list[Hhh] = []
        hhh = Hhh(None, context.citizen_id, meeting_id=context.meeting_id())
        if not context.act(self.tr("nyt HHH"), lambda: made.append(save_hhh(context.db, hhh))):
            return False
        self.load(select=made[0].id)
        self.hhh_fields["what"].setFocus()
        return True

    def delete_hhh(self) -> bool:
        hhh_id, context = self._hhh_id, self.context
        if hhh_id is None:
            return False
        self._pending.flush()
        question = self.tr("Vil du slette HHH-svaret «%1»?").replace(
            "%1", self.hhh_choice.currentText()
        )
        linked = goals_from(context.db, hhh_id)
        if linked:
            question += "\n\n" + self.tr(
                "%1 mål kommer fra svaret. Målet bliver i planen, uden koblingen til svaret."
            ).replace("%1", str(linked))
        question += "\n\n" + self.tr("Du kan fortryde med Ctrl+Z.")
        if not ConfirmDialog.ask(self, self.tr("Slet HHH"), question, self.tr("Slet")):
            return False
        self._hhh_id = None
        if not context.act(self.tr("slet HHH"), lambda: delete_hhh(context.db, hhh_id)):
            self._hhh_id = hhh_id
            return False
        self.load()
        return True

    def make_goal(self) -> bool:
        hhh_id, context = self._hhh_id, self.context
        if hhh_id is None:
            return False
        self._pending.flush()
        made = []
        text = self.tr("mål fra HHH")
        action = lambda: made.append(goal_from_hhh(context.db, hhh_id, context.meeting_id()))  # noqa: E731
        if not context.act(text, action):
            return False
        self.goal_made.emit(made[0].id)
        return True
