"""Chart builders: matplotlib ``Figure`` objects drawn with Agg, shared by screens and PDFs.

matplotlib is imported inside the builders, so start-up does not pay for it. Every import
of matplotlib in the program comes after this package's, which first gives matplotlib a
settings folder that lasts (:func:`keep_font_list`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def keep_font_list() -> Path | None:
    """In the bundle, the folder where matplotlib keeps its list of the system's fonts.

    PyInstaller's hook for matplotlib gives it a new, empty settings folder each time a
    process of the bundle starts (``build.spec`` leaves that hook out), so matplotlib would
    look through every font of the system before the first chart of each start, and again
    in the drawing process: seconds on a laptop with hundreds of fonts. The program's cache
    folder keeps the list from one start to the next. From source, matplotlib's own folder
    lasts already: nothing is changed (``None``).
    """
    if not getattr(sys, "frozen", False):
        return None
    from platformdirs import user_cache_path

    folder = user_cache_path("progressionsdialog", appauthor=False) / "matplotlib"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:  # matplotlib's own folder (or its temporary one): slower, never wrong
        return None
    os.environ["MPLCONFIGDIR"] = str(folder)
    return folder


keep_font_list()
