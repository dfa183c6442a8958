"""How each life area moved since the last wheel: ▲ better, ▼ worse, = the same.

Areas are matched by name, ignoring case and surrounding spaces, because the citizen's
own areas carry over from wheel to wheel and may be re-typed with other capitals.

>>> from progressionsdialog.domain.life_wheel import LifeWheel
>>> before = LifeWheel.from_names(["Familie", "Bolig", "Job"]).set_score(0, 4).set_score(1, 7)
>>> after = (LifeWheel.from_names([" familie", "Bolig", "Job", "Helbred"])
...          .set_score(0, 6).set_score(1, 5).set_score(2, 3).set_score(3, 8))
>>> [(c.name, c.before, c.after, c.mark) for c in area_changes(before, after)]
[('familie', 4, 6, '▲'), ('Bolig', 7, 5, '▼'), ('Job', None, 3, ''), ('Helbred', None, 8, '')]
>>> [c.is_new for c in area_changes(before, after)]
[False, False, False, True]
"""

from __future__ import annotations

from dataclasses import dataclass

from progressionsdialog.domain.life_wheel import LifeWheel

UP, DOWN, SAME = "▲", "▼", "="


@dataclass(frozen=True, slots=True)
class AreaChange:
    """One area of the latest wheel with its score then and now.

    ``before`` is None when the area is new or was not scored last time; ``in_previous``
    tells the two apart (left out, an area with no score before counts as new).
    """

    name: str
    before: int | None
    after: int | None
    in_previous: bool | None = None

    @property
    def is_new(self) -> bool:
        """True when the last wheel had no area of this name."""
        if self.in_previous is None:
            return self.before is None
        return not self.in_previous

    @property
    def mark(self) -> str:
        """▲, ▼ or =; empty when the area is new or one of the two scores is missing."""
        if self.is_new or self.before is None or self.after is None:
            return ""
        if self.after > self.before:
            return UP
        if self.after < self.before:
            return DOWN
        return SAME


def _key(name: str) -> str:
    return name.strip().casefold()


def area_changes(previous: LifeWheel | None, latest: LifeWheel) -> list[AreaChange]:
    """One change per area of ``latest``, in its order, against ``previous`` (or nothing)."""
    earlier = {} if previous is None else {_key(a.name): a.score for a in previous.areas}
    return [
        AreaChange(
            name=area.name,
            before=earlier.get(_key(area.name)),
            after=area.score,
            in_previous=_key(area.name) in earlier,
        )
        for area in latest.areas
    ]
