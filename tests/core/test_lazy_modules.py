"""Modules loaded on first use: a report does not load matplotlib's TeX glyph table, a use
does."""

from __future__ import annotations

import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import sys, tempfile
    from pathlib import Path

    from progressionsdialog.lazy_modules import is_loaded
    from progressionsdialog.demo import create_demo_database
    from progressionsdialog.reports.make import make_report
    from progressionsdialog.storage import DB_FILENAME, open_database
    from progressionsdialog.storage.citizens import list_citizens

    folder = Path(tempfile.mkdtemp())
    create_demo_database(folder, with_project=True)
    db = open_database(folder / DB_FILENAME)
    hanne = next(c for c in list_citizens(db) if c.name.startswith("Hanne"))
    pdf = make_report(db, hanne.id, "handover", folder / "overlevering.pdf")
    assert pdf.stat().st_size > 10_000
    assert "matplotlib.dviread" in sys.modules and "fontTools.agl" in sys.modules
    assert not is_loaded("fontTools.agl"), "a report loaded matplotlib's TeX glyph table"

    import fontTools.agl

    assert fontTools.agl.toUnicode("Aring") == "Å"  # a use loads it, as if never lazy
    assert is_loaded("fontTools.agl")
    print("ok")
    """
)


def test_a_report_leaves_the_unused_modules_unloaded_and_a_use_loads_them():
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_the_finder_answers_only_for_its_modules():
    import fontTools

    from progressionsdialog.lazy_modules import LazyFinder

    assert LazyFinder().find_spec("json", None) is None
    spec = LazyFinder().find_spec("fontTools.agl", fontTools.__path__)
    assert type(spec.loader).__name__ == "LazyLoader"
