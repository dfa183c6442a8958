"""Progression as pictures: a line per indicator and the star of first, previous and latest.

The charts come from the core (``progressionsdialog.charts``), the same code the PDF uses.
They are built once and kept: another citizen gives the lines new data and draws again.

matplotlib is not imported at start-up. A moment after the window shows, ``warm_up``
imports it and builds and draws the two charts on a worker thread, at the size they will
have on this page, so the first click on the tab does not wait for the import (about
0.5 s) or the first layout; the GUI thread is never blocked by it.
"""

from __future__ import annotations

import atexit
import gc
import importlib
import logging
import threading
import weakref

import sqlite_utils
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from progressionsdialog.storage.efforts import list_efforts
from progressionsdialog.storage.meetings import score_history
from progressionsdialog.tools.definition import ToolDefinition
from ui.gui_pulse import GuiPulse

log = logging.getLogger(__name__)

STRETCHES = (3, 2)  # the lines and the star share the width 3 : 2
WAIT_POLL_MS = 30  # shown before the warm-up is done: how often the page looks again
MINIMUM = QSize(200, 200)


def _canvas_class():
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    class ChartCanvas(FigureCanvasQTAgg):
        """A chart's canvas that keeps what does not change as a picture.

        The chart's frame, titles, score axis and legend depend only on the size and the
        layout; they are drawn once and kept (``copy_from_bbox``). Another citizen's data
        is drawn over that picture: about a third less work per chart. When the size or
        the layout changes, the whole figure is drawn again. The page says when to draw
        (``draw_idle`` goes to it), so each chart draws in its own turn of the event loop.
        """

        def __init__(self, chart, schedule) -> None:
            super().__init__(chart.figure)
            self._chart, self._schedule = chart, schedule
            self._kept: tuple | None = None  # (picture, what it was made for)
            chart.set_animated(True)
            self.mpl_connect("draw_event", self._after_full_draw)

        def draw_idle(self) -> None:
            schedule = getattr(self, "_schedule", None)
            if schedule is None:  # while matplotlib's constructor runs
                super().draw_idle()
            else:
                schedule(self)

        def draw_update(self) -> None:
            """Draw the chart's new data over the kept picture, or the whole figure.

            A figure with no layout yet for its size and content gets it in this turn and
            is drawn in the next: each is 40-60 ms.
            """
            if self._kept is None or self._kept[1] != self._made_for():
                engine = self.figure.get_layout_engine()
                if engine.kept(self.figure) is None:
                    engine.execute(self.figure)
                    self._schedule(self)
                else:
                    self.draw()
                return
            self.restore_region(self._kept[0])
            self._draw_data()
            self.update()

        def _made_for(self) -> tuple:
            figure = self.figure
            shape = figure.get_layout_engine().shape
            return (self.get_width_height(physical=True), figure.dpi, shape)

        def _after_full_draw(self, _event) -> None:
            self._kept = (self.copy_from_bbox(self.figure.bbox), self._made_for())
            self._draw_data()

        def _draw_data(self) -> None:
            for artist in self._chart.dynamic_artists():
                self.figure.draw_artist(artist)

        def paintEvent(self, event) -> None:
            if not hasattr(self, "renderer"):  # not drawn yet: blank, not what was there
                painter = QPainter(self)
                painter.fillRect(event.rect(), Qt.GlobalColor.white)
                painter.end()
                return
            super().paintEvent(event)

    return ChartCanvas


def make_charts(tool: ToolDefinition) -> tuple:
    from progressionsdialog.charts.progression import ProgressionChart, RadarChart

    return ProgressionChart(tool), RadarChart(tool)


# matplotlib imported a part at a time, so that the warm-up can give way to the window
# between parts (a name missing in another matplotlib is skipped: the last ones bring it)
WARM_UP_IMPORTS = (
    "numpy",
    "matplotlib",
    "matplotlib.colors",
    "matplotlib.transforms",
    "matplotlib.text",
    "matplotlib.patches",
    "matplotlib.axis",
    "matplotlib.axes",
    "matplotlib.projections",
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "matplotlib.backends.backend_qtagg",
    "progressionsdialog.charts.progression",
)

_warm_ups: weakref.WeakSet[ChartWarmUp] = weakref.WeakSet()


@atexit.register
def _stop_warm_ups() -> None:
    """Python must not end under a warm-up that is drawing: matplotlib's font code calls
    back into Python, and a thread stopped there by the interpreter's end takes the whole
    process down ("terminate called without an active exception"; 2 of 10 benchmark runs
    that chose a citizen just before the end). The drawing under way is finished first,
    and the thread has ended before Python does."""
    for warm_up in list(_warm_ups):
        warm_up.take()
        warm_up._thread.join(timeout=5)  # gone, not only done: nothing of it runs on


