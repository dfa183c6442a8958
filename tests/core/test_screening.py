"""Screening, step 1 of the three-step model (issue 13): the citizen's resources and barriers
in the areas a caseworker and a virksomhedskonsulent need, dated, redone later with the
history kept, and the barrier areas a team leader counts by – with the bad input the issue
names refused in Danish and nothing saved."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.screening import (
    ANSWER_MAX,
    AREAS,
    AreaAnswer,
    AreaStatus,
    ScreeningArea,
)
from progressionsdialog.errors import NotFoundError, ValidationError
from progressionsdialog.reports.make import make_report
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.meetings import add_meeting
from progressionsdialog.storage.migrations import SCREENING_AREAS, SCREENING_STATUSES
from progressionsdialog.storage.rights import erase_citizen, export_citizen
from progressionsdialog.storage.screening import (
    barrier_categories,
    date_screening,
    delete_screening,
    get_screening,
    latest_screening,
    list_screenings,
    restore_screening,
    save_answer,
    set_area_status,
    start_screening,
)

NOTE = "MEDARBEJDER-NOTE-17"


@pytest.fixture
def hanne(db):
    return add_citizen(db, CitizenDraft(name="Hanne Bøgh")).id


@pytest.fixture
def today():
    return clock.today()


def test_the_areas_are_the_issues_eleven_with_danish_labels_and_match_the_schema():
    labels = [area.label for area in AREAS]
    assert labels == [
        "Uddannelse og beviser",
        "Erhvervserfaring",
        "Jobønsker",
        "Dansk sprog",
        "Helbred",
        "Bolig",
        "Økonomi",
        "Netværk",
        "Omsorgsopgaver",
        "Transport og kørekort",
        "Digitale færdigheder",
    ]
    assert all(area.question.endswith("?") for area in AREAS)  # read aloud in the meeting
    assert tuple(a.key.value for a in AREAS) == SCREENING_AREAS
    assert tuple(s.value for s in AreaStatus) == SCREENING_STATUSES


def test_a_screening_is_saved_and_read_back(db, hanne, today):
    screening = start_screening(db, hanne)
    assert screening.screened_on == today and screening.meeting_id is None
    assert [a.status for a in screening.answers] == [AreaStatus.NOT_TALKED] * len(AREAS)
    save_answer(
        db,
        screening.id,
        AreaAnswer(
            ScreeningArea.EDUCATION,
            AreaStatus.RESOURCE,
            "  Social- og sundhedshjælper, eksamensbevis fundet  ",
        ),
    )
    save_answer(
        db,
        screening.id,
        AreaAnswer(ScreeningArea.HEALTH, AreaStatus.BOTH, "Gigt i hænderne", NOTE),
    )
    read = get_screening(db, screening.id)
    assert read.answer(ScreeningArea.EDUCATION).citizen_words == (
        "Social- og sundhedshjælper, eksamensbevis fundet"
    )
    health = read.answer(ScreeningArea.HEALTH)
    assert (health.status, health.citizen_words, health.worker_note) == (
        AreaStatus.BOTH,
        "Gigt i hænderne",
        NOTE,
    )
    assert read.answer(ScreeningArea.HOUSING).status is AreaStatus.NOT_TALKED
    assert [a.label for a in read.barriers()] == ["Helbred"]


def test_a_screening_dated_by_a_meeting_takes_its_day(db, hanne, today):
    meeting = add_meeting(db, hanne, today - timedelta(days=14))
    screening = start_screening(db, hanne, meeting_id=meeting.id)
    assert (screening.screened_on, screening.meeting_id) == (meeting.held_on, meeting.id)
    moved = date_screening(db, screening.id, today - timedelta(days=3))
    assert (moved.screened_on, moved.meeting_id) == (today - timedelta(days=3), None)


def test_redone_later_the_new_screening_starts_from_the_last_and_the_history_is_kept(
    db, hanne, today
):
    first = start_screening(db, hanne, today - timedelta(days=90))
    save_answer(db, first.id, AreaAnswer(ScreeningArea.DANISH, AreaStatus.BARRIER, "Lidt dansk"))
    save_answer(db, first.id, AreaAnswer(ScreeningArea.HOUSING, AreaStatus.BARRIER, "", NOTE))
    second = start_screening(db, hanne)
    assert second.answer(ScreeningArea.DANISH) == first_answer(db, first.id, ScreeningArea.DANISH)
    assert second.answer(ScreeningArea.HOUSING).worker_note == NOTE
    save_answer(
        db, second.id, AreaAnswer(ScreeningArea.DANISH, AreaStatus.RESOURCE, "Dansk på modul 3")
    )
    assert get_screening(db, first.id).answer(ScreeningArea.DANISH).citizen_words == "Lidt dansk"
    history = list_screenings(db, hanne)
    assert [s.screened_on for s in history] == [today - timedelta(days=90), today]
    assert [s.answer(ScreeningArea.DANISH).status for s in history] == [
        AreaStatus.BARRIER,
        AreaStatus.RESOURCE,
    ]
    assert latest_screening(db, hanne).id == second.id


def first_answer(db, screening_id, area):
    return get_screening(db, screening_id).answer(area)


def test_the_latest_is_the_latest_day_not_the_latest_typed(db, hanne, today):
    newer = start_screening(db, hanne, today)
    start_screening(db, hanne, today - timedelta(days=30))  # an old one entered afterwards
    assert latest_screening(db, hanne).id == newer.id
    assert latest_screening(db, add_citizen(db, CitizenDraft(name="Bo Holm")).id) is None


def test_barrier_categories_are_the_barrier_areas_of_each_citizens_latest_screening(
    db, hanne, today
):
    bo = add_citizen(db, CitizenDraft(name="Bo Holm")).id
    add_citizen(db, CitizenDraft(name="Carl Dahl"))  # never screened: not counted
    old = start_screening(db, hanne, today - timedelta(days=60))
    for area in (ScreeningArea.HEALTH, ScreeningArea.FINANCES):
        save_answer(db, old.id, AreaAnswer(area, AreaStatus.BARRIER))
    new = start_screening(db, hanne)  # health is still hard, the debt is sorted out
    save_answer(db, new.id, AreaAnswer(ScreeningArea.FINANCES, AreaStatus.RESOURCE))
    save_answer(db, new.id, AreaAnswer(ScreeningArea.TRANSPORT, AreaStatus.BOTH))
    save_answer(db, new.id, AreaAnswer(ScreeningArea.EDUCATION, AreaStatus.RESOURCE))
    bo_screening = start_screening(db, bo)
    save_answer(db, bo_screening.id, AreaAnswer(ScreeningArea.NETWORK, AreaStatus.RESOURCE))
    assert barrier_categories(db) == {
        hanne: ["Helbred", "Transport og kørekort"],
        bo: [],  # screened, with no barrier
    }


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (
            AreaAnswer(ScreeningArea.HOUSING, AreaStatus.BARRIER, "x" * (ANSWER_MAX + 1)),
            f"Borgerens ord om Bolig er for lange: {ANSWER_MAX + 1} tegn. Der er plads til "
            f"{ANSWER_MAX}.",
        ),
        (
            AreaAnswer(ScreeningArea.HOUSING, AreaStatus.BARRIER, "", "y" * (ANSWER_MAX + 5)),
            f"Medarbejderens note om Bolig er for lang: {ANSWER_MAX + 5} tegn.",
        ),
        (AreaAnswer("pets", AreaStatus.BARRIER), "Området «pets» findes ikke i screeningen."),
        (AreaAnswer(ScreeningArea.HOUSING, "maybe"), "Vælg ressource, barriere, begge dele"),
        (AreaAnswer(ScreeningArea.HOUSING, AreaStatus.BARRIER, "Bor\x00 hos"), "et tegn"),
    ],
)
def test_bad_answers_are_refused_in_danish_and_nothing_is_saved(db, hanne, answer, message):
    screening = start_screening(db, hanne)
    save_answer(db, screening.id, AreaAnswer(ScreeningArea.HOUSING, AreaStatus.RESOURCE, "Fin"))
    with pytest.raises(ValidationError, match=message):
        save_answer(db, screening.id, answer)
    kept = get_screening(db, screening.id).answer(ScreeningArea.HOUSING)
    assert (kept.status, kept.citizen_words) == (AreaStatus.RESOURCE, "Fin")


def test_a_screening_in_the_future_is_refused(db, hanne, today):
    tomorrow = today + timedelta(days=1)
    with pytest.raises(ValidationError, match="Screeningen kan ikke ligge i fremtiden"):
        start_screening(db, hanne, tomorrow)
    booked = add_meeting(db, hanne, today + timedelta(days=7))  # a meeting not yet held
    with pytest.raises(ValidationError, match="Screeningen kan ikke ligge i fremtiden"):
        start_screening(db, hanne, meeting_id=booked.id)
    assert list_screenings(db, hanne) == []
    screening = start_screening(db, hanne)
    with pytest.raises(ValidationError, match="Screeningen kan ikke ligge i fremtiden"):
        date_screening(db, screening.id, tomorrow)
    assert get_screening(db, screening.id).screened_on == today


def test_a_meeting_of_another_citizen_or_an_unknown_one_is_refused(db, hanne, today):
    bo = add_citizen(db, CitizenDraft(name="Bo Holm")).id
    theirs = add_meeting(db, bo, today)
    with pytest.raises(ValidationError, match="Samtalen hører ikke til borgeren"):
        start_screening(db, hanne, meeting_id=theirs.id)
    with pytest.raises(NotFoundError):
        save_answer(db, 999, AreaAnswer(ScreeningArea.HOUSING, AreaStatus.BARRIER))
    with pytest.raises(NotFoundError):
        start_screening(db, 999)


def test_a_new_choice_keeps_the_words_and_the_note(db, hanne):
    screening = start_screening(db, hanne)
    save_answer(
        db, screening.id, AreaAnswer(ScreeningArea.HOUSING, AreaStatus.BARRIER, "Søster", NOTE)
    )
    set_area_status(db, screening.id, ScreeningArea.HOUSING, AreaStatus.RESOURCE)
    assert get_screening(db, screening.id).answer(ScreeningArea.HOUSING) == AreaAnswer(
        ScreeningArea.HOUSING, AreaStatus.RESOURCE, "Søster", NOTE
    )


def test_deleted_and_restored_whole_for_undo(db, hanne):
    screening = start_screening(db, hanne)
    save_answer(db, screening.id, AreaAnswer(ScreeningArea.NETWORK, AreaStatus.BOTH, "Søster"))
    kept = get_screening(db, screening.id)
    delete_screening(db, screening.id)
    assert list_screenings(db, hanne) == []
    restore_screening(db, kept)
    assert get_screening(db, screening.id) == kept


def test_the_access_right_exports_the_screening_and_erasure_removes_it(db, hanne, tmp_path):
    screening = start_screening(db, hanne)
    save_answer(db, screening.id, AreaAnswer(ScreeningArea.HOUSING, AreaStatus.BARRIER, "", NOTE))
    data = json.loads(export_citizen(db, hanne, tmp_path / "e.json").read_text("utf-8"))
    assert [s["id"] for s in data["screenings"]] == [screening.id]
    assert NOTE in [a["worker_note"] for a in data["screening_answers"]]
    erase_citizen(db, hanne, "Hanne Bøgh")
    assert db.execute("SELECT count(*) FROM screening_answers").fetchone()[0] == 0
    assert barrier_categories(db) == {}


def test_the_workers_note_never_goes_into_the_citizens_printed_plan(db, hanne, tmp_path):
    from pypdf import PdfReader

    screening = start_screening(db, hanne)
    save_answer(db, screening.id, AreaAnswer(ScreeningArea.HEALTH, AreaStatus.BARRIER, "", NOTE))
    out = make_report(db, hanne, "plan", tmp_path / "plan.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Hanne Bøgh" in text and NOTE not in text
