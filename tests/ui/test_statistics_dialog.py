"""The statistics window: the leader picks a project and a period, sees charts with a table
beneath each, saves the team report; no name and no small number anywhere (issue 14)."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QTableWidget

from progressionsdialog.demo import create_demo_database
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.meeting import IndicatorScore
from progressionsdialog.statistics.team_file import export_team_file
from progressionsdialog.storage import DB_FILENAME, open_database
from progressionsdialog.storage.citizens import add_citizen, list_citizens
from progressionsdialog.storage.meetings import add_meeting, save_score
from progressionsdialog.tools import load_tool
from ui.dialogs import statistics_dialog
from ui.dialogs.statistics_dialog import StatisticsDialog, TeamKeyDialog


@pytest.fixture
def cohort_db(data_dir):
    database = open_database(create_demo_database(data_dir, with_project=True))
    yield database
    database.close()


def _button(dialog, text: str) -> QPushButton:
    return next(
        b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "").startswith(text)
    )


def _texts(dialog) -> list[str]:
    cells = [
        table.item(r, c).text()
        for table in dialog.findChildren(QTableWidget)
        if table.isVisible()
        for r in range(table.rowCount())
        for c in range(table.columnCount())
    ]
    return cells + [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]


def test_the_leader_compares_the_project_with_its_control_group(
    app, qtbot, cohort_db, tmp_path, monkeypatch
):
    dialog = StatisticsDialog(cohort_db, load_tool("halsnaes"), documents=tmp_path)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 740)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.project.setCurrentIndex(dialog.project.findText("JobStart mod kontrolgruppen"))
    qtbot.mouseClick(_button(dialog, "Vis"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "JobStart – kontrolgruppe" in _texts(dialog), timeout=30_000)
    texts = _texts(dialog)
    assert "JobStart – deltagere" in texts and "JobStart – kontrolgruppe" in texts
    assert "I job eller uddannelse" in texts and "færre end 5" in texts
    names = {c.name for c in list_citizens(cohort_db)}
    assert not names & set(texts)
    target = tmp_path / "team.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(_button(dialog, "Gem som PDF"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Gemt:"), timeout=30_000)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "kontrolgruppe" in text and not any(name in text for name in names)


def test_a_period_that_ends_before_it_starts_is_said_and_keeps_the_tables(app, qtbot, cohort_db):
    dialog = StatisticsDialog(cohort_db, load_tool("halsnaes"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    before = [s.table for s in dialog.sections]
    assert before
    qtbot.keyClicks(dialog.start, "01-07-2026")
    qtbot.keyClicks(dialog.end, "01-01-2026")
    qtbot.mouseClick(_button(dialog, "Vis"), Qt.MouseButton.LeftButton)
    assert "slutter, før den begynder" in dialog.message.text()
    assert [s.table for s in dialog.sections] == before


def _shown(dialog) -> list[list[str]]:
    return [
        [t.item(r, c).text() for r in range(t.rowCount()) for c in range(t.columnCount())]
        for t in dialog.tables
    ]


def test_the_numbers_are_made_off_the_gui_thread_while_the_window_answers(
    app, qtbot, cohort_db, monkeypatch
):
    threads = []
    real = statistics_dialog.compute

    def watched(*args):
        threads.append(threading.current_thread())
        return real(*args)

    monkeypatch.setattr(statistics_dialog, "compute", watched)
    dialog = StatisticsDialog(cohort_db, load_tool("halsnaes"))
    qtbot.addWidget(dialog)
    dialog.resize(1366, 740)
    dialog.show()
    # The window is up and says it is busy before a single number is there.
    assert dialog.isVisible() and dialog.is_busy() and dialog.busy_label.text() == "Beregner …"
    assert dialog.tables == [] and not _button(dialog, "Gem som PDF").isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert threads and threads[0] is not threading.main_thread()
    assert dialog.tables and _button(dialog, "Gem som PDF").isEnabled()
    charts = [label for label in dialog.findChildren(QLabel) if label.pixmap().width() > 300]
    assert len(charts) >= 2  # drawn in the worker, shown here


def test_the_menu_opens_the_window_busy_and_starts_the_numbers_after_its_first_paint(
    demo_window, qtbot
):
    """A job started while the window laid itself out held Python's lock: 60-80 ms with
    the program standing still (benchmarks/gui_blocks.py)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    seen: list[tuple[int, bool]] = []  # at each paint: jobs started, busy shown

    class Paints(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                seen.append((len(dialog.jobs), dialog.is_busy()))
            return False

    demo_window.resize(1366, 768)
    demo_window.menu.statistics_action.trigger()  # Vis → Statistik for teamet …
    dialog = QApplication.activeModalWidget()
    qtbot.addWidget(dialog)
    paints = Paints()
    dialog.installEventFilter(paints)
    assert dialog.jobs == [] and dialog.is_busy()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert seen[0] == (0, True)  # painted busy, before the numbers began
    assert len(dialog.jobs) == 1 and dialog.tables


def _laptop(folder, people, key_day):
    folder.mkdir()
    db = open_database(folder / DB_FILENAME)
    for name, cpr in people:
        citizen = add_citizen(db, CitizenDraft(name=name, birth_or_cpr=cpr))
        for held, score in ((date(2026, 1, 5), 3), (date(2026, 6, 5), 6)):
            meeting = add_meeting(db, citizen.id, held)
            save_score(db, meeting, IndicatorScore("motivation", score, score))
    out = folder / "team.json"
    export_team_file(db, out, team_key="vores nøgle", today=key_day)
    db.close()
    return out


@pytest.fixture
def team_files(tmp_path):
    shared = [(f"Fælles {n}", f"0101{80 + n}-12{n}4") for n in range(3)]
    first = _laptop(tmp_path / "mette", [*shared, ("Ane Ny", "020285-1111")], date(2026, 10, 1))
    second = _laptop(tmp_path / "jens", [*shared, ("Bo Ny", "030386-2222")], date(2026, 11, 1))
    return first, second


def _ready(qtbot, db, tmp_path):
    dialog = StatisticsDialog(db, load_tool("halsnaes"), documents=tmp_path)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 740)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    return dialog


