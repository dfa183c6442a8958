"""Where a saved document goes, and what it is called.

A suggested name says whose document it is and from when, so the second citizen's plan
never overwrites the first: ``plan-ayaan-warsame-nielsen-2026-11-25.pdf``. A saved copy is
readable by its owner only, as everything else the program writes with citizen data.
"""

from __future__ import annotations

import os
import re
import shutil
import unicodedata
from datetime import date
from pathlib import Path

KIND_WORDS = {
    "plan": "plan",
    "handover": "overlevering",
    "team": "teamets-tal",
    "blank": "blanke-ark",
    "export": "alle-data",
}
_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens; letters without an ASCII form are left out.

    >>> slug("Ayaan Warsame Nielsen"), slug("Søren Ågård"), slug("Nguyễn Thị Lan"), slug("أمينة")
    ('ayaan-warsame-nielsen', 'soeren-aagaard', 'nguyen-thi-lan', '')
    """
    plain = unicodedata.normalize("NFKD", text.translate(_DANISH))
    plain = plain.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def suggested_name(kind: str, citizen_name: str, citizen_id: int, day: date) -> str:
    """
    >>> suggested_name("plan", "Louise Holm Madsen", 3, date(2026, 11, 25))
    'plan-louise-holm-madsen-2026-11-25.pdf'
    >>> suggested_name("handover", "أمينة حسن", 7, date(2026, 11, 25))
    'overlevering-borger-7-2026-11-25.pdf'
    """
    who = slug(citizen_name) or f"borger-{citizen_id}"
    return f"{KIND_WORDS.get(kind, kind)}-{who}-{day.isoformat()}.pdf"


def private_copy(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` (atomically) readable by its owner only (0600)."""
    target = Path(target)
    temp = target.with_name(f".{target.name}.part")
    shutil.copyfile(source, temp)
    if os.name == "posix":
        os.chmod(temp, 0o600)
    os.replace(temp, target)
    return target
