"""The audit log a person reads (issue 12): the caseworker's name from Indstillinger, the
citizen's name (or "slettet borger"), Danish verbs and things, no internal keys."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.meeting import IndicatorScore
from progressionsdialog.reports.make import make_report
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.meetings import add_meeting, save_score
from progressionsdialog.storage.rights import erase_citizen
from ui.dialogs.audit_dialog import AuditDialog
from ui.dialogs.settings_dialog import SettingsDialog


def _cells(dialog) -> list[tuple[str, ...]]:
    table = dialog.table
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def test_the_log_speaks_danish_and_names_people(app, qtbot, db, tmp_path):
    settings = SettingsDialog(db)
    qtbot.addWidget(settings)
    qtbot.keyClicks(settings.caseworker, "Mette Hansen")
    save = settings.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    anna = add_citizen(db, CitizenDraft(name="Anna Berg", birth_or_cpr="01-01-1980"))
    meeting = add_meeting(db, anna.id, date(2026, 3, 1))
    save_score(db, meeting, IndicatorScore("job_search", 4, 5))
    make_report(db, anna.id, "handover", tmp_path / "o.pdf", include_private_notes=True)
    bo = add_citizen(db, CitizenDraft(name="Bo Holm"))
    erase_citizen(db, bo.id, "Bo Holm")
    dialog = AuditDialog(db, None)
    qtbot.addWidget(dialog)
    rows = _cells(dialog)
    assert ("Mette Hansen", "Udskrev", "overleveringsrapport med private noter", "Anna Berg") in [
        r[1:] for r in rows
    ]
    assert ("Ændrede", "samtale: score for Jobsøgning (samtalen 01-03-2026)", "Anna Berg") in [
        r[2:] for r in rows
    ]
    assert ("Slettede for altid", "borger", "slettet borger") in [r[2:] for r in rows]
    text = " ".join(" ".join(r) for r in rows)
    assert "job_search" not in text and "handover" not in text and "Bo Holm" not in text
