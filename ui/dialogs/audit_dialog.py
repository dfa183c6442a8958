"""The audit log: who viewed, created, changed, printed, exported or erased what, and when."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog.domain.audit_words import what_was_done
from progressionsdialog.domain.dates import date_pattern
from progressionsdialog.storage.audit import entries
from progressionsdialog.storage.citizens import citizen_names


class AuditDialog(QDialog):
    def __init__(
        self, db: sqlite_utils.Database, citizen_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.citizen_id = db, citizen_id
        self.setWindowTitle(self.tr("Revisionslog"))
        screen = QGuiApplication.primaryScreen().availableGeometry()  # never taller than it
        self.resize(min(820, screen.width() - 40), min(560, screen.height() - 60))
        self.only_citizen = QCheckBox(self.tr("Kun den valgte borger"))
        self.only_citizen.setChecked(citizen_id is not None)
        self.only_citizen.setEnabled(citizen_id is not None)
        self.only_citizen.toggled.connect(self.reload)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Tid"),
                self.tr("Hvem"),
                self.tr("Handling"),
                self.tr("Hvad"),
                self.tr("Borger"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Revisionslog"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.only_citizen)
        layout.addWidget(self.table)
        self.reload()

    def reload(self) -> None:
        citizen = self.citizen_id if self.only_citizen.isChecked() else None
        rows = list(reversed(entries(self.db, citizen)))  # newest first
        names = citizen_names(self.db, {e.citizen_ref for e in rows if e.citizen_ref})
        gone = self.tr("slettet borger")
        self.table.setRowCount(len(rows))
        for row, entry in enumerate(rows):
            local = entry.at.astimezone()
            verb, what = what_was_done(entry.action, entry.entity, entry.detail)
            cells = (
                local.strftime(f"{date_pattern()} %H:%M"),
                entry.actor,
                verb,
                what,
                "" if entry.citizen_ref is None else names.get(entry.citizen_ref, gone),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