class ChartWarmUp:
    """matplotlib imported, and the page's charts built and drawn, on a worker thread.

    ``prepare`` hands the worker the citizen now chosen and the size the charts will have;
    it lays them out and draws them once (the last one asked for wins). The charts are not
    touched by the GUI thread until ``take`` has stopped the worker. At the program's end
    the worker is stopped the same way. Between its parts (an import, a chart drawn) it
    gives way to the window while the window's thread is busy (``ui.gui_pulse``).
    """

    def __init__(self, tool: ToolDefinition) -> None:
        self.tool = tool
        self._charts: tuple | None = None
        self._job: tuple | None = None
        self._busy = self._stopped = self._hurry = False
        self._lock = threading.Condition()
        self._pulse = GuiPulse(lambda: not self.working())
        self._thread = threading.Thread(target=self._work, name="chart-warm-up", daemon=True)
        _warm_ups.add(self)
        self._thread.start()

    def prepare(self, sizes: list[QSize], ratio: float, data: tuple[list, list]) -> None:
        with self._lock:
            self._job = (sizes, ratio, data)
            self._lock.notify_all()
        self._pulse.listen()

    def working(self) -> bool:
        """Whether the worker is drawing, or has something to draw."""
        with self._lock:
            return self._busy or self._job is not None

    def hurry(self, on: bool = True) -> None:
        """The page is shown and waits for the charts: no giving way to the window."""
        self._hurry = on

    def take(self) -> tuple | None:
        """Stop the worker (after what it is drawing now); the charts, if it made them."""
        with self._lock:
            self._job, self._stopped = None, True
            self._lock.notify_all()
            while self._busy:
                self._lock.wait()
        return self._charts

    def wait(self, timeout: float | None = None) -> bool:
        """Until the worker has nothing to do (for tests); True if so. The window's thread
        waits here, so the worker does not give way to it meanwhile."""
        with self._lock:
            hurried, self._hurry = self._hurry, True
            try:
                return self._lock.wait_for(lambda: not self._busy and self._job is None, timeout)
            finally:
                self._hurry = hurried

    def _work(self) -> None:
        while True:
            with self._lock:
                self._lock.wait_for(lambda: self._job is not None or self._stopped)
                if self._stopped:
                    return
                job, self._job, self._busy = self._job, None, True
            try:
                self._draw(*job)
            except Exception:  # the page builds its charts itself when first shown
                log.exception("Warming up the progression charts failed")
                self._charts = None
            finally:
                # The job's Qt sizes are freed while still busy: freeing a Qt object lets go
                # of Python for a moment, and once busy is off Python may be ending (a
                # thread taken back then, inside Qt, took the process down)
                job = None
                with self._lock:
                    self._busy = False
                    self._lock.notify_all()

    def _give_way(self) -> None:
        # (stopped, or hurried: the window's thread waits for the worker)
        self._pulse.give_way(lambda: self._stopped or self._hurry)

    def _draw(self, sizes, ratio, data) -> None:
        if self._charts is None:  # the program's first large work: glibc's thresholds first
            from progressionsdialog.memory import tune_allocator

            tune_allocator()
            for name in WARM_UP_IMPORTS:
                self._give_way()
                try:
                    importlib.import_module(name)
                except ImportError:
                    continue
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        first = self._charts is None
        self._give_way()
        charts = self._charts or make_charts(self.tool)
        # The layouts at this size for a citizen with no meetings (the first time), and
        # for the citizen chosen
        for history, efforts in (([], []), data) if first else (data,):
            charts[0].update(history, efforts)
            charts[1].update(history)
            for chart, size in zip(charts, sizes, strict=True):
                figure = chart.figure
                figure.set_dpi(100 * ratio)  # as the Qt canvas will set it
                figure.set_size_inches(size.width() / 100, size.height() / 100)
                self._give_way()
                FigureCanvasAgg(figure).draw()  # fonts loaded too
        self._charts = charts
        # matplotlib and the charts are a great many objects that live as long as the
        # program: out of the garbage collector's full passes, which otherwise scan them
        # all (about 50 ms on the GUI thread, often at the first click on the tab). What is
        # garbage now (old canvases' renderers, a report half made) is collected first, or
        # the freeze would keep it for good: 5-22 MB (issue 16's memory row).
        self._give_way()
        gc.collect()
        gc.freeze()


