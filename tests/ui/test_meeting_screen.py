"""A meeting as caseworker and citizen hold it: scoring, autosave, reveal, private notes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.meeting import IndicatorScore
from progressionsdialog.storage.audit import entries
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.meetings import (
    add_meeting,
    get_meeting,
    list_meetings,
    save_score,
    scores_for,
)
from ui.dialogs.confirm import ConfirmDialog


@pytest.fixture
def citizen(db):
    return add_citizen(db, CitizenDraft(name="Hanne Bøgh", birth_or_cpr="01-02-1984"))


@pytest.fixture
def with_history(db, citizen):
    old = add_meeting(db, citizen.id, clock.today() - timedelta(days=40))
    save_score(db, old, IndicatorScore("motivation", 5, 4))
    return old


def focus():
    return QApplication.focusWidget()


def open_new_meeting(window, citizen, qtbot=None):
    """The citizen found by typing in the search, ↓ into the list, Ctrl+M: a new meeting."""
    window.reload()  # the citizen was added to the database behind the window's back
    window.resize(1366, 768)
    window.activateWindow()
    window.register.search.setFocus()
    QTest.keyClicks(window.register.search, citizen.name)
    QTest.keyClick(window.register.search, Qt.Key.Key_Down)
    assert window.register.current_citizen_id() == citizen.id
    before = len(list_meetings(window.db, citizen.id))
    QTest.keyClick(focus(), Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    meetings = list_meetings(window.db, citizen.id)
    assert len(meetings) == before + 1, "Ctrl+M made no meeting"
    editor = window.overview.meetings.editor
    assert editor.meeting is not None and editor.meeting.held_on == clock.today()
    return editor.meeting.id, editor


def test_scores_are_saved_as_they_are_given(window, db, citizen, qtbot):
    meeting_id, editor = open_new_meeting(window, citizen)
    panel = editor.panels["competences"]
    editor.tabs.setCurrentIndex(2)
    target = panel.citizen_score.cell_rect(6).center().toPoint()
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(panel.citizen_score, Qt.MouseButton.LeftButton, pos=target)
    panel.worker_score.setFocus()
    qtbot.keyClick(panel.worker_score, Qt.Key.Key_4)
    stored = scores_for(db, meeting_id)["competences"]
    assert (stored.citizen_score, stored.worker_score) == (6, 4)
    assert editor.tabs.tabText(2).startswith("✓")
    assert "Gemt" in editor.status.text()


def test_last_score_is_hidden_until_both_have_scored(window, db, citizen, with_history, qtbot):
    _, editor = open_new_meeting(window, citizen)
    panel = editor.panels["motivation"]
    text = panel.reveal.text()
    assert "vises, når I begge" in text and "5" not in text
    panel.citizen_score.setValue(5, emit=True)
    assert "vises, når I begge" in panel.reveal.text()
    panel.worker_score.setValue(6, emit=True)
    revealed = panel.reveal.text()
    assert "Borger: 5 → 5  = holder niveauet" in revealed
    assert "Medarbejder: 4 → 6  ▲ op 2" in revealed


def test_declining_counts_as_an_answer(window, db, citizen, with_history):
    meeting_id, editor = open_new_meeting(window, citizen)
    panel = editor.panels["motivation"]
    panel.citizen_score.setValue(3, emit=True)
    panel.declined.setChecked(True)
    assert not panel.citizen_score.isEnabled()
    panel.worker_score.setValue(4, emit=True)
    stored = scores_for(db, meeting_id)["motivation"]
    assert stored.citizen_declined and stored.citizen_score is None
    assert "Medarbejder: 4 → 4" in panel.reveal.text()


def test_notes_autosave_and_private_note_is_hidden_by_default(window, db, citizen, qtbot):
    meeting_id, editor = open_new_meeting(window, citizen)
    panel = editor.panels["job_search"]
    editor.tabs.setCurrentIndex(3)
    assert panel.private_note.isHidden()
    qtbot.keyClicks(panel.shared_note, "Vil gerne i praktik som hjemmehjælper.")
    with qtbot.waitSignal(editor.saved, timeout=3000):
        pass
    panel.private_toggle.click()
    assert panel.private_note.isVisible()
    panel.private_note.insertPlainText("Gigt i hænderne.")
    panel.flush()
    stored = scores_for(db, meeting_id)["job_search"]
    assert stored.shared_note == "Vil gerne i praktik som hjemmehjælper."
    assert stored.private_note == "Gigt i hænderne."


def test_an_overlong_note_is_refused_but_stays_on_screen(window, db, citizen):
    meeting_id, editor = open_new_meeting(window, citizen)
    panel = editor.panels["motivation"]
    panel.shared_note.setPlainText("Kort.")
    panel.flush()
    panel.shared_note.setPlainText("x" * 100_000)
    panel.flush()
    assert "100000 tegn" in panel.shared_error.text()
    assert "Ikke gemt" in editor.status.text()
    assert len(panel.shared_note.toPlainText()) == 100_000
    assert scores_for(db, meeting_id)["motivation"].shared_note == "Kort."


def _type_date(qtbot, editor, value: date) -> None:
    editor.date.setFocus()
    editor.date.selectAll()
    qtbot.keyClicks(editor.date, value.strftime("%d%m%Y"))
    qtbot.keyClick(editor.date, Qt.Key.Key_Return)


def test_a_date_far_ahead_or_before_birth_is_refused_in_the_form(window, db, citizen, qtbot):
    meeting_id, editor = open_new_meeting(window, citizen)
    _type_date(qtbot, editor, clock.today() + timedelta(days=400))
    assert "mere end et år" in editor.date_error.text()
    assert get_meeting(db, meeting_id).held_on == clock.today()
    _type_date(qtbot, editor, date(1980, 1, 1))
    assert "før borgeren blev født" in editor.date_error.text()
    _type_date(qtbot, editor, clock.today() - timedelta(days=1))
    assert editor.date_error.isHidden()
    assert get_meeting(db, meeting_id).held_on == clock.today() - timedelta(days=1)


def test_two_meetings_on_one_day_are_allowed_with_a_note(window, db, citizen):
    add_meeting(db, citizen.id, clock.today())
    _, editor = open_new_meeting(window, citizen)
    assert editor.same_day.isVisibleTo(window)
    assert len(list_meetings(db, citizen.id)) == 2


def test_editing_an_older_meeting_is_audited(window, db, citizen, with_history):
    window.reload()
    window.register.select_citizen(citizen.id)
    page = window.overview.meetings
    assert page.select_meeting(with_history.id)
    page.editor.panels["motivation"].worker_score.setValue(7, emit=True)
    audited = [e for e in entries(db, citizen.id) if e.action == "update"]
    assert audited and audited[-1].entity_id == with_history.id


def test_delete_asks_first(window, db, citizen, with_history, monkeypatch, qtbot):
    window.reload()
    window.register.select_citizen(citizen.id)
    window.overview.tabs.setCurrentIndex(window.overview.TAB_MEETINGS)
    page = window.overview.meetings
    qtbot.waitUntil(lambda: page.delete_button.isVisible() and page.delete_button.isEnabled())
    asked = []
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda *a: asked.append(a) or False))
    QTest.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert asked and [m.id for m in list_meetings(db, citizen.id)] == [with_history.id]
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda *a: True))
    QTest.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert list_meetings(db, citizen.id) == []
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.empty)


def test_clicking_a_point_in_the_chart_opens_that_meeting(window, db, citizen, qtbot):
    ids = []
    for days in (90, 60, 30):
        meeting = add_meeting(db, citizen.id, clock.today() - timedelta(days=days))
        save_score(db, meeting, IndicatorScore("motivation", 4, 5))
        ids.append(meeting.id)
    window.reload()
    window.register.select_citizen(citizen.id)
    overview = window.overview
    overview.tabs.setCurrentIndex(overview.TAB_PROGRESSION)
    qtbot.waitUntil(lambda: bool(overview.progression.canvases))
    canvas = overview.progression.canvases[0]
    canvas.draw()
    line = next(x for x in canvas.figure.axes[0].get_lines() if hasattr(x, "meeting_ids"))
    x_px, y_px = line.get_transform().transform(line.get_xydata()[1])
    ratio = canvas.device_pixel_ratio
    point = QPoint(round(x_px / ratio), round(canvas.height() - y_px / ratio))
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)
    assert overview.tabs.currentIndex() == overview.TAB_MEETINGS
    assert overview.meetings.current_meeting_id() == line.meeting_ids[1] == ids[1]


def test_a_full_disk_keeps_the_text_on_screen_and_says_so(window, db, citizen):
    meeting_id, editor = open_new_meeting(window, citizen)
    panel = editor.panels["motivation"]
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    try:
        panel.shared_note.setPlainText("Vigtig tekst " * 600)
        panel.flush()
        assert "Ikke gemt" in editor.status.text()
        assert "plads på disken" in editor.status.text()
        assert panel.shared_note.toPlainText().startswith("Vigtig tekst")
    finally:
        db.execute("PRAGMA max_page_count = 1073741823")
    panel.flush()
    panel.shared_note.setPlainText(panel.shared_note.toPlainText() + ".")
    panel.flush()
    assert scores_for(db, meeting_id)["motivation"].shared_note.startswith("Vigtig tekst")


def test_the_guide_says_the_questions_are_inspired_by_halsnaes(app, qtbot):
    """Honest labels (issue 13): the indicator names are Halsnæs', the questions ours."""
    from PySide6.QtWidgets import QLabel

    from progressionsdialog.tools import load_tool
    from ui.screens.indicator_panel import IndicatorPanel

    tool = load_tool("halsnaes")
    panel = IndicatorPanel(tool, tool.indicators[0])
    qtbot.addWidget(panel)
    texts = [label.text() for label in panel.findChildren(QLabel)]
    assert "Progressionsværktøj inspireret af Halsnæs" in texts


