"""A database that can only be read can still be printed and exported; the print goes to the
program's log instead of the audit log. A damaged database makes no daily backup (that would
rotate the good copies out)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from progressionsdialog.demo import create_demo_database
from progressionsdialog.errors import DamagedDatabaseError
from progressionsdialog.reports.make import make_report
from progressionsdialog.storage import DB_FILENAME, open_database
from progressionsdialog.storage.backup import daily_backup
from progressionsdialog.storage.citizens import list_citizens


def test_a_read_only_database_prints_without_an_audit_row(data_dir, tmp_path):
    create_demo_database(data_dir)
    before = (data_dir / DB_FILENAME).read_bytes()
    db = open_database(data_dir / DB_FILENAME, read_only=True)
    louise = next(c for c in list_citizens(db) if c.name.startswith("Louise"))
    out = make_report(db, louise.id, "plan", tmp_path / "plan.pdf")
    db.close()
    assert "Louise" in PdfReader(out).pages[0].extract_text()
    assert (data_dir / DB_FILENAME).read_bytes() == before


def test_a_damaged_database_makes_no_daily_backup(data_dir):
    path = create_demo_database(data_dir)
    db = open_database(path)
    daily_backup(db, data_dir, today="2026-11-20")
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    with open(path, "r+b") as handle:  # garble a table page, not the header
        handle.seek(page_size * 3)
        handle.write(b"\xff" * page_size)
    db = open_database(path, read_only=True)
    with pytest.raises(DamagedDatabaseError, match="gamle kopier er beholdt"):
        daily_backup(db, data_dir, today="2026-11-21")
    db.close()
    assert not (data_dir / "backups" / "dagligt-2026-11-21.db").exists()
