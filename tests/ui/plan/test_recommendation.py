"""The worker's recommended next step on screen (issue 13): typed into the real field and
saved as typed, dated; a later day's recommendation keeps the earlier one in the history;
an emptied field is refused in Danish with the saved one kept; deleting asks, and Ctrl+Z
brings it back. Worker-only: it never shows in the citizen view nor in the citizen's plan.

The section is built on the plan's context as the plan page builds it, in a window of
1366×768 with the page's message line and a Rediger → Fortryd (Ctrl+Z) on the context's
undo stack, as the main window has.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.dates import format_date
from progressionsdialog.reports.make import make_report
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.recommendations import (
    add_recommendation,
    latest_recommendation,
    recommendation_history,
)
from ui.pending import flush_pending
from ui.screens.citizen_plan_view import CitizenPlanView
from ui.screens.plan.context import PlanContext
from ui.screens.plan.recommendation_section import RecommendationSection

PRACTICE = "Start virksomhedspraktik i ældreplejen, 12 timer om ugen"
MORE_HOURS = "Øg praktikken til 32 timer om ugen"
ROOT = Path(__file__).resolve().parents[3]


class Host(QWidget):
    """The section as the plan page holds it: the context, the message line, Ctrl+Z."""

    def __init__(self, db, citizen_id: int) -> None:
        super().__init__()
        self.context = PlanContext(db, self)
        self.section = RecommendationSection(self.context)
        layout = QVBoxLayout(self)
        layout.addWidget(self.section)
        layout.addStretch()
        layout.addWidget(self.context.error)
        layout.addWidget(self.context.status)
        undo = self.context.undo_stack().createUndoAction(self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.addAction(undo)
        self.context.reload_needed.connect(self.section.load)
        self.context.citizen_id = citizen_id
        self.section.load()

    def flush(self) -> None:
        flush_pending(self)


@pytest.fixture
def birgit(db) -> int:
    return add_citizen(db, CitizenDraft(name="Birgit Holm", birth_or_cpr="01-01-1984")).id


@pytest.fixture
def host(qtbot, db, birgit):
    widget = Host(db, birgit)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_typing_saves_the_recommendation_dated_today(host, db, birgit, user, qtbot):
    section = host.section
    assert section.written.text() == "Ingen anbefaling endnu."
    assert not section.delete_button.isEnabled()
    user.type_into(section.text, PRACTICE)
    qtbot.waitUntil(lambda: latest_recommendation(db, birgit) is not None)  # the autosave
    latest = latest_recommendation(db, birgit)
    assert (latest.text, latest.written_on) == (PRACTICE, clock.today())
    assert section.written.text() == f"Skrevet {format_date(clock.today())}"
    assert section.delete_button.isEnabled()
    assert host.context.status.text().startswith("Gemt kl.")


def test_a_later_days_recommendation_keeps_the_earlier_in_the_history(host, db, birgit, user):
    earlier = clock.today() - timedelta(days=30)
    add_recommendation(db, birgit, PRACTICE, earlier)
    host.section.load()
    section = host.section
    assert section.text.toPlainText() == PRACTICE
    assert section.written.text() == f"Skrevet {format_date(earlier)}"
    assert section.history.toggle.text() == "Tidligere anbefalinger (0)"
    user.type_into(section.text, MORE_HOURS)
    host.flush()
    assert [r.text for r in recommendation_history(db, birgit)] == [MORE_HOURS, PRACTICE]
    assert section.written.text() == f"Skrevet {format_date(clock.today())}"
    assert section.history.toggle.text() == "Tidligere anbefalinger (1)"
    assert not section.history.lines.isVisible()
    user.click(section.history.toggle)
    assert section.history.lines.isVisible()
    assert section.history.lines.text() == f"{format_date(earlier)}: {PRACTICE}"


def test_typing_more_the_same_day_changes_todays_recommendation(host, db, birgit, user):
    user.type_into(host.section.text, "Start virksomhedspraktik")
    host.flush()
    user.type_into(host.section.text, PRACTICE)
    host.flush()
    assert [r.text for r in recommendation_history(db, birgit)] == [PRACTICE]
    assert host.section.history.toggle.text() == "Tidligere anbefalinger (0)"


def test_an_emptied_field_is_refused_and_the_saved_one_stays(host, db, birgit, user, qtbot):
    add_recommendation(db, birgit, PRACTICE)
    host.section.load()
    user.click(host.section.text)
    host.section.text.selectAll()
    qtbot.keyClick(host.section.text, Qt.Key.Key_Delete)
    host.flush()
    assert host.context.error.isVisible()
    assert host.context.error.text() == (
        "⚠ Anbefalingen må ikke være tom. Skriv det næste skridt, du anbefaler, "
        "eller slet anbefalingen."
    )
    assert latest_recommendation(db, birgit).text == PRACTICE
    qtbot.keyClicks(host.section.text, MORE_HOURS)
    host.flush()
    assert not host.context.error.isVisible()
    assert latest_recommendation(db, birgit).text == MORE_HOURS


def test_an_empty_field_with_nothing_saved_says_nothing(host, db, birgit, user, qtbot):
    user.type_into(host.section.text, "S")
    qtbot.keyClick(host.section.text, Qt.Key.Key_Backspace)
    host.flush()
    assert not host.context.error.isVisible()
    assert recommendation_history(db, birgit) == []


def test_deleting_asks_and_ctrl_z_brings_it_back(host, db, birgit, user):
    earlier = clock.today() - timedelta(days=30)
    first = add_recommendation(db, birgit, PRACTICE, earlier)
    second = add_recommendation(db, birgit, MORE_HOURS)
    host.section.load()
    user.answer(yes=False)
    user.click(host.section.delete_button)
    assert latest_recommendation(db, birgit) == second  # "no" deletes nothing
    user.answer(yes=True)
    user.click(host.section.delete_button)
    assert MORE_HOURS in user.asked[-1]
    assert f"Anbefalingen fra {format_date(earlier)} gælder så igen." in user.asked[-1]
    assert latest_recommendation(db, birgit) == first
    assert host.section.text.toPlainText() == PRACTICE
    user.ctrl_z(host.section.delete_button)
    assert latest_recommendation(db, birgit) == second
    assert host.section.text.toPlainText() == MORE_HOURS
    assert host.section.history.toggle.text() == "Tidligere anbefalinger (1)"


def test_every_control_is_named_and_the_field_by_its_visible_label(host):
    section = host.section
    assert "Anbefalet næste skridt" in section.text.accessibleName()
    assert section.title() in section.text.accessibleName()
    add_recommendation(host.context.db, host.context.citizen_id, PRACTICE)
    section.load()
    controls = [
        w
        for w in section.findChildren(QWidget)
        if isinstance(w, QPlainTextEdit | QPushButton) and w.isVisibleTo(section)
    ]
    names = [w.accessibleName() or w.text() for w in controls]
    assert len(controls) == 2 and all(names) and len(set(names)) == len(names)


def test_it_fits_a_1366x768_window_with_the_history_open(host, db, birgit, user):
    add_recommendation(db, birgit, PRACTICE, clock.today() - timedelta(days=30))
    add_recommendation(db, birgit, MORE_HOURS)
    host.section.load()
    user.click(host.section.history.toggle)
    section = host.section
    assert host.size().width() == 1366
    assert section.geometry().bottom() <= host.height()
    assert section.history.lines.isVisible()
    assert section.text.height() >= 3 * section.text.fontMetrics().height()
    assert section.text.width() > 1000


def test_never_in_the_citizen_view_nor_the_citizens_plan(qtbot, db, birgit, tmp_path):
    add_recommendation(db, birgit, PRACTICE)
    view = CitizenPlanView(db)
    qtbot.addWidget(view)
    view.show_citizen(birgit)
    shown = " ".join(label.text() for label in view.sections.values())
    assert shown and PRACTICE not in shown
    plan = make_report(db, birgit, "plan", tmp_path / "plan.pdf")
    printed = " ".join(" ".join(p.extract_text() for p in PdfReader(plan).pages).split())
    assert "Birgit Holm" in printed and "virksomhedspraktik i ældreplejen" not in printed
    for module in (
        "ui/screens/citizen_view.py",
        "ui/screens/citizen_plan_view.py",
        "progressionsdialog/citizen_view.py",
        "progressionsdialog/reports/plan.py",
        "progressionsdialog/reports/plan_parts.py",
    ):
        assert "recommendation" not in (ROOT / module).read_text(encoding="utf-8"), module
