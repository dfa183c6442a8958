"""When the database is damaged: offer the newest good backup.

Damage shows itself either when the file is opened, or only when a damaged part is read:
at the first query of the window, or later when a citizen is opened. At start the backup
is put in place at once and the start tried again; while the window runs, the window closes
and the program starts again on the backup (``ui.app.run`` asks ``pending_restore()``).
Without a good backup the person is told, in Danish, what is wrong and where backups are.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from progressionsdialog.domain.dates import format_date
from progressionsdialog.errors import NotADatabaseError, ProgressionsdialogError, StorageError
from progressionsdialog.storage import DB_FILENAME
from progressionsdialog.storage.backup import BACKUP_DIR, check_backup, list_backups, restore
from progressionsdialog.storage.database import classify_error, database_errors, restore_hint
from progressionsdialog.storage.instance_lock import release_all
from ui.dialogs.confirm import ConfirmDialog, show_error

log = logging.getLogger(__name__)

_data_dir: Path | None = None  # the data folder of the window that runs
_pending: Path | None = None  # a backup to put in place when the window has closed


def storage_error_of(error: BaseException, data_dir: Path | None = None) -> StorageError | None:
    """The core's Danish ``StorageError`` for a database error, or ``None`` for anything else
    (a bug stays a bug)."""
    if isinstance(error, StorageError):
        return error
    if isinstance(error, database_errors()):
        folder = data_dir or _data_dir
        return classify_error(error, folder / DB_FILENAME if folder else None)
    return None


def newest_good_backup(data_dir: Path) -> Path | None:
    """The newest backup that is whole; a backup made of the damaged file is passed over."""
    for path in list_backups(data_dir):
        try:
            check_backup(path)
        except ProgressionsdialogError as error:
            log.warning("Backup %s passed over: %s", path.name, error)
            continue
        return path
    return None


def _what_happened(error: StorageError) -> str:
    """The core's message without its command-line advice, which the question replaces."""
    return str(error).split(" " + restore_hint())[0]


def _when(backup: Path) -> str:
    return format_date(datetime.fromtimestamp(backup.stat().st_mtime).date())


def no_backup_message(data_dir: Path, error: StorageError) -> str:
    advice = QCoreApplication.translate(
        "recovery",
        "Der er ingen hel sikkerhedskopi i {folder}. Har du en sikkerhedskopi et andet sted "
        "(fx på et netværksdrev), så kan den hentes med kommandoen: progressionsdialog "
        "restore FIL. Kontakt support, hvis du er i tvivl.",
    )
    return f"{_what_happened(error)}\n\n" + advice.replace(
        "{folder}", str(Path(data_dir) / BACKUP_DIR)
    )


def offer_restore(data_dir: Path, error: ProgressionsdialogError) -> bool:
    """At start: ``True`` if a backup was put in place and the start can be tried again."""
    if not isinstance(error, NotADatabaseError):
        return False
    newest = newest_good_backup(data_dir)
    if newest is None:
        return False
    question = QCoreApplication.translate(
        "recovery",
        "Vil du hente den nyeste hele sikkerhedskopi fra {date}? Den beskadigede fil gemmes "
        "først, så intet slettes.",
    )
    question = f"{_what_happened(error)}\n\n" + question.replace("{date}", _when(newest))
    title = QCoreApplication.translate("recovery", "Databasen kan ikke åbnes")
    if not ConfirmDialog.ask(None, title, question, _fetch()):
        return False
    return _put_in_place(data_dir, newest)


def _fetch() -> str:
    return QCoreApplication.translate("recovery", "Hent sikkerhedskopien")


def _damaged_title() -> str:
    return QCoreApplication.translate("recovery", "Databasen er beskadiget")


def cannot_start_message(data_dir: Path, error: ProgressionsdialogError) -> str:
    if isinstance(error, NotADatabaseError):
        return no_backup_message(data_dir, error)
    return str(error)


def _put_in_place(data_dir: Path, backup: Path) -> bool:
    release_all()
    try:
        restore(data_dir, backup)
    except ProgressionsdialogError as restore_error:
        show_error(None, str(restore_error))
        return False
    return True


# -- while the window runs ----------------------------------------------------------------
def watch(data_dir: Path) -> None:
    """The window on ``data_dir`` runs: damage found from now on is reported for it."""
    global _data_dir
    _data_dir = Path(data_dir)


def pending_restore() -> Path | None:
    return _pending


def forget_pending_restore() -> None:
    global _pending
    _pending = None


def restore_pending(data_dir: Path) -> bool:
    """After the window has closed: put the chosen backup in place (``True`` if done)."""
    backup = _pending
    forget_pending_restore()
    return backup is not None and _put_in_place(data_dir, backup)


def handle_error(error: BaseException) -> bool:
    """An error no screen caught: ``True`` if it was a database error, now told in Danish
    (and for a damaged file, the backup offered); ``False`` for anything else."""
    global _pending
    storage = storage_error_of(error)
    if storage is None:
        return False
    if _pending is not None:  # already closing to start again on a backup
        return True
    if not isinstance(storage, NotADatabaseError) or _data_dir is None:
        show_error(None, str(storage))
        return True
    newest = newest_good_backup(_data_dir)
    if newest is None:
        show_error(None, no_backup_message(_data_dir, storage), _damaged_title())
        return True
    question = QCoreApplication.translate(
        "recovery",
        "Vil du hente den nyeste hele sikkerhedskopi fra {date}? Programmet lukker og starter "
        "igen med den. Den beskadigede fil gemmes først, så intet slettes. Det, du har "
        "skrevet siden sikkerhedskopien, er ikke med i den.",
    )
    question = f"{_what_happened(storage)}\n\n" + question.replace("{date}", _when(newest))
    if ConfirmDialog.ask(None, _damaged_title(), question, _fetch()):
        from PySide6.QtWidgets import QApplication

        _pending = newest
        QApplication.closeAllWindows()  # ui.app.run puts the backup in place, then starts
    return True
