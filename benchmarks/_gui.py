"""Shared by the GUI benchmarks: a real event loop with a heartbeat, and the demo data.

``run_timed`` starts an action from the running event loop (as a click would), waits until
the widgets it names have been painted, and reports two things: the time from the action
until that repaint has finished, and the longest gap between two beats of a 2 ms heartbeat
timer, which is the longest stretch the GUI thread could not answer. Not a test.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BEAT_MS = 2
BLOCK_MS = 100.0
SIXTY = "Tresindstyve Samtaler"
KEYS = ("motivation", "personal_resources", "competences", "job_search")


def isolate_settings(folder: Path) -> None:
    """QSettings and logs in ``folder``, never in the user's home."""
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["XDG_DATA_HOME"] = str(folder / "xdg-data")


def make_demo(data_dir: Path, with_project: bool = True) -> Path:
    """The program's demo database plus one citizen with 60 meetings and two efforts."""
    from progressionsdialog.demo import create_demo_database
    from progressionsdialog.domain.citizen import CitizenDraft
    from progressionsdialog.domain.meeting import IndicatorScore
    from progressionsdialog.domain.plan import Effort, EffortKind
    from progressionsdialog.storage import open_database
    from progressionsdialog.storage.citizens import add_citizen
    from progressionsdialog.storage.efforts import save_effort
    from progressionsdialog.storage.meetings import add_meeting, save_score

    path = create_demo_database(data_dir, with_project=with_project)
    db = open_database(path)
    try:
        many = add_citizen(db, CitizenDraft(name=SIXTY, birth_or_cpr="01-01-1970"))
        start = date.today() - timedelta(days=14 * 60)
        for i in range(60):
            meeting = add_meeting(db, many.id, start + timedelta(days=14 * i))
            for n, key in enumerate(KEYS):
                score = IndicatorScore(
                    key, 1 + (i + n) % 10, 1 + (i + 2 * n) % 10, shared_note=f"Samtale {i + 1}."
                )
                save_score(db, meeting, score)
        for kind, first, last in ((EffortKind.MENTOR, 100, 300), (EffortKind.COURSE, 500, None)):
            ends = start + timedelta(days=last) if last else None
            save_effort(db, Effort(None, many.id, kind, start + timedelta(days=first), ends))
    finally:
        db.close()
    return path


@dataclass
class Timed:
    until_done_ms: float
    longest_block_ms: float


@dataclass
class Series:
    name: str
    done: list[float] = field(default_factory=list)
    blocks: list[float] = field(default_factory=list)

    def add(self, timed: Timed) -> None:
        self.done.append(timed.until_done_ms)
        self.blocks.append(timed.longest_block_ms)


def settle_idle_work(window, timeout_s: float = 15) -> None:
    """Let the window finish what it does while left alone (``ui.idle_work``: the heavier
    tabs built before their first click), so a measurement does not catch it. A tree
    without it returns at once."""
    idle_work = getattr(window, "idle_work", None)
    deadline = time.perf_counter() + timeout_s
    while idle_work is not None and idle_work.pending() and time.perf_counter() < deadline:
        wait(100)


def close_window(window) -> None:
    """Close the window and end as the program does (``ui.app.run``): work still running in
    a worker is waited for, so Python never stops under a Qt thread that runs Python (the
    process would end with "terminate called without an active exception")."""
    from PySide6.QtCore import QThreadPool

    import ui.app

    window.close()
    QThreadPool.globalInstance().waitForDone(getattr(ui.app, "EXIT_WAIT_MS", 10_000))
    if hasattr(window, "cancel_rest"):  # (an earlier tree, run as --baseline, may lack it)
        window.cancel_rest()


