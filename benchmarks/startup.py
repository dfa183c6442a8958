"""Start-up: ``progressionsdialog --smoke`` against a bare PySide6 window, same machine.

Goal: the median of per-pair ratios at most 1.5. Runs alternate (bare, ours, bare, ours …)
so that both see the same machine state. Also lists whether matplotlib or reportlab are
imported at start-up (they must not be) and the slowest imports.

    .venv/bin/python benchmarks/startup.py [--runs 15]
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
from pathlib import Path

BARE = """
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
app.exec()
"""

PYTHON = sys.executable
SCRIPT = Path(PYTHON).with_name("progressionsdialog")


def timed(command: list[str], env: dict) -> tuple[float, int]:
    """Wall time and peak resident memory (kB) of one run; the run must print 'ready'."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    output = process.stdout.read().decode().strip()
    process.stdout.close()
    if os.waitstatus_to_exitcode(status) != 0 or output != "ready":
        raise SystemExit(f"{command[0]} failed: exit {status}, output {output!r}")
    return elapsed, usage.ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    work = Path(tempfile.mkdtemp(prefix="pd-startup-"))
    bare_file = work / "bare.py"
    bare_file.write_text(BARE)
    data = work / "data"
    ours = [str(SCRIPT), "--smoke", "--data-dir", str(data)]
    bare = [PYTHON, str(bare_file)]
    cold, _ = timed(ours, env)  # creates and migrates the database
    bare_times, our_times, ratios, bare_rss, our_rss = [], [], [], [], []
    for _ in range(args.runs):
        b, b_rss = timed(bare, env)
        o, o_rss = timed(ours, env)
        bare_times.append(b)
        our_times.append(o)
        ratios.append(o / b)
        bare_rss.append(b_rss)
        our_rss.append(o_rss)
    print(f"runs: {args.runs} pairs, alternating, QT_QPA_PLATFORM=offscreen")
    print(f"first start (new database): {cold:.3f} s")
    print(
        f"bare QMainWindow:  median {statistics.median(bare_times):.3f} s, "
        f"peak RSS {statistics.median(bare_rss) / 1024:.0f} MB"
    )
    print(
        f"progressionsdialog --smoke: median {statistics.median(our_times):.3f} s, "
        f"peak RSS {statistics.median(our_rss) / 1024:.0f} MB"
    )
    ratio = statistics.median(ratios)
    print(f"median ratio: {ratio:.2f}x  (goal <= 1.5x: {'met' if ratio <= 1.5 else 'NOT met'})")

    trace = subprocess.run(
        [
            PYTHON,
            "-X",
            "importtime",
            "-c",
            "import sys; from ui.entry import main; sys.exit(main())",
            "--smoke",
            "--data-dir",
            str(data),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    rows = []
    for line in trace.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            _, cumulative, name = line.split("|")
            if cumulative.strip().isdigit():
                rows.append((int(cumulative), name.rstrip()))
    names = {name.strip() for _, name in rows}
    for heavy in ("matplotlib", "reportlab", "numpy"):
        print(f"{heavy} imported at start-up: {'YES' if heavy in names else 'no'}")
    print("slowest imports (cumulative ms):")
    for cumulative, name in sorted(rows, reverse=True)[:10]:
        print(f"  {cumulative / 1000:7.1f}  {name.strip()}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
