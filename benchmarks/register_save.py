"""Save a citizen in the real window with 10,000 citizens: time until the register has repainted.

What is measured
    A fresh database with 10,000 citizens (the data of ``search.py``: names, birth dates,
    caseworkers, meetings for about 60 %, 5 % archived). The real ``MainWindow`` (offscreen,
    1366 × 768) with a citizen chosen in the middle of the list. Each action is started from
    the running event loop, as a click is, and timed until the register's list has
    repainted (``_gui.run_timed``); a 2 ms heartbeat gives the longest GUI-thread block
    meanwhile, and in the 120 ms after. Per action also: how many times the register's model
    was reset (a reset is a full reload of the list).

    * edit: the citizen form is open for the chosen citizen with a new name typed; the
      action is its save (``try_save``, what Enter does), so the time covers the database
      write, the undo entry and bringing the register and the overview up to date;
    * archive and restore (with "Vis arkiverede" on, so the row stays) and Ctrl+Z of an edit;
    * new citizen: the form's save for a new citizen.

    ``--baseline DIR`` runs the same children on another source tree (a ``git archive`` of
    an earlier commit), interleaved with this one, and prints the ratio of the medians.

Goal
    At most 50 ms per save, and no full reload of the register.

    .venv/bin/python benchmarks/register_save.py [--processes 3] [--runs 8] [--citizens 10000]
        [--baseline DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _gui import (
    close_window,
    isolate_settings,
    p95,
    run_timed,
    settle_idle_work,
    spawn_child,
    wait,
)

GOAL_MS = 50.0
ACTIONS = ("edit", "archive", "restore", "undo edit", "new citizen")


def child(data_dir: Path, runs: int) -> dict:
    isolate_settings(data_dir / "home")
    from progressionsdialog.storage import DB_FILENAME, open_database
    from ui.app import make_application
    from ui.main_window import MainWindow

    app = make_application()
    db = open_database(data_dir / DB_FILENAME)
    window = MainWindow(db, data_dir)
    window.resize(1366, 768)
    window.show()
    wait(300)
    settle_idle_work(window)
    register = window.register
    register.show_archived.setChecked(True)
    app.processEvents()
    citizen_id = register.model.citizen_id_at(register.model.rowCount() // 2)
    register.select_citizen(citizen_id)
    wait(100)
    resets = [0]
    register.model.modelReset.connect(lambda: resets.__setitem__(0, resets[0] + 1))
    painted = lambda: [register.table.viewport()]  # noqa: E731
    results: dict[str, dict[str, list[float]]] = {
        name: {"done": [], "block": [], "resets": []} for name in ACTIONS
    }

    def timed(name: str, action) -> None:
        resets[0] = 0
        done = run_timed(action, painted)
        results[name]["done"].append(done.until_done_ms)
        results[name]["block"].append(done.longest_block_ms)
        results[name]["resets"].append(resets[0])

    for run in range(runs):
        dialog = window.editing.edit_citizen(citizen_id)
        dialog.name.setText(f"Birgitte Åkesson {run}")
        timed("edit", dialog.try_save)
        timed("archive", lambda: window.editing.set_archived(citizen_id, True))
        timed("restore", lambda: window.editing.set_archived(citizen_id, False))
        window.undo_stack.setIndex(window.undo_stack.index() - 2)  # the archive and restore
        timed("undo edit", window.undo_stack.undo)
        dialog = window.editing.new_citizen()
        dialog.name.setText(f"Ny Borger {run}")
        dialog.birth.setText("01-02-1990")
        timed("new citizen", dialog.try_save)
        register.search.clear()
        register.select_citizen(citizen_id)
        wait(50)
    close_window(window)
    db.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=3)
    parser.add_argument("--runs", type=int, default=8)
    parser.add_argument("--citizens", type=int, default=10_000)
    parser.add_argument("--baseline", type=Path, help="an earlier source tree to compare")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "build":
        from search import build_database

        from progressionsdialog.storage import DB_FILENAME, open_database

        args.data.mkdir()
        db = open_database(args.data / DB_FILENAME)
        build_database(db, args.citizens)
        db.close()
        return
    if args.child:
        print(json.dumps(child(args.data, args.runs)))
        return

    work = Path(tempfile.mkdtemp(prefix="pd-save-"))
    try:
        root = Path(__file__).resolve().parent.parent
        trees = {"this tree": root}
        if args.baseline:
            trees["baseline"] = args.baseline.resolve()
        for tree in trees.values():  # each tree's own schema: the same data, the same seed
            command = [sys.executable, __file__, "--child", "build", "--data"]
            subprocess.run(
                [*command, str(work / f"master-{id(tree)}"), "--citizens", str(args.citizens)],
                env={**os.environ, "PYTHONPATH": str(tree)},
                cwd=tree,
                check=True,
            )
        merged = {t: {a: {"done": [], "block": [], "resets": []} for a in ACTIONS} for t in trees}
        start = time.perf_counter()
        for process in range(args.processes):
            for name, tree in trees.items():  # interleaved: this tree, baseline, this tree …
                data = work / f"{process}-{name.replace(' ', '-')}"
                shutil.copytree(work / f"master-{id(tree)}", data)
                result = spawn_child(__file__, tree, "save", data, args.runs)
                for action in ACTIONS:
                    for key in ("done", "block", "resets"):
                        merged[name][action][key] += result[action][key]
                shutil.rmtree(data, ignore_errors=True)
        print(
            f"{args.citizens} citizens, real MainWindow 1366 x 768 offscreen; "
            f"{args.processes} processes x {args.runs} runs per tree, interleaved; "
            f"load {os.getloadavg()[0]:.1f} (2 cores, shared); {time.perf_counter() - start:.0f} s"
        )
        for name in trees:
            print(f"\n{name} (goal <= {GOAL_MS:.0f} ms, no reset):")
            for action in ACTIONS:
                r = merged[name][action]
                line = (
                    f"  {action:<12} until repainted: median {statistics.median(r['done']):6.1f}"
                    f"  p95 {p95(r['done']):6.1f}  max {max(r['done']):6.1f} ms;"
                    f"  longest block median {statistics.median(r['block']):6.1f}"
                    f"  p95 {p95(r['block']):6.1f} ms;  model resets {sum(r['resets'])}"
                )
                if name == "this tree" and "baseline" in merged:
                    base = statistics.median(merged["baseline"][action]["done"])
                    line += f";  ratio {statistics.median(r['done']) / base:.2f}"
                print(line)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
