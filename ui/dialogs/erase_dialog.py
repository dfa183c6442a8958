"""Erasing a citizen for good: the worker types the citizen's name to confirm."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QWidget

from ui.locking import run_modal


def _t(text: str) -> str:
    return QCoreApplication.translate("EraseDialog", text)


class EraseDialog:
    @classmethod
    def make(cls, parent: QWidget | None, name: str) -> QInputDialog:
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(_t("Slet borger for altid"))
        dialog.setLabelText(
            _t("Alt om %1 slettes for altid. Det kan ikke fortrydes.").replace("%1", name)
            + "\n\n"
            + _t("Skriv borgerens navn for at bekræfte:")
        )
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setOkButtonText(_t("Slet for altid"))
        dialog.setCancelButtonText(_t("Annuller"))
        return dialog

    @classmethod
    def ask_name(cls, parent: QWidget | None, name: str) -> str | None:
        """The name typed, or ``None`` if cancelled (tests replace this call)."""
        dialog = cls.make(parent, name)
        try:
            if run_modal(dialog) != QDialog.DialogCode.Accepted.value:
                return None
            return dialog.textValue()
        finally:
            dialog.deleteLater()
