"""Crash safety: a writer is killed with SIGKILL at random moments, again and again.

After every kill the database must pass ``PRAGMA integrity_check``, open with the password it
was last acknowledged with, and hold every save the writer reported as done. The writers are
forked from one loaded process (a "zygote"), so a round costs a fork, not an interpreter
start. Scenarios: plain saves, saves with backups, erasures, restores, password changes; on
a plain and an encrypted database.

The default run keeps a short round of each; ``-m slow`` runs 200 rounds of each (CI runs
both). ``benchmarks/crash_harness.py`` runs the same code for longer.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from progressionsdialog.storage import DB_FILENAME, open_database, session_key
from progressionsdialog.storage.database import integrity_check

ZYGOTE = r"""
import os, sys
from pathlib import Path
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.storage import DB_FILENAME, open_database, session_key
from progressionsdialog.storage.backup import backup_to, restore
from progressionsdialog.storage.citizens import add_citizen, list_citizens
from progressionsdialog.storage.database import change_password
from progressionsdialog.storage.instance_lock import InstanceLock
from progressionsdialog.storage.rights import erase_citizen

def say(text):
    sys.stdout.write(text + "\n")
    sys.stdout.flush()

def child(data_dir, scenario, number, password, backup):
    session_key.set_password(password or None)
    with InstanceLock(data_dir, holder="crash harness"):
        db = open_database(data_dir / DB_FILENAME)
        say("ready")
        while True:
            if scenario == "restore" and number % 7 == 6:
                db.close()
                restore(data_dir, backup)
                say(f"restored {number}")
                db = open_database(data_dir / DB_FILENAME)
            elif scenario == "password" and number % 3 == 2:
                new = "anden-kode-1" if password != "anden-kode-1" else "første-kode-1"
                change_password(db, new)
                password = new
                say(f"key {password}")
            elif scenario == "erase" and number % 3 == 2:
                doomed = add_citizen(db, CitizenDraft(name=f"Slettes {number}"))
                erase_citizen(db, doomed.id, doomed.name)
                say(f"erased {number}")
            else:
                add_citizen(db, CitizenDraft(name=f"Borger {number}", phone="20 30 40 50"))
                say(f"ack {number}")  # only after the transaction has committed
                if scenario == "backup":
                    backup_to(db, data_dir / "backups" / "kopi.db")
                    say(f"backup {number}")
            number += 1

data_dir, backup = Path(sys.argv[1]), Path(sys.argv[2])
if len(sys.argv) > 3:  # a loaded writer has derived the key already, as the window has
    session_key.set_password(sys.argv[3])
    open_database(data_dir / DB_FILENAME).close()
for line in sys.stdin:
    scenario, number, password = line.rstrip("\n").split("\t")
    go_read, go_write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(go_write)
        os.read(go_read, 1)  # the "pid" line comes first on the shared stdout
        try:
            child(data_dir, scenario, int(number), password, backup)
        except BaseException:
            import traceback
            traceback.print_exc()
            say("failed")
        os._exit(0)
    os.close(go_read)
    say(f"pid {pid}")
    os.write(go_write, b"g")
    os.close(go_write)
    os.waitpid(pid, 0)
    say("done")
