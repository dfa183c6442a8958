"""The handover's people table keeps a name and a phone number on one line: "47 77 12 / 30"
cannot be dialled (issue 13: text wraps between words, never inside one)."""

from __future__ import annotations

import subprocess

from progressionsdialog.reports.make import make_report
from progressionsdialog.storage.citizens import list_citizens


def test_names_and_phone_numbers_stay_whole_in_the_people_table(demo_db, tmp_path):
    hanne = next(c for c in list_citizens(demo_db) if c.name == "Hanne Bøgh")
    pdf = make_report(demo_db, hanne.id, "handover", tmp_path / "h.pdf")
    layout = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    rows = [line for line in layout.splitlines() if "solgaarden.example.dk" in line]
    assert rows, "the people table's row for the plejecenter's contact"
    assert "Lone Berg" in rows[0] and "47 77 12 30" in rows[0]
