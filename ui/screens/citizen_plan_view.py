"""Citizen view's plan: the goal in the citizen's own words, their answers, the next steps and
the next meeting – the same things the printed plan says, to read together on the screen.

Only what ``progressionsdialog.citizen_view.citizen_plan`` gives: never the job-directed
wording of a goal, a follow-up flag or a note about a step.
"""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from progressionsdialog.citizen_view import CitizenPlan, citizen_plan
from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.plan import NOT_DECIDED


def _label(name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
        label.setIndent(0)  # a style sheet's margin would indent the text as if framed
    return label


class CitizenPlanView(QScrollArea):
    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.citizen_id: int | None = None
        self.sections: dict[str, QLabel] = {}
        body = QWidget()
        layout = QVBoxLayout(body)
        for key, title in (
            ("goal", self.tr("Dit mål")),
            ("answers", self.tr("Dine svar")),
            ("steps", self.tr("Næste skridt")),
            ("meeting", self.tr("Næste møde")),
        ):
            heading = _label("citizenViewHeading")
            heading.setText(title)
            text = _label()  # its name is its text: a screen reader reads it after the heading
            layout.addWidget(heading)
            layout.addWidget(text)
            self.sections[key] = text
        layout.addStretch()
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAccessibleName(self.tr("Din plan"))

    def show_citizen(self, citizen_id: int | None) -> None:
        self.citizen_id = citizen_id
        self.refresh()

    def refresh(self) -> None:
        if self.citizen_id is None:
            for label in self.sections.values():
                label.clear()
            return
        plan = citizen_plan(self.db, self.citizen_id)
        self.sections["goal"].setText(self._goal(plan))
        self.sections["answers"].setText(self._answers(plan))
        self.sections["steps"].setText(self._steps(plan))
        self.sections["meeting"].setText(self._meeting(plan))

    def _goal(self, plan: CitizenPlan) -> str:
        if not plan.goal:
            return self.tr("I har ikke skrevet et mål endnu.")
        lines = [plan.goal]
        for sub in plan.sub_goals:
            done = "  ✓ " + self.tr("nået") if sub.reached_on else ""
            when = (
                "  " + self.tr("senest %1").replace("%1", format_date(sub.target_date))
                if sub.target_date and not sub.reached_on
                else ""
            )
            lines.append(f"• {sub.title}{when}{done}")
        return "\n".join(lines)

    def _answers(self, plan: CitizenPlan) -> str:
        if plan.answers is None:
            return self.tr("I har ikke skrevet svar endnu.")
        lines = []
        for question, answer in (
            (self.tr("Hvad vil du nå?"), plan.answers.what),
            (self.tr("Hvorfor er det vigtigt for dig?"), plan.answers.why),
            (self.tr("Hvordan gør du det?"), plan.answers.how),
        ):
            lines += [question, "    " + (answer or self.tr(NOT_DECIDED))]
        return "\n".join(lines)

    def _steps(self, plan: CitizenPlan) -> str:
        if not plan.steps:
            return self.tr("Der er ingen skridt lige nu.")
        lines = []
        for step in plan.steps:
            who = step.owner_name or self.tr(step.owner.label)
            due = (
                "  " + self.tr("senest %1").replace("%1", format_date(step.due_on))
                if step.due_on
                else ""
            )
            lines.append(f"☐ {who}: {step.what}{due}")
        return "\n".join(lines)

    def _meeting(self, plan: CitizenPlan) -> str:
        booked = plan.next_meeting
        if booked is None:
            return self.tr("Vi har ikke sat en dato endnu. Vi ringer til dig.")
        when = (
            self.tr("%1 kl. %2")
            .replace("%1", format_date(booked.starts_at.date()))
            .replace("%2", f"{booked.starts_at:%H:%M}")
        )
        lines = [when + (f", {booked.place}" if booked.place else "")]
        if booked.bring:
            lines.append(self.tr("Tag med: %1").replace("%1", booked.bring))
        return "\n".join(lines)
