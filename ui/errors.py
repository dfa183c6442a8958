"""The one top-level handler: log the details, show a short Danish message, keep running."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler

log = logging.getLogger("progressionsdialog")


def unexpected_message() -> str:
    return QCoreApplication.translate(
        "errors",
        "Der skete en uventet fejl. Det du har gemt, er ikke tabt.\n\n"
        "Prøv igen. Sker det igen, så kontakt support og nævn tidspunktet. "
        "Detaljerne står i logfilen.",
    )


def install_handlers() -> None:
    def excepthook(kind, value, tb) -> None:
        log.error("Uncaught exception:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        try:
            from PySide6.QtWidgets import QApplication

            from ui.dialogs.confirm import show_error
            from ui.recovery import handle_error

            if QApplication.instance() is not None and not handle_error(value):
                show_error(None, unexpected_message())  # a database error is told as what it is
        except Exception:  # never let the handler itself crash the program
            log.exception("Could not show the error message")

    def qt_messages(mode, _context, message) -> None:
        level = {
            QtMsgType.QtDebugMsg: logging.DEBUG,
            QtMsgType.QtInfoMsg: logging.INFO,
            QtMsgType.QtWarningMsg: logging.WARNING,
        }.get(mode, logging.ERROR)
        log.log(level, "Qt: %s", message)

    sys.excepthook = excepthook
    qInstallMessageHandler(qt_messages)
