"""PDF timings: a typical plan from a running program, and the handover report for 60 meetings.

Goals: plan at most 300 ms, handover for 60 meetings at most 2 s. "From a running program"
means reportlab and matplotlib are already imported: the first report of a session pays the
import once, and that first time is printed separately.

    .venv/bin/python benchmarks/reports.py [--runs 10]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()

    from progressionsdialog.demo import create_demo_database
    from progressionsdialog.domain.citizen import CitizenDraft
    from progressionsdialog.domain.meeting import IndicatorScore
    from progressionsdialog.storage import open_database
    from progressionsdialog.storage.citizens import add_citizen, list_citizens
    from progressionsdialog.storage.meetings import add_meeting, save_score

    work = Path(tempfile.mkdtemp(prefix="pd-reports-"))
    db = open_database(create_demo_database(work / "data"))
    hanne = next(c for c in list_citizens(db) if c.name == "Hanne Bøgh")
    many = add_citizen(db, CitizenDraft(name="Tresindstyve Samtaler", birth_or_cpr="01-01-1970"))
    start = date.today() - timedelta(days=14 * 60)
    for i in range(60):
        meeting = add_meeting(db, many.id, start + timedelta(days=14 * i))
        for n, key in enumerate(("motivation", "personal_resources", "competences", "job_search")):
            save_score(
                db,
                meeting,
                IndicatorScore(
                    key,
                    1 + (i + n) % 10,
                    1 + (i + 2 * n) % 10,
                    shared_note=f"Samtale {i + 1}: kort notat.",
                ),
            )

    start = time.perf_counter()
    from progressionsdialog.reports.make import make_report

    make_report(db, hanne.id, "plan", work / "first.pdf")
    first = time.perf_counter() - start

    def timed(citizen_id: int, kind: str) -> list[float]:
        times = []
        for run in range(args.runs):
            start = time.perf_counter()
            make_report(db, citizen_id, kind, work / f"{kind}-{run}.pdf")
            times.append(time.perf_counter() - start)
        return times

    plan = timed(hanne.id, "plan")
    handover = timed(many.id, "handover")
    print(f"first report of a session (imports reportlab/matplotlib): {first:.2f} s")
    print(
        f"plan (Hanne, demo), warm: median {statistics.median(plan) * 1000:.0f} ms, "
        f"max {max(plan) * 1000:.0f} ms (goal <= 300 ms)"
    )
    print(
        f"handover, 60 meetings, warm: median {statistics.median(handover):.2f} s, "
        f"max {max(handover):.2f} s (goal <= 2 s)"
    )


if __name__ == "__main__":
    main()
