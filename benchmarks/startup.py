"""Start-up time and memory: ``progressionsdialog --smoke`` against a bare PySide6 window.

What is measured
    Wall-clock time (``time.perf_counter`` around the child process, from spawn until it has
    exited) and peak resident memory (``ru_maxrss`` from ``os.wait4``) of two commands:

    * bare: a PySide6 script that creates a ``QApplication`` and an empty ``QMainWindow``,
      shows it, and from ``QTimer.singleShot(0, ...)`` prints ``ready`` and quits;
    * ours: ``progressionsdialog --smoke --data-dir DIR``, which has the same shape (the main
      window is shown, then a zero-timer prints ``ready`` and quits).

    Runs alternate (bare, ours, bare, ours …) so both see the same machine state; every run
    must exit 0 and print exactly ``ready``. The time until ``ready`` is read from the pipe as
    it comes, so each side's wall time is also given as the start (until ``ready``) and the
    exit after it. The data folder is made once; the first (cold) run
    creates and migrates the database and is reported on its own, the measured runs open the
    existing database. Finally one run of each under ``python -X importtime`` gives the time
    spent importing, the slowest imports, and whether matplotlib or reportlab (or numpy, which
    they pull in) are imported at start-up.

    This environment sets ``PYTHONDONTWRITEBYTECODE=1``, so our own modules (an editable
    install, no ``__pycache__``) are compiled from source on every start, which an installed
    program does not do. ``--cache-bytecode`` lets both commands cache bytecode in a temporary
    ``PYTHONPYCACHEPREFIX`` (filled by the warm-up runs), writing nothing into the project.

Goal
    The median of the per-pair ratios ours / bare at most 1.5, and matplotlib and reportlab
    not imported at start-up. This script only prints numbers; it is not a test.

    .venv/bin/python benchmarks/startup.py [--runs 15] [--cache-bytecode]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOAL_RATIO = 1.5
HEAVY = ("matplotlib", "reportlab", "numpy")

BARE = """\
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.show()


def ready():
    print("ready", flush=True)
    window.close()
    app.quit()


