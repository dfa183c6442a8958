"""Each kind of audit detail the storage writes, told in Danish with no internal keys."""

from __future__ import annotations

import doctest
from dataclasses import replace

import pytest

from progressionsdialog.domain import audit_words
from progressionsdialog.domain.audit_words import what_was_done
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.screening import ScreeningArea
from progressionsdialog.storage import audit
from progressionsdialog.storage.citizens import add_citizen, update_citizen


def test_the_module_examples_hold():
    result = doctest.testmod(audit_words)
    assert result.attempted >= 3
    assert result.failed == 0


@pytest.mark.parametrize(
    ("action", "entity", "detail", "said"),
    [
        ("create", "citizen", "", ("Oprettede", "borger")),
        ("print", "report", "plan", ("Udskrev", "borgerens plan")),
        ("print", "report", "særrapport", ("Udskrev", "særrapport")),  # unknown: as written
        ("view", "report", "", ("Så", "dokument")),
        (
            "update",
            "meeting",
            "score competences",
            ("Ændrede", "samtale: score for Kompetencer"),
        ),
        ("update", "meeting", "score new_key", ("Ændrede", "samtale: score for new_key")),
        (
            "update",
            "meeting",
            "meeting 01-03-2026",
            ("Ændrede", "samtale: dato, art eller deltagere (samtalen 01-03-2026)"),
        ),
        (
            "delete",
            "goal",
            "with 2 sub-goals and 3 milestones",
            ("Slettede", "mål: med 2 delmål og 3 milepæle"),
        ),
        ("update", "citizen", "name,phone,email", ("Ændrede", "borger: navn, telefon, e-mail")),
        ("update", "citizen", "name,shoe_size", ("Ændrede", "borger: name,shoe_size")),
        ("update", "step", "not_done", ("Ændrede", "skridt: ikke udført")),
        ("update", "goal", "undo", ("Ændrede", "mål: fortrudt")),
        (
            "erase",
            "citizen",
            "again after a restore",
            ("Slettede for altid", "borger: igen efter en gendannelse"),
        ),
        ("update", "screening", "date", ("Ændrede", "screening: datoen")),
        ("update", "screening", "no_such_area", ("Ændrede", "screening: no_such_area")),
        ("update", "company_effort", "virksomhed", ("Ændrede", "company_effort: virksomhed")),
        ("frobnicate", "citizen", "", ("frobnicate", "borger")),
    ],
)
def test_each_detail_in_words(action, entity, detail, said):
    assert what_was_done(action, entity, detail) == said


@pytest.mark.parametrize("area", list(ScreeningArea))
def test_every_screening_area_is_named_not_keyed(area):
    verb, thing = what_was_done("update", "screening", area.value)
    assert (verb, thing) == ("Ændrede", f"screening: {area.label}")
    assert area.value not in thing


def test_a_citizen_edit_read_back_from_the_log(db):
    anna = add_citizen(db, CitizenDraft(name="Anna Berg", birth_or_cpr="01-01-1980"))
    draft = CitizenDraft(name="Anna Holm", birth_or_cpr="01-01-1980", phone="40 11 72 93")
    update_citizen(db, anna.id, draft)
    update_citizen(db, anna.id, replace(draft))  # saved with nothing changed
    said = [what_was_done(e.action, e.entity, e.detail) for e in audit.entries(db, anna.id)]
    assert said[-2:] == [("Ændrede", "borger: navn, telefon"), ("Ændrede", "borger")]
