"""The people around each citizen (``domain/contacts.py``), and the steps they own.

A contact who owns steps is deleted only when the caller says so (``with_steps=True``,
after the screen has asked): the steps stay, with the person's role and name as text.
"""

from __future__ import annotations

import sqlite_utils

from progressionsdialog.domain.contacts import Contact, ContactRole, validate_contact
from progressionsdialog.domain.text import danish_sort_key
from progressionsdialog.errors import NotFoundError, ValidationError
from progressionsdialog.i18n import _, n_
from progressionsdialog.storage import audit, clock
from progressionsdialog.storage.transaction import transaction

_COLUMNS = "id, citizen_id, name, role, phone, email, organisation"


def _contact(r: tuple) -> Contact:
    return Contact(r[0], r[1], r[2], ContactRole(r[3]), r[4], r[5], r[6])


def save_contact(db: sqlite_utils.Database, contact: Contact) -> Contact:
    """Insert (no id) or update a contact; a bad phone number or e-mail is refused."""
    contact = validate_contact(contact)
    values = [contact.name, contact.role.value, contact.phone, contact.email, contact.organisation]
    stamp = clock.now_iso()
    with transaction(db):
        if contact.id is None:
            contact_id = db.execute(
                "INSERT INTO contacts (name, role, phone, email, organisation, citizen_id, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [*values, contact.citizen_id, stamp, stamp],
            ).lastrowid
            action = "create"
        else:
            contact_id = contact.id
            db.execute(
                "UPDATE contacts SET name = ?, role = ?, phone = ?, email = ?, organisation = ?, "
                "updated_at = ? WHERE id = ?",
                [*values, stamp, contact_id],
            )
            db.execute(  # the steps they own say who they are now
                "UPDATE steps SET owner = ?, owner_name = ? WHERE contact_id = ?",
                [contact.role.step_owner.value, contact.name, contact_id],
            )
            action = "update"
        audit.record(
            db, action, citizen_id=contact.citizen_id, entity="contact", entity_id=contact_id
        )
    return get_contact(db, contact_id)


def get_contact(db: sqlite_utils.Database, contact_id: int) -> Contact:
    row = db.execute(f"SELECT {_COLUMNS} FROM contacts WHERE id = ?", [contact_id]).fetchone()
    if row is None:
        raise NotFoundError(_("Personen findes ikke (længere) i listen."))
    return _contact(row)


def list_contacts(db: sqlite_utils.Database, citizen_id: int) -> list[Contact]:
    """By name, the Danish way (æ, ø, å last)."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM contacts WHERE citizen_id = ?", [citizen_id]
    ).fetchall()
    return sorted((_contact(r) for r in rows), key=lambda c: (danish_sort_key(c.name), c.id))


def steps_owned_by(db: sqlite_utils.Database, contact_id: int) -> int:
    return db.execute("SELECT count(*) FROM steps WHERE contact_id = ?", [contact_id]).fetchone()[0]


def delete_contact(db: sqlite_utils.Database, contact_id: int, *, with_steps: bool = False) -> int:
    """Delete a contact; returns how many steps they owned (these stay, with the name)."""
    contact = get_contact(db, contact_id)
    owned = steps_owned_by(db, contact_id)
    if owned and not with_steps:
        raise ValidationError(
            "contact",
            n_(
                "{name} står for 1 skridt. Skridtet bliver i planen med navnet som tekst. "
                "Bekræft, at personen skal slettes fra listen.",
                "{name} står for {n} skridt. Skridtene bliver i planen med navnet som tekst. "
                "Bekræft, at personen skal slettes fra listen.",
                owned,
            ).format(name=contact.name, n=owned),
        )
    with transaction(db):
        db.execute(
            "UPDATE steps SET owner_name = ?, contact_id = NULL WHERE contact_id = ?",
            [contact.name, contact_id],
        )
        db.execute("DELETE FROM contacts WHERE id = ?", [contact_id])
        audit.record(
            db, "delete", citizen_id=contact.citizen_id, entity="contact", entity_id=contact_id
        )
    return owned
