"""The worker's recommended next step: what the worker advises the next caseworker or the
virksomhedskonsulent to do ("Start virksomhedspraktik i ældreplejen, 12 timer om ugen").

It is the worker's word, not the citizen's: it goes into the handover, never onto the
citizen's screen or into the citizen's printed plan.

    >>> validate_recommendation("  Start virksomhedspraktik i ældreplejen, 12 timer om ugen ")
    'Start virksomhedspraktik i ældreplejen, 12 timer om ugen'
    >>> try:
    ...     validate_recommendation("  ")
    ... except ValidationError as refused:
    ...     print(refused.field, "–", refused.message[:30])
    recommendation – Anbefalingen må ikke være tom.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from progressionsdialog.domain.plan import PLAN_TEXT_MAX
from progressionsdialog.domain.text import validate_text
from progressionsdialog.errors import ValidationError
from progressionsdialog.i18n import _

FIELD = "recommendation"


@dataclass(frozen=True, slots=True)
class Recommendation:
    id: int | None
    citizen_id: int
    text: str
    written_on: date


def validate_recommendation(text: str | None) -> str:
    """The cleaned text; empty or longer than the plan's texts is refused in Danish."""
    cleaned = validate_text(text, FIELD, "Anbefalingen", max_length=PLAN_TEXT_MAX)
    if not cleaned:
        raise ValidationError(
            FIELD,
            _(
                "Anbefalingen må ikke være tom. Skriv det næste skridt, du anbefaler, "
                "eller slet anbefalingen."
            ),
        )
    return cleaned
