"""Statistics over a large caseload: 10,000 citizens with 10 scored meetings each.

Prints the time of the whole `statistik` computation (three groupings and the time to the
first company-directed effort), median and max of 5 runs. Goal: ≤ 1 s.

    .venv/bin/python benchmarks/team_statistics.py [--citizens 10000] [--meetings 10]

Then loads 10 pseudonymised team files of 300 citizens each (goal: ≤ 1 s).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from progressionsdialog.statistics.efforts import time_to_company_effort
from progressionsdialog.statistics.indicators import GROUPINGS, indicator_changes, score_pairs
from progressionsdialog.storage import DB_FILENAME, open_database

GROUPS = ("jobparat", "aktivitetsparat", "sygedagpenge", "ressourceforloeb")
KINDS = ("mentor", "company_internship", "wage_subsidy_job", "course")
KEYS = ("motivation", "personal_resources", "competences", "job_search")


def build(path: Path, citizens: int, meetings: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    db = open_database(path)
    stamp = "2026-01-01T00:00:00+00:00"
    with db.atomic():
        for c in range(1, citizens + 1):
            db.execute(
                "INSERT INTO citizens (id, name, target_group, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [c, f"Borger {c}", rng.choice(GROUPS), stamp, stamp],
            )
            start = date(2025, 1, 1) + timedelta(days=rng.randrange(300))
            db.execute(
                "INSERT INTO efforts (citizen_id, kind, starts_on, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [c, rng.choice(KINDS), (start + timedelta(days=60)).isoformat(), stamp, stamp],
            )
            for m in range(meetings):
                held = (start + timedelta(days=30 * m)).isoformat()
                cursor = db.execute(
                    "INSERT INTO meetings (citizen_id, held_on, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?)",
                    [c, held, stamp, stamp],
                )
                for key in KEYS:
                    db.execute(
                        "INSERT INTO indicator_scores (meeting_id, tool_id, tool_version, "
                        "indicator_key, citizen_score, worker_score, updated_at) "
                        "VALUES (?, 'halsnaes', '1', ?, ?, ?, ?)",
                        [cursor.lastrowid, key, rng.randint(1, 10), rng.randint(1, 10), stamp],
                    )
    db.close()


def team_files(folder: Path, files: int = 10, citizens: int = 300) -> tuple[float, float]:
    """Median and max seconds to load ``files`` team files of ``citizens`` each."""
    from progressionsdialog.statistics.team_file import export_team_file, load_team_files

    source = folder / "team" / DB_FILENAME
    source.parent.mkdir()
    build(source, citizens, 10)
    db = open_database(source)
    paths = []
    for n in range(files):  # no team key: every file's citizens are others
        paths.append(folder / f"team-{n}.json")
        export_team_file(db, paths[-1], team_key=None, today=date(2026, 11, 25))
    db.close()
    times = []
    for _ in range(5):
        start = time.perf_counter()
        pooled = load_team_files(paths)
        times.append(time.perf_counter() - start)
        pooled.db.close()
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--citizens", type=int, default=10_000)
    parser.add_argument("--meetings", type=int, default=10)
    args = parser.parse_args()
    path = Path(tempfile.mkdtemp()) / DB_FILENAME
    build(path, args.citizens, args.meetings)
    db = open_database(path)
    times = []
    for _ in range(5):
        start = time.perf_counter()
        pairs = score_pairs(db)
        for grouping in GROUPINGS:
            indicator_changes(db, grouping=grouping, indicator_keys=KEYS, pairs=pairs)
        time_to_company_effort(db)
        times.append(time.perf_counter() - start)
    db.close()
    print(
        f"statistik, {args.citizens} citizens x {args.meetings} meetings: "
        f"median {statistics.median(times):.2f} s, max {max(times):.2f} s (goal 1 s)"
    )
    median, most = team_files(path.parent)
    print(f"load 10 team files x 300 citizens: median {median:.2f} s, max {most:.2f} s (goal 1 s)")


if __name__ == "__main__":
    main()
