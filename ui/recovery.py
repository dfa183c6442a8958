"""When the database cannot be opened because it is damaged: offer the newest backup."""

from __future__ import annotations

from pathlib import Path

from progressionsdialog.domain.dates import format_date
from progressionsdialog.errors import NotADatabaseError, ProgressionsdialogError
from progressionsdialog.storage.backup import list_backups, restore
from progressionsdialog.storage.instance_lock import release_all
from ui.dialogs.confirm import ConfirmDialog, show_error


def offer_restore(data_dir: Path, error: ProgressionsdialogError) -> bool:
    """``True`` if a backup was put in place and the start can be tried again."""
    if not isinstance(error, NotADatabaseError):
        return False
    backups = list_backups(data_dir)
    if not backups:
        return False
    newest = backups[0]
    from datetime import datetime

    when = format_date(datetime.fromtimestamp(newest.stat().st_mtime).date())
    question = (
        f"{error}\n\nVil du hente den nyeste sikkerhedskopi fra {when}? Den beskadigede fil "
        "gemmes først, så intet slettes."
    )
    if not ConfirmDialog.ask(None, "Databasen kan ikke åbnes", question, "Hent sikkerhedskopien"):
        return False
    release_all()
    try:
        restore(data_dir, newest)
    except ProgressionsdialogError as restore_error:
        show_error(None, str(restore_error))
        return False
    return True
