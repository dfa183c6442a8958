"""The citizen's overview (the Overblik tab) with 10,000 citizens: ms per citizen shown.

What is measured
    A database with 10,000 citizens (as in ``search.py``: about 60 % with a meeting, 5 %
    archived) plus the demo's five cases. Per run, ``overview()`` — the six sections the
    Overblik tab shows when a citizen is chosen, the follow-up flags among them — for 40
    citizens spread over the register, timed one by one.

    ``--baseline DIR`` runs the same in processes of another source tree (a ``git archive``
    of an earlier commit), interleaved with this one, and prints the ratio of the medians.

Goal
    Part of "open a citizen": the overview should cost the same for one citizen whether
    the register holds 10 citizens or 10,000 (a few ms).

    .venv/bin/python benchmarks/overview.py [--processes 3] [--runs 5] [--baseline DIR]
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

from _gui import p95, spawn_child

ROOT = Path(__file__).resolve().parent.parent
CITIZENS = 10_000
SHOWN = 40


def setup(data_dir: Path) -> None:
    from search import build_database

    from progressionsdialog.demo import create_demo_database
    from progressionsdialog.storage import open_database

    db = open_database(create_demo_database(data_dir))
    build_database(db, CITIZENS)
    db.close()


def measure(data_dir: Path, runs: int) -> dict:
    from progressionsdialog.overview import overview
    from progressionsdialog.storage import DB_FILENAME, open_database
    from progressionsdialog.tools import load_tool

    db = open_database(data_dir / DB_FILENAME)
    tool = load_tool("halsnaes")
    ids = [row[0] for row in db.execute("SELECT id FROM citizens ORDER BY id")]
    chosen = ids[:: max(1, len(ids) // SHOWN)][:SHOWN]
    overview(db, chosen[0], tool)  # imports and caches, as a running program has them
    times = []
    for _ in range(runs):
        for citizen_id in chosen:
            start = time.perf_counter()
            overview(db, citizen_id, tool)
            times.append((time.perf_counter() - start) * 1000)
    return {"times": times, "citizens": len(ids)}


def spawn(tree: Path, mode: str, data_dir: Path, runs: int) -> dict:
    return spawn_child(__file__, tree, mode, data_dir, runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=3, help="processes per tree")
    parser.add_argument("--runs", type=int, default=5, help="passes over the citizens")
    parser.add_argument("--baseline", type=Path, help="an earlier source tree to compare")
    parser.add_argument("--child", choices=("setup", "measure"), help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "setup":
        setup(args.data)
        print("{}")
        return
    if args.child == "measure":
        print(json.dumps(measure(args.data, args.runs)))
        return

    work = Path(tempfile.mkdtemp(prefix="pd-overview-"))
    trees = {"this tree": ROOT}
    if args.baseline:
        trees["baseline"] = args.baseline.resolve()
    data = {name: work / f"data-{n}" for n, name in enumerate(trees)}
    for name, tree in trees.items():  # each tree makes its own: its schema may differ
        spawn(tree, "setup", data[name], args.runs)
    times: dict[str, list[float]] = {name: [] for name in trees}
    citizens = 0
    order = list(trees)
    for i in range(args.processes):
        for name in order if i % 2 == 0 else order[::-1]:
            found = spawn(trees[name], "measure", data[name], args.runs)
            times[name] += found["times"]
            citizens = found["citizens"]
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"load: {load}; {citizens} citizens; overview() of {SHOWN} of them, ms per citizen")
    for name, values in times.items():
        line = (
            f"  {name:>9}: median {statistics.median(values):.1f}, p95 {p95(values):.1f}, "
            f"max {max(values):.1f} ms"
        )
        if name == "this tree" and "baseline" in times:
            ratio = statistics.median(values) / statistics.median(times["baseline"])
            line += f"; ratio {ratio:.2f}"
        print(line)


if __name__ == "__main__":
    main()