class ProgressionPage(QWidget):
    meeting_requested = Signal(int)

    def __init__(
        self, db: sqlite_utils.Database, tool: ToolDefinition, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.tool = db, tool
        self.citizen_id: int | None = None
        self._dirty = True
        self.canvases: list = []
        self._charts: tuple = ()
        self._warm_up: ChartWarmUp | None = None
        self._stale: list = []  # canvases to draw again, one per turn of the event loop
        self._draw_timer = QTimer(self)
        self._draw_timer.setSingleShot(True)
        self._draw_timer.setInterval(0)  # a timer, not a posted call: input and timers go first
        self._draw_timer.timeout.connect(self._draw_one)
        self._waiting = QTimer(self)  # for the warm-up to finish, when shown before it did
        self._waiting.setInterval(WAIT_POLL_MS)
        self._waiting.timeout.connect(self._on_waiting)
        self.drawing_label = QLabel(self.tr("Diagrammerne tegnes …"))
        self.drawing_label.setObjectName("hint")
        self.drawing_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drawing_label.hide()
        hint = QLabel(self.tr("Klik på et punkt for at åbne samtalen."))
        hint.setObjectName("hint")
        self.charts = QHBoxLayout()
        self.slots: list[QWidget] = []
        for stretch in STRETCHES:  # sized by the stretch alone, before and after the canvas
            slot = QWidget()
            slot.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            slot.setMinimumSize(MINIMUM)
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self.charts.addWidget(slot, stretch)
            self.slots.append(slot)
        layout = QVBoxLayout(self)
        layout.addWidget(self.drawing_label)
        layout.addLayout(self.charts, 1)
        layout.addWidget(hint, 0, Qt.AlignmentFlag.AlignRight)

    def show_citizen(self, citizen_id: int | None) -> None:
        self.citizen_id = citizen_id
        self.invalidate()

    def invalidate(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()
        elif self._stale:
            self._draw_timer.start()

    def warm_up(self) -> None:
        """Have the charts made ready on a worker thread, for the citizen now chosen.

        Called while the page is hidden, once its size is what it will be when shown.
        """
        if self._charts:
            return
        if self._warm_up is None:
            self._warm_up = ChartWarmUp(self.tool)
        self.layout().setGeometry(self.rect())  # the slots get their size, though hidden
        sizes = [slot.size() for slot in self.slots]
        self._warm_up.prepare(sizes, self.devicePixelRatioF(), self._data())

    @property
    def warming_up(self) -> bool:
        return self._warm_up is not None

    def _data(self) -> tuple[list, list]:
        if not self.citizen_id:
            return [], []
        return score_history(self.db, self.citizen_id), list_efforts(self.db, self.citizen_id)

    def refresh(self) -> None:
        self._dirty = False
        if not self._charts:
            if self._warm_up is not None and self._warm_up.working():
                self._wait_for_the_warm_up()
                return
            self._build()
        history, efforts = self._data()
        lines, star = self._charts
        lines.update(history, efforts)
        star.update(history)
        for canvas in self.canvases:
            self._schedule(canvas)

    def _schedule(self, canvas) -> None:
        """Draw ``canvas`` soon, each chart in its own turn of the event loop.

        Drawing a chart takes 30–70 ms; both in one go, after the work of choosing a
        citizen, blocked the window for more than 100 ms. In between, a chart shows the
        picture it had. This also stands in for matplotlib's ``draw_idle``, which drew
        before the resize a new citizen's header can bring, and then again.
        """
        if canvas not in self._stale:
            self._stale.append(canvas)
        self._draw_timer.start()

    def _draw_one(self) -> None:
        if not self._stale or not self.isVisible():
            return  # drawn when shown again
        canvas = self._stale.pop(0)
        if canvas.width() > 0 and canvas.height() > 0:
            canvas.draw_update()  # renders, then asks Qt to paint
        if self._stale:
            self._draw_timer.start()

    def _wait_for_the_warm_up(self) -> None:
        """Shown while the worker still imports matplotlib or draws (the first seconds
        after the start): the page says so and the window goes on answering, instead of
        waiting for the worker in one block (150-620 ms). The worker stops giving way."""
        self._warm_up.hurry()
        self.drawing_label.show()
        self._waiting.start()

    def _on_waiting(self) -> None:
        if self._warm_up is not None and self._warm_up.working():
            self._warm_up.hurry(self.isVisible())  # (another tab: it gives way again)
            return
        self._waiting.stop()
        self.drawing_label.hide()
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def _build(self) -> None:
        canvas_class = _canvas_class()
        warm, self._warm_up = self._warm_up, None
        self._charts = (warm.take() if warm else None) or make_charts(self.tool)
        for chart, slot in zip(self._charts, self.slots, strict=True):
            canvas = canvas_class(chart, self._schedule)
            canvas.setMinimumSize(MINIMUM)
            canvas.setAccessibleName(self.tr("Diagram over udviklingen"))
            canvas.mpl_connect("pick_event", self._on_pick)
            slot.layout().addWidget(canvas)
            self.canvases.append(canvas)

    def _on_pick(self, event) -> None:
        ids = getattr(event.artist, "meeting_ids", None)
        if ids and len(event.ind):
            self.meeting_requested.emit(ids[event.ind[0]])
