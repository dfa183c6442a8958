"""One clock (issue 17): the product asks ``progressionsdialog.clock`` for the day, never
the computer directly, so a test (or a demo for a fixed day) can set it."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from progressionsdialog import clock
from progressionsdialog.storage import DB_FILENAME, open_database

ROOT = Path(__file__).resolve().parent.parent
ASKS_THE_COMPUTER = re.compile(r"\bdate\.today\(\)")


def test_the_product_takes_today_from_the_clock():
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("progressionsdialog", "ui")
        for path in (ROOT / folder).rglob("*.py")
        if path.name != "clock.py" and ASKS_THE_COMPUTER.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_a_fixed_day_reaches_the_command_line(data_dir, cli, monkeypatch):
    from progressionsdialog.domain.citizen import CitizenDraft
    from progressionsdialog.storage.citizens import add_citizen
    from progressionsdialog.storage.meetings import add_meeting

    monkeypatch.setattr(clock, "_fixed", date(2030, 1, 1))
    db = open_database(data_dir / DB_FILENAME)
    citizen = add_citizen(db, CitizenDraft(name="Anna", birth_or_cpr="01-01-1980"))
    add_meeting(db, citizen.id, date(2030, 1, 2))  # allowed: the day is set to 2030
    db.close()
    monkeypatch.setenv(clock.ENV_VAR, "2031-06-01")
    result = cli("retention", "--data-dir", str(data_dir))
    assert result.returncode == 0 and "Anna" not in result.stdout
    monkeypatch.setenv(clock.ENV_VAR, "2036-06-01")  # more than five years later
    later = cli("retention", "--data-dir", str(data_dir))
    assert "Anna" in later.stdout
