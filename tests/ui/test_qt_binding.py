"""Guard against a Qt binding that loses references to None (PySide6 6.12.0 did).

On Python 3.11 None is an ordinary object: each lost reference brings the program closer to
a crash ("deallocating None") after a few thousand clicks. Python 3.12+ makes None immortal.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_keep_the_reference_count_of_none():
    owner = QObject()
    before = sys.getrefcount(None)
    for _ in range(500):
        owner.setObjectName("x")
    assert sys.getrefcount(None) >= before - 10
