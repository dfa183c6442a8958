"""One entry for the citizen's documents, which also writes the print in the audit log.

The plan and the blank sheets can be printed in another language than the window's
(``language``); the handover follows the window.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from progressionsdialog.i18n import speaking
from progressionsdialog.reports.document import ReportError
from progressionsdialog.storage import audit
from progressionsdialog.storage.citizens import get_citizen
from progressionsdialog.storage.transaction import transaction
from progressionsdialog.tools import load_tool

KINDS = ("plan", "handover", "blank")


def make_report(
    db: sqlite_utils.Database,
    citizen_id: int,
    kind: str,
    out: Path,
    *,
    include_private_notes: bool = False,
    include_sensitive: bool = False,
    language: str | None = None,
) -> Path:
    """Write the citizen's plan, the handover report or the blank sheets (with the
    citizen's name) to ``out``; raises ``ReportError``.

    ``language`` ("da", "en"): the fixed texts' language for this print; ``None``: the
    language in use.
    """
    if language is None:
        path = _build(db, citizen_id, kind, Path(out), include_private_notes, include_sensitive)
    else:
        with speaking(language):
            path = _build(db, citizen_id, kind, Path(out), include_private_notes, include_sensitive)
    detail = kind + (" with private notes" if include_private_notes else "")
    with transaction(db):
        audit.record(db, "print", citizen_id=citizen_id, entity="report", detail=detail)
    return path


def _build(
    db: sqlite_utils.Database,
    citizen_id: int,
    kind: str,
    out: Path,
    include_private_notes: bool,
    include_sensitive: bool,
) -> Path:
    citizen = get_citizen(db, citizen_id)
    tool = load_tool("halsnaes")
    if kind == "plan":
        from progressionsdialog.reports.plan import build_plan

        path = build_plan(db, citizen_id, tool, out, include_sensitive=include_sensitive)
    elif kind == "handover":
        from progressionsdialog.reports.handover import build_handover

        path = build_handover(
            db, citizen_id, tool, out, include_private_notes=include_private_notes
        )
    elif kind == "blank":
        from progressionsdialog.reports.blank_sheets import build_blank_sheets

        path = build_blank_sheets(Path(out), name=citizen.name)
    else:
        raise ReportError(f"Ukendt slags dokument: {kind}. Brug plan, handover eller blank.")
    return path


def warm_up() -> None:
    """Load what the first print needs (the report modules, reportlab, the fonts) ahead of
    it. The window calls it on a worker thread in idle time."""
    import progressionsdialog.reports.handover
    import progressionsdialog.reports.plan  # noqa: F401
    from progressionsdialog.reports.fonts import register_fonts

    register_fonts()
