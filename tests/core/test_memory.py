"""Giving memory back after large work (issue 16): glibc's calls where they exist, nothing
(and no error) where they do not; the source lines PySide6 has read are forgotten."""

from __future__ import annotations

import linecache
import sys

import pytest

from progressionsdialog import memory


@pytest.fixture
def no_glibc(monkeypatch):
    """A system without glibc's malloc_trim and mallopt (Windows, macOS, musl)."""
    monkeypatch.setattr(memory, "_glibc", lambda: None)


def test_without_glibc_both_calls_do_nothing(no_glibc):
    assert memory.give_back() is False
    assert memory.tune_allocator() is False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc is Linux's")
def test_on_glibc_the_heap_is_trimmed_and_the_thresholds_set():
    if memory._glibc() is None:
        pytest.skip("not glibc")
    assert memory.tune_allocator() is True
    assert memory.give_back() is True


def test_the_kept_source_lines_are_forgotten():
    linecache.getlines(memory.__file__)
    assert memory.__file__ in linecache.cache
    assert memory.forget_sources() >= 1
    assert memory.__file__ not in linecache.cache
    assert linecache.getline(memory.__file__, 1).startswith('"""')  # read again when asked
