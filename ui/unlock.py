"""At start: make sure the session has the database password (or it is the demo)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from progressionsdialog.cli import StartOptions
from progressionsdialog.storage import DB_FILENAME, open_database, session_key
from progressionsdialog.storage.database import WrongPasswordError, is_plain

MAX_TRIES = 3


def unlock_at_start(options: StartOptions) -> bool:
    """Ask for (or let the person choose) the password. ``False``: do not start.

    The demo database holds no real data and is not encrypted; ``--smoke`` never asks.
    """
    if options.demo or options.smoke or session_key.password() is not None:
        return True
    from ui.dialogs.password_dialog import PasswordDialog  # only when a password is asked

    path = options.data_dir / DB_FILENAME
    if not path.exists() or is_plain(path):
        chosen = PasswordDialog.ask(PasswordDialog.CHOOSE)
        if chosen is None:
            return False
        session_key.set_password(chosen)
        return True
    message = ""
    for _ in range(MAX_TRIES):
        typed = PasswordDialog.ask(PasswordDialog.ENTER, message)
        if typed is None:
            return False
        session_key.set_password(typed)
        try:
            open_database(path).close()
            return True
        except WrongPasswordError as error:
            session_key.set_password(None)
            message = str(error)
    from ui.dialogs.confirm import show_error

    show_error(
        None,
        QCoreApplication.translate(
            "unlock",
            "Adgangskoden passede ikke tre gange. Programmet lukker. Data er ikke "
            "ændret. Start igen, når du har adgangskoden.",
        ),
        QCoreApplication.translate("unlock", "Forkert adgangskode"),
    )
    return False
