"""The life wheel (livshjul): the citizen's own life areas, each scored 0–10.

A wheel is immutable; each change returns a new wheel or raises a Danish ``ValidationError``,
so a slip never leaves a half-changed wheel.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from enum import StrEnum

from progressionsdialog.domain.text import validate_name, validate_text
from progressionsdialog.errors import ValidationError
from progressionsdialog.resource_files import resource_path

MIN_AREAS, MAX_AREAS = 3, 12
AREA_NAME_MAX = 60
WORDS_MAX = 500
SCORE_MIN, SCORE_MAX = 0, 10


class AreaStatus(StrEnum):
    NONE = "none"
    WORKS_WELL = "works_well"
    WANTS_CHANGE = "wants_change"

    @property
    def label(self) -> str:
        return {
            "none": "Ikke valgt",
            "works_well": "Fungerer godt",
            "wants_change": "Jeg vil gerne ændre noget",
        }[self.value]


@dataclass(frozen=True, slots=True)
class LifeArea:
    name: str
    score: int | None = None
    status: AreaStatus = AreaStatus.NONE
    citizen_words: str = ""
    id: int | None = None  # set once stored


def validate_area_score(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("score", "Scoren skal være et tal fra 0 til 10.")
    if not SCORE_MIN <= value <= SCORE_MAX:
        raise ValidationError("score", "Scoren skal være et tal fra 0 til 10.")
    return value


def validate_area_name(text: str) -> str:
    name = validate_name(text, field="area_name", label="Navnet på livsområdet")
    if len(name) > AREA_NAME_MAX:
        raise ValidationError(
            "area_name",
            f"Navnet på livsområdet er for langt: {len(name)} tegn. "
            f"Der er plads til {AREA_NAME_MAX}. Brug et kort ord.",
        )
    return name


@dataclass(frozen=True, slots=True)
class LifeWheel:
    """The areas in the order they go round the wheel, clockwise from the top."""

    areas: tuple[LifeArea, ...] = ()

    @classmethod
    def from_names(cls, names: list[str]) -> LifeWheel:
        wheel = cls()
        for name in names:
            wheel = wheel.add_area(name)
        return wheel

    def __len__(self) -> int:
        return len(self.areas)

    def _check_unique(self, name: str, skip: int | None = None) -> None:
        for index, area in enumerate(self.areas):
            if index != skip and area.name.casefold() == name.casefold():
                raise ValidationError(
                    "area_name", f"Der er allerede et livsområde, der hedder {area.name}."
                )

    def add_area(self, name: str) -> LifeWheel:
        if len(self.areas) >= MAX_AREAS:
            raise ValidationError("areas", f"Hjulet kan højst have {MAX_AREAS} livsområder.")
        name = validate_area_name(name)
        self._check_unique(name)
        return LifeWheel((*self.areas, LifeArea(name)))

    def remove_area(self, index: int) -> LifeWheel:
        if len(self.areas) <= MIN_AREAS:
            raise ValidationError("areas", f"Hjulet skal have mindst {MIN_AREAS} livsområder.")
        self._index(index)
        return LifeWheel(self.areas[:index] + self.areas[index + 1 :])

    def rename_area(self, index: int, name: str) -> LifeWheel:
        name = validate_area_name(name)
        self._check_unique(name, skip=self._index(index))
        return self._replace(index, name=name)

    def move_area(self, index: int, to: int) -> LifeWheel:
        self._index(index)
        to = max(0, min(len(self.areas) - 1, to))
        areas = list(self.areas)
        areas.insert(to, areas.pop(index))
        return LifeWheel(tuple(areas))

    def set_score(self, index: int, score: int | None) -> LifeWheel:
        return self._replace(index, score=validate_area_score(score))

    def set_status(self, index: int, status: AreaStatus, words: str | None = None) -> LifeWheel:
        changes: dict = {"status": AreaStatus(status)}
        if words is not None:
            changes["citizen_words"] = validate_text(
                words, "citizen_words", "Teksten", max_length=WORDS_MAX
            )
        return self._replace(index, **changes)

    def restarted(self) -> LifeWheel:
        """A new wheel with the same areas, scores cleared: the start of the next meeting."""
        return LifeWheel(tuple(LifeArea(a.name) for a in self.areas))

    def _index(self, index: int) -> int:
        if not 0 <= index < len(self.areas):
            raise ValidationError("areas", "Livsområdet findes ikke (længere).")
        return index

    def _replace(self, index: int, **changes) -> LifeWheel:
        self._index(index)
        areas = list(self.areas)
        areas[index] = replace(areas[index], **changes)
        return LifeWheel(tuple(areas))


def suggestions(language: str = "da") -> list[str]:
    """The area names offered to the citizen, from ``resources/life_wheel.toml``."""
    data = tomllib.loads(resource_path("life_wheel.toml").read_text("utf-8"))
    return list(data["suggestions"].get(language) or data["suggestions"]["da"])
