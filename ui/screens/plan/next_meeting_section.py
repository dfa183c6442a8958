"""The next meeting: when, where, and what to bring. Booking again replaces the booking."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit, QFormLayout, QGroupBox, QLabel, QLineEdit

from progressionsdialog.domain.dates import format_date, qt_date_format
from progressionsdialog.domain.plan import Appointment
from progressionsdialog.storage.appointments import book_next_meeting, next_meeting
from ui.screens.plan.context import PlanContext
from ui.screens.plan.widgets import button


class NextMeetingSection(QGroupBox):
    def __init__(self, context: PlanContext) -> None:
        super().__init__()
        self.setTitle(self.tr("Næste samtale"))
        self.context = context
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        start = QDateTime(QDate.currentDate().addDays(21), QTime(10, 0))  # a round time
        self.next_when = QDateTimeEdit(start)
        self.next_when.setDisplayFormat(f"{qt_date_format()}  HH:mm")
        self.next_when.setCalendarPopup(True)
        self.next_when.setAccessibleName(self.tr("Næste samtale: hvornår"))
        self.next_place = QLineEdit()
        self.next_place.setPlaceholderText(self.tr("fx Jobcentret, lokale 3"))
        self.next_place.setAccessibleName(self.tr("Hvor"))
        self.next_bring = QLineEdit()
        self.next_bring.setPlaceholderText(self.tr("fx eksamensbevis, lægeerklæring"))
        self.next_bring.setAccessibleName(self.tr("Tag med"))
        self.book_button = button(self.tr("Book næste samtale"), self.book)
        form = QFormLayout(self)
        form.addRow(self.next_label)
        form.addRow(self.tr("Hvornår:"), self.next_when)
        form.addRow(self.tr("Hvor:"), self.next_place)
        form.addRow(self.tr("Tag med:"), self.next_bring)
        form.addRow("", self.book_button)

    def load(self) -> None:
        booked = next_meeting(self.context.db, self.context.citizen_id)
        if booked is None:
            self.next_label.setText(self.tr("Næste samtale er ikke booket."))
            return
        text = self.tr("Booket: %1 kl. %2").replace("%1", format_date(booked.starts_at.date()))
        text = text.replace("%2", booked.starts_at.strftime("%H:%M"))
        if booked.place:
            text += f", {booked.place}"
        self.next_label.setText(text)

    def book(self) -> bool:
        context = self.context
        if context.citizen_id is None:
            return False
        when = self.next_when.dateTime().toPython()
        appointment = Appointment(
            None, context.citizen_id, when, self.next_place.text(), self.next_bring.text()
        )
        action = lambda: book_next_meeting(context.db, appointment, context.meeting_id())  # noqa: E731
        if not context.act(self.tr("book samtale"), action):
            return False
        context.reload_needed.emit()
        return True
