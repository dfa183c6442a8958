"""Where the program's data files are: the folder of the ``resources`` package, on disk.

From source, installed and in the bundle alike, ``resources`` is a folder of plain files
beside its ``__init__``, so a path into it is all the program needs. The same answer from
``importlib.resources`` cost 5-8 ms of every start (issue 16: its modules, ``tempfile``
and a reader for the package).

>>> resource_path("tools", "halsnaes.toml").is_file()
True
"""

from __future__ import annotations

from pathlib import Path

import resources

ROOT = Path(resources.__file__).parent


def resource_path(*parts: str) -> Path:
    """A file (or folder) in ``resources/``; whether it is there is the caller's question."""
    return ROOT.joinpath(*parts)
