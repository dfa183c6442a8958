"""Work off the GUI thread: ``run_job(work, done, failed)`` runs ``work()`` in Qt's thread pool
and calls ``done(result)`` or ``failed(message)`` back in the GUI thread.

``work`` must open what it needs itself (one database connection per thread: see
``progressionsdialog.storage.connect``) and return plain data. A core error becomes its
Danish message; anything else a short Danish sentence, never a traceback.

    job = run_job(lambda: compute(path), show, say_why)
    job.cancel()  # the window closed: nothing is called back
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from progressionsdialog.errors import ProgressionsdialogError

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


_running: set[Job] = set()  # a job and its signals live until its run() has ended
_running_lock = threading.Lock()


class Job(QRunnable):
    def __init__(self, work: Callable[[], object], failure: str) -> None:
        super().__init__()
        self.work, self.failure = work, failure
        # Owned by the application, in the GUI thread: never deleted under a running job.
        self.signals = _Signals(QCoreApplication.instance())
        self._cancelled = threading.Event()
        self.finished = threading.Event()
        with _running_lock:
            _running.add(self)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def run(self) -> None:
        # A trace hook set for Python's threads (a debugger, coverage) follows the work into
        # Qt's pool thread too, which Python's threading does not start
        if threading.gettrace() is not None and sys.gettrace() is None:
            sys.settrace(threading.gettrace())
        try:
            try:
                result, message = self.work(), None
            except ProgressionsdialogError as error:
                result, message = None, getattr(error, "message", None) or str(error)
            except Exception as error:  # a bug: logged, and said in plain Danish
                log.exception("Background job failed")
                result, message = None, f"{self.failure} ({type(error).__name__})."
            if not self._cancelled.is_set():
                if message is None:
                    self.signals.done.emit(result)
                else:
                    self.signals.failed.emit(message)
        finally:
            self.finished.set()
            self.signals.deleteLater()
            with _running_lock:
                _running.discard(self)


def run_job(
    work: Callable[[], object],
    done: Callable[[object], None],
    failed: Callable[[str], None],
    failure: str | None = None,
    owner: QObject | None = None,
) -> Job:
    """``owner``: the window the result goes to; once it is gone the result is dropped."""
    if failure is None:
        failure = QCoreApplication.translate("workers", "Det kunne ikke lade sig gøre")
    job = Job(work, failure)

    def wanted() -> bool:
        return not job.cancelled and (owner is None or shiboken6.isValid(owner))

    job.signals.done.connect(lambda result: done(result) if wanted() else None)
    job.signals.failed.connect(lambda message: failed(message) if wanted() else None)
    if owner is not None:
        owner.destroyed.connect(job.cancel)
    QThreadPool.globalInstance().start(job)
    return job