def spawn_child(script: str, tree: Path, mode: str, data_dir: Path, runs: int) -> dict:
    """Run ``script --child MODE`` with ``tree``'s source on the path; its last line is JSON.

    Benchmarks that compare an earlier source tree run both trees this way, interleaved.
    """
    env = {**os.environ, "PYTHONPATH": str(tree)}
    command = [sys.executable, script, "--child", mode, "--data", str(data_dir)]
    done = subprocess.run(
        [*command, "--runs", str(runs)],
        env=env,
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"child failed in {tree}:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def summary(values: list[float]) -> str:
    if not values:
        return "-"
    return (
        f"median {statistics.median(values):.0f}, p95 {p95(values):.0f}, max {max(values):.0f} ms"
    )


class Heartbeat:
    """A 2 ms timer; ``gaps`` holds (when, gap in ms) for every beat later than ``floor_ms``."""

    def __init__(self, floor_ms: float = 0.0) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.floor_ms = floor_ms
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.last = time.perf_counter()
        self.longest = 0.0
        self.gaps: list[tuple[float, float]] = []

    def start(self) -> None:
        self.reset()
        self.timer.start()

    def stop(self) -> None:
        self._beat()
        self.timer.stop()

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        gap = (now - self.last) * 1000
        self.last = now
        self.longest = max(self.longest, gap)
        if gap > self.floor_ms:
            self.gaps.append((now, gap))


def wait(ms: float) -> float:
    """Run the event loop for ``ms``; returns the longest block in that time."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    beat = Heartbeat()
    beat.start()
    QTimer.singleShot(round(ms), loop.quit)
    loop.exec()
    beat.stop()
    return beat.longest


_drawn_at: dict[int, float] = {}


def track_chart_draws() -> None:
    """Note when each matplotlib canvas last rendered (for ``run_timed``): a whole figure
    (``FigureCanvasAgg.draw``) or artists drawn over a kept picture (``Figure.draw_artist``,
    the blitting way)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    if getattr(FigureCanvasAgg.draw, "_tracked", False):
        return
    draw, draw_artist = FigureCanvasAgg.draw, Figure.draw_artist

    def tracked(self, *args, **kwargs):
        result = draw(self, *args, **kwargs)
        _drawn_at[id(self)] = time.perf_counter()
        return result

    def tracked_artist(self, artist):
        result = draw_artist(self, artist)
        _drawn_at[id(self.canvas)] = time.perf_counter()
        return result

    tracked._tracked = True
    FigureCanvasAgg.draw = tracked
    Figure.draw_artist = tracked_artist


def run_timed(
    action: Callable[[], object],
    painted: Callable[[], Iterable],
    *,
    charts: bool = False,
    trailing_ms: float = 120,
    timeout_s: float = 20,
) -> Timed:
    """Run ``action`` from the event loop; until every widget in ``painted()`` has painted.

    The time ends when the repaint that painted the last of them has finished (a zero timer
    posted from its paint event has fired). With ``charts`` the widgets are matplotlib
    canvases, and each must also have rendered its figure since the action and painted
    after that. The loop then runs ``trailing_ms`` more, so work the action left for later
    counts as a block too.
    """
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    if charts:
        track_chart_draws()
    loop = QEventLoop()
    beat = Heartbeat()
    fresh: set[int] = set()
    painted_at: dict[int, float] = {}
    state = {"t0": 0.0, "done": None}

    def check() -> None:
        now = time.perf_counter()
        for key in fresh:
            painted_at[key] = now  # the repaint that held its paint event is over
        fresh.clear()
        if state["done"] is not None:
            return
        t0 = state["t0"]
        for widget in (wanted := list(painted())):
            shown = painted_at.get(id(widget), 0.0)
            drawn = _drawn_at.get(id(widget), 0.0) if charts else t0
            if shown < t0 or drawn < t0 or shown < drawn:
                return
        if wanted:
            state["done"] = now
            QTimer.singleShot(round(trailing_ms), loop.quit)

    class PaintWatcher(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and state["t0"]:
                fresh.add(id(watched))
                QTimer.singleShot(0, check)
            return False

    def start() -> None:
        beat.reset()
        state["t0"] = time.perf_counter()
        action()
        QTimer.singleShot(0, check)

    watcher = PaintWatcher()
    app = QApplication.instance()
    app.installEventFilter(watcher)
    QTimer.singleShot(round(timeout_s * 1000), loop.quit)
    beat.start()
    QTimer.singleShot(0, start)
    loop.exec()
    beat.stop()
    app.removeEventFilter(watcher)
    if state["done"] is None:
        raise RuntimeError("the widgets were never painted")
    return Timed((state["done"] - state["t0"]) * 1000, beat.longest)
