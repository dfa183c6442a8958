"""PySide6 no longer reads the source of each module the program imports after it: not at
start, not in idle time (matplotlib, reportlab), and the sources are not kept in memory."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import linecache, sys
from ui.app import make_application

make_application()
feature = sys.modules["shibokensupport.feature"]
before = set(linecache.cache)
import ui.main_window, progressionsdialog.reports.make  # imported after PySide6
read = sorted(name for name in set(linecache.cache) - before)
marks = {m: feature.pyside_feature_dict.get(m) for m in ("ui.actions", "ui.screens.register")}
print(len(read), marks["ui.actions"], marks["ui.screens.register"])
"""


def test_modules_imported_after_pyside_are_not_read_as_text(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    # none read; each counts as not using __feature__ (-1), as in the bundle
    assert done.stdout.split() == ["0", "-1", "-1"]


def test_a_pyside6_without_the_scan_is_left_alone(monkeypatch):
    from ui import pyside_source_scan

    monkeypatch.setitem(sys.modules, "shibokensupport.feature", None)
    assert pyside_source_scan.stop_source_scan() is False