def test_two_team_files_with_the_same_citizens_count_them_once_and_say_so(
    app, qtbot, db, tmp_path, team_files, monkeypatch
):
    dialog = _ready(qtbot, db, tmp_path)
    own = _shown(dialog)
    asked = []

    def choose(parent, title, folder, pattern):
        asked.append(folder)
        return [str(p) for p in team_files], pattern

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    qtbot.mouseClick(_button(dialog, "Indlæs teamfiler"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.team_files), timeout=30_000)
    assert asked == [str(tmp_path)]  # the file dialog starts in Documents
    said = dialog.source_label.text()
    assert "Teamets tal: 5 borgere fra 2 filer." in said  # 3 shared + 1 + 1, not 8
    assert "3 borgere fandtes i mere end én fil" in said and "den nyeste fil er brugt" in said
    assert dialog.source_label.isVisible() and _shown(dialog) != own
    assert "5" in _shown(dialog)[0]  # the table "Alle": 5 citizens with two scores
    own_button = _button(dialog, "Vis egne tal igen")
    assert own_button.isVisible() and not _button(dialog, "Eksportér til teamet").isEnabled()
    qtbot.mouseClick(own_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy() and not dialog.team_files, timeout=30_000)
    assert _shown(dialog) == own and not own_button.isVisible()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("dette er ikke json", "er ikke en teamfil fra Progressionsdialog"),
        ("", "er tom"),
        (
            '{"format": "progressionsdialog-team", "version": 1, "citizens": '
            '[{"pseudonym": "x", "name": "Anna"}]}',
            "ikke uden navne",
        ),
        ('{"format": "progressionsdialog-team", "version": 99}', "nyere version"),
    ],
)
def test_a_bad_team_file_is_named_and_the_numbers_shown_stay(
    app, qtbot, cohort_db, tmp_path, team_files, content, expected
):
    dialog = _ready(qtbot, cohort_db, tmp_path)
    before = _shown(dialog)
    bad = tmp_path / "forkert.json"
    bad.write_text(content, encoding="utf-8")
    dialog.load_team_files([team_files[0], bad])
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert expected in dialog.message.text() and "forkert.json" in dialog.message.text()
    assert _shown(dialog) == before and dialog.team_files is None
    assert not _button(dialog, "Vis egne tal igen").isVisible()


def test_the_window_exports_a_team_file_without_names(app, qtbot, cohort_db, tmp_path, monkeypatch):
    dialog = _ready(qtbot, cohort_db, tmp_path)
    target = tmp_path / "til-teamet.json"
    monkeypatch.setattr(TeamKeyDialog, "ask", classmethod(lambda cls, parent: "vores nøgle"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(_button(dialog, "Eksportér til teamet"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Teamfil gemt" in dialog.message.text(), timeout=30_000)
    raw = target.read_bytes()
    count = len(list_citizens(cohort_db))
    assert f"({count} borgere, uden navne)" in dialog.message.text()
    assert not any(c.name.encode() in raw for c in list_citizens(cohort_db))


def test_an_encrypted_database_is_opened_by_the_worker_with_the_session_key(
    app, qtbot, data_dir, tmp_path
):
    from progressionsdialog.storage import session_key

    session_key.set_password("korrekt hest batteri")
    encrypted = open_database(data_dir / DB_FILENAME)
    try:
        for n in range(5):
            citizen = add_citizen(encrypted, CitizenDraft(name=f"Borger {n}"))
            for held, score in ((date(2026, 1, 5), 3), (date(2026, 6, 5), 7)):
                save_score(
                    encrypted,
                    add_meeting(encrypted, citizen.id, held),
                    IndicatorScore("motivation", score, score),
                )
        assert (data_dir / DB_FILENAME).read_bytes()[:16] != b"SQLite format 3\x00"
        dialog = _ready(qtbot, encrypted, tmp_path)
        assert dialog.message.text() == ""
        assert "5" in _shown(dialog)[0]  # "Alle": five citizens with two scores
    finally:
        encrypted.close()
        session_key.set_password(None)


def test_a_window_deleted_while_it_computes_gets_no_result(app, qtbot, db):
    """Deleted without being closed (its parent went): the late result is dropped."""
    import shiboken6
    from PySide6.QtCore import QObject

    from ui.workers import run_job

    got, owner = [], QObject()
    job = run_job(lambda: 42, got.append, got.append, owner=owner)
    shiboken6.delete(owner)
    qtbot.waitUntil(job.finished.is_set)
    app.processEvents()
    assert got == [] and job.cancelled
