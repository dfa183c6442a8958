"""HHH answers keep their earlier words on screen; deleting one names the goal that came from
it and Ctrl+Z brings both back; and the question before deleting is a real dialog, answered
by clicking its buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from progressionsdialog.domain.plan import Hhh, Step
from progressionsdialog.storage import clock
from progressionsdialog.storage.goals import list_goals
from progressionsdialog.storage.hhh import list_hhh, save_hhh
from progressionsdialog.storage.steps import list_steps, save_step


def test_earlier_hhh_answers_are_shown_with_the_day_they_changed(plan, demo_db, user, monkeypatch):
    monkeypatch.setattr(clock, "now_iso", lambda: "2025-02-03T09:00:00+00:00")
    user.press(plan.hhh_section, "Nyt HHH")
    user.type_into(plan.hhh_fields["what"], "Pension")
    plan.flush()
    monkeypatch.setattr(clock, "now_iso", lambda: "2025-03-10T10:00:00+00:00")
    user.type_into(plan.hhh_fields["what"], "Arbejde som hjemmehjælper")
    plan.flush()
    history = plan.hhh_section.history
    assert history.toggle.text() == "Tidligere svar (1)"
    assert not history.lines.isVisible()
    user.click(history.toggle)
    assert history.lines.isVisible()
    assert history.lines.text() == "Hvad, 03-02-2025: Pension  (ændret 10-03-2025)"
    assert list_hhh(demo_db, plan.cid)[0].what == "Arbejde som hjemmehjælper"


def test_deleting_an_hhh_names_its_goal_and_ctrl_z_brings_both_back(plan, demo_db, user):
    save_hhh(demo_db, Hhh(None, plan.cid, what="Arbejde i ældreplejen", why="Klare mig selv"))
    plan.reload()
    user.press(plan.hhh_section, "Lav et mål ud fra svaret")
    [goal] = list_goals(demo_db, plan.cid)
    user.answer(yes=True)
    user.press(plan.hhh_section, "Slet HHH …")
    assert "1 mål kommer fra svaret" in user.asked[-1]
    assert list_hhh(demo_db, plan.cid) == [] and list_goals(demo_db, plan.cid)[0].hhh_id is None
    assert not plan.hhh_fields["why"].isEnabled()
    user.ctrl_z(plan.steps_section.steps)  # the goal's creation stays; only the delete is undone
    [back] = list_hhh(demo_db, plan.cid)
    assert (back.what, back.why) == ("Arbejde i ældreplejen", "Klare mig selv")
    assert list_goals(demo_db, plan.cid)[0].hhh_id == back.id == goal.hhh_id
    assert plan.hhh_fields["why"].toPlainText() == "Klare mig selv"


def _click_in_the_question(seen: list[str], label: str) -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == label).click()
    else:
        QTimer.singleShot(20, lambda: _click_in_the_question(seen, label))


@pytest.mark.real_dialogs
def test_the_real_question_before_deleting_a_step(plan, demo_db, user):
    save_step(demo_db, Step(None, plan.cid, "Ring til Solgården"))
    plan.reload()
    steps = plan.steps_section
    user.choose_row(steps.steps, 0)
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _click_in_the_question(seen, "Annuller"))
    user.press(steps, "Slet …")
    assert "Vil du slette skridtet «Ring til Solgården»?" in seen[0]
    assert [s.what for s in list_steps(demo_db, plan.cid)] == ["Ring til Solgården"]
    QTimer.singleShot(0, lambda: _click_in_the_question(seen, "Slet"))
    user.press(steps, "Slet …")
    assert len(seen) == 2 and list_steps(demo_db, plan.cid) == []
