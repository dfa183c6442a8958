"""Readability of the citizen's plan: LIX, long sentences and long words, and the words the
worker typed that go into the plan."""

from __future__ import annotations

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.meeting import IndicatorScore
from progressionsdialog.domain.plan import Effort, EffortKind, Goal, Step
from progressionsdialog.reports.plan_texts import fixed_texts
from progressionsdialog.reports.readability import (
    HARD_LIX,
    LONG_SENTENCE_WORDS,
    check_plan,
    lix,
    plan_texts,
    sentences,
)
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.efforts import save_effort
from progressionsdialog.storage.goals import save_goal
from progressionsdialog.storage.meetings import add_meeting, save_score
from progressionsdialog.storage.steps import save_step

HARD_SENTENCE = (
    "Borgeren skal i forbindelse med den virksomhedsrettede indsats dokumentere sin "
    "arbejdsmarkedsparathed over for kommunens beskæftigelsesafdeling inden udgangen af "
    "kvartalet."
)


def test_lix_counts_words_per_sentence_and_long_words():
    assert lix("") == 0
    assert round(lix("Du har et mål. Det er godt."), 1) == 3.5
    # 4 words, 1 sentence, 2 long (more than 6 letters): 4 + 50
    assert lix("Praktikken begynder mandag morgen") == 4 + 100 * 2 / 4


def test_each_line_and_each_text_is_a_sentence_of_its_own():
    assert sentences("Næste skridt\nSæt et kryds. Godt!") == [
        "Næste skridt",
        "Sæt et kryds.",
        "Godt!",
    ]
    assert check_plan(["Dit mål", "Dine svar"]).lix == 2


def test_the_fixed_texts_of_the_plan_are_easy_to_read():
    found = check_plan(fixed_texts())
    assert found.lix <= HARD_LIX
    assert not found.hard
    assert found.long_sentences == []


def test_hard_words_typed_by_the_worker_are_pointed_at(db):
    citizen = add_citizen(db, CitizenDraft(name="Svær Tekst"))
    save_goal(db, Goal(None, citizen.id, citizen_wording="Et job i et køkken."))
    save_step(db, Step(None, citizen.id, HARD_SENTENCE))
    found = check_plan(plan_texts(db, citizen.id))
    assert found.hard and found.lix > HARD_LIX
    assert found.long_sentences == [HARD_SENTENCE]
    assert len(HARD_SENTENCE.split()) > LONG_SENTENCE_WORDS
    assert "arbejdsmarkedsparathed" in found.long_words
    assert "beskæftigelsesafdeling" in found.long_words
    assert "kvartalet" not in found.long_words  # 9 letters: long for LIX, not worth a hint


def test_plan_texts_are_what_the_plan_shows_and_no_more(db):
    citizen = add_citizen(db, CitizenDraft(name="Mange Ord", birth_or_cpr="01-01-1980"))
    meeting = add_meeting(db, citizen.id, clock.today())
    save_score(
        db,
        meeting,
        IndicatorScore("motivation", 5, 5, shared_note="Du er glad.", private_note="PRIVAT"),
    )
    save_effort(
        db,
        Effort(None, citizen.id, EffortKind.ADDICTION_TREATMENT, clock.today(), None, "", "SKJULT"),
    )
    save_effort(
        db, Effort(None, citizen.id, EffortKind.MENTOR, clock.today(), None, "", "møde til tiden")
    )
    texts = plan_texts(db, citizen.id)
    assert "Du er glad." in texts and "møde til tiden" in texts
    assert "PRIVAT" not in texts and "SKJULT" not in texts
    assert "SKJULT" in plan_texts(db, citizen.id, include_sensitive=True)
