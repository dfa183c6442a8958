"""Modules that libraries import but the program seldom or never uses, loaded on first use.

Each is imported as usual, but its code runs the first time something in it is read
(``importlib.util.LazyLoader``); until then it costs neither time nor memory:

- ``fontTools.agl``: matplotlib's ``dviread`` (TeX output, which we never make) imports it
  with every ``Figure``: a 4,500-glyph table, about 1.5 MB for as long as the program runs.
- ``dateutil.parser``: sqlite-utils' date recipes, which we do not use; about 5 ms at start.

``install()`` puts a finder first in ``sys.meta_path`` that answers only for these names,
by asking the other finders (the bundle's own importer too) and wrapping their loader.

The same finder answers for ``sqlite_utils``, not lazily: its code runs at once, but inside
``progressionsdialog.storage.lean_import.lean()``, whichever module imports it first.
"""

from __future__ import annotations

import sys

LAZY = frozenset({"fontTools.agl", "dateutil.parser"})
LEAN = "sqlite_utils"


class LazyFinder:
    """Finds the modules in ``LAZY`` as the other finders do, with a loader that waits;
    and ``LEAN`` with a loader that imports it lean."""

    def find_spec(self, name, path, target=None):
        if name not in LAZY and name != LEAN:
            return None
        import importlib.util

        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None and spec.loader is not None:
                if name == LEAN:
                    spec.loader = _LeanLoader(spec.loader)
                else:
                    spec.loader = importlib.util.LazyLoader(spec.loader)
                return spec
        return None

    def invalidate_caches(self) -> None:
        pass


class _LeanLoader:
    """``loader``, with the module's code run inside ``lean_import.lean()``."""

    def __init__(self, loader) -> None:
        self._loader = loader

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module) -> None:
        from progressionsdialog.storage.lean_import import lean

        with lean():
            self._loader.exec_module(module)

    def __getattr__(self, name: str):  # get_source, is_package ... as the real loader's
        return getattr(self._loader, name)


def install() -> None:
    if not any(isinstance(finder, LazyFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, LazyFinder())


def is_loaded(name: str) -> bool:
    """``True`` once ``name``'s code has run (a lazy module that was never read: ``False``)."""
    module = sys.modules.get(name)
    return module is not None and type(module).__name__ != "_LazyModule"
