"""A citizen number is never given twice: after the newest citizen is erased, the next new
citizen must not inherit the erased person's audit entries (views, prints, changes)."""

from __future__ import annotations

from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.storage import audit
from progressionsdialog.storage.citizens import add_citizen, get_citizen
from progressionsdialog.storage.rights import erase_citizen


def test_the_newest_citizens_number_is_not_reused_after_erasure(db):
    add_citizen(db, CitizenDraft(name="Anna Berg"))
    newest = add_citizen(db, CitizenDraft(name="Bo Holm"))
    audit.record(db, "view", citizen_id=newest.id, entity_id=newest.id)
    erase_citizen(db, newest.id, newest.name)
    after = add_citizen(db, CitizenDraft(name="Carl Dahl"))
    assert after.id > newest.id
    assert [e.action for e in audit.entries(db, after.id)] == ["create"]
    assert get_citizen(db, after.id).name == "Carl Dahl"
