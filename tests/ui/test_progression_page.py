"""The Progression tab keeps its charts: another citizen updates them, each drawn once.

And the charts are made ready on a worker thread before the tab is first opened.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.meeting import IndicatorScore
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.meetings import add_meeting, save_score


@pytest.fixture
def two(db):
    """Two citizens: one with 12 meetings, one with 3; their meeting ids."""
    made = []
    for name, count in (("Mange Samtaler", 12), ("Få Samtaler", 3)):
        citizen = add_citizen(db, CitizenDraft(name=name, birth_or_cpr="01-02-1984"))
        ids = []
        for i in range(count):
            meeting = add_meeting(db, citizen.id, date.today() - timedelta(days=30 * (count - i)))
            save_score(db, meeting, IndicatorScore("motivation", 1 + i % 10, 2))
            ids.append(meeting.id)
        made.append((citizen, ids))
    return made


def motivation_line(canvas):
    ax = canvas.figure.axes[0]
    return next(x for x in ax.get_lines() if x.get_label() == "Borger")


def open_progression(window, qtbot, citizen):
    window.reload()
    window.register.select_citizen(citizen.id)
    overview = window.overview
    overview.tabs.setCurrentIndex(overview.TAB_PROGRESSION)
    page = overview.progression
    qtbot.waitUntil(lambda: bool(page.canvases) and not page._stale)
    return page


def test_another_citizen_updates_the_same_charts_and_draws_each_once(window, qtbot, two):
    (many, many_ids), (few, few_ids) = two
    page = open_progression(window, qtbot, many)
    canvases, figures = list(page.canvases), [c.figure for c in page.canvases]
    assert motivation_line(canvases[0]).meeting_ids == many_ids
    draws = []
    for canvas in canvases:  # each time a chart draws its data, over the kept picture or not
        canvas._draw_data = lambda c=canvas, draw=canvas._draw_data: (draws.append(c), draw())

    window.register.select_citizen(few.id)
    qtbot.waitUntil(lambda: len(draws) >= 2)
    qtbot.wait(50)  # nothing more is drawn
    assert page.canvases == canvases and [c.figure for c in canvases] == figures
    assert sorted(map(id, draws)) == sorted(map(id, canvases))
    assert motivation_line(canvases[0]).meeting_ids == few_ids
    star = canvases[1].figure.axes[0]
    assert [line.meeting_ids[0] for line in star.get_lines()] == few_ids


def test_data_drawn_over_the_kept_picture_looks_as_a_whole_new_drawing(window, qtbot, two):
    import numpy as np

    (many, _), (few, _) = two
    page = open_progression(window, qtbot, many)
    kept = [canvas._kept for canvas in page.canvases]
    window.register.select_citizen(few.id)
    qtbot.waitUntil(lambda: not page._stale)
    assert [canvas._kept for canvas in page.canvases] == kept  # no whole drawing: same layout
    over = [np.asarray(canvas.buffer_rgba()).copy() for canvas in page.canvases]
    for canvas, picture in zip(page.canvases, over, strict=True):
        canvas.draw()
        assert np.array_equal(np.asarray(canvas.buffer_rgba()), picture)


def test_after_a_switch_a_click_opens_the_meeting_of_the_citizen_shown(window, qtbot, two):
    (many, _), (few, few_ids) = two
    page = open_progression(window, qtbot, many)
    window.register.select_citizen(few.id)
    qtbot.waitUntil(lambda: not page._stale)
    canvas = page.canvases[0]
    line = motivation_line(canvas)
    x_px, y_px = line.get_transform().transform(line.get_xydata()[2])
    ratio = canvas.device_pixel_ratio
    point = QPoint(round(x_px / ratio), round(canvas.height() - y_px / ratio))
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)
    overview = window.overview
    assert overview.tabs.currentIndex() == overview.TAB_MEETINGS
    assert overview.meetings.current_meeting_id() == few_ids[2]


def test_the_charts_are_made_on_a_worker_thread_before_the_tab_opens(window, qtbot, two):
    (many, many_ids), _ = two
    window.reload()
    window.register.select_citizen(many.id)
    overview = window.overview
    overview._warm_up_charts()  # what a timer does a moment after the window shows
    page = overview._progression
    warm = page._warm_up
    assert warm is not None and not page.canvases
    assert warm.wait(timeout=60)
    made = warm._charts
    assert made is not None
    engines = [chart.figure.get_layout_engine() for chart in made]
    layouts = [len(engine._kept) for engine in engines]
    overview.tabs.setCurrentIndex(overview.TAB_PROGRESSION)
    qtbot.waitUntil(lambda: bool(page.canvases) and not page._stale)
    assert [c.figure for c in page.canvases] == [chart.figure for chart in made]
    assert motivation_line(page.canvases[0]).meeting_ids == many_ids
    # laid out on the thread at the size the page gives them: not laid out again
    assert [len(engine._kept) for engine in engines] == layouts


def test_a_citizen_chosen_after_the_warm_up_is_made_ready_too(window, qtbot, two):
    (many, many_ids), _ = two
    window.reload()
    overview = window.overview
    overview._warm_up_charts()  # before anyone is chosen: a guess at the size
    warm = overview._progression._warm_up
    window.register.select_citizen(many.id)
    qtbot.waitUntil(lambda: not overview._warm_up_timer.isActive())
    assert warm.wait(timeout=60)
    lines = warm._charts[0].figure.axes[0].get_lines()
    assert [x.meeting_ids for x in lines if x.get_label() == "Borger"] == [many_ids]
    engines = [chart.figure.get_layout_engine() for chart in warm._charts]
    made = [len(engine._kept) for engine in engines]
    overview.tabs.setCurrentIndex(overview.TAB_PROGRESSION)
    page = overview.progression
    qtbot.waitUntil(lambda: bool(page.canvases) and not page._stale)
    assert [len(engine._kept) for engine in engines] == made  # no layout made on showing
    assert page._warm_up is None and not warm._thread.is_alive()


def test_the_warm_up_waits_for_the_window(window):
    overview = window.overview
    window.hide()
    overview._warm_up_charts()
    assert overview._progression is None


ENDS_WHILE_DRAWING = """
import atexit, sys, threading, time
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

@atexit.register  # registered first, so it runs last: after the page's own handler
def report():
    alive = [t.name for t in threading.enumerate() if t.name == "chart-warm-up"]
    print("alive" if alive else "stopped", flush=True)

app = QApplication(sys.argv)
from progressionsdialog.tools import load_tool
from ui.screens.progression_page import ChartWarmUp

warm_up = ChartWarmUp(load_tool("halsnaes"))
warm_up.prepare([QSize(600, 300), QSize(300, 300)], 1.0, ([], []))
deadline = time.monotonic() + 30
while not warm_up._busy and time.monotonic() < deadline:  # the end comes while it draws
    time.sleep(0.001)
print("drawing" if warm_up._busy else "idle", flush=True)
"""


def test_the_program_ends_whole_while_the_warm_up_draws(tmp_path):
    """Ending while the charts are warmed up finishes that drawing and ends the worker's
    thread before Python ends: a worker left drawing, or still freeing its job's Qt sizes,
    took the process down at the end (under load, 4 of 20 such processes)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MPLCONFIGDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", ENDS_WHILE_DRAWING],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["drawing", "stopped"], done.stderr
