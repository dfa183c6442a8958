"""The window loads what the first print needs in idle time (``reports.make.warm_up``)."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
from reportlab.pdfbase import pdfmetrics
from progressionsdialog.reports.fonts import FONT, FONT_BOLD
from progressionsdialog.reports.make import warm_up
assert "reportlab.platypus" not in sys.modules
warm_up()
names = pdfmetrics.getRegisteredFontNames()
assert FONT in names and FONT_BOLD in names, names
assert "progressionsdialog.reports.handover" in sys.modules
assert "progressionsdialog.reports.plan" in sys.modules
print("warm")
"""


def test_warm_up_loads_the_report_modules_and_the_fonts_in_a_fresh_process():
    done = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "warm"
