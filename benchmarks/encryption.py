"""Cost of encryption: opening the database and a loop of 1,000 saves, SQLCipher vs plain.

.venv/bin/python benchmarks/encryption.py [--saves 1000] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path


def measure(password: str | None, saves: int) -> tuple[float, float]:
    from progressionsdialog.domain.citizen import CitizenDraft
    from progressionsdialog.storage import open_database, session_key
    from progressionsdialog.storage.citizens import add_citizen

    session_key.set_password(password)
    path = Path(tempfile.mkdtemp()) / "bench.db"
    open_database(path).close()  # create and migrate first
    start = time.perf_counter()
    db = open_database(path)
    opened = time.perf_counter() - start
    start = time.perf_counter()
    for i in range(saves):  # one transaction per save, as the program saves
        add_citizen(db, CitizenDraft(name=f"Borger {i}", phone="20 30 40 50"))
    loop = time.perf_counter() - start
    db.close()
    session_key.set_password(None)
    return opened, loop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    plain = [measure(None, args.saves) for _ in range(args.runs)]
    encrypted = [measure("korrekt hest batteri", args.saves) for _ in range(args.runs)]
    for label, index in (("open", 0), (f"{args.saves} saves", 1)):
        p = statistics.median(r[index] for r in plain)
        e = statistics.median(r[index] for r in encrypted)
        print(f"{label}: plain {p * 1000:.0f} ms, encrypted {e * 1000:.0f} ms, ratio {e / p:.2f}x")


if __name__ == "__main__":
    main()
