"""The password while the program runs, held in memory only, so every connection (also a worker
thread's) opens the encrypted database the same way. Never written anywhere.
"""

from __future__ import annotations

import os

ENV_VAR = "PROGRESSIONSDIALOG_PASSWORD"
_password: str | None = None


def set_password(password: str | None) -> None:
    global _password
    _password = password or None


def password() -> str | None:
    return _password


def from_environment() -> str | None:
    """For tests and the command line: the password in ``PROGRESSIONSDIALOG_PASSWORD``."""
    value = os.environ.get(ENV_VAR)
    if value:
        set_password(value)
    return value or None
