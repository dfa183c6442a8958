"""PDF timings: a typical plan from a running program, and the handover report for 60 meetings.

What is measured
    The demo database plus a citizen with 60 meetings (four indicators with a shared note
    each, two efforts). In each process: the first report of the session, a handover
    report (it imports reportlab and matplotlib), timed on its own; then ``--runs`` warm
    plans (Hanne, demo) and handover reports (60 meetings), alternating, each timed from
    ``make_report`` to the file written. The size of the handover PDF is printed too.

    ``--baseline DIR`` runs the same processes on another source tree (a ``git archive``
    of an earlier commit), interleaved with this one, and prints the ratio of the medians.

Goals
    Plan at most 300 ms; handover for 60 meetings at most 300 ms warm (issue 16).

    .venv/bin/python benchmarks/reports.py [--processes 3] [--runs 8] [--baseline DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _gui import SIXTY, make_demo, p95, spawn_child

ROOT = Path(__file__).resolve().parent.parent


def measure(data_dir: Path, runs: int) -> dict:
    from progressionsdialog.storage import DB_FILENAME, open_database
    from progressionsdialog.storage.citizens import list_citizens

    db = open_database(data_dir / DB_FILENAME)
    by_name = {c.name: c.id for c in list_citizens(db)}
    out = Path(tempfile.mkdtemp(prefix="pd-reports-out-"))
    start = time.perf_counter()
    from progressionsdialog.reports.make import make_report

    make_report(db, by_name[SIXTY], "handover", out / "first.pdf")
    first = (time.perf_counter() - start) * 1000
    times: dict[str, list[float]] = {"plan": [], "handover": []}
    for run in range(runs):
        for kind, name in (("plan", "Hanne Bøgh"), ("handover", SIXTY)):
            start = time.perf_counter()
            make_report(db, by_name[name], kind, out / f"{kind}-{run}.pdf")
            times[kind].append((time.perf_counter() - start) * 1000)
    size = (out / "handover-0.pdf").stat().st_size
    return {"first": [first], **times, "handover_bytes": size}


def spawn(tree: Path, mode: str, data_dir: Path, runs: int) -> dict:
    return spawn_child(__file__, tree, mode, data_dir, runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=3, help="processes per tree")
    parser.add_argument("--runs", type=int, default=8, help="warm reports of each kind")
    parser.add_argument("--baseline", type=Path, help="an earlier source tree to compare")
    parser.add_argument("--child", choices=("setup", "measure"), help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "setup":
        make_demo(args.data, with_project=False)
        print("{}")
        return
    if args.child == "measure":
        print(json.dumps(measure(args.data, args.runs)))
        return

    work = Path(tempfile.mkdtemp(prefix="pd-reports-"))
    trees = {"this tree": ROOT}
    if args.baseline:
        trees["baseline"] = args.baseline.resolve()
    data = {name: work / f"data-{n}" for n, name in enumerate(trees)}
    for name, tree in trees.items():  # each tree makes its own: its schema may differ
        spawn(tree, "setup", data[name], args.runs)
    results: dict[str, dict[str, list]] = {name: {} for name in trees}
    order = list(trees)
    for i in range(args.processes):
        for name in order if i % 2 == 0 else order[::-1]:
            found = spawn(trees[name], "measure", data[name], args.runs)
            for key, value in found.items():
                bucket = results[name].setdefault(key, [])
                bucket += value if isinstance(value, list) else [value]
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"load: {load}")
    for key, label in (
        ("handover", "handover, 60 meetings, warm (goal <= 300 ms)"),
        ("plan", "plan (Hanne, demo), warm (goal <= 300 ms)"),
        ("first", "first handover of a session (imports reportlab and matplotlib)"),
    ):
        print(label)
        for name in trees:
            values = results[name][key]
            line = (
                f"  {name:>9}: median {statistics.median(values):.0f}, p95 {p95(values):.0f}, "
                f"max {max(values):.0f} ms"
            )
            if name == "this tree" and "baseline" in results:
                ratio = statistics.median(values) / statistics.median(results["baseline"][key])
                line += f"; ratio {ratio:.2f}"
            print(line)
    for name in trees:
        size = statistics.median(results[name]["handover_bytes"])
        print(f"handover PDF, {name}: {size / 1024:.0f} KB")


if __name__ == "__main__":
    main()
