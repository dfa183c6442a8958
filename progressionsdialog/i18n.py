"""The core's words in the user's language: Danish (the source) or English.

The core never imports Qt, so its sentences (the overview, statuses, the ▲/▼ texts,
validation messages, PDFs) cannot use Qt's translator. They go through :func:`_` (and
:func:`n_` for a count), which looks the Danish text up in
``resources/translations/core_en.json`` when the language is English. A text missing from
the file stays Danish; ``tests/core/test_core_words.py`` fails on any such text, and on an
English entry no code uses any more.

The window sets the language once (:func:`set_language`); a print in another language than
the window's uses :func:`speaking` for the time it takes. The command line speaks Danish.

>>> _("Ikke booket.")
'Ikke booket.'
>>> with speaking("en"):
...     _("Ikke booket.")
'Not booked.'
>>> with speaking("en"):
...     n_("{n} samtale.", "{n} samtaler.", 1).format(n=1)
'1 meeting.'
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from progressionsdialog.resource_files import resource_path

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "da"
LANGUAGES = ("da", "en")

_window_language = SOURCE_LANGUAGE
_override: ContextVar[str | None] = ContextVar("language_override", default=None)


def set_language(language: str) -> str:
    """The language of the whole program from now on; an unknown one means Danish."""
    global _window_language
    _window_language = language if language in LANGUAGES else SOURCE_LANGUAGE
    return _window_language


def language() -> str:
    """The language in use here: a :func:`speaking` block's, else the window's."""
    return _override.get() or _window_language


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Speak ``language`` inside the block (a plan printed in English from a Danish window)."""
    token = _override.set(language if language in LANGUAGES else SOURCE_LANGUAGE)
    try:
        yield
    finally:
        _override.reset(token)


@cache
def catalogue(language: str) -> dict[str, str]:
    """Danish text → the language's text; empty for Danish or when the file is unreadable."""
    if language == SOURCE_LANGUAGE:
        return {}
    import json  # (not at start: Danish, the default, needs no file)

    try:
        text = resource_path("translations", f"core_{language}.json").read_text(encoding="utf-8")
        words = json.loads(text)
    except (OSError, ValueError) as error:  # Danish is always there to fall back on
        log.warning("The core's %r words could not be read: %s", language, error)
        return {}
    return {str(key): str(value) for key, value in words.items()}


def _(text: str) -> str:
    """``text`` (Danish) in the language in use."""
    return catalogue(language()).get(text, text)


def n_(singular: str, plural: str, count: int) -> str:
    """The singular or plural text for ``count``, in the language in use.

    >>> n_("{n} samtale.", "{n} samtaler.", 2).format(n=2)
    '2 samtaler.'
    """
    return _(singular if count == 1 else plural)
