"""Efforts (indsatser): what, where, from when to when – or ongoing, with no end date yet –
the goals agreed for the effort and its result. Edited with "Ret", deleted after asking.

Grouped by parallel track (seed 003: the job track first, social and health efforts beside
it), each track with the people who act in it. A company-directed effort, when chosen,
opens its company record below the table (``company_section.py``)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from progressionsdialog import clock
from progressionsdialog.domain.company import actors_of, is_company_directed
from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.plan import EFFORT_LABELS, Effort, EffortKind, EffortTrack
from progressionsdialog.storage.company_efforts import linked_counts, records_for_citizen
from progressionsdialog.storage.contacts import list_contacts
from progressionsdialog.storage.efforts import (
    delete_effort,
    get_effort,
    list_efforts,
    save_effort,
    steps_for_effort,
)
from ui.dialogs.confirm import ConfirmDialog
from ui.screens.plan.company_section import CompanySection
from ui.screens.plan.company_undo import act_on_efforts
from ui.screens.plan.context import PlanContext, label_tr
from ui.screens.plan.table_fit import ColumnFit
from ui.screens.plan.widgets import ID_ROLE, button, date_edit, pydate, qdate, together
from ui.widgets.flow_layout import FlowLayout

TRACK_ROLE = ID_ROLE + 1  # a track's heading row holds its track, not an effort

HEADERS = ("Indsats", "Periode", "Aftalte mål", "Resultat")


class EffortsSection(QGroupBox):
    def __init__(self, context: PlanContext) -> None:
        super().__init__()
        self.setTitle(self.tr("Indsatser"))
        self.context = context
        self._editing: int | None = None
        self._companies: dict = {}
        self.efforts = QTableWidget(0, len(HEADERS))
        self.efforts.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.efforts.setAccessibleName(self.tr("Indsatser"))
        self.efforts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.efforts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.efforts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.efforts.verticalHeader().hide()
        # wrapped, never cut off, and as wide as the section (a laptop at 200 % too)
        self.columns = ColumnFit(self.efforts, stretch=(2, 3))
        self.efforts.setMinimumHeight(self.fontMetrics().height() * 8)
        self.efforts.itemSelectionChanged.connect(self._on_chosen)
        self.edit_button = button(self.tr("Ret"), self.start_edit)
        self.delete_button = button(self.tr("Slet …"), self.delete_chosen)
        self.effort_kind = QComboBox()
        self.effort_kind.setAccessibleName(self.tr("Slags indsats"))
        for kind, label in EFFORT_LABELS.items():
            self.effort_kind.addItem(label_tr(label), kind.value)
        self.effort_provider = QLineEdit()
        self.effort_provider.setPlaceholderText(self.tr("Sted eller virksomhed"))
        self.effort_provider.setAccessibleName(self.tr("Sted eller virksomhed"))
        today = qdate(clock.today())
        self.effort_start = date_edit(today, self.tr("Fra"))
        self.effort_has_end = QCheckBox(self.tr("Slutter"))
        self.effort_has_end.setToolTip(self.tr("Uden slutdato er indsatsen i gang"))
        self.effort_end = date_edit(today.addMonths(6), self.tr("Til"))
        self.effort_end.setEnabled(False)
        self.effort_has_end.toggled.connect(self.effort_end.setEnabled)
        self.effort_goals = QLineEdit()
        self.effort_goals.setPlaceholderText(self.tr("Aftalte mål for indsatsen"))
        self.effort_goals.setAccessibleName(self.tr("Aftalte mål for indsatsen"))
        self.effort_result = QLineEdit()
        self.effort_result.setPlaceholderText(self.tr("Resultat, når det kendes"))
        self.effort_result.setAccessibleName(self.tr("Resultat"))
        self.add_button = button(self.tr("Tilføj indsats"), self.submit)
        self.cancel_button = button(self.tr("Annuller"), self.cancel_edit)
        self.cancel_button.hide()
        chosen = FlowLayout()  # each row of the form wraps on a narrow screen (200 %)
        self.open_hint = QLabel(
            self.tr(
                "Vælg en praktik, et løntilskud, ordinære timer eller en mentor for at se firmaet."
            )
        )
        self.open_hint.setObjectName("hint")
        self.open_hint.setWordWrap(True)
        chosen.addWidget(self.open_hint, 1)
        chosen.addWidget(self.edit_button)
        chosen.addWidget(self.delete_button)
        what = FlowLayout()
        what.addWidget(self.effort_kind)
        what.addWidget(self.effort_provider, 1)
        what.addLayout(together(self.tr("fra"), self.effort_start))
        what.addLayout(together(self.effort_has_end, self.effort_end))
        words = FlowLayout()
        words.addWidget(self.effort_goals, 1)
        words.addWidget(self.effort_result, 1)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.cancel_button)
        form = QVBoxLayout()
        for row in (what, words, buttons):
            form.addLayout(row)
        self.company = CompanySection(context)
        self.company.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.efforts)
        layout.addLayout(chosen)
        layout.addLayout(form)
        layout.addWidget(self.company)

    def load(self) -> None:
        keep = self.chosen_id()
        db, citizen_id = self.context.db, self.context.citizen_id
        efforts = list_efforts(db, citizen_id)
        self._companies = records_for_citizen(db, citizen_id)
        people = list_contacts(db, citizen_id)
        self.efforts.blockSignals(True)
        self.efforts.clearSelection()
        self.efforts.clearSpans()
        self.efforts.setRowCount(0)
        for track in EffortTrack:
            in_track = [e for e in efforts if e.kind.track is track]
            if not in_track and track is not EffortTrack.JOB:
                continue
            self._add_heading(track, self._actors(track, people, in_track))
            for effort in in_track:
                row = self.efforts.rowCount()
                self.efforts.insertRow(row)
                for column, text in enumerate(self._cells(effort)):
                    item = QTableWidgetItem(text)
                    item.setData(ID_ROLE, effort.id)
                    self.efforts.setItem(row, column, item)
                if effort.id == keep:
                    self.efforts.selectRow(row)
        self.efforts.blockSignals(False)
        self.columns.fit()
        if self._editing is not None and self._editing not in {e.id for e in efforts}:
            self.cancel_edit()
        self._on_chosen()

    def _actors(self, track: EffortTrack, people, in_track: list[Effort]) -> list[str]:
        """The people in the track: from the contact list, and the companies' people."""
        names = [f"{p.name} ({label_tr(p.role.label)})" for p in actors_of(track, people)]
        for effort in in_track:
            record = self._companies.get(effort.id)
            if record is None:
                continue
            for name in (record.contact_person, record.consultant):
                if name and not any(n.startswith(name + " (") or n == name for n in names):
                    names.append(name)
        return names

    def _add_heading(self, track: EffortTrack, actors: list[str]) -> None:
        row = self.efforts.rowCount()
        self.efforts.insertRow(row)
        text = label_tr(track.label)
        if actors:
            text += " – " + ", ".join(actors)
        item = QTableWidgetItem(text)
        item.setData(TRACK_ROLE, track.value)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a row to choose
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.efforts.setItem(row, 0, item)
        self.efforts.setSpan(row, 0, 1, len(HEADERS))

    def _cells(self, effort: Effort) -> tuple[str, ...]:
        what = label_tr(effort.kind.label) + (f"\n{effort.provider}" if effort.provider else "")
        end = format_date(effort.ends_on) if effort.ends_on else self.tr("i gang")
        goals = effort.agreed_goals
        record = self._companies.get(effort.id)
        if record is not None:
            from progressionsdialog.domain.company import hours_series_text

            lines = record.details.sub_goal_lines()
            goals += "".join(f"\n• {line}" for line in lines)
            hours = hours_series_text(record.hours)
            if hours:
                what += "\n" + hours
        # a no-break space: a narrow column breaks after the dash, never before it
        period = f"{format_date(effort.starts_on)}\u00a0– {end}"
        return what, period, goals.strip(), effort.result

    def chosen_id(self) -> int | None:
        items = self.efforts.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def _on_chosen(self) -> None:
        effort_id = self.chosen_id()
        self.edit_button.setEnabled(effort_id is not None)
        self.delete_button.setEnabled(effort_id is not None)
        company = None
        if effort_id is not None:
            effort = get_effort(self.context.db, effort_id)
            if is_company_directed(effort.kind):
                company = effort_id
        self.company.load(company)
        if self.company.isHidden() == (company is not None):
            self.company.setVisible(company is not None)
            # The page's rows wrap (their height follows their width), which Qt settles
            # over a few turns of the event loop: settle it now, so the block is in its
            # place for the very next click.
            for _ in range(3):
                QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _from_form(self) -> dict:
        return {
            "kind": EffortKind(self.effort_kind.currentData()),
            "starts_on": pydate(self.effort_start.date()),
            "ends_on": pydate(self.effort_end.date()) if self.effort_has_end.isChecked() else None,
            "provider": self.effort_provider.text(),
            "agreed_goals": self.effort_goals.text(),
            "result": self.effort_result.text(),
        }

    def submit(self) -> bool:
        """Add an effort, or save the one being edited ("Ret"); a refused one stays typed."""
        context = self.context
        if context.citizen_id is None:
            return False
        values = self._from_form()
        if self._editing is None:
            effort = Effort(None, context.citizen_id, goal_id=context.goal_id, **values)
            text = self.tr("tilføj indsats")
        else:
            effort = replace(get_effort(context.db, self._editing), **values)
            text = self.tr("ret indsats")
        if not act_on_efforts(context, text, lambda: save_effort(context.db, effort)):
            return False
        self.cancel_edit()
        return True

    def start_edit(self) -> bool:
        effort_id = self.chosen_id()
        if effort_id is None:
            return False
        effort = get_effort(self.context.db, effort_id)
        self.effort_kind.setCurrentIndex(max(0, self.effort_kind.findData(effort.kind.value)))
        self.effort_provider.setText(effort.provider)
        self.effort_start.setDate(qdate(effort.starts_on))
        self.effort_has_end.setChecked(not effort.ongoing)
        if effort.ends_on:
            self.effort_end.setDate(qdate(effort.ends_on))
        self.effort_goals.setText(effort.agreed_goals)
        self.effort_result.setText(effort.result)
        self._editing = effort_id
        self.add_button.setText(self.tr("Gem ændring"))
        self.cancel_button.show()
        self.effort_result.setFocus()
        return True

    def cancel_edit(self) -> None:
        self._editing = None
        for field in (self.effort_provider, self.effort_goals, self.effort_result):
            field.clear()
        self.effort_has_end.setChecked(False)
        self.add_button.setText(self.tr("Tilføj indsats"))
        self.cancel_button.hide()

    def delete_chosen(self) -> bool:
        effort_id = self.chosen_id()
        if effort_id is None:
            return False
        context = self.context
        effort = get_effort(context.db, effort_id)
        name = label_tr(effort.kind.label) + (f", {effort.provider}" if effort.provider else "")
        question = self.tr("Vil du slette indsatsen «%1»?").replace("%1", name)
        hours, visits = linked_counts(context.db, effort_id)
        if hours or visits:
            question += "\n\n" + self.tr(
                "Med den slettes %1 timetal og %2 opfølgninger i virksomheden."
            ).replace("%1", str(hours)).replace("%2", str(visits))
        linked = steps_for_effort(context.db, effort_id)
        if linked:
            question += "\n\n" + self.tr("%1 skridt hører til den. De bliver i planen.").replace(
                "%1", str(linked)
            )
        question += "\n\n" + self.tr("Du kan fortryde med Ctrl+Z.")
        if not ConfirmDialog.ask(self, self.tr("Slet indsats"), question, self.tr("Slet")):
            return False
        action = lambda: delete_effort(context.db, effort_id)  # noqa: E731
        return act_on_efforts(context, self.tr("slet indsats"), action)
