"""The PDFs read back: content, no private notes, embedded fonts, sane pages, bad input."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta

import pytest
from pypdf import PdfReader

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.meeting import IndicatorScore
from progressionsdialog.domain.plan import Effort, EffortKind, Goal, Hhh, Step, StepOwner
from progressionsdialog.reports.document import ReportError
from progressionsdialog.reports.make import make_report
from progressionsdialog.reports.plan import TEXTS
from progressionsdialog.reports.text import lix
from progressionsdialog.storage.audit import entries
from progressionsdialog.storage.citizens import add_citizen, list_citizens
from progressionsdialog.storage.efforts import save_effort
from progressionsdialog.storage.goals import save_goal
from progressionsdialog.storage.hhh import save_hhh
from progressionsdialog.storage.meetings import add_meeting, save_score
from progressionsdialog.storage.steps import save_step

PRIVATE = "HEMMELIG-NOTE-42"


def text_of(path) -> str:
    """The PDF's text with every run of white space as one space (lines wrap anywhere)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def pages(path) -> int:
    return len(PdfReader(path).pages)


@pytest.fixture
def hanne(demo_db):
    citizen = next(c for c in list_citizens(demo_db) if c.name == "Hanne Bøgh")
    meeting = add_meeting(demo_db, citizen.id, clock.today())
    save_score(
        demo_db,
        meeting,
        IndicatorScore("motivation", 9, 9, private_note=PRIVATE, shared_note="Glad for jobbet"),
    )
    save_goal(demo_db, Goal(None, citizen.id, citizen_wording="Fast job som hjemmehjælper"))
    save_hhh(demo_db, Hhh(None, citizen.id, what="Blive i jobbet", how="Tage aftenvagter"))
    save_step(
        demo_db,
        Step(
            None,
            citizen.id,
            "Ring til lederen om flere timer",
            StepOwner.CITIZEN,
            clock.today() + timedelta(days=7),
            agreed_meeting_id=meeting.id,
        ),
    )
    treatment = save_effort(
        demo_db, Effort(None, citizen.id, EffortKind.ADDICTION_TREATMENT, clock.today())
    )
    save_step(
        demo_db,
        Step(
            None, citizen.id, "Møde på misbrugscentret", StepOwner.CITIZEN, effort_id=treatment.id
        ),
    )
    return citizen


def test_the_plan_has_name_goal_and_steps_and_no_private_note(demo_db, hanne, tmp_path):
    out = make_report(demo_db, hanne.id, "plan", tmp_path / "plan.pdf")
    text = text_of(out)
    for expected in (
        "Din plan",
        "Hanne Bøgh",
        "Fast job som hjemmehjælper",
        "Blive i jobbet",
        "Ring til lederen om flere timer",
        "Jonas Friis",
        "Side 1 af",
    ):
        assert expected in text
    assert "Ikke besluttet endnu" in text  # the empty "why"
    assert PRIVATE not in text
    assert "misbrugscentret" not in text  # addiction stays out unless ticked
    assert 1 <= pages(out) <= 4  # Hanne's whole course: efforts, steps, people, wheel
    with_sensitive = make_report(
        demo_db, hanne.id, "plan", tmp_path / "p2.pdf", include_sensitive=True
    )
    assert "misbrugscentret" in text_of(with_sensitive)
    assert [e.action for e in entries(demo_db, hanne.id)][-2:] == ["print", "print"]


