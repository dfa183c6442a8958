"""Vis → Projekter (issue 14): the leader makes a project, fills the participants and the
control group from the register, records and deletes outcomes, and sees the reminders at 12
and 24 months — all through the window's own buttons and fields."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.outcome import MemberRole, OutcomeStatus, months_later
from progressionsdialog.storage.citizens import add_citizen, archive_citizen
from progressionsdialog.storage.projects import (
    add_member,
    add_project,
    list_projects,
    members,
    outcomes_of,
)
from ui.dialogs.confirm import ConfirmDialog


def _type(qtbot, field, text: str) -> None:
    """Select what the field holds and type over it, as a person does."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _open(window, qtbot):
    window.resize(1366, 768)
    window.menu.projects_action.trigger()
    dialog = window.menu.projects_dialog
    qtbot.waitExposed(dialog)
    return dialog


def _row_of(model, text: str) -> int:
    return next(r for r in range(model.rowCount()) if model.texts_at(r)[0] == text)


@pytest.fixture
def people(db):
    return {
        name: add_citizen(db, CitizenDraft(name=name, birth_or_cpr="01-01-1980")).id
        for name in ("Anna Berg", "Bo Holm", "Carl Dahl")
    }


def test_a_project_is_made_and_both_groups_filled_from_the_register(window, qtbot, db, people):
    archive_citizen(db, people["Carl Dahl"])  # an archived citizen can still be chosen
    dialog = _open(window, qtbot)
    _click(qtbot, dialog.new_button)
    form = dialog.form
    _type(qtbot, form.name, "JobStart")
    _type(qtbot, form.started, "01-02-2025")
    _click(qtbot, form.save_button)
    qtbot.waitUntil(lambda: not form.isVisible())
    [project] = list_projects(db)
    assert project.name == "JobStart" and project.has_control_group
    assert dialog.projects_model.texts_at(0) == ("JobStart", "01-02-2025")

    _click(qtbot, dialog.add_participant_button)
    picker = dialog.picker
    for name in ("Anna", "Carl"):
        _type(qtbot, picker.search, name)
        _type(qtbot, picker.joined, "03-02-2025")
        _click(qtbot, picker.add_button)
        assert "er tilføjet" in picker.done_label.text()
    picker.accept()
    _click(qtbot, dialog.add_control_button)
    control = dialog.picker
    _type(qtbot, control.search, "Bo H")
    _click(qtbot, control.add_button)
    _type(qtbot, control.search, "Anna")  # already a participant
    _click(qtbot, control.add_button)
    assert "både deltager og i kontrolgruppen" in control.message.text()
    assert control.message.isVisible()
    roles = {m.citizen_id: m.role for m in members(db, project.id)}
    assert roles == {
        people["Anna Berg"]: MemberRole.PARTICIPANT,
        people["Carl Dahl"]: MemberRole.PARTICIPANT,
        people["Bo Holm"]: MemberRole.CONTROL,
    }
    shown = [dialog.members_model.texts_at(r)[:2] for r in range(dialog.members_model.rowCount())]
    assert shown == [("Anna Berg", "Deltager"), ("Carl Dahl", "Deltager"), ("Bo Holm", "Kontrol")]


def test_a_project_name_that_is_taken_is_refused_next_to_the_field(window, qtbot, db):
    add_project(db, "JobStart", clock.today())
    dialog = _open(window, qtbot)
    _click(qtbot, dialog.new_button)
    _type(qtbot, dialog.form.name, "JobStart")
    _click(qtbot, dialog.form.save_button)
    assert "allerede et projekt" in dialog.form.errors["name"].text()
    assert dialog.form.isVisible() and dialog.form.name.text() == "JobStart"
    assert len(list_projects(db)) == 1


