"""One row of the register, read for one citizen: what ``list_register`` gives for all.

After a save the window brings only the changed row up to date, instead of reading and
loading every citizen again (10,000 citizens took about half a second).

    row = register_row(db, citizen_id)  # None when the citizen is gone
"""

from __future__ import annotations

import sqlite_utils

from progressionsdialog.domain.dates import from_iso
from progressionsdialog.errors import NotFoundError
from progressionsdialog.storage.citizens import CitizenSummary, get_citizen
from progressionsdialog.storage.follow_up import attention_for


def register_row(db: sqlite_utils.Database, citizen_id: int) -> CitizenSummary | None:
    """The citizen's summary as in ``list_register``; ``None`` for a citizen erased."""
    try:
        citizen = get_citizen(db, citizen_id)
    except NotFoundError:
        return None
    last = db.execute(
        "SELECT max(held_on) FROM meetings WHERE citizen_id = ?", [citizen_id]
    ).fetchone()[0]
    attention = attention_for(db, citizen_id)
    reasons = tuple(attention.reasons()) if attention is not None else ()
    return CitizenSummary(citizen, from_iso(last), reasons)
