"""The cyclic garbage collector held off while an article is extracted, and the caches of one
article's data emptied after it.

An extraction allocates tens of thousands of short-lived containers (tokens, spans, matches)
and makes no reference cycles: they are all freed by reference counting. CPython's collector
nevertheless runs every 700 net allocations, scans the live young objects, promotes the
temporaries it meets to older generations, and now and then walks every long-lived object
(the language packs among them): some 5% of an extraction's time for nothing. Paused, it runs
once after the article, on what survived it. Results cannot change: the collector only frees
cycles, and those would be freed later all the same.

What survives an article is mostly what caches keyed by its text keep (a sentence's tokens, a
description read, the phrases found in the article): no other article has that text, yet the
entries stayed until evicted, long enough for the collector to scan them and promote them to
the generations it walks in full. Such caches are marked `per_article` and emptied when the
last extraction under way ends: their entries are then freed by reference counting before
the collector ever sees them.
"""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol, TypeVar

_LOCK = threading.Lock()
# Extractions under way in any thread, and whether the collector was enabled before the
# first of them (the last one to finish restores that).
_running = 0
_was_enabled = False


class _Cache(Protocol):
    def cache_clear(self) -> None: ...


C = TypeVar("C", bound=_Cache)
# Weak: a cache made for a language (language.per_language_lru) goes with its language.
_PER_ARTICLE: weakref.WeakSet[_Cache] = weakref.WeakSet()


def per_article(cache: C) -> C:
    """Mark an lru cache whose entries hold one article's data (keyed by its text): emptied
    when no extraction is under way (same results; the next article could not use them)."""
    with _LOCK:  # (not while the set is read below)
        _PER_ARTICLE.add(cache)
    return cache


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector disabled inside the block; nested and concurrent blocks (threads) leave it
    as the first one found it when the last one ends, after emptying the per-article caches."""
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
            if _running == 0:
                for cache in list(_PER_ARTICLE):
                    cache.cache_clear()
                if _was_enabled:
                    gc.enable()
