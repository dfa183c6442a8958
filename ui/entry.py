"""The ``progressionsdialog`` console script: the core's command line, with the window added."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from progressionsdialog.cli import StartOptions
from progressionsdialog.cli import main as cli_main


def launch(options: StartOptions) -> int:
    from ui.app import run  # Qt is imported only when the window is wanted

    return run(options)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(sys.argv[1:] if argv is None else argv, gui=launch)


if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # The bundle's program file is also the process that draws the team statistics'
        # charts (progressionsdialog.charts.drawing_process): that start ends here.
        from progressionsdialog.bundle_processes import run_if_started_by_multiprocessing

        run_if_started_by_multiprocessing(sys.argv)
    raise SystemExit(main())
