"""Import sqlite-utils without the parts we never use at start-up, to keep start-up fast.

sqlite-utils' import costs about 65 ms, more than a third of what a start may cost beyond a
bare Qt window. Most of it is for features the program does not use, or not at start:

- numpy and pandas, when installed, only map their number types to columns. We never store
  such values, and numpy (installed for matplotlib) costs about 0.1 s. They are hidden for
  this one import and import normally afterwards.
- dateutil's parser (sqlite-utils' date recipes) is one of ``progressionsdialog.lazy_modules``.
- click draws progress bars for sqlite-utils' own command line (about 9 ms). While
  sqlite-utils is imported, ``click`` is a stand-in: the one thing read from it then is
  ``click.Group`` in a plugin hook's annotation, which nothing evaluates. Afterwards the
  stand-in passes every use on to the real click, imported on the first.
- Two regular expressions in ``sqlite_utils.db`` (one matches ``CREATE VIRTUAL TABLE`` with
  any Unicode name, case-insensitively: about 15 ms to compile) are compiled the first time
  they are used.

``tests/core/test_lean_import.py`` checks that the features behind all three still work,
and that the lazy parts are not loaded by the import.

Whoever imports sqlite-utils first, it is imported so: ``progressionsdialog.lazy_modules``
finds it with a loader that runs its code inside ``lean()``. Nothing imports it for the
window's first paint (the storage modules name its ``Database`` for type checkers only, and
``storage.database.open_connection`` gives the window a plain connection); it comes with
the first ``storage.database.as_database``.
"""

from __future__ import annotations

import importlib
import re
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

LAZY_PATTERN_MODULE = "sqlite_utils.db"


def import_sqlite_utils_lean() -> None:
    """Import sqlite-utils now. ``progressionsdialog.lazy_modules`` makes every import of it
    lean, whoever imports it first (``lean`` below)."""
    import sqlite_utils  # noqa: F401


@contextmanager
def lean() -> Iterator[None]:
    """Around sqlite-utils' own import: what it need not load is kept out meanwhile."""
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "import name" now fails
    click = None if "click" in sys.modules else ClickLater()
    if click is not None:
        sys.modules["click"] = click
    re.compile = _compile_later  # type: ignore[assignment]
    try:
        yield
    finally:
        re.compile = _real_compile
        for name in hidden:
            del sys.modules[name]
        if click is not None:
            del sys.modules["click"]  # the next "import click" is the real one
            click.importing = False


class ClickLater(types.ModuleType):
    """``click`` for sqlite-utils: a placeholder while it is imported, then the real one's."""

    def __init__(self) -> None:
        super().__init__("click")
        self.importing = True

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        if self.importing:  # ``click.Group`` in an annotation: never evaluated
            return type(name, (), {"__module__": "click"})
        return getattr(importlib.import_module("click"), name)


class LazyPattern:
    """A regular expression compiled when it is first used, then the compiled one's."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(*self._args)
        return getattr(self._compiled, name)


def _compile_later(pattern, flags=0):
    """``re.compile`` while sqlite-utils is imported: lazy for ``sqlite_utils.db``'s own
    module-level patterns (used only through their methods), real for everyone else."""
    caller = sys._getframe(1).f_globals.get("__name__")
    if caller == LAZY_PATTERN_MODULE and isinstance(pattern, str):
        return LazyPattern(pattern, flags)
    return _real_compile(pattern, flags)


_real_compile = re.compile
