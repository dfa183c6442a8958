"""Giving memory back to the system after large, short-lived work (issue 16). Linux with
glibc only; elsewhere both calls do nothing and say so.

A print preview makes and frees some 100 MB of large buffers on a worker thread (pdfium's
page bitmaps, the chart's drawing surface, the page images). glibc keeps such memory for
the next time, out of sight of the program:

* its thresholds grow with the largest block freed, so after a preview a worker thread's
  heap kept up to 30 MB free but resident at its top (``malloc_trim`` does not reach the
  top of a thread's heap); ``tune_allocator`` fixes them at 1 MB: a larger block is mapped
  on its own and returned when freed, and a thread's heap gives its top back beyond 1 MB;
* free memory inside the heaps stays resident until ``malloc_trim``: ``give_back`` calls it
  (a few milliseconds), for the window to do once a preview has closed.

    tune_allocator()  # once, at start
    give_back()       # after a large piece of work has let its memory go
"""

from __future__ import annotations

import ctypes
import linecache
import logging
import os
import sys
from functools import cache

log = logging.getLogger(__name__)

M_TRIM_THRESHOLD = -1  # glibc's mallopt parameters (malloc.h)
M_MMAP_THRESHOLD = -3
THRESHOLD = 1024 * 1024  # both: a block this large is mapped alone; a free top this large goes


@cache
def _glibc():
    """The C library's functions when it is glibc, else ``None``."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        if not (os.confstr("CS_GNU_LIBC_VERSION") or "").startswith("glibc"):
            return None  # musl and others: no malloc_trim, no such thresholds
        libc = ctypes.CDLL(None)
    except (OSError, ValueError):
        return None
    if not (hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt")):
        return None
    libc.malloc_trim.argtypes, libc.malloc_trim.restype = [ctypes.c_size_t], ctypes.c_int
    libc.mallopt.argtypes, libc.mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return libc


def tune_allocator() -> bool:
    """Fix glibc's thresholds (see the module's text); ``True`` if they were set."""
    libc = _glibc()
    if libc is None:
        return False
    done = bool(libc.mallopt(M_MMAP_THRESHOLD, THRESHOLD))
    done = bool(libc.mallopt(M_TRIM_THRESHOLD, THRESHOLD)) and done
    if not done:
        log.warning("The memory thresholds could not be set")
    return done


def forget_sources() -> int:
    """Drop the source lines Python keeps of imported modules; how many files were kept.

    PySide6 reads the whole source of every module imported after it (to see whether the
    module uses its ``__feature__`` switches) through ``linecache``, which keeps it: 10-27
    MB of lines for matplotlib, numpy and reportlab, never shown. The program stops that
    scan at its start (``ui.pyside_source_scan``); what is still kept (a traceback's
    files, modules read before the stop) goes here too. A traceback reads again the few
    lines it shows. Not thread-safe (like ``linecache``): call it where no other
    thread imports or formats a traceback.
    """
    kept = len(linecache.cache)
    linecache.clearcache()
    return kept


def give_back() -> bool:
    """Hand free heap memory back to the system; ``True`` if the C library could."""
    libc = _glibc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True
