"""Choosing a password leaves no file with citizens' names in the clear (issue 15, item 4).

Wired end to end: the daily backup made before the password, then the first start with a
password. Every file in the data folder is read byte by byte afterwards.
"""

from __future__ import annotations

from progressionsdialog.demo import create_demo_database
from progressionsdialog.storage import DB_FILENAME, open_database, session_key
from progressionsdialog.storage.backup import daily_backup, list_backups


def test_the_first_start_with_a_password_encrypts_the_old_backups(data_dir):
    db = open_database(create_demo_database(data_dir))
    daily_backup(db, data_dir, today="2026-11-24")
    db.close()
    assert any(b"Louise" in p.read_bytes() for p in (data_dir / "backups").iterdir())
    session_key.set_password("en lang kode til test")
    open_database(data_dir / DB_FILENAME).close()
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert len(files) >= 2
    for path in files:
        assert b"Louise" not in path.read_bytes(), path
    for backup in list_backups(data_dir):
        open_database(backup).close()  # opens with the password in use
