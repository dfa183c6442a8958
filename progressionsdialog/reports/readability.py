"""How easy the citizen's plan is to read: LIX, and the sentences and words that make it hard.

LIX (Björnsson) = words per sentence + 100 × the share of long words (more than 6 letters).
Up to 30 is easy to read; the plan must stay there for readers with weak reading skills.

A hint for the worker before printing, never a block::

    found = check_plan(plan_texts(db, citizen_id))
    if found.hard:
        ...  # "Planen er svær at læse (LIX 39)", then found.long_sentences, found.long_words

What counts:

- a sentence ends at ``.``, ``!``, ``?`` or ``:`` (as in LIX), and at the end of each text
  and each line of it (a heading, a list item and a table cell are sentences of their own);
- a word is a run of letters (numbers and dates are not words);
- a *long sentence* has more than ``LONG_SENTENCE_WORDS`` (15) words: in plain Danish
  ("klarsprog") 15 is the usual upper bound, and one such sentence alone lifts a text of
  plain words above LIX 30;
- a *long word* to point at has at least ``LONG_WORD_LETTERS`` (14) letters. LIX counts
  every word of 7 letters or more, but Danish joins words ("sundhedshjælper"), so pointing
  at all of them would drown the worker in hints; the really long ones are worth a look.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import sqlite_utils

from progressionsdialog import clock

HARD_LIX = 30
LONG_SENTENCE_WORDS = 15
LONG_WORD_LETTERS = 14
LIX_LONG_WORD = 6  # LIX: a word of more letters than this is long

_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+")


@dataclass(frozen=True, slots=True)
class Readability:
    lix: float
    long_sentences: list[str]  # as written, in order
    long_words: list[str]  # each once, in order
    hard: bool  # LIX above 30


def sentences(text: str) -> list[str]:
    """The sentences of ``text``: split after . ! ? : and at each line.

    >>> sentences("Du har et mål. Det er godt\\nNæste skridt")
    ['Du har et mål.', 'Det er godt', 'Næste skridt']
    """
    found = []
    for line in text.splitlines():
        found += [part.strip() for part in _SENTENCE_END.split(line) if part.strip()]
    return found


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def lix(text: str) -> float:
    """LIX = words/sentences + 100 × long words/words (long: more than 6 letters).

    >>> round(lix("Du har et mål. Det er godt."), 1)
    3.5
    """
    return check_plan([text]).lix


def check_plan(texts: list[str]) -> Readability:
    """LIX over all ``texts`` together, and what to point at when they are hard to read.

    >>> found = check_plan(["Du skal i praktik.", "Vi ses igen om to uger."])
    >>> round(found.lix, 1), found.hard
    (15.0, False)
    """
    all_sentences = [s for text in texts for s in sentences(text) if words(s)]
    all_words = [w for s in all_sentences for w in words(s)]
    if not all_words:
        return Readability(0.0, [], [], False)
    long_count = sum(1 for w in all_words if len(w) > LIX_LONG_WORD)
    value = len(all_words) / len(all_sentences) + 100 * long_count / len(all_words)
    long_sentences = [s for s in all_sentences if len(words(s)) > LONG_SENTENCE_WORDS]
    long_words = list(dict.fromkeys(w for w in all_words if len(w) >= LONG_WORD_LETTERS))
    return Readability(value, long_sentences, long_words, value > HARD_LIX)


def plan_texts(
    db: sqlite_utils.Database,
    citizen_id: int,
    include_sensitive: bool = False,
    today: date | None = None,
) -> list[str]:
    """The words the worker typed that go into the citizen's plan, as the plan shows them:
    the goal, its open and reached sub-goals and important days, the latest HHH answers,
    "Det talte vi om", the efforts' agreed goals and results, the open steps, and what to
    bring to the next meeting. Names of people and places are left out: they are not the
    worker's sentences."""
    from progressionsdialog.reports.plan_parts import latest_talk, shown_efforts, shown_goal
    from progressionsdialog.storage.appointments import next_meeting
    from progressionsdialog.storage.hhh import list_hhh
    from progressionsdialog.storage.milestones import list_milestones
    from progressionsdialog.storage.steps import list_steps
    from progressionsdialog.storage.sub_goals import list_sub_goals
    from progressionsdialog.tools import load_tool

    today = today or clock.today()
    texts: list[str] = []
    goal = shown_goal(db, citizen_id)
    if goal is not None:
        texts.append(goal.citizen_wording)
        texts += [g.title for g in list_sub_goals(db, goal.id) if not g.dropped_on]
        texts += [m.title for m in list_milestones(db, goal.id) if not m.dropped_on]
    answers = list_hhh(db, citizen_id)
    if answers:
        texts += [answers[-1].what, answers[-1].why, answers[-1].how]
    talk = latest_talk(db, citizen_id, load_tool("halsnaes"), today)
    if talk is not None:
        texts += [note for _, note in talk[1]]
    efforts = shown_efforts(db, citizen_id, include_sensitive)
    texts += [e.agreed_goals for e in efforts] + [e.result for e in efforts]
    hidden = {e.id for e in shown_efforts(db, citizen_id, True)} - {e.id for e in efforts}
    texts += [
        st.what for st in list_steps(db, citizen_id, open_only=True) if st.effort_id not in hidden
    ]
    booked = next_meeting(db, citizen_id)
    if booked and booked.bring:
        texts.append(booked.bring)
    return [t.strip() for t in texts if t and t.strip()]


def story_texts(story: list) -> list[str]:
    """The plain text of every paragraph in a reportlab story, in order (tables, lists and
    kept-together groups opened up): what the reader reads."""
    found: list[str] = []

    def walk(item) -> None:
        if hasattr(item, "getPlainText"):
            found.append(item.getPlainText())
        elif hasattr(item, "_cellvalues"):
            for row in item._cellvalues:
                for cell in row:
                    walk(cell)
        elif isinstance(item, list | tuple):
            for part in item:
                walk(part)
        else:
            for attribute in ("_content", "_flowables"):
                if hasattr(item, attribute):
                    walk(getattr(item, attribute))

    walk(story)
    return [text for text in found if text.strip()]
