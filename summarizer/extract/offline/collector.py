"""The cyclic garbage collector held off while an article is extracted.

An extraction allocates tens of thousands of short-lived containers (tokens, spans, matches)
and makes no reference cycles: they are all freed by reference counting. CPython's collector
nevertheless runs every 700 net allocations, scans the live young objects, promotes the
temporaries it meets to older generations, and now and then walks every long-lived object
(the language packs among them): some 5% of an extraction's time for nothing. Paused, it runs
once after the article, on what survived it. Results cannot change: the collector only frees
cycles, and those would be freed later all the same.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_LOCK = threading.Lock()
# Extractions under way in any thread, and whether the collector was enabled before the
# first of them (the last one to finish restores that).
_running = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector disabled inside the block; nested and concurrent blocks (threads) leave it
    as the first one found it when the last one ends."""
    global _running, _was_enabled
    with _LOCK:
        if _running == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _running += 1
    try:
        yield
    finally:
        with _LOCK:
            _running -= 1
            if _running == 0 and _was_enabled:
                gc.enable()
