"""The team's charts drawn to PNG in a process of their own.

matplotlib holds Python's lock for the whole of a draw, and a team chart takes 140–200 ms.
Drawn in a worker thread of the program, that lock is what the window waits for at each
call into Qt: the window stutters while the statistics draw, also after their dialog has
closed. Drawn in a process of its own, a chart competes for a CPU core and nothing else.

There is one such process at most. It starts on first use (:func:`warm` starts it early,
so that it imports matplotlib while the numbers are counted), and it ends by itself when
it has had nothing to draw for ``IDLE_SECONDS``, and with the program. When no process
can be started, or it breaks, the charts are drawn in the calling thread as before: slower
for the window, never missing.

    pngs = draw([TeamChart(rows, tool, "citizen_score", (10.0, 3.4), 100.0, "da")], stop)
    by_section = section_charts(sections, tool, (10.0, 3.4), 100.0, stop)  # {(0, who): png}
"""

from __future__ import annotations

import io
import logging
import os
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from progressionsdialog.i18n import language
from progressionsdialog.statistics.indicators import WHO, ChangeRow
from progressionsdialog.statistics.privacy import chartable
from progressionsdialog.statistics.report import Section
from progressionsdialog.tools.definition import ToolDefinition

log = logging.getLogger(__name__)

IDLE_SECONDS = 60.0  # the process ends after this long without a chart to draw
POLL_SECONDS = 0.05  # how often a wait looks at its stop event


@dataclass(frozen=True)
class TeamChart:
    """One chart to draw: ``charts.team.change_figure``'s arguments, the PNG's dots per
    inch, and the language its texts are in (a process of its own has no window)."""

    rows: list[ChangeRow]
    tool: ToolDefinition
    who: str
    size: tuple[float, float]
    dpi: float
    language: str


def draw_png(chart: TeamChart) -> bytes:
    """The chart as PNG bytes, drawn where this is called (the drawing process, or here)."""
    from progressionsdialog.charts.team import change_figure
    from progressionsdialog.i18n import speaking

    with speaking(chart.language):
        figure = change_figure(chart.rows, chart.tool, chart.who, *chart.size)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=chart.dpi)
    return buffer.getvalue()


