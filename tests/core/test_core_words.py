"""The core's sentences in English: every text given to ``_``/``n_`` has an English entry.

A Danish sentence left out of ``resources/translations/core_en.json`` would show in the
English window, on its charts and in its PDFs; an entry no code uses any more is dead
weight that hides the real gaps. Both fail here.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from progressionsdialog import i18n
from progressionsdialog.i18n import _, n_, speaking

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "core_en.json"
PLACEHOLDER = re.compile(r"{[a-z_]*}")


def texts_in_code() -> dict[str, str]:
    """Every literal text given to ``_`` or ``n_`` in the core → where it is."""
    found = {}
    for path in sorted((ROOT / "progressionsdialog").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id not in ("_", "n_"):
                continue
            for arg in node.args[: 1 if node.func.id == "_" else 2]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found[arg.value] = f"{path.relative_to(ROOT)}:{node.lineno}"
    return found


TEXT_RULES = ("validate_name", "validate_text")  # they translate the ``label`` they are given


def labels_given_to_text_rules() -> dict[str, str]:
    """Every literal ``label`` handed to ``validate_name``/``validate_text`` → where it is.

    The rules put the label into their message (``"{label} må ikke være tomt."``) and
    translate it there, so each label needs English too.
    """
    found = {}
    for path in sorted((ROOT / "progressionsdialog").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in TEXT_RULES:
                continue
            given = [kw.value for kw in node.keywords if kw.arg == "label"] + node.args[2:3]
            for arg in given:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found[arg.value] = f"{path.relative_to(ROOT)}:{node.lineno}"
    return found


def texts_passed_through_variables() -> set[str]:
    """Labels the core keeps in tables and hands to ``_`` through a variable."""
    from progressionsdialog.domain.citizen import TARGET_GROUP_LABELS
    from progressionsdialog.domain.company import RESULT_LABELS
    from progressionsdialog.domain.contacts import CONTACT_ROLE_LABELS
    from progressionsdialog.domain.lifecycle import OUTCOME_LABELS as PLAN_OUTCOME_LABELS
    from progressionsdialog.domain.meeting import MEETING_KIND_LABELS
    from progressionsdialog.domain.outcome import OUTCOME_LABELS
    from progressionsdialog.domain.plan import (
        NOT_DECIDED,
        STEP_STATUS_LABELS,
        TRACK_LABELS,
        EffortKind,
        GoalKind,
        GoalStatus,
        StepOwner,
    )
    from progressionsdialog.domain.screening import AREAS, STATUS_LABELS
    from progressionsdialog.storage.hhh import _LABELS as HHH_LABELS

    labels = {NOT_DECIDED} | statistics_labels() | report_texts()
    for kinds in (EffortKind, GoalKind, GoalStatus, StepOwner):
        labels |= {kind.label for kind in kinds}
    for table in (
        TARGET_GROUP_LABELS,
        CONTACT_ROLE_LABELS,
        PLAN_OUTCOME_LABELS,
        OUTCOME_LABELS,
        STATUS_LABELS,
        HHH_LABELS,
        MEETING_KIND_LABELS,
        TRACK_LABELS,
        RESULT_LABELS,
        STEP_STATUS_LABELS,
    ):
        labels |= set(table.values())
    labels |= {area.label for area in AREAS} | {area.question for area in AREAS}
    from progressionsdialog.domain import audit_words

    for table in (
        audit_words.ACTIONS,
        audit_words.ENTITIES,
        audit_words.REPORTS,
        audit_words.FIELDS,
        audit_words.INDICATORS,
        audit_words.WORDS,
    ):
        labels |= set(table.values())
    return labels | set(labels_given_to_text_rules())


def report_texts() -> set[str]:
    """The PDFs' and the progression chart's Danish tables, shown through ``_``."""
    from progressionsdialog.charts.progression import NO_MEETINGS
    from progressionsdialog.reports import blank_sheets, plan_texts, team

    texts = {NO_MEETINGS, team.NO_CHART}
    texts |= set(plan_texts.TEXTS.values()) | set(plan_texts.EFFORT_PURPOSE.values())
    texts |= set(plan_texts.OWNER_WORDS.values())
    return texts | set(blank_sheets.TEXTS.values())


def statistics_labels() -> set[str]:
    """The team statistics' and charts' Danish constants, shown through ``_``."""
    from progressionsdialog.charts import style
    from progressionsdialog.statistics.indicators import (
        BENEFIT_BANDS,
        GROUPING_TITLES,
        GROUPINGS,
        WHO,
    )
    from progressionsdialog.statistics.privacy import SMALL
    from progressionsdialog.statistics.projects import NOT_RECORDED

    labels = {SMALL, NOT_RECORDED}
    labels |= set(WHO.values()) | set(GROUPINGS.values()) | set(GROUPING_TITLES.values())
    labels |= {band for _top, band in BENEFIT_BANDS}
    labels |= {
        line["label"]
        for line in (style.CITIZEN, style.WORKER, style.FIRST, style.PREVIOUS, style.LATEST)
    }
    return labels


def english() -> dict[str, str]:
    return json.loads(CATALOGUE.read_text(encoding="utf-8"))


def test_every_core_text_has_english():
    wanted = set(texts_in_code()) | texts_passed_through_variables()
    missing = sorted(wanted - set(english()))
    assert missing == [], f"add to {CATALOGUE.name}: {missing}"


def test_no_english_entry_is_left_over():
    used = set(texts_in_code()) | texts_passed_through_variables()
    assert sorted(set(english()) - used) == []


def test_english_keeps_the_placeholders_and_is_not_danish():
    for danish, text in english().items():
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(danish)), danish
        assert text.strip(), danish
        assert not re.search("[æøåÆØÅ]", text), f"{danish!r} → {text!r} is still Danish"


def test_the_window_language_reaches_the_core():
    try:
        i18n.set_language("en")
        assert _("Ingen åbne skridt.") == "No open steps."
        with speaking("da"):
            assert _("Ingen åbne skridt.") == "Ingen åbne skridt."
    finally:
        i18n.set_language("da")
    assert _("Ingen åbne skridt.") == "Ingen åbne skridt."


@pytest.mark.parametrize(
    ("count", "expected"), [(0, "0 meetings."), (1, "1 meeting."), (2, "2 meetings.")]
)
def test_counts_take_the_right_form(count, expected):
    with speaking("en"):
        assert n_("{n} samtale.", "{n} samtaler.", count).format(n=count) == expected
    danish = n_("{n} samtale.", "{n} samtaler.", count).format(n=count)
    assert danish == (f"{count} samtale." if count == 1 else f"{count} samtaler.")


def test_an_unknown_language_speaks_danish():
    assert i18n.set_language("klingon") == "da"
    with speaking("xx"):
        assert _("Ingen åbne skridt.") == "Ingen åbne skridt."
