"""One register row read for one citizen agrees with the whole register's row for them."""

from __future__ import annotations

from progressionsdialog.storage.citizens import archive_citizen, list_register
from progressionsdialog.storage.register_row import register_row
from progressionsdialog.storage.rights import erase_citizen


def test_each_citizens_row_is_the_row_the_whole_register_gives(demo_db):
    everyone = list_register(demo_db)
    assert everyone
    for summary in everyone:
        assert register_row(demo_db, summary.citizen.id) == summary


def test_an_archived_citizens_row_has_no_follow_up_flags(demo_db):
    summary = next(s for s in list_register(demo_db) if s.follow_up)
    archive_citizen(demo_db, summary.citizen.id)
    row = register_row(demo_db, summary.citizen.id)
    assert row.citizen.archived
    assert row.follow_up == ()


def test_an_erased_citizen_has_no_row(demo_db):
    citizen = list_register(demo_db)[0].citizen
    erase_citizen(demo_db, citizen.id, citizen.name)
    assert register_row(demo_db, citizen.id) is None
