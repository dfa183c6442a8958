"""Screening on the plan tab (issue 13, step 1 of the three-step model): a citizen never
screened (the demo's plan-free one) is screened by clicking and typing in the real widgets
at 1366×768, the worker's note stays hidden until asked, a new screening starts from the
last with the earlier one kept and shown with its date, and bad input is named in Danish –
all read back from the database."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)

from progressionsdialog import clock
from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.screening import ANSWER_MAX, AreaAnswer, AreaStatus, ScreeningArea
from progressionsdialog.storage.citizens import list_citizens
from progressionsdialog.storage.screening import (
    barrier_categories,
    latest_screening,
    list_screenings,
    save_answer,
    start_screening,
)

NOTE = "Overvej lægeattest"
HOUSING, HEALTH = ScreeningArea.HOUSING, ScreeningArea.HEALTH


def answer(db, cid, area):
    return latest_screening(db, cid).answer(area)


def test_a_citizen_is_screened_by_clicking_and_typing(plan, demo_db, user, qtbot):
    section = plan.screening_section
    assert section.y() < plan.hhh_section.y()  # step 1 comes first
    assert section.empty_hint.isVisible() and "Ingen screening endnu" in section.empty_hint.text()
    assert not section.body.isVisible()

    user.press(section, "Ny screening")
    [screening] = list_screenings(demo_db, plan.cid)
    assert screening.screened_on == clock.today()
    assert section.body.isVisible() and not section.empty_hint.isVisible()
    assert section.date.text() == format_date(clock.today())

    housing = section.rows[HOUSING]
    user.click(housing.buttons[AreaStatus.BARRIER])
    assert answer(demo_db, plan.cid, HOUSING).status is AreaStatus.BARRIER
    user.type_into(housing.words, "Bor hos min søster")
    qtbot.waitUntil(  # saved as typed, after a pause
        lambda: answer(demo_db, plan.cid, HOUSING).citizen_words == "Bor hos min søster"
    )
    assert "Gemt kl." in plan.context.status.text()

    # The worker's note is hidden until asked, like the meeting's private note.
    assert not housing.note.isVisible()
    user.click(section.notes_toggle)
    assert housing.note.isVisible()
    user.type_into(housing.note, NOTE)
    plan.flush()
    assert answer(demo_db, plan.cid, HOUSING).worker_note == NOTE
    user.click(section.notes_toggle)
    assert not housing.note.isVisible()

    # By keyboard: the arrows move inside an area's choices, and Ctrl+Z takes it back.
    health = section.rows[HEALTH]
    user.click(health.buttons[AreaStatus.RESOURCE])
    qtbot.keyClick(health.buttons[AreaStatus.RESOURCE], Qt.Key.Key_Right)
    assert health.buttons[AreaStatus.BARRIER].isChecked()
    assert answer(demo_db, plan.cid, HEALTH).status is AreaStatus.BARRIER
    user.ctrl_z(health.buttons[AreaStatus.BARRIER])
    assert answer(demo_db, plan.cid, HEALTH).status is AreaStatus.RESOURCE
    assert health.buttons[AreaStatus.RESOURCE].isChecked()

    assert barrier_categories(demo_db)[plan.cid] == ["Bolig"]
    assert "Barrierer: Bolig" in section.summary.text()
    assert "Ressourcer: Helbred" in section.summary.text()


def test_every_control_has_a_name_and_nothing_is_cut_off(plan, user):
    section = plan.screening_section
    user.press(section, "Ny screening")
    user.click(section.notes_toggle)
    controls = section.findChildren(QAbstractButton) + section.findChildren(QComboBox)
    controls += section.findChildren(QPlainTextEdit) + section.findChildren(QLineEdit)
    for control in controls:
        name = control.accessibleName()
        if isinstance(control, QAbstractButton) and not name:
            name = control.text()
        assert name, control
    for row in section.rows.values():
        for radio in row.buttons.values():
            assert radio.width() >= radio.sizeHint().width(), radio.accessibleName()
        assert row.label.width() >= row.label.minimumSizeHint().width()
    assert section.rows[HOUSING].buttons[AreaStatus.BOTH].accessibleName() == "Bolig: Begge dele"
    body = plan.scroll.widget()  # the page fits its width: no scrolling sideways
    assert body.minimumSizeHint().width() <= plan.scroll.viewport().width()


def test_a_new_screening_starts_from_the_last_and_the_earlier_stays_with_its_date(
    plan, demo_db, user, qtbot
):
    earlier_day = clock.today() - timedelta(days=120)
    first = start_screening(demo_db, plan.cid, earlier_day)
    save_answer(demo_db, first.id, AreaAnswer(HOUSING, AreaStatus.BARRIER, "Bor hos søster", NOTE))
    plan.reload()
    section = plan.screening_section
    assert format_date(earlier_day) in section.summary.text()

    user.press(section, "Ny screening")
    old, new = list_screenings(demo_db, plan.cid)
    assert (old.id, new.screened_on) == (first.id, clock.today())
    housing = section.rows[HOUSING]
    assert housing.buttons[AreaStatus.BARRIER].isChecked()  # from the last one's answers
    assert housing.words.toPlainText() == "Bor hos søster"
    user.click(housing.buttons[AreaStatus.RESOURCE])
    user.type_into(housing.words, "Har fået egen lejlighed")
    plan.flush()
    assert list_screenings(demo_db, plan.cid)[0].answer(HOUSING).citizen_words == "Bor hos søster"

    history = section.history
    assert history.toggle.text() == "Tidligere screeninger (1)"
    user.click(history.toggle)
    shown = history.lines.text()
    assert format_date(earlier_day) in shown and "Bolig: Barriere – «Bor hos søster»" in shown
    assert NOTE not in shown  # the worker's note only with the notes shown
    user.click(section.notes_toggle)
    assert NOTE in history.lines.text()

    # Ctrl+Z takes the new screening away again; the earlier one is the one shown.
    user.ctrl_z(section.new_button)
    user.ctrl_z(section.new_button)
    assert [s.id for s in list_screenings(demo_db, plan.cid)] == [first.id]
    assert section.date.text() == format_date(earlier_day)


def test_a_day_in_the_future_and_overlong_words_are_named_and_nothing_is_lost(
    plan, demo_db, user, qtbot
):
    section = plan.screening_section
    user.press(section, "Ny screening")
    tomorrow = clock.today() + timedelta(days=1)
    user.type_into(section.date, format_date(tomorrow))
    qtbot.keyClick(section.date, Qt.Key.Key_Return)
    assert "Screeningen kan ikke ligge i fremtiden" in plan.error.text()
    assert latest_screening(demo_db, plan.cid).screened_on == clock.today()

    last_week = clock.today() - timedelta(days=7)
    user.type_into(section.date, format_date(last_week).replace("-", ""))
    qtbot.keyClick(section.date, Qt.Key.Key_Return)
    assert latest_screening(demo_db, plan.cid).screened_on == last_week
    assert plan.error.text() == "" or not plan.error.isVisible()

    words = section.rows[HOUSING].words
    user.click(words)
    QApplication.clipboard().setText("x" * (ANSWER_MAX + 1))
    qtbot.keyClick(words, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    plan.flush()
    assert f"Borgerens ord om Bolig er for lange: {ANSWER_MAX + 1} tegn" in plan.error.text()
    assert words.toPlainText() == "x" * (ANSWER_MAX + 1)  # still on screen
    assert answer(demo_db, plan.cid, HOUSING).citizen_words == ""


def test_a_screening_is_deleted_after_a_question_and_ctrl_z_brings_it_back(plan, demo_db, user):
    screening = start_screening(demo_db, plan.cid, clock.today() - timedelta(days=3))
    save_answer(demo_db, screening.id, AreaAnswer(HEALTH, AreaStatus.BOTH, "Gigt", NOTE))
    plan.reload()
    section = plan.screening_section
    user.click(section.show_toggle)
    user.answer(yes=True)
    user.press(section, "Slet screening …")
    assert format_date(screening.screened_on) in user.asked[-1]
    assert "1 område" in user.asked[-1]
    assert list_screenings(demo_db, plan.cid) == []
    assert section.empty_hint.isVisible()
    user.ctrl_z(section.new_button)
    [back] = list_screenings(demo_db, plan.cid)
    assert back.answer(HEALTH) == AreaAnswer(HEALTH, AreaStatus.BOTH, "Gigt", NOTE)


def test_the_notes_are_hidden_again_for_the_next_citizen(main, plan, demo_db, user):
    section = plan.screening_section
    user.press(section, "Ny screening")
    user.click(section.notes_toggle)
    assert section.rows[HOUSING].note.isVisible()
    from progressionsdialog.storage.screening import latest_screening

    other = next(
        c.id
        for c in list_citizens(demo_db)
        if c.id != plan.cid and latest_screening(demo_db, c.id) is None
    )
    main.register.select_citizen(other)
    assert section.empty_hint.isVisible()  # the other citizen has no screening
    main.register.select_citizen(plan.cid)
    assert not section.notes_toggle.isChecked()
    assert not section.rows[HOUSING].note.isVisible()


def test_the_areas_go_by_keyboard(plan, demo_db, user, qtbot):
    """Tab goes area by area (the choice made, then the words); the arrows choose."""
    section = plan.screening_section
    user.press(section, "Ny screening")
    education, work = (
        section.rows[ScreeningArea.EDUCATION],
        section.rows[ScreeningArea.WORK_EXPERIENCE],
    )
    assert education.buttons[AreaStatus.NOT_TALKED].hasFocus()  # ready to go
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert answer(demo_db, plan.cid, ScreeningArea.EDUCATION).status is AreaStatus.BARRIER
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert education.words.hasFocus()
    qtbot.keyClicks(education.words, "Ingen papirer fra skolen i Irak")
    qtbot.keyClick(education.words, Qt.Key.Key_Tab)
    assert work.buttons[AreaStatus.NOT_TALKED].hasFocus()  # the choice made, read aloud
    assert answer(demo_db, plan.cid, ScreeningArea.EDUCATION).citizen_words == (
        "Ingen papirer fra skolen i Irak"
    )  # saved on leaving the field
    qtbot.keyClick(work.buttons[AreaStatus.NOT_TALKED], Qt.Key.Key_Left)
    assert answer(demo_db, plan.cid, ScreeningArea.WORK_EXPERIENCE).status is AreaStatus.BOTH
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert education.words.hasFocus()
