"""The people around the citizen (issue 13): a contact list per citizen, steps owned by a named
person, and the bad input the issue names – a malformed phone number or e-mail, deleting a
contact who owns steps."""

from __future__ import annotations

from dataclasses import replace

import pytest

from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.contacts import Contact, ContactRole
from progressionsdialog.domain.plan import Step, StepOwner
from progressionsdialog.errors import ValidationError
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.contacts import (
    delete_contact,
    list_contacts,
    save_contact,
    steps_owned_by,
)
from progressionsdialog.storage.plan_changes import plan_change, plan_state, undo_change
from progressionsdialog.storage.rights import erase_citizen
from progressionsdialog.storage.steps import get_step, save_step


@pytest.fixture
def hanne(db):
    return add_citizen(db, CitizenDraft(name="Hanne Bøgh")).id


def test_a_contact_is_saved_edited_and_listed_by_name(db, hanne):
    kim = save_contact(
        db,
        Contact(
            None, hanne, "Kim Holm", ContactRole.COMPANY_CONSULTANT, " 20 30 40 50 ", "kh@job.dk"
        ),
    )
    save_contact(db, Contact(None, hanne, "Anna Berg", ContactRole.MENTOR))
    assert (kim.phone, kim.role.label) == ("20 30 40 50", "Virksomhedskonsulent")
    edited = save_contact(db, replace(kim, organisation="Jobcentret"))
    assert edited.id == kim.id and edited.organisation == "Jobcentret"
    assert [c.name for c in list_contacts(db, hanne)] == ["Anna Berg", "Kim Holm"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": "  "}, "Navnet må ikke være tomt"),
        ({"phone": "20 30 4x 50"}, "Telefonnummeret skal være cifre"),
        ({"phone": "123"}, "Telefonnummeret skal være cifre"),
        ({"email": "kim@jobcentret"}, "E-mailen ser forkert ud"),
        ({"email": "kim holm@job.dk"}, "E-mailen ser forkert ud"),
    ],
)
def test_bad_contact_details_are_refused_with_a_danish_message(db, hanne, change, message):
    contact = Contact(None, hanne, "Kim Holm", ContactRole.MENTOR, "20304050", "kh@job.dk")
    with pytest.raises(ValidationError, match=message):
        save_contact(db, replace(contact, **change))
    assert list_contacts(db, hanne) == []


def test_a_step_owned_by_a_contact_shows_the_name_as_it_is_now(db, hanne):
    kim = save_contact(db, Contact(None, hanne, "Kim Holm", ContactRole.COMPANY_CONSULTANT))
    step = save_step(db, Step(None, hanne, "Find praktiksted", contact_id=kim.id))
    assert (step.owner, step.owner_name) == (StepOwner.COMPANY_CONSULTANT, "Kim Holm")
    save_contact(db, replace(kim, name="Kim Holm Jensen"))
    assert get_step(db, step.id).owner_name == "Kim Holm Jensen"


def test_deleting_a_contact_who_owns_steps_asks_first_and_keeps_the_name(db, hanne):
    anna = save_contact(db, Contact(None, hanne, "Anna Berg", ContactRole.MENTOR))
    steps = [save_step(db, Step(None, hanne, w, contact_id=anna.id)) for w in ("Mød op", "Ring")]
    assert steps_owned_by(db, anna.id) == 2
    with pytest.raises(ValidationError, match="Anna Berg står for 2 skridt"):
        delete_contact(db, anna.id)
    assert list_contacts(db, hanne) == [anna]  # nothing lost
    before = plan_state(db, hanne)
    assert delete_contact(db, anna.id, with_steps=True) == 2
    kept = get_step(db, steps[0].id)
    assert (kept.contact_id, kept.owner, kept.owner_name) == (None, StepOwner.MENTOR, "Anna Berg")
    undo_change(db, plan_change(before, plan_state(db, hanne)))
    assert list_contacts(db, hanne) == [anna]
    assert get_step(db, steps[0].id).contact_id == anna.id


def test_contacts_go_with_an_erased_citizen(db, hanne):
    save_contact(db, Contact(None, hanne, "Anna Berg", ContactRole.MENTOR, "20304050"))
    erase_citizen(db, hanne, "Hanne Bøgh")
    assert db.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0
