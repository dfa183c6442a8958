"""In the English window the core's messages are English (issue 12: "English mode is half
Danish"): the validation a form shows, the password hints, the screening's words.

Each message is made inside ``speaking("en")``, as the window makes it after
``set_language("en")``, and must have no æ/ø/å and differ from the Danish one.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from progressionsdialog import clock
from progressionsdialog.domain.citizen import (
    CitizenDraft,
    TargetGroup,
    parse_birth_or_cpr,
    validate_email,
    validate_phone,
)
from progressionsdialog.domain.contacts import ContactRole
from progressionsdialog.domain.cpr import Cpr
from progressionsdialog.domain.dates import parse_date
from progressionsdialog.domain.lifecycle import Outcome, check_closing, dropped_reason_missing
from progressionsdialog.domain.outcome import OutcomeStatus, validate_project_name
from progressionsdialog.domain.password import strength, validate_new_password
from progressionsdialog.domain.screening import (
    ANSWER_MAX,
    AreaAnswer,
    AreaStatus,
    ScreeningArea,
    validate_answer,
    validate_screening_date,
)
from progressionsdialog.domain.text import LONG_TEXT_MAX, NAME_MAX, validate_name, validate_text
from progressionsdialog.errors import ValidationError
from progressionsdialog.i18n import speaking
from progressionsdialog.storage.backup import RestoreResult
from progressionsdialog.storage.goals import GoalParts

DANISH = re.compile("[æøåÆØÅ]")
TODAY = date(2026, 3, 1)


def message_in(language: str, make) -> str:
    """The message of the ``ValidationError`` that ``make()`` raises in ``language``."""
    with speaking(language), pytest.raises(ValidationError) as caught:
        make()
    assert str(caught.value) == caught.value.message
    return caught.value.message


def assert_english(english: str, danish: str) -> None:
    assert english.strip()
    assert not DANISH.search(english), english
    assert english != danish


RAISING = {
    "empty name": lambda: validate_name("   "),
    "long company name": lambda: validate_name("x" * (NAME_MAX + 1), label="Virksomhedens navn"),
    "too long note": lambda: validate_text("x" * (LONG_TEXT_MAX + 1), "note", "Noten"),
    "control character": lambda: validate_text("a\x07b", "place", "Stedet"),
    "future birth date": lambda: parse_birth_or_cpr("01-01-2999"),
    "birth date in no form": lambda: parse_birth_or_cpr("i går"),
    "malformed phone": lambda: validate_phone("20 30 4x 50"),
    "malformed e-mail": lambda: validate_email("kim@jobcentret"),
    "no real date": lambda: parse_date("31-02-2026"),
    "cpr with no real date": lambda: Cpr.parse("310299-1234"),
    "short password": lambda: validate_new_password("kort", "kort"),
    "passwords differ": lambda: validate_new_password("lang nok 123", "lang nok 124"),
    "screening in the future": lambda: validate_screening_date(
        TODAY + timedelta(days=1), today=TODAY
    ),
    "screening words too long": lambda: validate_answer(
        AreaAnswer(ScreeningArea.HOUSING, AreaStatus.BARRIER, "x" * (ANSWER_MAX + 1))
    ),
    "closing in the future": lambda: check_closing(TODAY + timedelta(days=1), "", today=TODAY),
    "dropped with no reason": lambda: check_closing(
        TODAY, "", missing=dropped_reason_missing("målet"), today=TODAY
    ),
    "project with no name": lambda: validate_project_name("  "),
}


@pytest.mark.parametrize("make", RAISING.values(), ids=RAISING.keys())
def test_validation_messages_are_english(make):
    assert_english(message_in("en", make), message_in("da", make))


def test_the_label_goes_into_the_english_sentence():
    assert message_in("en", lambda: validate_name("")) == "The name must not be empty."
    assert message_in("da", lambda: validate_name("")) == "Navnet må ikke være tomt."
    too_long = message_in("en", lambda: validate_text("x" * 11, "place", "Stedet", max_length=10))
    assert too_long == "The place is too long: 11 characters. There is room for 10."


def test_screening_words_name_the_area_in_english():
    make = RAISING["screening words too long"]
    assert message_in("en", make).startswith("The citizen's words about Housing are too long")
    assert message_in("da", make).startswith("Borgerens ord om Bolig er for lange")


def test_a_citizen_form_lists_every_problem_in_english():
    draft = CitizenDraft(name="", birth_or_cpr="01-01-2999", phone="12", email="a@b")
    with speaking("en"):
        problems = {field: error.message for field, error in draft.problems().items()}
    assert set(problems) == {"name", "birth", "phone", "email"}
    for message in problems.values():
        assert not DANISH.search(message), message


def test_password_hints_are_english():
    for password in ("kort", "korrekthest", "korrekt hest b", "korrekt hest batteri klips"):
        with speaking("en"):
            english = strength(password)[1]
        assert_english(english, strength(password)[1])


LABELS = {
    "screening areas": lambda: [area.label for area in ScreeningArea],
    "screening questions": lambda: [area.question for area in ScreeningArea],
    "screening statuses": lambda: [status.label for status in AreaStatus],
    "target groups": lambda: [group.label for group in TargetGroup],
    "contact roles": lambda: [
        role.label for role in ContactRole if role is not ContactRole.MENTOR
    ],  # "Mentor" is the same word in both
    "outcomes": lambda: [outcome.label for outcome in Outcome],
    "project outcomes": lambda: [status.label for status in OutcomeStatus],
}


@pytest.mark.parametrize("labels", LABELS.values(), ids=LABELS.keys())
def test_labels_are_english(labels):
    with speaking("en"):
        english = labels()
    for text, danish in zip(english, labels(), strict=True):
        assert_english(text, danish)


def test_the_eleven_screening_areas_in_english():
    with speaking("en"):
        names = [area.label for area in ScreeningArea]
    assert len(names) == 11
    assert names[0] == "Education and certificates" and "Health" in names


def test_counts_take_the_english_form():
    parts = GoalParts(sub_goals=1, milestones=2, steps=1, efforts=0)
    with speaking("en"):
        english = parts.describe()
    assert english == (
        "1 sub-goal and 2 milestones will be deleted with the goal. "
        "1 step will stay in the plan without a goal."
    )
    assert parts.describe() == (
        "1 delmål og 2 milepæle bliver slettet sammen med målet. 1 skridt bliver i planen uden mål."
    )
    several = GoalParts(sub_goals=3, milestones=0, steps=2, efforts=1)
    with speaking("en"):
        assert several.describe() == (
            "3 sub-goals will be deleted with the goal. "
            "2 steps and 1 effort will stay in the plan without a goal."
        )


def test_a_restore_is_told_in_english():
    result = RestoreResult(Path("db"), Path("before.db"), erased_again=2)
    with speaking("en"):
        english = result.message
    assert english.startswith("The backup has been restored. What was there before is saved in")
    assert "2 erased citizens" in english
    assert_english(english, result.message)


def test_the_window_language_is_used_when_the_message_is_made(monkeypatch):
    """A message is made when it is raised: the language in force then is the one shown."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    make = RAISING["future birth date"]
    danish, english = message_in("da", make), message_in("en", make)
    assert (danish, english) == (
        "Fødselsdatoen ligger i fremtiden.",
        "The date of birth is in the future.",
    )


def test_the_audit_log_speaks_english_in_the_english_window():
    from progressionsdialog.domain.audit_words import what_was_done

    with speaking("en"):
        assert what_was_done("print", "report", "handover with private notes") == (
            "Printed",
            "handover report with private notes",
        )
        assert what_was_done("update", "meeting", "score job_search 01-03-2026") == (
            "Changed",
            "meeting: score for Job search (the meeting 01/03/2026)",  # stored 01-03-2026
        )
    assert what_was_done("view", "citizen", "")[0] == "Så"