def test_tab_goes_guide_scores_notes_in_the_order_they_are_seen(window, db, citizen, qtbot):
    """Issue 12: Tab follows the layout (the guide left, then the scores and notes top to
    bottom) and goes on inside the meeting, never to "Ny borger"."""
    _, editor = open_new_meeting(window, citizen)
    panel = editor.panels["motivation"]
    assert focus() is panel.citizen_score  # Ctrl+M puts the focus in the first score
    QTest.keyClick(focus(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focus() is panel.guide_toggle
    order = [focus()]
    for _ in range(5):
        QTest.keyClick(focus(), Qt.Key.Key_Tab)
        order.append(focus())
    assert order == [
        panel.guide_toggle,
        panel.citizen_score,
        panel.declined,
        panel.worker_score,
        panel.shared_note,
        panel.private_toggle,
    ]
    # seen in that order: the guide left of the scores, the scores and notes downwards
    places = [w.mapTo(window, QPoint(0, 0)) for w in order]
    assert places[0].x() < places[1].x()
    assert [p.y() for p in places[1:]] == sorted(p.y() for p in places[1:])
    QTest.keyClick(focus(), Qt.Key.Key_Space)  # the private note opens and takes the focus
    assert focus() is panel.private_note
    QTest.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is not window.register.new_button
    for _ in range(len(order) + 1):  # and back, with Shift+Tab, the same way
        QTest.keyClick(focus(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert focus() is not window.register.new_button
