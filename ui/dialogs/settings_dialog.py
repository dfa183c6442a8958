"""Settings in one place: the worker's name, the language, when the program locks itself,
when a citizen needs follow-up, how often each target group is scored, and after how many
months a citizen with no company-directed effort is marked in the register.

The language is the user's own (kept per user, read before a database opens); the rest
follow the data."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog.domain.citizen import TargetGroup
from progressionsdialog.errors import ProgressionsdialogError
from progressionsdialog.storage.follow_up import (
    NO_COMPANY_MONTHS_RANGE,
    SCORE_WEEKS_RANGE,
    interval_days,
    no_company_months,
    score_weeks,
    set_interval_days,
    set_no_company_months,
    set_score_weeks,
)
from progressionsdialog.storage.settings import (
    CASEWORKER_NAME,
    LOCK_AFTER_MINUTES,
    get_int,
    get_text,
    set_caseworker_name,
    set_int,
)
from ui import translation
from ui.widgets.field_error import FieldError

# Each language in its own words, so a user who cannot read the other one finds theirs.
LANGUAGE_NAMES = {"da": "Dansk", "en": "English"}


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
        self.caseworker.setAccessibleName(self.tr("Dit navn (i revisionsloggen)"))
        self.lock_minutes.setAccessibleName(self.tr("Lås efter minutter uden brug"))
        self.follow_up_days.setAccessibleName(
            self.tr("Følg op, når sidste samtale er ældre end (dage)")
        )
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self._language_now = translation.wanted_language()
        self.language.setCurrentIndex(max(0, self.language.findData(self._language_now)))
        self.language.setAccessibleName(self.tr("Sprog"))
        self.language_note = QLabel(self.tr("Sproget skifter, når programmet startes igen."))
        self.language_note.setObjectName("hint")
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_note.setVisible(
                self.language.currentData() != self._language_now
            )
        )
        self.score_weeks: dict[str, QSpinBox] = {}
        scoring = QGroupBox(self.tr("Scor indikatorerne mindst hver"))
        scoring_form = QFormLayout(scoring)
        for group, weeks in score_weeks(db).items():
            box = QSpinBox()
            box.setRange(*SCORE_WEEKS_RANGE)
            box.setSuffix(self.tr(" uger"))
            box.setValue(weeks)
            label = TargetGroup(group).label
            box.setAccessibleName(self.tr("Scor hver, %1").replace("%1", label))
            scoring_form.addRow(label + ":", box)
            self.score_weeks[group] = box
        self.no_company_months = QSpinBox()
        self.no_company_months.setRange(*NO_COMPANY_MONTHS_RANGE)
        self.no_company_months.setSuffix(self.tr(" mdr."))
        self.no_company_months.setValue(no_company_months(db))
        self.no_company_months.setAccessibleName(
            self.tr("Marker borgere uden virksomhedsrettet indsats efter")
        )
        self.error = FieldError()
        form = QFormLayout()
        form.addRow(self.tr("&Dit navn (i revisionsloggen):"), self.caseworker)
        form.addRow(self.tr("&Sprog:"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Lås efter:"), self.lock_minutes)
        form.addRow(self.tr("Følg op, når sidste samtale er ældre end:"), self.follow_up_days)
        form.addRow(
            self.tr("Marker borgere uden virksomhedsrettet indsats efter:"),
            self.no_company_months,
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuller"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scoring)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> bool:
        try:
            set_caseworker_name(self.db, self.caseworker.text())
            set_int(self.db, LOCK_AFTER_MINUTES, self.lock_minutes.value())
            set_interval_days(self.db, self.follow_up_days.value())
            set_score_weeks(self.db, {g: box.value() for g, box in self.score_weeks.items()})
            set_no_company_months(self.db, self.no_company_months.value())
            translation.save_language(self.language.currentData())
        except ProgressionsdialogError as error:
            self.error.show_message(str(error))
            return False
        self.accept()
        return True
