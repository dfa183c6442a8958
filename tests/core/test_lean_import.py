"""sqlite-utils imported lean at start-up: what it leaves out still works when used."""

from __future__ import annotations

import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import sys
    from progressionsdialog.lazy_modules import is_loaded as lean_import_loaded
    from progressionsdialog.storage.lean_import import LazyPattern, import_sqlite_utils_lean

    import_sqlite_utils_lean()
    import re
    import sqlite_utils
    import sqlite_utils.db as sdb

    assert "numpy" not in sys.modules and "pandas" not in sys.modules
    assert "click" not in sys.modules, "click imported at start"
    assert not lean_import_loaded("dateutil.parser"), "dateutil loaded"
    assert isinstance(sdb._virtual_table_using_re, LazyPattern)
    from progressionsdialog.storage import lean_import

    assert re.compile is lean_import._real_compile, "re.compile not given back"

    db = sqlite_utils.Database(memory=True)
    db.execute("CREATE VIRTUAL TABLE notes USING fts5(text)")
    db.execute("CREATE TABLE plain (id INTEGER)")
    assert db["notes"].virtual_table_using == "FTS5"
    assert db["plain"].virtual_table_using is None
    assert db.quote_fts('job "i Frederikssund" kørekort') == '"job" "i Frederikssund" "kørekort"'
    from sqlite_utils.recipes import parsedate

    assert parsedate("7 March 2026") == "2026-03-07"
    assert lean_import_loaded("dateutil.parser")

    import sqlite_utils.utils
    import click

    assert sqlite_utils.utils.click.progressbar is click.progressbar  # the real one, on use
    with sqlite_utils.utils.progressbar(range(3), silent=False) as bar:
        assert list(bar) == [0, 1, 2]
    print("ok")
    """
)


def test_sqlite_utils_features_work_after_the_lean_import():
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_a_pattern_compiled_later_behaves_as_the_compiled_one():
    from progressionsdialog.storage.lean_import import LazyPattern

    pattern = LazyPattern(r"\s+|(\".*?\")", 0)
    assert pattern.split('a "b c" d') == ["a", None, "", '"b c"', "", None, "d"]
    assert pattern.pattern == r"\s+|(\".*?\")"
