"""The plan screen made from nothing, as for seed 003's 42-year-old woman: HHH, a goal from it
with sub-goals and a milestone, steps, an internship that is ongoing, the next meeting, and
the follow-up at the next meeting – all through the widgets, read back from the database.
(The demo citizen with no plan yet is used: Hanne's own year is already in the demo.)"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from progressionsdialog import clock
from progressionsdialog.domain.plan import EffortKind, StepStatus
from progressionsdialog.storage.efforts import list_efforts
from progressionsdialog.storage.goals import list_goals
from progressionsdialog.storage.hhh import list_hhh
from progressionsdialog.storage.meetings import list_meetings
from progressionsdialog.storage.milestones import list_milestones
from progressionsdialog.storage.steps import list_steps, reviews_of
from progressionsdialog.storage.sub_goals import list_sub_goals
from ui.screens.plan.widgets import ID_ROLE


def test_a_whole_plan_made_from_nothing(main, plan, demo_db, user, qtbot, tab):
    cid = plan.cid
    hhh, goals, subs = plan.hhh_section, plan.goal_section, plan.sub_goals_section
    user.press(hhh, "Nyt HHH")
    user.type_into(plan.hhh_fields["what"], "Arbejde som hjemmehjælper")
    user.type_into(plan.hhh_fields["how"], "Praktik i aftenvagter")
    plan.flush()
    [answer] = list_hhh(demo_db, cid)
    assert (answer.what, answer.why, answer.how) == (
        "Arbejde som hjemmehjælper",
        "",
        "Praktik i aftenvagter",
    )

    user.press(hhh, "Lav et mål ud fra svaret")
    [goal] = list_goals(demo_db, cid)
    assert (goal.citizen_wording, goal.hhh_id) == ("Arbejde som hjemmehjælper", answer.id)
    assert goals.goal_own.text() == "Arbejde som hjemmehjælper"
    assert goals.hhh_link.currentData() == answer.id
    user.type_into(goals.goal_worker, "Ordinært job i ældreplejen")
    qtbot.keyClick(goals.goal_worker, Qt.Key.Key_Tab)
    assert list_goals(demo_db, cid)[0].worker_wording == "Ordinært job i ældreplejen"

    for title in ("Praktik 12 timer om ugen", "32 timer om ugen"):
        user.type_into(subs.sub_goal_title, title)
        user.press(subs, "Tilføj delmål")
    assert [s.title for s in list_sub_goals(demo_db, goal.id)] == [
        "Praktik 12 timer om ugen",
        "32 timer om ugen",
    ]
    miles = plan.milestones_section
    user.type_into(miles.milestone_title, "Første aftenvagt")
    miles.milestone_sub_goal.setCurrentIndex(1)
    user.press(miles, "Tilføj milepæl")
    [first_shift] = list_milestones(demo_db, goal.id)
    assert first_shift.sub_goal_id == list_sub_goals(demo_db, goal.id)[0].id

    steps = plan.steps_section
    user.type_into(steps.step_what, "Ring til plejecentret")
    qtbot.keyClick(steps.step_what, Qt.Key.Key_Return)
    [step] = list_steps(demo_db, cid)
    assert step.what == "Ring til plejecentret" and step.goal_id == goal.id

    efforts = plan.efforts_section
    kind = efforts.effort_kind
    kind.setCurrentIndex(kind.findData(EffortKind.COMPANY_INTERNSHIP.value))
    user.type_into(efforts.effort_provider, "Plejecenter Solgården")
    user.type_into(efforts.effort_goals, "Møde til tiden. Aftenvagter.")
    before = len(list_efforts(demo_db, cid))  # the demo has her earlier efforts
    user.press(efforts, "Tilføj indsats")
    internship = list_efforts(demo_db, cid)[-1]
    assert len(list_efforts(demo_db, cid)) == before + 1
    assert internship.ongoing  # no end date unless "Slutter" is ticked
    row = next(
        r
        for r in range(efforts.efforts.rowCount())
        if efforts.efforts.item(r, 0).data(ID_ROLE) == internship.id
    )  # under the job track's heading, after the internship she had
    last_row = [efforts.efforts.item(row, c).text() for c in range(4)]
    assert "i gang" in last_row[1] and last_row[2] == "Møde til tiden. Aftenvagter."

    user.type_into(plan.next_section.next_place, "Jobcentret, lokale 3")
    user.press(plan.next_section, "Book næste samtale")
    assert "Booket" in plan.next_section.next_label.text()

    # The next meeting: the step is followed up and marked done.
    main.new_meeting()
    tab(main.overview.TAB_PLAN)
    user.choose_row(steps.steps, 0)
    user.press(steps, "Gjort")
    assert list_steps(demo_db, cid)[0].status is StepStatus.DONE
    [review] = reviews_of(demo_db, step.id)
    assert review.status_on == clock.today()
    assert review.meeting_id == list_meetings(demo_db, cid)[-1].id  # the new meeting
    user.choose_row(steps.steps, 0)
    assert steps.history.toggle.text() == "Opfølgning på skridtet (1)"
    assert "Gjort" in steps.history.lines.text()


def test_bad_plan_input_is_explained_and_nothing_typed_is_lost(plan, demo_db, user):
    cid = plan.cid
    steps, efforts = plan.steps_section, plan.efforts_section
    efforts_before = list_efforts(demo_db, cid)
    user.type_into(steps.step_what, "Skriv ansøgning")
    steps.step_due.setDate(QDate.currentDate().addDays(-400))
    user.press(steps, "Tilføj skridt")
    assert "før samtalen" in plan.error.text()
    assert steps.step_what.text() == "Skriv ansøgning"  # nothing lost

    user.type_into(efforts.effort_provider, "Plejecenter Solgården")
    efforts.effort_start.setDate(QDate.currentDate())
    user.click(efforts.effort_has_end)
    efforts.effort_end.setDate(QDate.currentDate().addDays(-1))
    user.press(efforts, "Tilføj indsats")
    assert "slutte, før den begynder" in plan.error.text()
    assert efforts.effort_provider.text() == "Plejecenter Solgården"
    assert efforts.effort_end.date() == QDate.currentDate().addDays(-1)

    subs = plan.sub_goals_section  # no goal yet: nothing to add a sub-goal to, and it says so
    assert not subs.sub_goal_title.isEnabled() and not subs.add_button.isEnabled()
    assert subs.no_goal.isVisible() and "målet først" in subs.no_goal.text()
    assert list_steps(demo_db, cid) == []
    assert list_efforts(demo_db, cid) == efforts_before
