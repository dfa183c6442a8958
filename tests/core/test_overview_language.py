"""The overview speaks the window's language and counts right."""

from __future__ import annotations

import re

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.i18n import catalogue, speaking
from progressionsdialog.overview import overview
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.meetings import add_meeting
from progressionsdialog.tools.definition import load_tool

SKIP = ("goal",)  # the goal is in the worker's own words
DANISH = re.compile(r"[æøåÆØÅ]|\b(og|ikke|samtaler?|skridt|indsatser?|booket)\b", re.IGNORECASE)


def test_one_meeting_is_one_meeting_not_one_meetings(db):
    citizen = add_citizen(db, CitizenDraft("Lone Berg", "01-02-1980"))
    add_meeting(db, citizen.id, clock.today())
    scores = {s.key: s for s in overview(db, citizen.id, load_tool("halsnaes"))}["scores"]
    assert scores.lines[0].startswith("1 samtale. ")
    with speaking("en"):
        scores = {s.key: s for s in overview(db, citizen.id, load_tool("halsnaes"))}["scores"]
    assert scores.lines[0].startswith("1 meeting. ")


def test_the_english_overview_has_no_danish_words(demo_db):
    tool = load_tool("halsnaes")
    # Fixed sentences (with a space: a single word such as a place may be typed data too)
    fixed = [d for d, e in catalogue("en").items() if d != e and len(d) > 8 and " " in d]
    names = {row[0] for row in demo_db.execute("SELECT name FROM citizens")}
    checked = 0
    for (citizen_id,) in demo_db.execute("SELECT id FROM citizens").fetchall():
        with speaking("en"):
            sections = overview(demo_db, citizen_id, tool)
        for section in sections:
            assert not DANISH.search(section.title), section.title
            checked += 1
        for line in (line for s in sections for line in s.lines if s.key == "scores"):
            assert not DANISH.search(line.split(":")[0] if ":" in line else line), line
        for line in (line for s in sections for line in s.lines if s.key not in SKIP):
            # A fixed sentence left in Danish (the worker's own words may be Danish)
            assert not [d for d in fixed if d in line], line
    assert checked and names
