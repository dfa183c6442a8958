"""Starting the program: the application object, the database, the main window."""

from __future__ import annotations

import logging
import sys
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from progressionsdialog.cli import StartOptions
from progressionsdialog.errors import ProgressionsdialogError

log = logging.getLogger(__name__)
_held_locks: list = []  # instance locks live as long as the program
EXIT_WAIT_MS = 10_000  # at the end, the longest wait for work still running in a worker


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if existing is not None and existing.property("progressionsdialog_ready"):
        return existing
    from ui.pyside_source_scan import stop_source_scan

    stop_source_scan()  # first: the modules the window imports are not read as text
    app = existing or QApplication(argv or [sys.argv[0]])
    from ui.translation import install_translator

    install_translator(app)
    QCoreApplication.setOrganizationName("progressionsdialog")
    QCoreApplication.setApplicationName("progressionsdialog")
    app.setApplicationDisplayName("Progressionsdialog")
    from ui.style import apply_style

    apply_style(app)
    app.setProperty("progressionsdialog_ready", True)
    return app


def open_workspace(options: StartOptions, *, plain: bool = False):
    """Data folder and database, made ready; raises the core's Danish errors.

    A folder the program may not write, holding a database, is opened for reading: the
    window then says so and changes nothing (no lock file, no daily backup).

    ``plain``: the database as the plain connection ``storage.database.open_connection``
    gives (the window makes sqlite-utils' ``Database`` on it after its first paint).
    """
    from progressionsdialog.logs import set_up_logging
    from progressionsdialog.paths import usable_data_dir
    from progressionsdialog.storage import DB_FILENAME, open_database

    data_dir, writable = usable_data_dir(options.data_dir)
    set_up_logging(data_dir)
    from progressionsdialog.tools import load_tool

    load_tool("halsnaes")  # a broken tool definition stops here, with its file named
    from progressionsdialog.storage.instance_lock import InstanceLock

    if writable:  # a second window on the same data says so
        _held_locks.append(InstanceLock(data_dir).acquire())
    path = data_dir / DB_FILENAME
    if options.demo and not path.exists():
        from progressionsdialog.demo import create_demo_database

        create_demo_database(data_dir, with_project=True)
    if plain:
        from progressionsdialog.storage.database import open_connection

        db = open_connection(path)
    else:
        db = open_database(path)
    return data_dir, db


def run(options: StartOptions) -> int:
    app = make_application()
    from ui.errors import install_handlers

    install_handlers()
    from ui.unlock import unlock_at_start

    if not unlock_at_start(options):
        return 0
    try:
        data_dir, db = open_workspace(options, plain=True)
    except ProgressionsdialogError as error:
        return _cannot_start(options, error)

    from ui.main_window import MainWindow

    try:
        window = MainWindow(db, data_dir, demo=options.demo)
    except Exception as error:  # a damaged part of the file is found at the first query
        from ui import recovery

        storage_error = recovery.storage_error_of(error, data_dir)
        if storage_error is None:
            raise
        log.error("Start failed on the first reading", exc_info=error)
        db.close()
        return _cannot_start(options, storage_error)
    _after_the_first_paint(window, data_dir)
    if not options.smoke:
        from progressionsdialog.storage import is_read_only

        _check_and_back_up_after_the_first_paint(window, data_dir, backup=not is_read_only(db))
    app.aboutToQuit.connect(window.save_pending)  # a quit that closed no window saves too
    window.show()
    if options.smoke:

        def ready() -> None:
            print("ready", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, ready)
    code = app.exec()
    # A check or backup still running in a worker ends whole: Python must not stop under it
    QThreadPool.globalInstance().waitForDone(EXIT_WAIT_MS)
    window.cancel_rest()  # (if never built, not now: the database closes)
    db.close()
    recovery = sys.modules.get("ui.recovery")  # not loaded: no damage was met, none to mend
    pending = recovery is not None and recovery.pending_restore() is not None
    if pending and recovery.restore_pending(data_dir):
        return run(options)  # damage found while working: the backup is in place, start again
    return code