def _end_with_the_program() -> None:
    """Run in the process as it starts: it ends when the program has gone, however it went
    (killed, crashed). Otherwise it would wait for work for good: it holds its own end of
    the pipe its work comes through, so it never sees that pipe close."""
    import multiprocessing
    from multiprocessing.connection import wait as wait_for

    parent = multiprocessing.parent_process()
    if parent is None:  # not started by the program (a test calling this here)
        return

    def watch() -> None:
        wait_for([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="end-with-the-program", daemon=True).start()


def _prepare() -> int:
    """Run first in the process: the imports a chart needs, paid before the first chart."""
    import matplotlib.backends.backend_agg
    import matplotlib.figure  # noqa: F401

    import progressionsdialog.charts.team  # noqa: F401

    return os.getpid()


class DrawingProcess:
    """The process and its life: started on first use, ended after ``idle_seconds``
    without work. Safe to use from several threads at once."""

    def __init__(self, idle_seconds: float = IDLE_SECONDS) -> None:
        self.idle_seconds = idle_seconds
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._ready: Future | None = None  # _prepare's future: the process's id when done
        self._users = 0
        self._timer: threading.Timer | None = None

    # -- the process ---------------------------------------------------------------------
    def warm(self) -> None:
        """Start the process now, if it is not running, so that it is ready when needed."""
        with self._lock:
            self._start()
        self._end_soon()

    def pid(self, timeout: float | None = None) -> int | None:
        """The drawing process's id once it has started (``None``: none is running)."""
        with self._lock:
            ready = self._ready
        if ready is None:
            return None
        try:
            return ready.result(timeout)
        except Exception:  # broken or ended: there is no process
            return None

    def end(self) -> None:
        """End the process now; a chart being drawn is not waited for."""
        with self._lock:
            self._end()

    def _start(self) -> ProcessPoolExecutor | None:  # with the lock held
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._pool is not None:
            return self._pool
        try:
            import multiprocessing

            from progressionsdialog.bundle_processes import before_starting_a_process

            # "spawn" everywhere: a fork of a program with Qt's threads running is unsafe,
            # and Windows has nothing else. In the bundle the program file is started
            # (ui/entry.py runs it as the drawing process).
            before_starting_a_process()
            pool = ProcessPoolExecutor(
                1, multiprocessing.get_context("spawn"), initializer=_end_with_the_program
            )
            ready = pool.submit(_prepare)
        except (OSError, RuntimeError, BrokenProcessPool) as error:
            log.warning("No drawing process (%s): the charts are drawn in the program", error)
            return None
        self._pool, self._ready = pool, ready
        return pool

    def _end(self) -> None:  # with the lock held
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        pool, self._pool, self._ready = self._pool, None, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def _end_soon(self) -> None:
        """After the last user: end the process when it has been idle ``idle_seconds``."""
        with self._lock:
            if self._users or self._pool is None:
                return
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.idle_seconds, self._end_if_idle)
            self._timer.daemon = True  # never keeps the program from ending
            self._timer.start()

    def _end_if_idle(self) -> None:
        with self._lock:
            if not self._users:
                self._end()

    # -- drawing -------------------------------------------------------------------------
    def draw(
        self, charts: Sequence[TeamChart], stop: threading.Event | None = None
    ) -> list[bytes] | None:
        """Each chart as PNG bytes, in order; ``None`` when ``stop`` was set meanwhile (what
        was not drawn yet is dropped). A chart's own error is raised here, as if drawn here."""
        if not charts:
            return []
        with self._lock:
            pool = self._start()
            if pool is not None:
                self._users += 1
        if pool is None:
            return _draw_here(charts, stop)
        try:
            try:
                futures = [pool.submit(draw_png, chart) for chart in charts]
                return _results(futures, stop)
            except (BrokenProcessPool, RuntimeError, OSError) as error:
                # The process died (killed, out of memory) or could not start its work.
                log.warning("The drawing process broke (%s): drawn in the program", error)
                with self._lock:
                    if self._pool is pool:
                        self._end()
                return _draw_here(charts, stop)
        finally:
            with self._lock:
                self._users -= 1
            self._end_soon()


def _results(futures: list[Future], stop: threading.Event | None) -> list[bytes] | None:
    pending = set(futures)
    while pending:
        if stop is not None and stop.is_set():
            for future in futures:
                future.cancel()
            return None
        _done, pending = wait(pending, timeout=POLL_SECONDS)
    if stop is not None and stop.is_set():
        return None
    return [future.result() for future in futures]


def _draw_here(charts: Sequence[TeamChart], stop: threading.Event | None) -> list[bytes] | None:
    pngs = []
    for chart in charts:
        if stop is not None and stop.is_set():
            return None
        pngs.append(draw_png(chart))
    return pngs


_process = DrawingProcess()


def warm() -> None:
    """Start the program's drawing process early (see :class:`DrawingProcess`)."""
    _process.warm()


def draw(charts: Sequence[TeamChart], stop: threading.Event | None = None) -> list[bytes] | None:
    """The charts drawn by the program's drawing process (see :meth:`DrawingProcess.draw`)."""
    return _process.draw(charts, stop)


def section_charts(
    sections: Sequence[Section],
    tool: ToolDefinition,
    size: tuple[float, float],
    dpi: float,
    stop: threading.Event | None = None,
) -> dict[tuple[int, str], bytes] | None:
    """Each section's charts as PNG, by (the section's number, whose score), in the
    language in use: one per score with a group of 5 citizens or more. ``None``: stopped."""
    wanted = {
        (n, who): TeamChart(section.rows, tool, who, size, dpi, language())
        for n, section in enumerate(sections)
        if section.rows is not None
        for who in WHO
        if chartable(section.rows, who)
    }
    pngs = draw(list(wanted.values()), stop)
    return None if pngs is None else dict(zip(wanted, pngs, strict=True))
