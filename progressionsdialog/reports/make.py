"""One entry for both documents, which also writes the print in the audit log."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from progressionsdialog.reports.document import ReportError
from progressionsdialog.storage import audit
from progressionsdialog.storage.citizens import get_citizen
from progressionsdialog.storage.transaction import transaction
from progressionsdialog.tools import load_tool

KINDS = ("plan", "handover")


def make_report(
    db: sqlite_utils.Database,
    citizen_id: int,
    kind: str,
    out: Path,
    *,
    include_private_notes: bool = False,
    include_sensitive: bool = False,
) -> Path:
    """Write the citizen's plan or the handover report to ``out``; raises ``ReportError``."""
    get_citizen(db, citizen_id)
    tool = load_tool("halsnaes")
    if kind == "plan":
        from progressionsdialog.reports.plan import build_plan

        path = build_plan(db, citizen_id, tool, Path(out), include_sensitive=include_sensitive)
    elif kind == "handover":
        from progressionsdialog.reports.handover import build_handover

        path = build_handover(
            db, citizen_id, tool, Path(out), include_private_notes=include_private_notes
        )
    else:
        raise ReportError(f"Ukendt slags dokument: {kind}. Brug plan eller handover.")
    detail = kind + (" with private notes" if include_private_notes else "")
    with transaction(db):
        audit.record(db, "print", citizen_id=citizen_id, entity="report", detail=detail)
    return path
