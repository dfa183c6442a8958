"""The access right's export and erasure know every table that holds a citizen's rows: a
new table with a ``citizen_id`` must be added there too, or this fails."""

from __future__ import annotations

from progressionsdialog.storage.rights import _CITIZEN_TABLES


def test_every_table_with_a_citizen_is_exported(db):
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    with_citizen = {
        table
        for table in tables
        if any(column[1] == "citizen_id" for column in db.execute(f"PRAGMA table_info({table})"))
    }
    assert with_citizen  # the check looks at something
    assert with_citizen <= set(_CITIZEN_TABLES), with_citizen - set(_CITIZEN_TABLES)
