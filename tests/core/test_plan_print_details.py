"""Small things a citizen reads in the printed plan: the star on the wheel is explained, and a
reached milestone shows the day it happened, not the day it was planned for."""

from __future__ import annotations

from pypdf import PdfReader

from progressionsdialog.domain.dates import format_date
from progressionsdialog.reports.make import make_report
from progressionsdialog.storage.citizens import list_citizens
from progressionsdialog.storage.goals import list_goals
from progressionsdialog.storage.milestones import list_milestones


def test_the_wheels_star_is_explained_and_milestones_say_when_they_happened(demo_db, tmp_path):
    hanne = next(c for c in list_citizens(demo_db) if c.name == "Hanne Bøgh")
    pdf = make_report(demo_db, hanne.id, "plan", tmp_path / "plan.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "En stjerne * betyder: det vil du ændre." in text
    goal = list_goals(demo_db, hanne.id)[-1]
    reached = [m for m in list_milestones(demo_db, goal.id) if m.reached_on]
    assert reached and all(m.reached_on != m.due_on for m in reached[:1])
    assert f"{format_date(reached[0].reached_on)}: {reached[0].title}" in text
