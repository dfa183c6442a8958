"""Parts of a screen built when first wanted, and the attributes that lead to them.

A screen builds a folded or hidden part late (``_build_body``, ``_build_reminders_tab``)
and keeps its widgets as ``_name``. Reading ``name`` builds the part if it is not built
yet, so a test or a key that reaches for a widget early still finds it:

    class Section(QWidget):
        date = BuiltOnUse[DateField]("_build_body")  # self._date, built by _build_body()
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class BuiltOnUse(Generic[T]):
    """``obj.name``: ``obj.<build>()`` (which returns at once once built), then
    ``obj._name``."""

    def __init__(self, build: str) -> None:
        self._build = build
        self._stored = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._stored = "_" + name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> BuiltOnUse[T]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> T: ...
    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        getattr(obj, self._build)()
        return getattr(obj, self._stored)
