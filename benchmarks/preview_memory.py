"""Memory after print previews: does a closed preview give its memory back? (issue 16)

What is measured
    The real main window on the demo database plus a citizen with 60 meetings. Ten times:
    choose the next citizen in the register, open the handover preview from the menu
    action (as a click on the menu item does), wait until its pages are shown, click its
    "Luk" button, let Qt delete what waits for deletion, collect garbage. After each round
    the resident memory (VmRSS; after ``malloc_trim`` so freed heap is counted as freed) and
    the number of print dialogs still alive (as Qt widgets and as Python objects) are
    printed, and the time from the menu action until the pages were there (it includes
    making the PDF; waited for in an idle event loop, as the program waits). ``--same``:
    every preview is of the citizen with 60 meetings (the largest report), so growth is
    not hidden by reports of different sizes.
    ``--no-trim``: the benchmark does not call ``malloc_trim`` itself, so only what the
    program gives back on its own counts as given back.

    ``--baseline DIR`` runs the same in another source tree (a ``git archive`` of an earlier
    commit) in its own process, and prints both.

Goal
    No growth per preview; at most 200 MB after 10 citizens and 10 previews (issue 16).

    .venv/bin/python benchmarks/preview_memory.py [--previews 10] [--baseline DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import gc
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _gui import SIXTY, close_window, isolate_settings, make_demo, spawn_child

ROOT = Path(__file__).resolve().parent.parent


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def settle(trim: bool = True) -> None:
    """Deliver pending deletions and events, collect garbage, hand freed heap back."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        gc.collect()
    if trim:
        with contextlib.suppress(OSError):  # not glibc: the numbers include freed heap
            ctypes.CDLL("libc.so.6").malloc_trim(0)


def measure(data_dir: Path, previews: int, same: bool, trim: bool = True) -> dict:
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPushButton

    from progressionsdialog.storage import open_database
    from progressionsdialog.storage.citizens import list_citizens
    from ui.app import make_application
    from ui.main_window import MainWindow

    isolate_settings(data_dir)
    QApplication(["preview_memory"])
    make_application()
    db = open_database(make_demo(data_dir / "data"))
    window = MainWindow(db, data_dir / "data", demo=True)
    window.resize(1366, 768)
    window.show()
    citizens = list_citizens(db)
    sixty = next(c for c in citizens if c.name == SIXTY)
    QTest.qWait(200)
    settle(trim)
    rows = [{"round": 0, "rss_mb": rss_mb(), "dialogs_alive": 0, "wrappers": 0, "ms": 0}]
    for round_ in range(1, previews + 1):
        citizen = sixty if same else citizens[(round_ - 1) % len(citizens)]
        window.register.select_citizen(citizen.id)
        QTest.qWait(0)
        start = time.perf_counter()
        window.menu.handover_action.trigger()
        dialog = QApplication.activeModalWidget()
        if dialog.pdf is None:  # an idle event loop, as the program's: polling with qWait
            loop = QEventLoop()  # held Python's lock and made the job 3-5 times slower
            dialog.finished_pdf.connect(loop.quit)
            QTimer.singleShot(60_000, loop.quit)
            loop.exec()
        took_ms = (time.perf_counter() - start) * 1000
        assert dialog.pdf is not None, "the preview was not made"
        close = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Luk")
        QTest.mouseClick(close, Qt.MouseButton.LeftButton)
        del dialog, close
        settle(trim)
        alive = sum(type(w).__name__ == "ReportDialog" for w in QApplication.topLevelWidgets())
        wrappers = sum(type(o).__name__ == "ReportDialog" for o in gc.get_objects())
        rows.append(
            {
                "round": round_,
                "rss_mb": rss_mb(),
                "dialogs_alive": alive,
                "wrappers": wrappers,
                "ms": took_ms,
            }
        )
    close_window(window)
    db.close()
    return {"rows": rows}


def report(label: str, result: dict) -> None:
    rows = result["rows"]
    print(f"\n{label}")
    print("round  RSS MB  dialogs alive  Python wrappers alive  preview ms")
    for row in rows:
        print(
            f"{row['round']:>5}  {row['rss_mb']:6.1f}  {row['dialogs_alive']:>13}"
            f"  {row['wrappers']:>21}  {row.get('ms', 0):10.0f}"
        )
    # Growth per preview from round 2 on: the first preview pays one-off imports (reportlab,
    # pypdfium2, matplotlib) and caches that stay for the program's life.
    if len(rows) > 3:
        per = (rows[-1]["rss_mb"] - rows[2]["rss_mb"]) / (len(rows) - 3)
        warm = sorted(row.get("ms", 0) for row in rows[2:])
        print(
            f"growth per preview after the second: {per:+.1f} MB; last {rows[-1]['rss_mb']:.0f} MB;"
            f" preview after the first: median {warm[len(warm) // 2]:.0f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--previews", type=int, default=10)
    parser.add_argument(
        "--same", action="store_true", help="every preview of the citizen with 60 meetings"
    )
    parser.add_argument("--baseline", type=Path, help="an earlier source tree to compare")
    parser.add_argument(
        "--no-trim", action="store_true", help="no malloc_trim by the benchmark itself"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, _, trim = args.child.partition("+")
        print(json.dumps(measure(args.data, args.runs, mode == "same", trim != "no-trim")))
        return
    script = str(Path(__file__).resolve())
    trees = [("this tree", ROOT)]
    if args.baseline:
        trees.insert(0, (f"baseline {args.baseline}", args.baseline.resolve()))
    mode = ("same" if args.same else "citizens") + ("+no-trim" if args.no_trim else "")
    for label, tree in trees:
        with tempfile.TemporaryDirectory() as folder:
            report(label, spawn_child(script, tree, mode, Path(folder), args.previews))


if __name__ == "__main__":
    main()
