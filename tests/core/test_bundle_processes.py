"""In the bundle the program file is what multiprocessing starts (the drawing process and,
on Linux, its resource tracker), without PyInstaller's hook that imported multiprocessing at
every start. Here a small "program file" plays the bundle's: a frozen program's
multiprocessing starts it, and the work must come back with nothing said on stderr."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from progressionsdialog.bundle_processes import run_if_started_by_multiprocessing

ROOT = Path(__file__).resolve().parents[2]

PROGRAM_FILE = """\
#!{python}
import sys
sys.path.insert(0, {root!r})
sys.frozen = True
from progressionsdialog.bundle_processes import run_if_started_by_multiprocessing
run_if_started_by_multiprocessing(sys.argv)
sys.exit("started as the program, not as multiprocessing's process: " + repr(sys.argv))
"""

PARENT = """\
import sys
sys.path.insert(0, {root!r})
sys.frozen = True
sys.executable = {program!r}
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from progressionsdialog.bundle_processes import before_starting_a_process

if __name__ == "__main__":  # the new process reads this file too, as the program does
    before_starting_a_process()
    with ProcessPoolExecutor(1, multiprocessing.get_context("spawn")) as pool:
        print(pool.submit(pow, 6, 2).result(timeout=60))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="the program file here is a script")
def test_a_frozen_program_starts_its_drawing_process_and_resource_tracker(tmp_path):
    program = tmp_path / "progressionsdialog"
    program.write_text(PROGRAM_FILE.format(python=sys.executable, root=str(ROOT)))
    program.chmod(0o755)
    parent = tmp_path / "parent.py"
    parent.write_text(PARENT.format(root=str(ROOT), program=str(program)))
    done = subprocess.run(
        [sys.executable, str(parent)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={**os.environ, "PYTHONWARNINGS": "always"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "36"
    assert done.stderr == ""  # no resource tracker that died, no leaked semaphore


def test_the_program_itself_is_left_to_start():
    for argv in (
        ["progressionsdialog"],
        ["progressionsdialog", "--demo", "--smoke"],
        ["progressionsdialog", "-c"],
        ["progressionsdialog", "-c", "import os; os._exit(3)"],  # not multiprocessing's
    ):
        assert run_if_started_by_multiprocessing(argv) is None


def test_a_helper_command_runs_and_ends(tmp_path):
    marker = tmp_path / "ran"
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        import multiprocessing.resource_tracker as tracker
        tracker.main = lambda fd: open({str(marker)!r}, "w").write(str(fd))
        from progressionsdialog.bundle_processes import run_if_started_by_multiprocessing
        command = "from multiprocessing.resource_tracker import main;main(7)"
        run_if_started_by_multiprocessing(["progressionsdialog", "-c", command])
        sys.exit("returned")
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert marker.read_text() == "7"
