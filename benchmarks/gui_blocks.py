"""Every interaction of the demo, driven in the real window: which ones block the GUI thread?

What is run
    The program's demo database (the five cases and the JobStart project) plus one citizen
    with 60 meetings, in the real ``MainWindow``, offscreen at 1366 × 768, as a caseworker
    meets it: the window built and shown; at once, with real clicks, a citizen chosen and
    the Samtaler, Plan, Progression and Overblik tabs opened (while the charts still warm up
    on their thread and before idle time has built the tabs); a pause; typing in the search
    and clearing it; "Vis arkiverede" on and off; every citizen in the register chosen, and
    each of its tabs opened (Overblik, Samtaler, Progression, Livshjul, Plan); meetings of
    the 60 opened; a new meeting, a score clicked and typed, a note typed; a point of the
    chart clicked; the life wheel dragged and moved by keys; text typed in the plan; every
    item of every menu (and so every toolbar button and key: they are the same actions),
    with the dialogs they open left open for a while and then closed; the handover and the
    plan of the citizen with 60 meetings (the longest documents), and all their data
    exported (the file chosen); locking and unlocking; the window made 1920 × 1080 and
    back, on the Overblik tab and on the Progression tab; and closing the window.

    A 2 ms heartbeat timer runs all the time. A gap between two beats is time the GUI thread
    could not answer: clicks and keys would wait, nothing would repaint. Every gap longer
    than ``--threshold`` ms is listed with the step it happened in, and with the background
    jobs (``ui.workers``) that were running during it: a job's Python holds the GIL, which
    the GUI thread waits for at every call into Qt, so a step can block because of a job
    another step started.

Goal (issue 16)
    No block over 100 ms in any demo interaction. This is a harness, not a timed test: it
    passes or fails nothing; it prints the list.

    .venv/bin/python benchmarks/gui_blocks.py [--threshold 100] [--dialog-ms 1500] [--all]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _gui import SIXTY, Heartbeat, isolate_settings, make_demo

SIZE = (1366, 768)
BIG = (1920, 1080)


@dataclass
class Step:
    name: str
    start: float
    end: float = 0.0
    error: str = ""
    blocks: list[float] = field(default_factory=list)
    jobs: set[str] = field(default_factory=set)  # background jobs running during a block


class Harness:
    """Runs steps from the event loop, one after another, and closes the dialogs they open."""

    def __init__(self, threshold_ms: float, dialog_ms: float) -> None:
        from PySide6.QtCore import QTimer

        self.threshold_ms, self.dialog_ms = threshold_ms, dialog_ms
        self.steps: list[Step] = []
        self.beat = Heartbeat(floor_ms=threshold_ms)
        self.beat.start()
        self._seen: dict[int, float] = {}
        self.watchdog = QTimer()
        self.watchdog.setInterval(50)
        self.watchdog.timeout.connect(self._close_dialogs)
        self.watchdog.start()
        self.jobs: list[tuple[str, float, float]] = []  # (work, started, ended)
        self._watch_jobs()

    def _watch_jobs(self) -> None:
        """Note when each background job of the program runs (its work's name and times)."""
        from ui import workers

        run, jobs = workers.Job.run, self.jobs

        def noted(job) -> None:
            started = time.perf_counter()
            try:
                run(job)
            finally:  # a list's append is safe from the pool's thread
                name = getattr(job.work, "__qualname__", type(job.work).__name__)
                jobs.append((name.replace(".<locals>", ""), started, time.perf_counter()))

        workers.Job.run = noted

    # -- dialogs ----------------------------------------------------------------------
    def _dialogs(self) -> list:
        from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

        found = []
        modal = QApplication.activeModalWidget()
        if modal is not None and not isinstance(modal, QMainWindow):
            found.append(modal)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget not in found:
                found.append(widget)
        popup = QApplication.activePopupWidget()
        if popup is not None:
            found.append(popup)
        return found

    def _close_dialogs(self) -> None:
        """A dialog is left open ``dialog_ms`` (its work shows), then closed as Esc does."""
        from PySide6.QtWidgets import QDialog

        now = time.perf_counter()
        for dialog in self._dialogs():
            first = self._seen.setdefault(id(dialog), now)
            if (now - first) * 1000 >= self.dialog_ms:
                self._seen.pop(id(dialog), None)
                if isinstance(dialog, QDialog):
                    dialog.reject()
                else:
                    dialog.close()

    # -- steps ------------------------------------------------------------------------
    def step(self, name: str, action: Callable[[], object], settle_ms: float = 300) -> Step:
        """Start ``action`` from the event loop; wait until it has returned, its dialogs are
        closed and ``settle_ms`` have passed."""
        from _gui import wait
        from PySide6.QtCore import QTimer

        step = Step(name, time.perf_counter())
        self.steps.append(step)
        state = {"returned": False}

        def run() -> None:
            try:
                action()
            except Exception as error:
                step.error = f"{type(error).__name__}: {error}"
                traceback.print_exc(limit=3)
            finally:
                state["returned"] = True

        QTimer.singleShot(0, run)
        deadline = time.perf_counter() + 60
        while time.perf_counter() < deadline:
            wait(25)
            settled = (time.perf_counter() - step.start) * 1000 >= settle_ms
            if state["returned"] and settled and not self._dialogs():
                break
        else:
            step.error = step.error or "still running after 60 s"
        step.end = time.perf_counter()
        return step

    def attribute(self) -> None:
        """Each long gap goes to the step running in its middle (its last beat can come
        just before the step began)."""
        for end, gap in self.beat.gaps:
            middle = end - gap / 2000
            owner = self.steps[0]
            for step in self.steps:
                if step.start <= middle:
                    owner = step
            owner.blocks.append(gap)
            began = end - gap / 1000
            owner.jobs |= {name for name, start, stop in self.jobs if start < end and stop > began}


def key_in(widget, key, modifier=None) -> None:
    """A key as the keyboard sends it: to the window, which gives it to ``widget`` (focused
    first). The idle lock and the idle-time work see input at the window, as they do for a
    person, so a key sent straight to the widget would look like a quiet window to them."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    widget.setFocus()
    modifier = Qt.KeyboardModifier.NoModifier if modifier is None else modifier
    QTest.keyClick(widget.window().windowHandle(), key, modifier)


def text_in(widget, text: str) -> None:
    for character in text:
        key_in(widget, character)


def citizens_in_register(window) -> list[tuple[int, str]]:
    from progressionsdialog.storage.citizens import get_citizen

    model = window.register.model
    ids = [model.citizen_id_at(row) for row in range(model.rowCount())]
    return [(citizen_id, get_citizen(window.db, citizen_id).name) for citizen_id in ids]


def mouse(widget, kind, x: float, y: float, buttons=None) -> None:
    """A mouse event as the window system sends it (a move with the button held, too)."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    left = Qt.MouseButton.LeftButton
    local = QPointF(x, y)
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else left
    held = buttons if buttons is not None else left
    event = QMouseEvent(
        kind, local, widget.mapToGlobal(local), button, held, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def drag_wheel(wheel) -> None:
    from PySide6.QtCore import QEvent

    g = wheel.geometry_now()
    angle = g.mid_angle(0)
    points = [g.point(angle, g.score_radius(score)) for score in (2, 3, 4, 5, 6, 7, 8, 9)]
    mouse(wheel, QEvent.Type.MouseButtonPress, *points[0])
    for x, y in points[1:]:
        mouse(wheel, QEvent.Type.MouseMove, x, y)
    mouse(wheel, QEvent.Type.MouseButtonRelease, *points[-1])


def click_a_chart_point(page) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    canvas = page.canvases[0]
    line = next(x for x in canvas.figure.axes[0].get_lines() if hasattr(x, "meeting_ids"))
    x, y = line.get_transform().transform(line.get_xydata()[len(line.get_xdata()) // 2])
    ratio = canvas.device_pixel_ratio
    point = QPoint(round(x / ratio), round(canvas.height() - y / ratio))
    QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)


def menu_actions(window) -> list[tuple[str, object]]:
    """Every item of every menu of the window, as "Menu → Item"."""
    found = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None:
            continue
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            label = f"{top.text()} → {action.text()}".replace("&", "")
            found.append((label, action))
    return found


def run(args) -> Harness:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

    from progressionsdialog.storage import DB_FILENAME, open_database
    from ui.app import make_application

    work = Path(tempfile.mkdtemp(prefix="pd-gui-blocks-"))
    isolate_settings(work)
    data_dir = work / "data"
    make_demo(data_dir, with_project=True)
    make_application()
    h = Harness(args.threshold, args.dialog_ms)
    window = None

    def build() -> None:
        nonlocal window
        from ui.main_window import MainWindow

        window = MainWindow(open_database(data_dir / DB_FILENAME), data_dir, demo=True)
        window.resize(*SIZE)
        window.show()

    h.step("start: build and show the window (imports included)", build, settle_ms=300)
    overview, register = window.overview, window.register

    def click_at(widget, point) -> None:
        """A click as the mouse sends it: to the window, then to ``widget`` at ``point``
        (so the idle lock, the idle-time work and the warm-up see a user at work)."""
        QTest.mouseClick(
            window.windowHandle(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            widget.mapTo(window, point),
        )

    def click_tab(index: int) -> Callable[[], None]:
        bar = overview.tabs.tabBar()
        return lambda: click_at(bar, bar.tabRect(index).center())

    # A caseworker who starts at once: while the charts warm up on their thread and
    # before idle time has built the heavier tabs
    table = register.table
    h.step("early: choose the first citizen (a click)", lambda: click_at(
        table.viewport(), table.visualRect(table.model().index(0, 0)).center()
    ))  # fmt: skip
    for label, index in (
        ("Samtaler", overview.TAB_MEETINGS),
        ("Plan", overview.TAB_PLAN),
        ("Progression", overview.TAB_PROGRESSION),
        ("Overblik", overview.TAB_SUMMARY),
    ):
        h.step(f"early: tab {label} (a click)", click_tab(index))
    h.step("wait 2 s (the charts warm up)", lambda: None, settle_ms=2000)

    def keys(text: str) -> Callable[[], None]:
        return lambda: text_in(register.search, text)

    register.search.setFocus()
    h.step("search: type 'han'", keys("han"))
    h.step("search: Backspace ×3", lambda: [
        key_in(register.search, Qt.Key.Key_Backspace) for _ in range(3)
    ])  # fmt: skip
    h.step("search: type 'ahmad'", keys("ahmad"))
    h.step("search: clear", lambda: register.search.clear())
    h.step("Vis arkiverede: on", lambda: register.show_archived.setChecked(True))
    h.step("Vis arkiverede: off", lambda: register.show_archived.setChecked(False))

    tabs = [
        ("Samtaler", overview.TAB_MEETINGS),
        ("Progression", overview.TAB_PROGRESSION),
        ("Livshjul", overview.TAB_WHEEL),
        ("Plan", overview.TAB_PLAN),
        ("Overblik", overview.TAB_SUMMARY),
    ]
    people = citizens_in_register(window)
    for citizen_id, name in people:
        h.step(f"choose {name}", lambda c=citizen_id: register.select_citizen(c))
        for label, index in tabs:
            h.step(f"{name}: tab {label}", lambda i=index: overview.tabs.setCurrentIndex(i))
    h.step("Progression tab shown", lambda: overview.tabs.setCurrentIndex(tabs[1][1]))
    for citizen_id, name in people:
        h.step(f"Progression: choose {name}", lambda c=citizen_id: register.select_citizen(c))

    sixty = next(c for c, n in people if n == SIXTY)
    h.step(f"choose {SIXTY}", lambda: register.select_citizen(sixty))
    h.step("Progression: click a point (opens its meeting)", lambda: click_a_chart_point(
        overview.progression
    ))  # fmt: skip
    meetings = overview.meetings
    for row in (0, 30, 59):
        h.step(
            f"Samtaler: open meeting {row + 1} of 60", lambda r=row: meetings.list.setCurrentRow(r)
        )

    hanne = next(c for c, n in people if n == "Hanne Bøgh")
    h.step("choose Hanne Bøgh", lambda: register.select_citizen(hanne))
    h.step("tab Livshjul", lambda: overview.tabs.setCurrentIndex(overview.TAB_WHEEL))
    wheel = overview.life_wheel.findChild(_wheel_class())

    def drag() -> None:
        if wheel is None or not wheel.wheel().areas:
            raise LookupError("Hanne's life wheel has no areas to drag")
        drag_wheel(wheel)

    h.step("life wheel: drag an area from 2 to 9", drag, settle_ms=1200)
    h.step("life wheel: Up ×3", lambda: [
        key_in(wheel, Qt.Key.Key_Up) for _ in range(3)
    ], settle_ms=1200)  # fmt: skip
    h.step("new meeting (Ctrl+M)", lambda: key_in(
        window.register.search, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier
    ))  # fmt: skip
    editor = overview.meetings.editor
    panel = next(iter(editor.panels.values()))

    def click_score() -> None:
        target = panel.citizen_score.cell_rect(6).center().toPoint()
        QTest.mouseClick(panel.citizen_score, Qt.MouseButton.LeftButton, pos=target)

    h.step("meeting: click the citizen's score 6", click_score)
    h.step("meeting: type the worker's score 4", lambda: (
        key_in(panel.worker_score, Qt.Key.Key_4)
    ))  # fmt: skip
    h.step("meeting: type a shared note", lambda: text_in(
        panel.shared_note, "Vi talte om praktik og om at komme op om morgenen."
    ))  # fmt: skip
    h.step("meeting: next indicator", lambda: editor.tabs.setCurrentIndex(1), settle_ms=1200)
    h.step("tab Plan", lambda: overview.tabs.setCurrentIndex(overview.TAB_PLAN))

    def type_in_plan() -> None:
        page = overview.plan
        fields = [
            w
            for kind in (QPlainTextEdit, QTextEdit, QLineEdit)
            for w in page.findChildren(kind)
            if w.isVisible() and w.isEnabled() and not w.isReadOnly()
        ]
        if fields:
            text_in(fields[0], " og cykle til praktikken")

    h.step("plan: type in the first text field", type_in_plan, settle_ms=1200)
    h.step("tab Overblik", lambda: overview.tabs.setCurrentIndex(overview.TAB_SUMMARY))

    skip = {window.menu.quit_action, window.menu.lock_action}
    for label, action in menu_actions(window):
        if action in skip or not action.isEnabled():
            continue
        h.step(f"menu: {label}", action.trigger, settle_ms=300)
        if action.isCheckable():  # a view turned on is turned off again
            h.step(f"menu: {label} (again)", action.trigger, settle_ms=300)

    # The longest document of the demo: the handover of the citizen with 60 meetings
    h.step(f"choose {SIXTY}", lambda: register.select_citizen(sixty))
    h.step(f"{SIXTY}: Filer → Overleveringsrapport …", window.menu.handover_action.trigger)
    h.step(f"{SIXTY}: Filer → Udskriv plan …", window.menu.plan_pdf_action.trigger)
    h.step(
        f"{SIXTY}: Borger → Eksportér alle data, the file chosen",
        lambda: window.rights.export_citizen(sixty, str(work / "export.json")),
        settle_ms=1500,
    )
    h.step("lock (Ctrl+L)", window.menu.lock_action.trigger)
    h.step("unlock", window.locker.unlock)
    h.step(f"window {BIG[0]} × {BIG[1]}", lambda: window.resize(*BIG), settle_ms=800)
    h.step(f"window {SIZE[0]} × {SIZE[1]}", lambda: window.resize(*SIZE), settle_ms=800)
    h.step("Progression tab", lambda: overview.tabs.setCurrentIndex(tabs[1][1]))
    h.step(f"Progression: window {BIG[0]} × {BIG[1]}", lambda: window.resize(*BIG), 800)
    h.step(f"Progression: window {SIZE[0]} × {SIZE[1]}", lambda: window.resize(*SIZE), 800)
    h.step("close the window", window.close, settle_ms=300)
    QApplication.processEvents()
    h.beat.stop()
    h.attribute()
    return h


def _wheel_class():
    from ui.widgets.life_wheel import LifeWheelWidget

    return LifeWheelWidget


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=100, help="list blocks longer (ms)")
    parser.add_argument("--dialog-ms", type=float, default=1500, help="dialogs stay this long")
    parser.add_argument("--all", action="store_true", help="print every step, blocked or not")
    args = parser.parse_args()
    started = time.perf_counter()
    h = run(args)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    blocked = [s for s in h.steps if s.blocks]
    print(
        f"{len(h.steps)} steps in {time.perf_counter() - started:.0f} s (load {load}); "
        f"blocks over {args.threshold:.0f} ms in {len(blocked)} of them:"
    )
    for step in blocked:
        gaps = ", ".join(f"{gap:.0f}" for gap in sorted(step.blocks, reverse=True))
        jobs = f"   (a background job ran: {', '.join(sorted(step.jobs))})" if step.jobs else ""
        print(f"  {max(step.blocks):6.0f} ms  {step.name}   [{gaps}]{jobs}")
    if not blocked:
        print("  none")
    failed = [s for s in h.steps if s.error]
    if failed:
        print("steps that could not run:")
        for step in failed:
            print(f"  {step.name}: {step.error}")
    print(f"heartbeat: longest gap {h.beat.longest:.0f} ms over the whole run")
    if args.all:
        print("every step: its longest gap over the threshold, and its time")
        for step in h.steps:
            longest = f"{max(step.blocks):6.0f} ms" if step.blocks else "     -   "
            print(f"  {longest}  {(step.end - step.start):5.1f} s  {step.name}")


if __name__ == "__main__":
    main()