def test_the_handover_has_private_notes_only_when_ticked(demo_db, hanne, tmp_path):
    plain = text_of(make_report(demo_db, hanne.id, "handover", tmp_path / "h.pdf"))
    assert "Overleveringsrapport" in plain and "Plejecenter" in plain
    assert "Glad for jobbet" in plain and PRIVATE not in plain
    ticked = make_report(
        demo_db, hanne.id, "handover", tmp_path / "h2.pdf", include_private_notes=True
    )
    assert PRIVATE in text_of(ticked)


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler-utils) missing")
def test_every_font_is_embedded(demo_db, hanne, tmp_path):
    for kind in ("plan", "handover"):
        out = make_report(demo_db, hanne.id, kind, tmp_path / f"{kind}.pdf")
        listing = subprocess.run(
            ["pdffonts", str(out)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert listing, "no fonts listed"
        for line in listing:
            assert line.split()[-5] == "yes", line  # the "emb" column


def test_metadata_and_language(demo_db, hanne, tmp_path):
    reader = PdfReader(make_report(demo_db, hanne.id, "handover", tmp_path / "h.pdf"))
    assert reader.metadata.title == "Overleveringsrapport for Hanne Bøgh"
    assert reader.metadata.subject and reader.metadata.author
    assert reader.trailer["/Root"].get("/Lang") == "da-DK"


def test_a_citizen_with_nothing_yet(db, tmp_path):
    citizen = add_citizen(db, CitizenDraft(name="Ny Borger"))
    plan = text_of(make_report(db, citizen.id, "plan", tmp_path / "plan.pdf"))
    assert "I har ikke skrevet et mål endnu." in plan
    assert "I har ikke lavet et livshjul endnu." in plan
    assert "Der er ingen tal endnu." in plan
    handover = text_of(make_report(db, citizen.id, "handover", tmp_path / "h.pdf"))
    assert "Der er ingen samtaler endnu." in handover


def test_sixty_meetings_paginate_with_repeated_headers(db, tmp_path):
    citizen = add_citizen(db, CitizenDraft(name="Mange Samtaler", birth_or_cpr="01-01-1970"))
    start = clock.today() - timedelta(days=14 * 60)
    for i in range(60):
        meeting = add_meeting(db, citizen.id, start + timedelta(days=14 * i))
        save_score(
            db,
            meeting,
            IndicatorScore(
                "motivation", 1 + i % 10, 1 + (i + 3) % 10, shared_note=f"Samtale nummer {i + 1}."
            ),
        )
    out = make_report(db, citizen.id, "handover", tmp_path / "h.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) >= 3
    table_pages = [p.extract_text() for p in reader.pages if "Samtale nummer" in p.extract_text()]
    assert len(table_pages) >= 2
    assert all("Dato" in text for text in table_pages)  # the header comes again on each page
    assert "Samtale nummer 60." in text_of(out)


def test_a_5000_character_step(db, tmp_path):
    citizen = add_citizen(db, CitizenDraft(name="Lang Tekst"))
    save_step(db, Step(None, citizen.id, "ord " * 1250))
    out = make_report(db, citizen.id, "plan", tmp_path / "plan.pdf")
    assert pages(out) >= 2


def test_an_output_path_that_cannot_be_written(demo_db, hanne, tmp_path):
    with pytest.raises(ReportError, match="findes ikke"):
        make_report(demo_db, hanne.id, "plan", tmp_path / "no" / "such" / "plan.pdf")
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(ReportError):
        make_report(demo_db, hanne.id, "plan", blocker / "plan.pdf")


def test_characters_outside_the_font_become_readable(db, tmp_path):
    citizen = add_citizen(db, CitizenDraft(name="Anna 漢 Berg 𝔘 😀"))
    text = text_of(make_report(db, citizen.id, "plan", tmp_path / "plan.pdf"))
    assert "Anna ? Berg ?" in text


def test_arabic_and_vietnamese_names_render(db, tmp_path):
    for name in ("أمينة حسن", "Nguyễn Thị Lan"):
        citizen = add_citizen(db, CitizenDraft(name=name))
        out = make_report(db, citizen.id, "plan", tmp_path / f"{citizen.id}.pdf")
        assert pages(out) == 1
    assert "Nguyễn Thị Lan" in text_of(tmp_path / f"{citizen.id}.pdf")


def test_the_fixed_texts_of_the_plan_are_easy_to_read():
    sentences = " ".join(
        text if text.rstrip().endswith(".") else text + "." for text in TEXTS.values()
    )
    assert lix(sentences) <= 30


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) missing")
def test_a_meeting_and_what_was_talked_about_stay_on_one_page(db, tmp_path):
    import re

    citizen = add_citizen(db, CitizenDraft(name="Mange Noter", birth_or_cpr="01-01-1970"))
    start = clock.today() - timedelta(days=14 * 40)
    for i in range(40):
        meeting = add_meeting(db, citizen.id, start + timedelta(days=14 * i))
        for key in ("motivation", "personal_resources", "competences", "job_search"):
            save_score(db, meeting, IndicatorScore(key, 5, 5, shared_note=f"Samtale {i + 1}."))
    out = make_report(db, citizen.id, "handover", tmp_path / "h.pdf")
    continued = 0
    for n in range(2, pages(out) + 1):
        lines = subprocess.run(
            ["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(out), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split("\n")
        body = [line.strip() for line in lines if line.strip()]
        if body and body[0].startswith("Dato"):  # the table goes on here
            continued += 1
            assert re.match(r"\d\d-\d\d-\d{4} ", body[1]), body[1]  # a meeting, not its note
    assert continued >= 2


def test_a_note_taller_than_a_page_still_prints(db, tmp_path):
    citizen = add_citizen(db, CitizenDraft(name="Lang Note", birth_or_cpr="01-01-1970"))
    meeting = add_meeting(db, citizen.id, clock.today())
    long_note = "Vi talte om mange ting. " * 400  # about 9,600 characters
    save_score(db, meeting, IndicatorScore("motivation", 5, 5, shared_note=long_note))
    out = make_report(db, citizen.id, "handover", tmp_path / "h.pdf")
    assert pages(out) >= 3
    assert text_of(out).count("mange ting.") == 400  # a page may break inside a sentence
