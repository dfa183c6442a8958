"""The plan screen with the demo's 42-year-old woman: HHH, goal, steps, internship, follow-up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QInputDialog

from progressionsdialog.domain.plan import EffortKind, StepStatus
from progressionsdialog.storage.citizens import list_citizens
from progressionsdialog.storage.efforts import list_efforts
from progressionsdialog.storage.goals import list_goals, list_sub_goals
from progressionsdialog.storage.hhh import list_hhh
from progressionsdialog.storage.steps import list_steps, reviews_of
from ui.dialogs.confirm import ConfirmDialog


@pytest.fixture
def hanne_plan(demo_window, demo_db):
    hanne = next(c for c in list_citizens(demo_db) if c.name == "Hanne Bøgh")
    demo_window.register.select_citizen(hanne.id)
    overview = demo_window.overview
    overview.tabs.setCurrentIndex(overview.TAB_PLAN)
    return overview.plan, hanne


def test_the_whole_plan_for_hanne(demo_window, demo_db, hanne_plan, qtbot, monkeypatch):
    page, hanne = hanne_plan
    page.new_hhh()
    page.hhh_fields["what"].insertPlainText("Arbejde som hjemmehjælper")
    page.hhh_fields["how"].insertPlainText("Praktik i aftenvagter")
    page.flush()
    [hhh] = list_hhh(demo_db, hanne.id)
    assert (hhh.what, hhh.why, hhh.how) == (
        "Arbejde som hjemmehjælper",
        "",
        "Praktik i aftenvagter",
    )
    assert hhh.shown("why") == "Ikke besluttet endnu"

    page.goal_own.setText("Job som hjemmehjælper")
    page.goal_own.editingFinished.emit()
    [goal] = list_goals(demo_db, hanne.id)
    assert goal.citizen_wording == "Job som hjemmehjælper"

    page.sub_goal_title.setText("Praktik på plejecenter")
    assert page.add_sub_goal()
    assert [s.title for s in list_sub_goals(demo_db, goal.id)] == ["Praktik på plejecenter"]

    qtbot.keyClicks(page.step_what, "Ring til plejecentret")
    qtbot.keyClick(page.step_what, Qt.Key.Key_Return)
    [step] = list_steps(demo_db, hanne.id)
    assert step.what == "Ring til plejecentret" and step.goal_id == goal.id

    page.effort_kind.setCurrentIndex(page.effort_kind.findData(EffortKind.COMPANY_INTERNSHIP.value))
    page.effort_provider.setText("Plejecenter Solgården")
    page.effort_goals.setText("Møde til tiden. Aftenvagter.")
    before = len(list_efforts(demo_db, hanne.id))  # the demo has her earlier efforts
    assert page.add_effort()
    efforts = list_efforts(demo_db, hanne.id)
    assert len(efforts) == before + 1
    effort = next(e for e in efforts if e.agreed_goals.startswith("Møde til tiden"))
    assert effort.kind is EffortKind.COMPANY_INTERNSHIP and effort.agreed_goals.startswith("Møde")

    page.next_place.setText("Jobcentret, lokale 3")
    assert page.book()
    assert "Booket" in page.next_label.text()

    # The next meeting: the step is followed up and marked done.
    demo_window.new_meeting()
    demo_window.overview.tabs.setCurrentIndex(demo_window.overview.TAB_PLAN)
    page.steps.selectRow(0)
    assert page.mark_done()
    assert list_steps(demo_db, hanne.id)[0].status is StepStatus.DONE
    assert len(reviews_of(demo_db, step.id)) == 1

    # "Not done" needs a reason: cancelling the question changes nothing.
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", True)))
    page.step_what.setText("Find eksamensbeviset")
    page.add_step()
    page.steps.selectRow(1)
    assert not page.mark_not_done()
    assert "hvorfor" in page.error.text()

    # Deleting the goal asks first and says what goes with it.
    asked = []
    monkeypatch.setattr(
        ConfirmDialog,
        "ask",
        classmethod(lambda cls, parent, title, text, yes: asked.append(text) or False),
    )
    assert not page.delete_goal()
    assert "1 delmål" in asked[0]
    assert list_goals(demo_db, hanne.id)


def test_bad_plan_input_is_explained(demo_db, hanne_plan):
    page, hanne = hanne_plan
    efforts_before = list_efforts(demo_db, hanne.id)
    page.step_what.setText("Skriv ansøgning")
    page.step_due.setDate(QDate.currentDate().addDays(-400))
    assert not page.add_step()
    assert "før samtalen" in page.error.text()
    assert page.step_what.text() == "Skriv ansøgning"  # nothing lost
    page.effort_start.setDate(QDate.currentDate())
    page.effort_end.setDate(QDate.currentDate().addDays(-1))
    assert not page.add_effort()
    assert "slutte, før den begynder" in page.error.text()
    page.sub_goal_title.setText("Delmål uden mål")
    assert not page.add_sub_goal()
    assert "målet først" in page.error.text()
    assert list_steps(demo_db, hanne.id) == []
    assert list_efforts(demo_db, hanne.id) == efforts_before