def test_an_outcome_is_recorded_and_a_wrong_one_deleted_after_a_question(
    window, qtbot, db, people, monkeypatch
):
    today = clock.today()
    project = add_project(db, "JobStart", today - timedelta(days=30))
    anna = people["Anna Berg"]
    add_member(db, project.id, anna, MemberRole.PARTICIPANT, today - timedelta(days=30))
    dialog = _open(window, qtbot)
    dialog.members_view.selectRow(_row_of(dialog.members_model, "Anna Berg"))
    panel = dialog.outcomes
    assert "Anna Berg" in panel.heading.text()
    panel.status.setCurrentIndex(panel.status.findData(OutcomeStatus.FLEXJOB.value))
    _type(qtbot, panel.day, format_date(today + timedelta(days=3)))
    _click(qtbot, panel.record_button)
    assert "i fremtiden" in panel.error.text() and outcomes_of(db, anna) == []
    _type(qtbot, panel.day, format_date(today - timedelta(days=2)))
    _click(qtbot, panel.record_button)
    [recorded] = outcomes_of(db, anna)
    assert recorded.status is OutcomeStatus.FLEXJOB
    assert dialog.members_model.texts_at(0)[3].startswith("Fleksjob")

    questions = []
    monkeypatch.setattr(ConfirmDialog, "ask", lambda *a: questions.append(a[2]) or False)
    panel.table.selectRow(0)
    _click(qtbot, panel.delete_button)
    assert outcomes_of(db, anna) == [recorded]  # "Annuller" keeps it
    monkeypatch.setattr(ConfirmDialog, "ask", lambda *a: questions.append(a[2]) or True)
    _click(qtbot, panel.delete_button)
    assert outcomes_of(db, anna) == [] and panel.model.rowCount() == 0
    assert "Fleksjob" in questions[0]
    _click(qtbot, panel.undo_button)
    assert [o.status for o in outcomes_of(db, anna)] == [OutcomeStatus.FLEXJOB]


def test_a_member_is_removed_after_a_question_and_can_be_put_back(
    window, qtbot, db, people, monkeypatch
):
    project = add_project(db, "JobStart", clock.today(), has_control_group=True)
    add_member(db, project.id, people["Bo Holm"], MemberRole.CONTROL, clock.today())
    dialog = _open(window, qtbot)
    dialog.members_view.selectRow(0)
    monkeypatch.setattr(ConfirmDialog, "ask", lambda *a: "Bo Holm" in a[2])
    _click(qtbot, dialog.remove_button)
    assert members(db, project.id) == [] and dialog.members_model.rowCount() == 0
    assert "fjernet" in dialog.member_done.text()
    _click(qtbot, dialog.undo_remove_button)
    assert [m.role for m in members(db, project.id)] == [MemberRole.CONTROL]


def test_the_reminders_list_who_is_due_and_the_status_is_recorded_there(window, qtbot, db, people):
    today = clock.today()
    joined = months_later(today, -13)
    project = add_project(db, "JobStart", joined, has_control_group=True)
    add_member(db, project.id, people["Anna Berg"], MemberRole.PARTICIPANT, joined)
    add_member(db, project.id, people["Bo Holm"], MemberRole.CONTROL, joined)
    archive_citizen(db, people["Bo Holm"])  # archived, and still reminded of
    dialog = _open(window, qtbot)
    assert dialog.tabs.tabText(1).replace("&", "") == "Påmindelser (2)"
    dialog.tabs.setCurrentIndex(1)
    rows = [dialog.due_model.texts_at(r) for r in range(dialog.due_model.rowCount())]
    due = format_date(months_later(joined, 12))
    assert sorted(rows) == [
        ("Anna Berg", "JobStart", "deltagere", "12 mdr.", due),
        ("Bo Holm", "JobStart", "kontrolgruppe", "12 mdr.", due),
    ]
    dialog.due_view.selectRow(_row_of(dialog.due_model, "Bo Holm"))
    panel = dialog.due_outcomes
    panel.status.setCurrentIndex(panel.status.findData(OutcomeStatus.UNEMPLOYED.value))
    _click(qtbot, panel.record_button)
    assert [o.status for o in outcomes_of(db, people["Bo Holm"])] == [OutcomeStatus.UNEMPLOYED]
    assert [dialog.due_model.texts_at(r)[0] for r in range(dialog.due_model.rowCount())] == [
        "Anna Berg"
    ]
    assert dialog.tabs.tabText(1).replace("&", "") == "Påmindelser (1)"


def test_projects_cannot_be_opened_in_citizen_view(window, qtbot, db, people):
    assert window.menu.projects_action.isEnabled()
    window.menu.set_citizen_view(True)
    assert not window.menu.projects_action.isEnabled()
    window.menu.set_citizen_view(False)
    assert window.menu.projects_action.isEnabled()


def test_the_models_behind_the_lists_are_sound(window, qtbot, qtmodeltester, db, people):
    project = add_project(db, "JobStart", clock.today())
    add_member(db, project.id, people["Anna Berg"], MemberRole.PARTICIPANT, clock.today())
    dialog = _open(window, qtbot)
    for model in (dialog.projects_model, dialog.members_model, dialog.due_model):
        qtmodeltester.check(model)
    assert dialog.members_model.rowCount() == 1
