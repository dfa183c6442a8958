from datetime import date

import pytest

from progressionsdialog.domain.citizen import CitizenDraft, parse_birth_or_cpr
from progressionsdialog.domain.dates import format_date, parse_date
from progressionsdialog.domain.text import danish_sort_key, search_key, validate_name
from progressionsdialog.errors import ValidationError


@pytest.mark.parametrize("name", ["", "   ", "\t\n", "\u3000"])
def test_empty_or_whitespace_name_is_refused(name):
    with pytest.raises(ValidationError) as caught:
        validate_name(name)
    assert caught.value.message == "Navnet må ikke være tomt."


def test_a_500_character_name_is_refused_with_its_length():
    with pytest.raises(ValidationError) as caught:
        validate_name("A" * 500)
    assert "500 tegn" in caught.value.message
    assert "120" in caught.value.message


@pytest.mark.parametrize(
    "name",
    ["أمينة حسن", "Nguyễn Thị Lan", "Søren Ærø 😀", "Cabdullaahi Maxamed Xasan", "Åse-Marie Ø"],
)
def test_names_in_any_script_are_kept_as_typed(name):
    assert validate_name(name) == name


def test_control_characters_are_refused():
    with pytest.raises(ValidationError, match="tegn"):
        validate_name("Anna\x00Jensen")


def test_decomposed_letters_are_normalised():
    assert validate_name("Nguye\u0302\u0303n") == "Nguy\u1ec5n"


def test_draft_lists_every_problem_at_once():
    draft = CitizenDraft(name=" ", birth_or_cpr="310299-1234", phone="abc", email="no-at")
    problems = draft.problems()
    assert set(problems) == {"name", "birth", "phone", "email"}
    assert "rigtig dato" in problems["birth"].message
    assert problems["phone"].message.startswith("Telefonnummeret")


def test_birth_field_takes_a_date_or_a_cpr():
    assert parse_birth_or_cpr("07-03-1990") == (date(1990, 3, 7), None)
    born, cpr = parse_birth_or_cpr("070390-1234")
    assert born == date(1990, 3, 7) and str(cpr) == "070390-1234"
    with pytest.raises(ValidationError, match="fremtiden"):
        parse_birth_or_cpr("01-01-2099")
    with pytest.raises(ValidationError, match="dd-mm-åååå"):
        parse_birth_or_cpr("1990")


def test_danish_dates():
    assert format_date(date(2026, 11, 5)) == "05-11-2026"
    assert parse_date("5.11.2026") == date(2026, 11, 5)
    with pytest.raises(ValidationError, match="ikke en rigtig dato"):
        parse_date("30-02-2026")


def test_danish_sort_order_and_search_key():
    names = ["Østergaard", "Andersen", "Ågård", "Æbelø", "Zacho", "Élise"]
    assert sorted(names, key=danish_sort_key) == [
        "Andersen",
        "Élise",
        "Zacho",
        "Æbelø",
        "Østergaard",
        "Ågård",
    ]
    assert "elise" in search_key("Élise") and "ø" in search_key("Øst")
