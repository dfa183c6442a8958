"""Crash harness, longer than in the test suite: kill a writer with SIGKILL N times.

For each scenario (saves, saves with backups, erasures, restores, password changes) on a
plain and an encrypted database, prints rounds run, saves acknowledged, saves lost (goal 0),
integrity failures (goal 0) and other problems (goal none). The harness itself lives in
tests/core/test_crash_safety.py, so both run the same code.

    .venv/bin/python benchmarks/crash_harness.py [--rounds 1000] [--seed 7] [--scenario save]
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
    parser.add_argument("--scenario", action="append", help="only these (default: all)")
    args = parser.parse_args()
    spec = importlib.util.spec_from_file_location("crash_safety", HARNESS)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    for scenario, password in module.CASES:
        if args.scenario and scenario not in args.scenario:
            continue
        start = time.perf_counter()
        folder = Path(tempfile.mkdtemp()) / "data"
        result = module.run_harness(folder, args.rounds, scenario, password, args.seed)
        elapsed = time.perf_counter() - start
        print(
            f"{scenario:8} {'encrypted' if password else 'plain':9} rounds: {result.rounds}, "
            f"saves acknowledged: {result.acknowledged}, saves lost: {result.lost}, "
            f"integrity failures: {result.integrity_failures}, "
            f"problems: {len(result.problems)} ({elapsed:.0f} s)",
            flush=True,
        )
        for problem in result.problems[:5]:
            print("   ", problem)


if __name__ == "__main__":
    main()
