"""Crash harness, longer than in the test suite: kill a writer with SIGKILL N times.

Prints rounds run, saves acknowledged, saves lost (goal 0) and integrity failures (goal 0).
The harness itself lives in tests/core/test_crash_safety.py, so both run the same code.

    .venv/bin/python benchmarks/crash_harness.py [--rounds 1000] [--seed 7]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

HARNESS = Path(__file__).resolve().parent.parent / "tests" / "core" / "test_crash_safety.py"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    spec = importlib.util.spec_from_file_location("crash_safety", HARNESS)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    start = time.perf_counter()
    result = module.run_harness(Path(tempfile.mkdtemp()) / "crash.db", args.rounds, args.seed)
    elapsed = time.perf_counter() - start
    print(
        f"rounds: {result.rounds}, saves acknowledged: {result.acknowledged}, "
        f"saves lost: {result.lost}, integrity failures: {result.integrity_failures} "
        f"({elapsed:.0f} s)"
    )


if __name__ == "__main__":
    main()
