"""A damaged database at start: the newest backup is offered, and the damaged file kept."""

from __future__ import annotations

from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.errors import NotADatabaseError, StorageError
from progressionsdialog.storage import DB_FILENAME, open_database
from progressionsdialog.storage.backup import daily_backup
from progressionsdialog.storage.citizens import add_citizen, list_citizens
from ui.dialogs.confirm import ConfirmDialog
from ui.recovery import offer_restore


def test_the_newest_backup_is_offered_and_put_in_place(data_dir, monkeypatch, app):
    db = open_database(data_dir / DB_FILENAME)
    add_citizen(db, CitizenDraft(name="Reddet"))
    daily_backup(db, data_dir)
    db.close()
    (data_dir / DB_FILENAME).write_bytes(b"\x00garbage" * 500)
    try:
        open_database(data_dir / DB_FILENAME)
    except NotADatabaseError as caught:
        error = caught
    asked = []
    monkeypatch.setattr(
        ConfirmDialog,
        "ask",
        classmethod(lambda cls, parent, title, text, yes: asked.append(text) or True),
    )
    assert offer_restore(data_dir, error)
    assert "sikkerhedskopi" in asked[0]
    assert [c.name for c in list_citizens(open_database(data_dir / DB_FILENAME))] == ["Reddet"]


def test_nothing_is_offered_without_backups_or_for_other_errors(data_dir, monkeypatch, app):
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda *a: True))
    assert not offer_restore(data_dir, NotADatabaseError("x"))
    assert not offer_restore(data_dir, StorageError("låst"))
