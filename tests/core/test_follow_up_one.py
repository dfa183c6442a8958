"""The overview's follow-up flags are worked out for the one citizen shown, and agree with
the register's flags for everyone."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from progressionsdialog.overview import overview
from progressionsdialog.storage.citizens import archive_citizen, list_citizens
from progressionsdialog.storage.follow_up import attention_for, attention_for_all
from progressionsdialog.tools import load_tool


@pytest.mark.parametrize("days_later", [0, 120, 400])
def test_one_citizen_gets_the_flags_the_register_shows(demo_db, days_later):
    today = date.today() + timedelta(days=days_later)
    everyone = attention_for_all(demo_db, today)
    assert everyone
    for citizen in list_citizens(demo_db):
        assert attention_for(demo_db, citizen.id, today) == everyone.get(citizen.id)


def test_an_archived_citizen_is_not_flagged(demo_db):
    citizen = list_citizens(demo_db)[0]
    assert attention_for(demo_db, citizen.id) is not None
    archive_citizen(demo_db, citizen.id)
    assert attention_for(demo_db, citizen.id) is None
    sections = {s.key: s for s in overview(demo_db, citizen.id, load_tool("halsnaes"))}
    assert sections["attention"].lines == ("Alt er fulgt op.",)


def test_the_overview_does_not_look_at_every_citizen(demo_db):
    hanne = next(c for c in list_citizens(demo_db) if c.name == "Hanne Bøgh")
    statements: list[str] = []
    demo_db.conn.set_trace_callback(statements.append)
    try:
        sections = {s.key: s for s in overview(demo_db, hanne.id, load_tool("halsnaes"))}
    finally:
        demo_db.conn.set_trace_callback(None)
    assert sections["attention"].lines != ("Alt er fulgt op.",)
    grouped = [s for s in statements if "GROUP BY citizen_id" in s or "FROM citizens" in s]
    assert grouped and all("id = " in s for s in grouped), grouped
