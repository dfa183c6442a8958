"""In the bundle, the program file is also what ``multiprocessing`` starts.

The team statistics' charts are drawn in a process of their own
(``progressionsdialog.charts.drawing_process``), started the "spawn" way: in the bundle,
that runs the program file again, with ``--multiprocessing-fork`` and the pipe to read its
work from. On Linux and macOS ``multiprocessing`` also starts its resource tracker that
way, as ``-c "from multiprocessing.resource_tracker import main;main(fd)"``.

PyInstaller's run-time hook for ``multiprocessing`` handles both, but it imports
``multiprocessing`` at every start of the program to do it (about 10 ms; issue 16).
``build.spec`` leaves that hook out: :func:`run_if_started_by_multiprocessing` reads the
arguments first and imports ``multiprocessing`` only in a process it started.

>>> run_if_started_by_multiprocessing(["progressionsdialog", "--demo"])  # returns: the window
>>> run_if_started_by_multiprocessing(["progressionsdialog", "-c", "print('no')"])
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

FORK_FLAG = "--multiprocessing-fork"
HELPERS = (  # the commands multiprocessing starts its helper processes with
    "from multiprocessing.resource_tracker import main",
    "from multiprocessing.forkserver import main",
    "import sys; from multiprocessing.forkserver import main",
)


def run_if_started_by_multiprocessing(argv: Sequence[str]) -> None:
    """Be the process ``multiprocessing`` asked for and end; return at once otherwise."""
    if len(argv) >= 2 and argv[1] == FORK_FLAG:
        from multiprocessing import spawn

        options = dict(arg.split("=", 1) for arg in argv[2:])
        spawn.spawn_main(
            **{name: None if value == "None" else int(value) for name, value in options.items()}
        )
        sys.exit()
    if "-c" in argv[1:-1]:
        command = argv[argv.index("-c", 1) + 1]
        if command.startswith(HELPERS):
            exec(command)  # only multiprocessing's own commands, named above
            sys.exit()


def before_starting_a_process() -> None:
    """In the bundle, before ``multiprocessing`` starts a process (what PyInstaller's hook
    set at every start): the new process must not look for the program's main script as
    a file relative to the folder the program was started in; it runs the program file."""
    if getattr(sys, "frozen", False):
        from multiprocessing import process

        process.ORIGINAL_DIR = None
