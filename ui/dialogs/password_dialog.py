"""Asking for the password: choose one on first start (with a strength hint), type it after."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog.domain.password import strength, validate_new_password
from progressionsdialog.errors import ValidationError
from ui.locking import run_modal
from ui.widgets.field_error import FieldError

FORGOTTEN = (
    "Skriv adgangskoden ned et sikkert sted. Glemmer du den, kan ingen åbne data igen – "
    "heller ikke support. Så må du starte forfra med en tom database."
)


class PasswordDialog(QDialog):
    CHOOSE, ENTER = "choose", "enter"

    def __init__(self, mode: str, message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        choosing = mode == self.CHOOSE
        self.setWindowTitle(self.tr("Vælg en adgangskode") if choosing else self.tr("Adgangskode"))
        intro = QLabel(
            self.tr("Data om borgerne krypteres. Vælg en adgangskode, som kun du kender.")
            if choosing
            else self.tr("Skriv adgangskoden for at åbne data.")
        )
        intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Adgangskode"))
        self.repeated = QLineEdit()
        self.repeated.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeated.setAccessibleName(self.tr("Gentag adgangskoden"))
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.error = FieldError()
        self.error.show_message(message or None)
        form = QFormLayout()
        form.addRow(self.tr("&Adgangskode:"), self.password)
        if choosing:
            form.addRow(self.tr("&Gentag:"), self.repeated)
            form.addRow("", self.hint)
            self.password.textChanged.connect(self._update_hint)
            self._update_hint("")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Gem") if choosing else self.tr("Åbn")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuller"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        if choosing:
            warning = QLabel(self.tr(FORGOTTEN))
            warning.setWordWrap(True)
            warning.setObjectName("banner")
            layout.addWidget(warning)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)
        self.password.setFocus()

    def _update_hint(self, text: str) -> None:
        self.hint.setText(self.tr("Styrke: %1").replace("%1", strength(text)[1]))

    def try_accept(self) -> None:
        if self.mode == self.CHOOSE:
            try:
                validate_new_password(self.password.text(), self.repeated.text())
            except ValidationError as error:
                self.error.show_message(error.message)
                return
        elif not self.password.text():
            self.error.show_message(self.tr("Skriv adgangskoden."))
            return
        self.accept()

    @classmethod
    def ask(cls, mode: str, message: str = "", parent: QWidget | None = None) -> str | None:
        """The password, or ``None`` if the person cancelled (tests replace this call)."""
        dialog = cls(mode, message, parent)
        if run_modal(dialog) != QDialog.DialogCode.Accepted.value:
            return None
        return dialog.password.text()