def _after_the_first_paint(window, data_dir) -> None:
    """When the window builds the rest (after its first paint), which reads the database
    again: damage met from then on is reported for ``data_dir`` (``ui.recovery.watch``),
    with the backup offered, and the garbage collector the command line turned off for the
    start is on again. ``ui.recovery`` (with the dialogs and the backups' code) is not
    needed for the first paint: only the first rows were read, and damage there stopped
    the start above."""

    def then() -> None:
        import gc

        gc.enable()
        from ui import recovery

        recovery.watch(data_dir)

    if window.rest_is_built():
        then()
    else:
        window.rest_building.connect(then)


AUDIT_CHANGED = (
    "Revisionsloggen er ændret uden om programmet:\n\n{problems}\n\n"
    "Du kan arbejde videre, og intet er slettet. Kontakt support eller din "
    "databeskyttelsesrådgiver, og nævn tidspunktet. Detaljerne står i logfilen."
)


def _check_and_back_up_after_the_first_paint(window, data_dir: Path, backup: bool) -> None:
    """The audit log's check (every start) and the daily backup (the first start of a
    day), off the window's thread once it has painted, with a connection of their own.
    Before the first paint they held it back on every real start: the check alone is
    80 ms for 10,000 citizens and grows with every citizen looked at. A break in the log
    is then shown; a missed backup is logged, and the meeting goes on."""
    from progressionsdialog.storage import DB_FILENAME
    from ui.widgets.first_paint import after_first_paint
    from ui.workers import run_job

    path = data_dir / DB_FILENAME

    def start() -> None:
        run_job(
            partial(start_checks, path, data_dir, backup),
            lambda problems: warn_about_audit_log(window, problems) if problems else None,
            lambda message: log.warning("The start's checks could not run: %s", message),
            owner=window,
        )

    after_first_paint(window, start)


def start_checks(path: Path, data_dir: Path, backup: bool) -> list[str]:
    """The audit log's problems (empty: whole), and today's backup made if ``backup`` and
    none is made yet; in a worker, with its own connection."""
    from progressionsdialog.storage import connect

    db = connect(path)
    try:
        problems = audit_problems(db)
        if backup:
            from progressionsdialog.storage.backup import daily_backup

            try:
                daily_backup(db, data_dir)
            except ProgressionsdialogError as error:  # a missed backup must not stop work
                log.warning("Daily backup failed: %s", error)
        return problems
    finally:
        db.close()


def audit_problems(db) -> list[str]:
    """At each start: the audit log's chain and guards are checked (logged when broken)."""
    from progressionsdialog.storage.audit import verify_audit_log
    from progressionsdialog.storage.database import database_errors

    try:
        problems = verify_audit_log(db)
    except database_errors():  # a damaged file: the window's own check says so
        log.exception("The audit log could not be read")
        return []
    if problems:
        log.error("Audit log check failed: %s", "; ".join(problems))
    return problems


def warn_about_audit_log(parent, problems: list[str]) -> None:
    """A break in the audit log, said plainly (the program still opens: the data itself is
    not at fault)."""
    from ui.dialogs.confirm import show_error

    shown = "\n".join(problems[:5]) + ("\n…" if len(problems) > 5 else "")
    show_error(
        parent,
        QCoreApplication.translate("app", AUDIT_CHANGED).replace("{problems}", shown),
        QCoreApplication.translate("app", "Revisionsloggen er ændret"),
    )


def _cannot_start(options: StartOptions, error: ProgressionsdialogError) -> int:
    log.error("Start failed: %s", error)
    from ui import recovery

    if not options.smoke and recovery.offer_restore(options.data_dir, error):
        return run(options)  # the backup is in place: start again
    print(f"Fejl: {error}", file=sys.stderr)
    if not options.smoke:
        from ui.dialogs.confirm import show_error

        show_error(
            None,
            recovery.cannot_start_message(options.data_dir, error),
            QCoreApplication.translate("app", "Programmet kan ikke starte"),
        )
    return 2
