"""Statistics for the team leader: the numbers are right, small groups are never numbers,
a period filters meetings, and the command prints and saves the same tables (issue 14)."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.meeting import IndicatorScore
from progressionsdialog.errors import ValidationError
from progressionsdialog.statistics.indicators import Period, indicator_changes
from progressionsdialog.statistics.privacy import SMALL
from progressionsdialog.statistics.tables import change_table
from progressionsdialog.storage import DB_FILENAME, open_database
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.meetings import add_meeting, save_score
from progressionsdialog.tools import load_tool


def _citizen(db, name, group, scores):
    """One citizen, a meeting per (date, citizen score, worker score) for motivation."""
    citizen = add_citizen(
        db, CitizenDraft(name=name, birth_or_cpr="01-01-1980", target_group=group)
    )
    for held_on, own, worker in scores:
        meeting = add_meeting(db, citizen.id, held_on)
        save_score(db, meeting, IndicatorScore("motivation", own, worker))
    return citizen


@pytest.fixture
def caseload(db):
    jan, jun, nov = date(2026, 1, 10), date(2026, 6, 10), date(2026, 11, 10)
    for n in range(6):  # six activity-ready: four up, one the same, one down
        first, latest = 3, (6, 6, 7, 8, 3, 2)[n]
        _citizen(db, f"Aktiv {n}", "aktivitetsparat", [(jan, first, 4), (nov, latest, 5)])
    for n in range(3):  # three job-ready: a small group
        _citizen(db, f"Jobparat {n}", "jobparat", [(jan, 5, 5), (jun, 9, 9)])
    _citizen(db, "Kun én", "aktivitetsparat", [(jan, 4, 4)])  # one score: not counted
    return db


def test_first_latest_and_directions_for_everyone(caseload):
    rows = indicator_changes(caseload, grouping="all")
    own = next(r for r in rows if r.who == "citizen_score")
    assert own.citizens == 9
    assert own.first_mean == pytest.approx((6 * 3 + 3 * 5) / 9)
    assert own.latest_mean == pytest.approx((6 + 6 + 7 + 8 + 3 + 2 + 27) / 9)
    assert (own.up, own.same, own.down) == (7, 1, 1)
    worker = next(r for r in rows if r.who == "worker_score")
    assert (worker.up, worker.same, worker.down) == (9, 0, 0)


def test_a_group_under_five_is_never_a_number(caseload):
    rows = indicator_changes(caseload, grouping="target_group")
    table = change_table("t", rows, load_tool("halsnaes"))
    job_ready = [r for r in table.rows if r[0] == "Jobparat"]
    assert job_ready == [("Jobparat", "", "", SMALL, "", "", "", "", "")]
    active = [r for r in table.rows if r[0] == "Aktivitetsparat" and r[2] == "Borgeren"]
    assert active[0][3] == "6"
    assert active[0][6:] == (SMALL, SMALL, SMALL)  # 4 up, 1 same, 1 down: all under five
    worker = [r for r in table.rows if r[0] == "Aktivitetsparat" and r[2] != "Borgeren"]
    assert worker[0][6:] == ("6", "0", "0")


def test_a_period_takes_only_its_meetings(caseload):
    rows = indicator_changes(caseload, Period(date(2026, 1, 1), date(2026, 7, 1)))
    own = next(r for r in rows if r.who == "citizen_score")
    assert own.citizens == 3  # only the job-ready have two meetings before July
    with pytest.raises(ValidationError, match="slutter, før den begynder"):
        Period(date(2026, 7, 1), date(2026, 1, 1))


def test_the_command_prints_and_saves_the_tables_without_names(caseload, data_dir, tmp_path, cli):
    out = tmp_path / "tal.csv"
    result = cli("statistik", "--csv", str(out), "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert "Borgeren" in result.stdout and SMALL in result.stdout
    with open(out, encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle, delimiter=";") for cell in row]
    assert "Aktivitetsparat" in cells and SMALL in cells
    text = out.read_text(encoding="utf-8-sig") + result.stdout
    assert "Aktiv 0" not in text and "Jobparat 0" not in text and "Kun én" not in text


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--fra", "01-07-2026", "--til", "01-01-2026"), "slutter, før den begynder"),
        (("--fra", "31-02-2026"), "ikke en rigtig dato"),
        (("--csv", "mangler/tal.csv"), "findes ikke"),
    ],
    ids=["backwards", "no-such-date", "missing-folder"],
)
def test_the_command_refuses_bad_input(data_dir, tmp_path, cli, args, expected):
    open_database(data_dir / DB_FILENAME).close()
    args = tuple(str(tmp_path / a) if a.endswith(".csv") else a for a in args)
    result = cli("statistik", *args, "--data-dir", str(data_dir))
    assert result.returncode == 2
    assert expected in result.stderr and "Traceback" not in result.stderr


def test_the_team_report_pdf_has_the_tables_and_no_names(caseload, data_dir, tmp_path, cli):
    from pypdf import PdfReader

    out = tmp_path / "team.pdf"
    result = cli("statistik", "--pdf", str(out), "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Teamets tal" in text and "Aktivitetsparat" in text and SMALL in text
    assert "Aktiv 0" not in text and "Jobparat 0" not in text
    words = set(text.split())
    assert "Motivatio" not in words  # table text wraps between words, never inside one


def test_citizens_are_counted_by_the_barriers_in_their_latest_screening(caseload):
    from progressionsdialog.domain.screening import AreaStatus, ScreeningArea
    from progressionsdialog.statistics.indicators import _groups
    from progressionsdialog.storage.citizens import list_citizens
    from progressionsdialog.storage.screening import set_area_status, start_screening

    citizens = [c for c in list_citizens(caseload) if c.name.startswith("Aktiv")]
    for citizen in citizens:
        screening = start_screening(caseload, citizen.id, date(2026, 1, 10))
        set_area_status(caseload, screening.id, ScreeningArea.DANISH, AreaStatus.BARRIER)
    rows = indicator_changes(caseload, grouping="barrier")
    danish = [r for r in rows if r.who == "citizen_score"]
    assert {r.group for r in danish} == {"Dansk sprog"}
    assert danish[0].citizens == 6
    assert len(_groups(caseload, "barrier")) == 6  # the unscreened are not counted


def test_the_window_numbers_are_computed_in_another_thread_with_their_own_connection(
    caseload, data_dir
):
    """What the statistics window's worker runs: its own connection to the file, from a
    thread that is not the one the caller's connection belongs to, and the charts as PNG."""
    import threading

    from progressionsdialog.statistics.computed import compute
    from progressionsdialog.storage import database_path

    path = database_path(caseload)
    assert path == data_dir / DB_FILENAME
    found = []
    worker = threading.Thread(
        target=lambda: found.append(
            compute(path, None, Period(), None, load_tool("halsnaes"), date(2026, 11, 25))
        )
    )
    worker.start()
    worker.join(60)
    [numbers] = found
    assert numbers.sections[0].table.title.endswith("opdelt efter alle")
    assert numbers.charts and all(png.startswith(b"\x89PNG") for png in numbers.charts.values())
    assert numbers.team_files is None and numbers.notes == []