"""

SCENARIOS = ("save", "backup", "erase", "restore", "password")
PASSWORD = "første-kode-1"


@dataclass
class HarnessResult:
    rounds: int = 0
    acknowledged: int = 0
    lost: int = 0
    integrity_failures: int = 0
    problems: list[str] = field(default_factory=list)


class Harness:
    """One zygote, one data folder, one scenario; ``round()`` forks a writer and kills it."""

    def __init__(self, data_dir: Path, scenario: str, password: str | None, seed: int) -> None:
        self.data_dir, self.scenario = data_dir, scenario
        self.password = password
        self.rng = random.Random(seed)
        self.acked: set[int] = set()
        self.erased: set[int] = set()
        self.next_number = 0
        self.result = HarnessResult()
        self.backup = data_dir / "start.db"
        session_key.set_password(password)
        db = open_database(data_dir / DB_FILENAME)
        db.execute("INSERT INTO citizens (name, created_at, updated_at) VALUES ('Kopi', '', '')")
        db.conn.commit()
        from progressionsdialog.storage.backup import backup_to

        backup_to(db, self.backup)
        db.close()
        (data_dir / "backups").mkdir(exist_ok=True)
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        self.zygote = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE, str(data_dir), str(self.backup)]
            + ([password] if password else []),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env,
        )

    def close(self) -> None:
        self.zygote.stdin.close()
        self.zygote.wait(timeout=30)
        session_key.set_password(None)

    def round(self) -> None:
        command = f"{self.scenario}\t{self.next_number}\t{self.password or ''}\n"
        self.zygote.stdin.write(command)
        self.zygote.stdin.flush()
        pid = int(self.zygote.stdout.readline().split()[1])
        lines = [self.zygote.stdout.readline().strip()]  # "ready", or "done" if it failed
        if lines[0] == "ready":
            time.sleep(self.rng.uniform(0, 0.03))
            with contextlib.suppress(ProcessLookupError):  # ended by itself: "failed" says why
                os.kill(pid, signal.SIGKILL)
        while lines[-1] != "done":
            lines.append(self.zygote.stdout.readline().strip())
        if lines[0] != "ready" or "failed" in lines:
            self.result.problems.append(f"round {self.result.rounds}: the writer failed")
        self._account(lines)
        self.result.rounds += 1
        self._verify()

    def _account(self, lines: list[str]) -> None:
        for line in lines:
            word, _, value = line.partition(" ")
            if word == "ack":
                self.result.acknowledged += 1
                self.acked.add(int(value))
                self.next_number = max(self.next_number, int(value) + 1)
            elif word == "erased":
                self.erased.add(int(value))
            elif word == "restored":
                self.acked = set()  # the backup holds none of the numbered saves
            elif word == "key":
                self.password = value
        self.next_number += 1000  # never reuse a number, also for unacknowledged saves

    def _verify(self) -> None:
        names = self._names()
        if names is None:
            return
        stored = {int(n.split()[1]) for n in names if n.startswith("Borger ")}
        kept_erased = {int(n.split()[1]) for n in names if n.startswith("Slettes ")}
        if self.scenario == "restore" and not stored and "Kopi" in names:
            self.acked = set()  # the restore was done, but killed before it said so
        lost = self.acked - stored
        self.result.lost += len(lost)
        self.acked -= lost  # count each loss once
        if kept_erased & self.erased:
            self.result.problems.append(f"erased citizens came back: {kept_erased & self.erased}")

    def _names(self) -> list[str] | None:
        candidates = [self.password]
        if self.scenario == "password":  # killed mid-change: either password may be in force
            other = "anden-kode-1" if self.password != "anden-kode-1" else PASSWORD
            candidates.append(other)
        for candidate in candidates:
            session_key.set_password(candidate)
            try:
                db = open_database(self.data_dir / DB_FILENAME)
            except Exception:  # the other password may open it
                continue
            try:
                if integrity_check(db) != ["ok"]:
                    self.result.integrity_failures += 1
                names = [row[0] for row in db.execute("SELECT name FROM citizens")]
            finally:
                db.close()
            self.password = candidate
            return names
        self.result.problems.append(f"round {self.result.rounds}: the database does not open")
        return None


def run_harness(
    data_dir: Path, rounds: int, scenario: str = "save", password: str | None = None, seed=7
) -> HarnessResult:
    data_dir.mkdir(parents=True, exist_ok=True)
    harness = Harness(data_dir, scenario, password, seed)
    try:
        for _ in range(rounds):
            harness.round()
    finally:
        harness.close()
    return harness.result


def _check(result: HarnessResult, rounds: int) -> None:
    assert result.rounds == rounds
    assert result.problems == []
    assert result.lost == 0
    assert result.integrity_failures == 0


needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork and SIGKILL are POSIX only")
CASES = [(s, p) for s in SCENARIOS for p in (None, PASSWORD) if s != "password" or p]
IDS = [f"{s}-{'encrypted' if p else 'plain'}" for s, p in CASES]


@needs_fork
@pytest.mark.parametrize(("scenario", "password"), CASES, ids=IDS)
def test_kills_lose_no_acknowledged_save(tmp_path, scenario, password):
    _check(run_harness(tmp_path / "data", 12, scenario, password), 12)


@pytest.mark.slow
@needs_fork
@pytest.mark.parametrize(("scenario", "password"), CASES, ids=IDS)
def test_two_hundred_kills_lose_nothing_and_break_nothing(tmp_path, scenario, password):
    _check(run_harness(tmp_path / "data", 200, scenario, password), 200)
