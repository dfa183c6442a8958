"""Open a citizen with 60 meetings until the Progression tab has painted, in the real window.

What is measured
    The demo database plus a citizen with 60 meetings (four indicators, two efforts). The
    real ``MainWindow`` (offscreen, 1200 × 760). Each action is started from the running
    event loop, as a click is, and timed until the repaint that painted the charts has
    finished; a 2 ms heartbeat timer gives the longest GUI-thread block meanwhile (and in
    the 120 ms after, so work left for later counts too).

    * warm: the Progression tab is shown; choose another citizen (Hanne, 6 meetings), then
      the one with 60 meetings. Also: on the Overblik tab choose the citizen with 60
      meetings (the overview, with its follow-up flags), then click the Progression tab.
    * first: a fresh process shows the window and waits ``--idle-ms`` (as a person does
      before the first click), chooses the citizen on the Overblik tab, waits 0.7 s more
      and clicks the Progression tab: the first chart of the session. Also the longest
      block while it waited.

    ``--baseline DIR`` runs the same children on another source tree (a ``git archive``
    of an earlier commit) interleaved with this one, in the same run, and prints the
    ratio of the medians (this tree / baseline).

Goal
    At most 150 ms warm and 300 ms the first time; no GUI-thread block over 100 ms.

    .venv/bin/python benchmarks/progression.py [--processes 3] [--runs 10] [--first 5]
        [--baseline DIR] [--idle-ms 1500]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _gui import (
    SIXTY,
    Series,
    close_window,
    isolate_settings,
    make_demo,
    run_timed,
    summary,
    wait,
)

ROOT = Path(__file__).resolve().parent.parent
READING_MS = 700  # from choosing the citizen to clicking the tab, the first time


def child(mode: str, data_dir: Path, runs: int, idle_ms: float) -> dict:
    isolate_settings(data_dir.parent / f"home-{os.getpid()}")
    t0 = time.perf_counter()
    from progressionsdialog.storage import DB_FILENAME, open_database
    from progressionsdialog.storage.citizens import list_citizens
    from ui.app import make_application
    from ui.main_window import MainWindow

    make_application()
    db = open_database(data_dir / DB_FILENAME)
    window = MainWindow(db, data_dir, demo=True)
    window.show()
    wait(300)
    started = (time.perf_counter() - t0) * 1000
    overview = window.overview
    by_name = {c.name: c.id for c in list_citizens(db)}
    sixty, hanne = by_name[SIXTY], by_name["Hanne Bøgh"]

    def select(citizen_id):
        return lambda: window.register.select_citizen(citizen_id)

    def tab(index):
        return lambda: overview.tabs.setCurrentIndex(index)

    def charts():
        return overview.progression.canvases if overview._progression is not None else []

    def summary_label():
        return [overview.summary_boxes["attention"][1]]

    out: dict = {"started_ms": started, "python": sys.version.split()[0]}
    if mode == "first":
        idle_block = wait(idle_ms)  # the window is up; nobody has clicked yet
        select_sixty = run_timed(select(sixty), summary_label)
        idle_block = max(idle_block, wait(READING_MS))  # the overview is read
        first = run_timed(tab(overview.TAB_PROGRESSION), charts, charts=True)
        out |= {
            "overview_ms": select_sixty.until_done_ms,
            "idle_block_ms": idle_block,
            "first_ms": first.until_done_ms,
            "first_block_ms": first.longest_block_ms,
        }
    else:
        run_timed(select(sixty), summary_label)
        run_timed(tab(overview.TAB_PROGRESSION), charts, charts=True)
        series = {
            name: Series(name)
            for name in ("switch_other", "switch_sixty", "overview_sixty", "tab_sixty")
        }
        for _ in range(runs):
            series["switch_other"].add(run_timed(select(hanne), charts, charts=True))
            series["switch_sixty"].add(run_timed(select(sixty), charts, charts=True))
            run_timed(tab(overview.TAB_SUMMARY), summary_label)
            run_timed(select(hanne), summary_label)
            series["overview_sixty"].add(run_timed(select(sixty), summary_label))
            series["tab_sixty"].add(run_timed(tab(overview.TAB_PROGRESSION), charts, charts=True))
        out |= {name: {"done": s.done, "blocks": s.blocks} for name, s in series.items()}
    close_window(window)
    return out


def spawn(tree: Path, mode: str, data_dir: Path, runs: int, idle_ms: float) -> dict:
    env = {**os.environ, "PYTHONPATH": str(tree), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, __file__, "--child", mode, "--data", str(data_dir)]
    command += ["--runs", str(runs), "--idle-ms", str(idle_ms)]
    done = subprocess.run(
        command, env=env, cwd=tree, capture_output=True, text=True, timeout=600, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"child failed in {tree}:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=3, help="warm processes per tree")
    parser.add_argument("--runs", type=int, default=10, help="warm rounds per process")
    parser.add_argument("--first", type=int, default=5, help="fresh processes per tree")
    parser.add_argument("--idle-ms", type=float, default=1500, help="before the first click")
    parser.add_argument("--baseline", type=Path, help="an earlier source tree to compare")
    parser.add_argument("--child", choices=("setup", "warm", "first"), help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "setup":  # each tree makes its own database: its schema may differ
        make_demo(args.data)
        print("{}")
        return
    if args.child:
        print(json.dumps(child(args.child, args.data, args.runs, args.idle_ms)))
        return

    work = Path(tempfile.mkdtemp(prefix="pd-progression-"))
    isolate_settings(work)
    trees = {"this tree": ROOT}
    if args.baseline:
        trees["baseline"] = args.baseline.resolve()
    data = {name: work / f"data-{n}" for n, name in enumerate(trees)}
    for name, tree in trees.items():
        spawn(tree, "setup", data[name], args.runs, args.idle_ms)
    results: dict[str, dict[str, list]] = {name: {} for name in trees}

    def collect(name: str, found: dict) -> None:
        for key, value in found.items():
            bucket = results[name].setdefault(key, {"done": [], "blocks": []})
            if isinstance(value, dict):
                bucket["done"] += value["done"]
                bucket["blocks"] += value["blocks"]
            elif isinstance(value, float):
                bucket["done"].append(value)

    order = list(trees)
    for i in range(max(args.first, args.processes)):
        for name in order if i % 2 == 0 else order[::-1]:  # interleaved, alternating order
            if i < args.first:
                collect(name, spawn(trees[name], "first", data[name], args.runs, args.idle_ms))
            if i < args.processes:
                collect(name, spawn(trees[name], "warm", data[name], args.runs, args.idle_ms))

    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    rows = [
        ("switch_sixty", "warm: Progression shown, choose the citizen with 60 meetings"),
        ("switch_other", "warm: Progression shown, choose Hanne (6 meetings)"),
        ("tab_sixty", "warm: citizen chosen on Overblik, click Progression"),
        ("overview_sixty", "warm: Overblik shown, choose the citizen with 60 meetings"),
        ("first_ms", "first: click Progression (window up, citizen chosen, tab clicked)"),
        ("first_block_ms", "first: longest block in that click"),
        ("idle_block_ms", "first: longest block while waiting for the clicks"),
        ("overview_ms", "first: choose the citizen on Overblik"),
        ("started_ms", "window built and shown (imports included)"),
    ]
    for key, label in rows:
        print(label)
        for name in trees:
            bucket = results[name].get(key)
            if not bucket:
                continue
            line = f"  {name:>9}: {summary(bucket['done'])}"
            if bucket["blocks"]:
                line += f"; longest block {summary(bucket['blocks'])}"
            if name == "this tree" and "baseline" in results and key in results["baseline"]:
                base = statistics.median(results["baseline"][key]["done"])
                line += f"; ratio {statistics.median(bucket['done']) / base:.2f}"
            print(line)


if __name__ == "__main__":
    main()
