"""PySide6 reads the source of every module imported after it; the program stops that.

For its ``__feature__`` switches (``snake_case``, ``true_property``), PySide6 asks of each
module imported after it whether the module's source mentions "PySide6": it reads the
whole file through ``inspect.getsource``. The program uses none of those switches. The
question cost 12 ms of each start from source (the window's modules), the idle time's
imports (matplotlib, reportlab) paid it again on their threads, and the sources stayed in
memory (``linecache``: 10-27 MB). In the bundle the modules have no source, and PySide6
answers "no" for every one of them: from source, it is told the same at the start.

If PySide6's internals change, nothing is changed here and it scans as before.
"""

from __future__ import annotations

import sys


def stop_source_scan() -> bool:
    """Every module imported from now on counts as not using ``__feature__``, as in the
    bundle; ``True`` if PySide6's scan was found and stopped."""
    import PySide6.QtCore  # noqa: F401 - the scan comes with PySide6's first module

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_no_feature
    return True


def _uses_no_feature(module) -> bool:
    return False
