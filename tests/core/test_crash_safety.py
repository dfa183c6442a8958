"""Crash safety: a writer process is killed with SIGKILL at random moments, again and again.

After every kill the database must pass ``PRAGMA integrity_check`` and hold every save the
writer reported as done. ``benchmarks/crash_harness.py`` runs the same harness for longer.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from progressionsdialog.storage import open_database
from progressionsdialog.storage.database import integrity_check

WRITER = r"""
import sys
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.storage import open_database
from progressionsdialog.storage.citizens import add_citizen
db = open_database(sys.argv[1])
number = int(sys.argv[2])
while True:
    add_citizen(db, CitizenDraft(name=f"Borger {number}", phone="20 30 40 50"))
    print(number, flush=True)  # reported only after the transaction has committed
    number += 1
"""


@dataclass
class HarnessResult:
    rounds: int = 0
    acknowledged: int = 0
    lost: int = 0
    integrity_failures: int = 0


def run_harness(path: Path, rounds: int, seed: int = 7) -> HarnessResult:
    rng = random.Random(seed)
    open_database(path).close()
    result = HarnessResult()
    acknowledged: set[int] = set()
    next_number = 0
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    for _ in range(rounds):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(next_number)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        first = writer.stdout.readline()  # wait until it is writing
        if first.strip():
            acknowledged.add(int(first))
        time.sleep(rng.uniform(0, 0.03))
        writer.send_signal(signal.SIGKILL)
        rest, _ = writer.communicate()
        acknowledged.update(int(line) for line in rest.split() if line.strip())
        next_number = max(acknowledged, default=next_number) + 1000  # never reuse a number
        result.rounds += 1
        db = open_database(path)
        try:
            if integrity_check(db) != ["ok"]:
                result.integrity_failures += 1
            stored = {int(name.split()[1]) for (name,) in db.execute("SELECT name FROM citizens")}
        finally:
            db.close()
        result.lost = len(acknowledged - stored)
    result.acknowledged = len(acknowledged)
    return result


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_two_hundred_kills_lose_nothing_and_break_nothing(tmp_path):
    result = run_harness(tmp_path / "crash.db", rounds=200)
    assert result.rounds == 200
    assert result.acknowledged >= 200
    assert result.lost == 0
    assert result.integrity_failures == 0