def test_a_computation_for_a_closed_window_stops_before_drawing(caseload, data_dir):
    import threading

    from progressionsdialog.statistics.computed import compute

    stop = threading.Event()
    stop.set()
    path = data_dir / DB_FILENAME
    tool = load_tool("halsnaes")
    assert compute(path, None, Period(), None, tool, date(2026, 11, 25), stop=stop) is None
    assert compute(path, None, Period(), None, tool, date(2026, 11, 25)).charts


def test_months_on_benefit_go_from_the_fewest_to_the_most_and_unknown_last(db):
    """Sorted as text, "7–12 mdr." came after "25–48 mdr." and "Ukendt" before "over 48"."""
    started = {
        "Kort": date(2026, 9, 1),  # 0–6 months before the meetings' end
        "Et år": date(2025, 11, 1),  # 7–12
        "Længe": date(2021, 1, 1),  # over 48
        "Halvandet": date(2025, 3, 1),  # 13–24
        "Ukendt": None,
    }
    for name, since in started.items():
        for n in range(5):  # five each: a group that is shown
            citizen = _citizen(
                db,
                f"{name} {n}",
                "jobparat",
                [(date(2026, 1, 10), 3, 3), (date(2026, 11, 10), 6, 5)],
            )
            if since is not None:
                db["citizens"].update(citizen.id, {"benefit_started_on": since.isoformat()})
    rows = indicator_changes(db, Period(end=date(2026, 11, 20)), grouping="benefit_months")
    groups = list(dict.fromkeys(r.group for r in rows))
    assert groups == ["0–6 mdr.", "7–12 mdr.", "13–24 mdr.", "over 48 mdr.", "Ukendt"]
    table = change_table("Måneder", rows, load_tool("halsnaes"))
    assert list(dict.fromkeys(row[0] for row in table.rows)) == groups
