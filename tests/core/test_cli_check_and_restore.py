"""check verifies the audit log's chain; restore says what it did and asks for another
password in Danish (issue 15, items 6 and 12)."""

from __future__ import annotations

import sqlite3

from progressionsdialog.demo import create_demo_database
from progressionsdialog.storage import DB_FILENAME, open_database, session_key
from progressionsdialog.storage.backup import backup_to
from progressionsdialog.storage.citizens import list_citizens
from progressionsdialog.storage.rights import erase_citizen


def test_check_reports_a_tampered_audit_log(data_dir, cli):
    create_demo_database(data_dir)
    fine = cli("check", "--data-dir", str(data_dir))
    assert fine.returncode == 0, fine.stdout
    assert "revisionslog: ok" in fine.stdout
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET action = 'view' WHERE id = 2")
    conn.commit()
    conn.close()
    tampered = cli("check", "--data-dir", str(data_dir))
    assert tampered.returncode == 1
    assert "revisionslog:" in tampered.stdout and "revisionslog: ok" not in tampered.stdout
    assert "Traceback" not in tampered.stderr


def test_restore_brings_no_erased_citizen_back_and_says_so(data_dir, tmp_path, cli):
    db = open_database(create_demo_database(data_dir))
    copy = backup_to(db, tmp_path / "kopi.db")
    louise = next(c for c in list_citizens(db) if c.name.startswith("Louise"))
    erase_citizen(db, louise.id, louise.name)
    db.close()
    result = cli("restore", str(copy), "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert "fjernet igen" in result.stdout
    db = open_database(data_dir / DB_FILENAME)
    assert not any(c.name.startswith("Louise") for c in list_citizens(db))
    db.close()
    assert b"Louise" not in (data_dir / DB_FILENAME).read_bytes()


def test_restore_of_a_backup_with_another_password_asks_for_it(
    data_dir, tmp_path, cli, monkeypatch
):
    other = tmp_path / "other"
    session_key.set_password("en anden kode")
    db = open_database(create_demo_database(other))
    copy = backup_to(db, tmp_path / "kopi.db")
    db.close()
    session_key.set_password("den rigtige kode")
    open_database(data_dir / DB_FILENAME).close()
    session_key.set_password(None)
    before = (data_dir / DB_FILENAME).read_bytes()
    monkeypatch.setenv(session_key.ENV_VAR, "den rigtige kode")
    refused = cli("restore", str(copy), "--data-dir", str(data_dir))
    assert refused.returncode == 2
    assert "PROGRESSIONSDIALOG_BACKUP_PASSWORD" in refused.stderr
    assert (data_dir / DB_FILENAME).read_bytes() == before
    monkeypatch.setenv("PROGRESSIONSDIALOG_BACKUP_PASSWORD", "en anden kode")
    done = cli("restore", str(copy), "--data-dir", str(data_dir))
    assert done.returncode == 0, done.stderr
    listed = cli("list", "--data-dir", str(data_dir))
    assert "Louise" in listed.stdout  # now under the password in use
