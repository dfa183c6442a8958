"""Each part of the plan through its whole life on screen (issue 13): edited with "Ret", put in
order, reached / done / dropped on a day with a reason, taken up again, deleted after a
question that names what goes with it, and brought back with Ctrl+Z."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate

from progressionsdialog import clock
from progressionsdialog.domain.lifecycle import Outcome
from progressionsdialog.domain.plan import Goal, GoalStatus, Milestone, Step, StepStatus, SubGoal
from progressionsdialog.storage.efforts import get_effort, list_efforts
from progressionsdialog.storage.goals import get_goal, list_goals, save_goal
from progressionsdialog.storage.milestones import list_milestones, save_milestone
from progressionsdialog.storage.steps import get_step, list_steps, reviews_of, save_step
from progressionsdialog.storage.sub_goals import list_sub_goals, save_sub_goal
from ui.screens.plan.context import window_undo_stack
from ui.screens.plan.widgets import ID_ROLE

TODAY = clock.today()


def row_of(table, effort_id: int) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, 0).data(ID_ROLE) == effort_id)


def steps_of(db, cid) -> list[tuple[str, StepStatus]]:
    return [(s.what, s.status) for s in list_steps(db, cid)]


def test_a_step_is_edited_moved_followed_up_and_deleted(plan, demo_db, user):
    steps = plan.steps_section
    for what in ("Ring til Solgården", "Find eksamensbeviset", "Køb skridsikre sko"):
        user.type_into(steps.step_what, what)
        user.press(steps, "Tilføj skridt")
    cid = plan.cid
    user.choose_row(steps.steps, 2)
    user.press(steps, "↑")
    assert [w for w, _ in steps_of(demo_db, cid)] == [
        "Ring til Solgården",
        "Køb skridsikre sko",
        "Find eksamensbeviset",
    ]
    assert steps.chosen_id() == list_steps(demo_db, cid)[1].id  # the moved step stays chosen

    user.choose_row(steps.steps, 0)
    user.press(steps, "Ret")
    assert steps.step_what.text() == "Ring til Solgården"
    user.type_into(steps.step_what, "Ring til Plejecenter Solgården")
    steps.step_due.setDate(QDate.currentDate().addDays(30))
    user.press(steps, "Gem ændring")
    first = list_steps(demo_db, cid)[0]
    assert (first.what, first.due_on) == ("Ring til Plejecenter Solgården", TODAY + timedelta(30))
    assert steps.add_button.text() == "Tilføj skridt" and steps.step_what.text() == ""

    user.choose_row(steps.steps, 1)
    user.press(steps, "Droppet")
    assert "hvorfor skridtet er droppet" in plan.error.text()
    assert steps_of(demo_db, cid)[1][1] is StepStatus.PLANNED  # nothing changed
    user.type_into(steps.status_row.reason, "Hun har sko")
    steps.status_row.on.setDate(QDate.currentDate().addDays(-1))
    user.press(steps, "Droppet")
    dropped = list_steps(demo_db, cid)[1]
    assert (dropped.status, dropped.status_on) == (StepStatus.DROPPED, TODAY - timedelta(1))
    assert steps.status_row.reason.text() == ""  # the reason went with the change

    user.choose_row(steps.steps, 1)
    user.press(steps, "Åbn igen")
    assert "Skridtet blev droppet" in plan.error.text()
    assert "hvorfor det tages op igen" in plan.error.text()
    assert get_step(demo_db, dropped.id).status is StepStatus.DROPPED  # nothing lost
    user.type_into(steps.status_row.reason, "Skoene er slidt op")
    user.press(steps, "Åbn igen")
    assert get_step(demo_db, dropped.id).status is StepStatus.PLANNED
    user.choose_row(steps.steps, 1)
    history = steps.history.lines.text().splitlines()
    assert len(history) == 2 and "Droppet: Hun har sko" in history[0]
    assert "Åbnet igen: Skoene er slidt op" in history[1]

    user.answer(yes=True)
    user.press(steps, "Slet …")
    assert "Dets 2 opfølgninger bliver også slettet." in user.asked[-1]
    assert dropped.id not in {s.id for s in list_steps(demo_db, cid)}
    user.ctrl_z(steps.steps)
    back = get_step(demo_db, dropped.id)
    assert back.what == "Køb skridsikre sko" and len(reviews_of(demo_db, dropped.id)) == 2
    assert [w for w, _ in steps_of(demo_db, cid)][1] == "Køb skridsikre sko"  # its place too


def test_a_goal_is_reached_dropped_and_earlier_goals_stay_in_view(plan, demo_db, user):
    goals = plan.goal_section
    user.type_into(goals.goal_own, "Pension")
    user.press(goals, "Nyt mål")  # the first goal is saved as she leaves the field
    [old, new] = list_goals(demo_db, plan.cid)
    assert old.citizen_wording == "Pension" and goals.goal_choice.currentData() == new.id
    user.type_into(goals.goal_own, "Job som hjemmehjælper")
    user.press(goals, "Opgivet")
    assert "hvorfor målet er opgivet" in plan.error.text()
    goals.goal_choice.setCurrentIndex(0)
    user.type_into(goals.status_row.reason, "Hun vil hellere arbejde")
    user.press(goals, "Opgivet")
    assert get_goal(demo_db, old.id).status is GoalStatus.DROPPED
    assert goals.goal_choice.itemText(0).endswith(f"opgivet {TODAY:%d-%m-%Y}")
    assert "Hun vil hellere arbejde" in goals.state.text()
    assert goals.reopen_button.isEnabled()  # an ended goal can be taken up again

    goals.goal_choice.setCurrentIndex(1)
    user.press(goals, "Nået")
    reached = get_goal(demo_db, new.id)
    assert (reached.status, reached.status_on) == (GoalStatus.REACHED, TODAY)
    user.ctrl_z(goals.goal_choice)
    assert get_goal(demo_db, new.id).status is GoalStatus.ACTIVE
    assert get_goal(demo_db, new.id).citizen_wording == "Job som hjemmehjælper"  # words stay
    assert get_goal(demo_db, old.id).status is GoalStatus.DROPPED  # only the last change
    assert goals.state.text().startswith("Aktivt")


def test_deleting_a_goal_names_its_parts_and_ctrl_z_brings_all_back(main, plan, demo_db, user):
    cid = plan.cid
    goal = save_goal(demo_db, Goal(None, cid, citizen_wording="Job som hjemmehjælper"))
    subs = [save_sub_goal(demo_db, SubGoal(None, goal.id, t)) for t in ("12 timer", "32 timer")]
    save_milestone(demo_db, Milestone(None, goal.id, "Første vagt", sub_goal_id=subs[0].id))
    for what in ("Ring", "Skriv", "Mød op"):
        save_step(demo_db, Step(None, cid, what, goal_id=goal.id, sub_goal_id=subs[0].id))
    plan.reload()
    user.answer(yes=False)
    user.press(plan.goal_section, "Slet mål …")
    assert (
        "2 delmål og 1 milepæl bliver slettet sammen med målet. 3 skridt bliver i planen uden mål."
    ) in user.asked[0]
    assert list_goals(demo_db, cid) and len(list_sub_goals(demo_db, goal.id)) == 2  # kept

    user.answer(yes=True)
    user.press(plan.goal_section, "Slet mål …")
    assert list_goals(demo_db, cid) == []
    assert [s.goal_id for s in list_steps(demo_db, cid)] == [None, None, None]
    assert plan.sub_goals_section.no_goal.isVisible()
    user.ctrl_z(plan.steps_section.steps)
    assert [g.id for g in list_goals(demo_db, cid)] == [goal.id]
    assert [s.title for s in list_sub_goals(demo_db, goal.id)] == ["12 timer", "32 timer"]
    assert list_milestones(demo_db, goal.id)[0].sub_goal_id == subs[0].id
    assert {(s.goal_id, s.sub_goal_id) for s in list_steps(demo_db, cid)} == {(goal.id, subs[0].id)}
    assert plan.sub_goals_section.list.count() == 2
    window_undo_stack(main).redo()  # Rediger → Gentag: deleted again, and again back
    assert list_goals(demo_db, cid) == [] and plan.sub_goals_section.no_goal.isVisible()
    user.ctrl_z(plan.steps_section.steps)
    assert [s.title for s in list_sub_goals(demo_db, goal.id)] == ["12 timer", "32 timer"]


def test_sub_goals_are_ordered_edited_reached_dropped_and_deleted(plan, demo_db, user):
    goal = save_goal(demo_db, Goal(None, plan.cid, citizen_wording="Job i ældreplejen"))
    plan.reload()
    subs = plan.sub_goals_section
    for title in ("12 timer", "32 timer", "20 timer"):
        user.type_into(subs.sub_goal_title, title)
        user.press(subs, "Tilføj delmål")
    user.choose_row(subs.list, 2)
    user.press(subs, "↑")
    assert [s.title for s in list_sub_goals(demo_db, goal.id)] == [
        "12 timer",
        "20 timer",
        "32 timer",
    ]
    user.choose_row(subs.list, 0)
    user.press(subs, "Ret")
    user.type_into(subs.sub_goal_title, "Praktik 12 timer om ugen")
    user.press(subs, "Gem ændring")
    user.choose_row(subs.list, 0)
    user.press(subs, "Nået")
    first = list_sub_goals(demo_db, goal.id)[0]
    assert (first.title, first.outcome, first.reached_on) == (
        "Praktik 12 timer om ugen",
        Outcome.REACHED,
        TODAY,
    )
    assert "✓ nået" in subs.list.item(0).text()
    user.choose_row(subs.list, 2)
    user.press(subs, "Opgivet")
    assert "hvorfor delmålet er opgivet" in plan.error.text()
    user.type_into(subs.status_row.reason, "Fik fast job på 25 timer")
    user.press(subs, "Opgivet")
    assert list_sub_goals(demo_db, goal.id)[2].outcome is Outcome.DROPPED
    user.choose_row(subs.list, 2)
    user.press(subs, "Åbn igen")
    assert list_sub_goals(demo_db, goal.id)[2].outcome is Outcome.OPEN
    user.answer(yes=True)
    user.choose_row(subs.list, 1)
    user.press(subs, "Slet …")
    assert "«20 timer»" in user.asked[-1]
    assert len(list_sub_goals(demo_db, goal.id)) == 2
    user.ctrl_z(subs.list)
    assert [s.title for s in list_sub_goals(demo_db, goal.id)][1] == "20 timer"


def test_milestones_have_their_screen(plan, demo_db, user):
    goal = save_goal(demo_db, Goal(None, plan.cid, citizen_wording="Job i ældreplejen"))
    save_sub_goal(demo_db, SubGoal(None, goal.id, "Praktik"))
    plan.reload()
    miles = plan.milestones_section
    user.type_into(miles.milestone_title, "Kontrakt på løntilskud")
    miles.milestone_date.setDate(QDate.currentDate().addDays(90))
    user.press(miles, "Tilføj milepæl")
    user.type_into(miles.milestone_title, "Første aftenvagt")
    miles.milestone_date.setDate(QDate.currentDate().addDays(7))
    miles.milestone_sub_goal.setCurrentIndex(miles.milestone_sub_goal.findText("Praktik"))
    user.press(miles, "Tilføj milepæl")
    assert [m.title for m in list_milestones(demo_db, goal.id)] == [
        "Første aftenvagt",
        "Kontrakt på løntilskud",
    ]
    assert "(Praktik)" in miles.list.item(0).text()
    user.choose_row(miles.list, 0)
    user.press(miles, "Ret")
    assert miles.milestone_sub_goal.currentText() == "Praktik"
    user.type_into(miles.milestone_title, "Første aftenvagt på Solgården")
    user.press(miles, "Gem ændring")
    user.choose_row(miles.list, 0)
    user.press(miles, "Nået")
    first = list_milestones(demo_db, goal.id)[0]
    assert (first.title, first.reached_on) == ("Første aftenvagt på Solgården", TODAY)
    user.choose_row(miles.list, 1)
    user.type_into(miles.status_row.reason, "Fik ordinært job i stedet")
    user.press(miles, "Opgivet")
    assert list_milestones(demo_db, goal.id)[1].outcome is Outcome.DROPPED
    assert "opgivet" in miles.list.item(1).text()
    user.answer(yes=True)
    user.choose_row(miles.list, 1)
    user.press(miles, "Slet …")
    assert len(list_milestones(demo_db, goal.id)) == 1
    user.ctrl_z(miles.list)
    assert len(list_milestones(demo_db, goal.id)) == 2


def test_an_effort_is_ongoing_gets_its_result_and_is_deleted(plan, demo_db, user):
    efforts = plan.efforts_section
    earlier = len(list_efforts(demo_db, plan.cid))
    user.type_into(efforts.effort_provider, "Plejecenter Solgården")
    user.type_into(efforts.effort_goals, "12 timer om ugen i aftenvagter")
    user.press(efforts, "Tilføj indsats")
    internship = list_efforts(demo_db, plan.cid)[-1]
    assert internship.ongoing
    row = row_of(efforts.efforts, internship.id)  # under its track's heading
    user.choose_row(efforts.efforts, row)
    user.press(efforts, "Ret")
    user.click(efforts.effort_has_end)
    efforts.effort_start.setDate(QDate.currentDate())
    efforts.effort_end.setDate(QDate.currentDate().addDays(-3))
    user.type_into(efforts.effort_result, "Tilbud om løntilskud")
    user.press(efforts, "Gem ændring")
    assert "slutte, før den begynder" in plan.error.text()
    assert efforts.effort_result.text() == "Tilbud om løntilskud"  # nothing typed is lost
    assert get_effort(demo_db, internship.id).ongoing  # and nothing half saved
    efforts.effort_end.setDate(QDate.currentDate().addDays(180))
    user.press(efforts, "Gem ændring")
    ended = get_effort(demo_db, internship.id)
    assert (ended.result, ended.ends_on) == ("Tilbud om løntilskud", TODAY + timedelta(180))
    row = row_of(efforts.efforts, internship.id)
    assert efforts.efforts.item(row, 3).text() == "Tilbud om løntilskud"
    user.answer(yes=True)
    user.choose_row(efforts.efforts, row)
    user.press(efforts, "Slet …")
    assert "«Kursus, Plejecenter Solgården»" in user.asked[-1]
    assert len(list_efforts(demo_db, plan.cid)) == earlier
    user.ctrl_z(efforts.efforts)
    assert get_effort(demo_db, internship.id) == ended
