"""The team's charts are drawn in a process of their own, so that matplotlib never holds the
program's Python lock while the window is in use; they look the same as drawn here, in the
language in use, and a process that cannot start or dies costs the charts nothing."""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
from pathlib import Path

import pytest

from progressionsdialog.charts import drawing_process
from progressionsdialog.charts.drawing_process import DrawingProcess, TeamChart, draw_png
from progressionsdialog.statistics.indicators import ChangeRow
from progressionsdialog.tools import load_tool

TOOL = load_tool("halsnaes")


def _rows(who: str = "citizen_score") -> list[ChangeRow]:
    return [
        ChangeRow("target_group", group, indicator.key, who, 6, 3.0 + n, 5.5 + n, 4, 1, 1)
        for n, group in enumerate(("Aktivitetsparat", "Jobparat"))
        for indicator in TOOL.indicators
    ]


def _chart(language: str = "da", who: str = "citizen_score") -> TeamChart:
    return TeamChart(_rows(who), TOOL, who, (10.0, 3.4), 100.0, language)


@pytest.fixture
def process():
    drawing = DrawingProcess(idle_seconds=600)
    yield drawing
    drawing.end()


def _child(pid: int) -> multiprocessing.process.BaseProcess:
    [child] = [p for p in multiprocessing.active_children() if p.pid == pid]
    return child


def test_the_charts_are_drawn_in_another_process_with_the_same_pixels(process):
    charts = [_chart(), _chart(who="worker_score"), _chart("en")]
    pngs = process.draw(charts)
    pid = process.pid(timeout=60)
    assert pid is not None and pid != os.getpid()
    assert _child(pid).is_alive()
    assert pngs == [draw_png(chart) for chart in charts]  # byte for byte as drawn here
    assert pngs[0].startswith(b"\x89PNG") and len(set(pngs)) == 3


def test_the_process_draws_in_the_language_it_is_given_not_its_own(process):
    danish, english = process.draw([_chart("da"), _chart("en")])
    assert english != danish
    assert english == draw_png(_chart("en"))


def test_a_stop_drops_what_is_not_drawn_and_the_process_draws_again_after(process):
    stop = threading.Event()
    stop.set()
    assert process.draw([_chart()] * 6, stop) is None
    started = threading.Event()
    stop = threading.Event()
    found: list = []

    def drawing() -> None:
        started.set()
        found.append(process.draw([_chart()] * 20, stop))

    worker = threading.Thread(target=drawing)
    worker.start()
    started.wait(10)
    stop.set()  # the window closed: 20 charts would take seconds
    worker.join(20)
    assert found == [None]
    assert process.draw([_chart()]) == [draw_png(_chart())]


def test_a_killed_process_costs_no_chart_and_a_new_one_starts(process, caplog):
    process.warm()
    pid = process.pid(timeout=60)
    os.kill(pid, signal.SIGKILL)
    _child(pid).join(10)
    with caplog.at_level(logging.WARNING, logger=drawing_process.__name__):
        assert process.draw([_chart()]) == [draw_png(_chart())]  # drawn here instead
    assert "drawing process broke" in caplog.text
    assert process.draw([_chart()]) == [draw_png(_chart())]
    assert process.pid(timeout=60) not in (None, pid)


def test_without_a_process_the_charts_are_drawn_here(process, monkeypatch, caplog):
    def no_process(*args, **kwargs):
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(drawing_process, "ProcessPoolExecutor", no_process)
    with caplog.at_level(logging.WARNING, logger=drawing_process.__name__):
        assert process.draw([_chart()]) == [draw_png(_chart())]
    assert "No drawing process" in caplog.text
    assert process.pid() is None


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="waits with a Linux pidfd")
def test_the_process_ends_by_itself_when_it_has_had_nothing_to_draw():
    assert DrawingProcess().idle_seconds == 60  # "after a minute with nothing to draw" (README)
    drawing = DrawingProcess(idle_seconds=0.2)
    try:
        drawing.draw([_chart()])
        pid = drawing.pid(timeout=60)
        assert pid is not None and _ends(pid)  # ended by the idle timer, not by this test
        assert drawing.pid() is None
    finally:
        drawing.end()


def test_a_chart_that_cannot_be_drawn_raises_as_if_drawn_here(process):
    broken = TeamChart(_rows(), TOOL, "citizen_score", (-1.0, 3.4), 100.0, "da")
    with pytest.raises(ValueError):
        draw_png(broken)
    with pytest.raises(ValueError):
        process.draw([broken])
    assert process.draw([_chart()]) == [draw_png(_chart())]  # the process lives on


def test_the_bundle_keeps_matplotlibs_font_list_between_starts(tmp_path, monkeypatch):
    """PyInstaller's temporary settings folder would make each start look through every
    system font again; the bundle points matplotlib at the program's cache folder."""
    from progressionsdialog.charts import keep_font_list

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "pyinstaller-temporary"))
    assert keep_font_list() is None  # from source: matplotlib's own folder
    assert os.environ["MPLCONFIGDIR"] == str(tmp_path / "pyinstaller-temporary")
    monkeypatch.setattr("sys.frozen", True, raising=False)
    folder = keep_font_list()
    assert folder == tmp_path / "cache" / "progressionsdialog" / "matplotlib"
    assert folder.is_dir() and os.environ["MPLCONFIGDIR"] == str(folder)
    (tmp_path / "blocked").write_text("a file where the folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "blocked"))
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "pyinstaller-temporary"))
    assert keep_font_list() is None  # cannot be made: the temporary folder stays
    assert os.environ["MPLCONFIGDIR"] == str(tmp_path / "pyinstaller-temporary")


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="waits with a Linux pidfd")
def test_the_process_ends_when_the_program_is_killed(tmp_path):
    """Killed or crashed, the program leaves no drawing process behind: it would wait for
    work for good (it holds its own end of the pipe the work comes through)."""
    import subprocess
    import sys
    import textwrap

    script = tmp_path / "program.py"
    script.write_text(
        textwrap.dedent(f"""\
            import os, signal, sys
            sys.path.insert(0, {str(Path(__file__).parent)!r})
            from test_drawing_process import _chart
            from progressionsdialog.charts.drawing_process import DrawingProcess
            if __name__ == "__main__":
                drawing = DrawingProcess()
                drawing.draw([_chart()])
                print(drawing.pid(60), flush=True)
                os.kill(os.getpid(), signal.SIGKILL)
            """),
        encoding="utf-8",
    )
    program = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120
    )
    assert program.returncode == -signal.SIGKILL
    child = int(program.stdout.split()[0])
    assert _ends(child), f"the drawing process {child} outlived the killed program"


def _ends(pid: int, seconds: float = 30) -> bool:
    """Whether process ``pid`` has ended, or ends within ``seconds`` (waited for, not polled)."""
    import select

    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        return True  # already gone and reaped
    try:
        ended, _, _ = select.select([handle], [], [], seconds)  # readable once it has ended
    finally:
        os.close(handle)
    return bool(ended)
