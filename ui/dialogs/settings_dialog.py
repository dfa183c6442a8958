"""Settings that follow the data: when the program locks itself, when a citizen needs follow-up."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog.errors import ProgressionsdialogError
from progressionsdialog.storage.follow_up import interval_days, set_interval_days
from progressionsdialog.storage.settings import (
    CASEWORKER_NAME,
    LOCK_AFTER_MINUTES,
    get_int,
    get_text,
    set_caseworker_name,
    set_int,
)
from ui.dialogs.citizen_form import FieldError


class SettingsDialog(QDialog):
    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Indstillinger"))
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(1, 60)
        self.lock_minutes.setSuffix(self.tr(" min."))
        self.lock_minutes.setValue(get_int(db, LOCK_AFTER_MINUTES))
        self.follow_up_days = QSpinBox()
        self.follow_up_days.setRange(7, 730)
        self.follow_up_days.setSuffix(self.tr(" dage"))
        self.follow_up_days.setValue(interval_days(db))
        self.caseworker = QLineEdit(get_text(db, CASEWORKER_NAME))
        self.caseworker.setPlaceholderText(self.tr("Fx Mette Hansen"))
        self.caseworker.setAccessibleName(self.tr("Dit navn i revisionsloggen"))
        self.error = FieldError()
        form = QFormLayout()
        form.addRow(self.tr("&Dit navn (i revisionsloggen):"), self.caseworker)
        form.addRow(self.tr("Lås efter:"), self.lock_minutes)
        form.addRow(self.tr("Følg op, når sidste samtale er ældre end:"), self.follow_up_days)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuller"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> bool:
        try:
            set_caseworker_name(self.db, self.caseworker.text())
            set_int(self.db, LOCK_AFTER_MINUTES, self.lock_minutes.value())
            set_interval_days(self.db, self.follow_up_days.value())
        except ProgressionsdialogError as error:
            self.error.show_message(str(error))
            return False
        self.accept()
        return True