QTimer.singleShot(0, ready)
sys.exit(app.exec())
"""

PYTHON = Path(sys.executable)
CONSOLE_SCRIPT = PYTHON.with_name("progressionsdialog")


def run_once(command: list[str], work: Path, env: dict[str, str]) -> tuple[float, int, float]:
    """Wall time (s), peak RSS (kB) and the time until ``ready`` was printed (s) of one run;
    stops the benchmark if the run failed. The rest of the wall time is the exit."""
    err_path = work / "stderr.txt"
    with err_path.open("wb") as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=err, env=env)
        first = process.stdout.readline()
        ready = time.perf_counter() - start
        rest = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)  # already reaped
        process.stdout.close()
    output = (first + rest).decode(errors="replace").strip()
    if process.returncode != 0 or output != "ready":
        raise SystemExit(
            f"{' '.join(command)} failed: exit code {process.returncode}, stdout {output!r}\n"
            f"{err_path.read_text(errors='replace')[-2000:]}"
        )
    return elapsed, usage.ru_maxrss, ready  # kilobytes on Linux


def import_log(arguments: list[str], env: dict[str, str]) -> list[tuple[int, int, str]]:
    """(self µs, cumulative µs, module with its nesting) for every module one start imports."""
    trace = subprocess.run(
        [str(PYTHON), "-X", "importtime", *arguments], capture_output=True, text=True, env=env
    )
    if trace.returncode != 0 or trace.stdout.strip() != "ready":
        raise SystemExit(f"import-time run failed ({trace.returncode}):\n{trace.stderr[-2000:]}")
    rows = []
    for line in trace.stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[0].strip().isdigit():
            rows.append((int(parts[0]), int(parts[1]), parts[2].rstrip()))
    return rows


def import_total_ms(rows: list[tuple[int, int, str]]) -> float:
    """Time spent in imports: the cumulative times of the outermost imports, summed."""
    return sum(cumulative for _, cumulative, name in rows if not name.startswith("  ")) / 1000


def mb(kilobytes: float) -> str:
    return f"{kilobytes / 1024:.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="pairs of runs (default 15)")
    parser.add_argument(
        "--cache-bytecode",
        action="store_true",
        help="let both commands cache bytecode in a temporary PYTHONPYCACHEPREFIX, as an "
        "installed program does (default: the environment as it is)",
    )
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="pd-startup-"))
    env = dict(os.environ)
    if args.cache_bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")  # written by the warm-up runs
    if env.get("PYTHONPYCACHEPREFIX"):
        bytecode = f"cached in {env['PYTHONPYCACHEPREFIX']}"
    elif env.get("PYTHONDONTWRITEBYTECODE"):
        bytecode = "PYTHONDONTWRITEBYTECODE is set: sources without a __pycache__ compile each run"
    else:
        bytecode = "written next to the sources as usual"
    try:
        bare_file = work / "bare.py"
        bare_file.write_text(BARE)
        data_dir = work / "data"
        data_dir.mkdir()
        bare = [str(PYTHON), str(bare_file)]
        ours = [str(CONSOLE_SCRIPT), "--smoke", "--data-dir", str(data_dir)]

        cold_time, cold_rss, _ = run_once(ours, work, env)  # creates and migrates the database
        run_once(bare, work, env)  # warm the bare path too, so neither side is measured cold

        bare_times, our_times, ratios, bare_rss, our_rss = [], [], [], [], []
        bare_ready, our_ready = [], []
        for _ in range(args.runs):
            seconds, rss, ready = run_once(bare, work, env)
            bare_times.append(seconds)
            bare_rss.append(rss)
            bare_ready.append(ready)
            seconds, rss, ready = run_once(ours, work, env)
            our_times.append(seconds)
            our_rss.append(rss)
            our_ready.append(ready)
            ratios.append(our_times[-1] / bare_times[-1])

        print(f"start-up: {args.runs} alternating pairs, QT_QPA_PLATFORM=offscreen,")
        print(f"  python {sys.version.split()[0]}, {os.cpu_count()} cores; bytecode {bytecode}")
        print(
            f"first run, new database:     {cold_time:.3f} s, peak RSS {mb(cold_rss)} "
            "(not in the medians)"
        )
        for label, times, rss in (
            ("bare QMainWindow:          ", bare_times, bare_rss),
            ("progressionsdialog --smoke:", our_times, our_rss),
        ):
            print(
                f"{label}  median {statistics.median(times):.3f} s "
                f"(min {min(times):.3f}, max {max(times):.3f}), "
                f"peak RSS median {mb(statistics.median(rss))} (max {mb(max(rss))})"
            )
        for label, ready, times in (
            ("bare QMainWindow:          ", bare_ready, bare_times),
            ("progressionsdialog --smoke:", our_ready, our_times),
        ):
            exits = [total - until for total, until in zip(times, ready, strict=True)]
            print(
                f"{label}  until 'ready' median {statistics.median(ready):.3f} s, "
                f"the exit after it median {statistics.median(exits):.3f} s"
            )
        ratio = statistics.median(ratios)
        verdict = "met" if ratio <= GOAL_RATIO else f"NOT met, {ratio / GOAL_RATIO:.2f}x the goal"
        print(
            f"median of per-pair ratios:    {ratio:.2f}x "
            f"(range {min(ratios):.2f}-{max(ratios):.2f}; goal <= {GOAL_RATIO}x: {verdict})"
        )
        budget = GOAL_RATIO * statistics.median(bare_times)
        print(
            f"time budget at {GOAL_RATIO}x: {budget:.3f} s; "
            f"over by {statistics.median(our_times) - budget:+.3f} s"
        )

        code = (
            "from ui.entry import main; import sys; "
            f"sys.argv = ['progressionsdialog', '--smoke', '--data-dir', {str(data_dir)!r}]; "
            "sys.exit(main())"
        )
        rows = import_log(["-c", code], env)
        bare_rows = import_log([str(bare_file)], env)
        names = [name.strip() for _, _, name in rows]
        print()
        print(
            f"time in imports (one run with -X importtime): ours {import_total_ms(rows):.0f} ms "
            f"for {len(rows)} modules, bare {import_total_ms(bare_rows):.0f} ms "
            f"for {len(bare_rows)} modules"
        )
        for heavy in HEAVY:
            found = [n for n in names if n == heavy or n.startswith(heavy + ".")]
            answer = f"YES ({len(found)} modules)" if found else "no"
            print(f"{heavy} imported at start-up: {answer}")
        print("top 10 imports by cumulative time (ms):")
        for _, cumulative, name in sorted(rows, key=lambda r: r[1], reverse=True)[:10]:
            print(f"  {cumulative / 1000:7.1f}  {name.strip()}")
        print("top 10 modules by own import time, without their imports (ms):")
        for self_us, _, name in sorted(rows, key=lambda r: r[0], reverse=True)[:10]:
            print(f"  {self_us / 1000:7.1f}  {name.strip()}")
        by_package: dict[str, int] = defaultdict(int)
        for self_us, _, name in rows:
            by_package[name.strip().split(".")[0]] += self_us
        print("top 10 top-level packages by own import time (ms, summed over submodules):")
        for package, self_us in sorted(by_package.items(), key=lambda kv: kv[1], reverse=True)[:10]:
            print(f"  {self_us / 1000:7.1f}  {package}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
