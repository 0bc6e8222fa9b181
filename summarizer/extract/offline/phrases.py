"""Find any of many fixed phrases in text, fast: a word index instead of a giant regex.

Python's `re` tries every alternative of a 600-name alternation at every character; looking up
each word of the text in a dict keyed by the phrases' first words is an order of magnitude
faster and matches the same things: whole words only, never inside a hyphenated compound
("pro-Russian" holds no "Russian"), a possessive 's ignored ("Slovakia’s" holds "Slovakia").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[-'’]\w+)*")
_POSSESSIVE = ("’s", "'s")

Match = tuple[int, int, str]  # start, end, the phrase as listed


def words(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """(word, start, end) with a trailing possessive 's split off."""
    stop = len(text) if end is None else end
    return _slice(_all_words(text), start, stop)[0]


def _slice(table: _Words, start: int, end: int) -> tuple[list[tuple[str, int, int]], list[str]]:
    items, starts, lowered = table.items, table.starts, table.lowered
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    while hi > lo and items[hi - 1][2] > end:
        hi -= 1
    return items[lo:hi], lowered[lo:hi]


@dataclass(frozen=True)
class _Words:
    items: list[tuple[str, int, int]]
    starts: list[int]
    lowered: list[str]
    where: dict[str, list[int]]  # word → its indexes
    where_lower: dict[str, list[int]]


# Articles are scanned many times over (sentences, clauses, statements): split each text once.
@lru_cache(maxsize=16)
def _all_words(text: str) -> _Words:
    items: list[tuple[str, int, int]] = []
    for match in _WORD.finditer(text):
        word, a, b = match.group(0), match.start(), match.end()
        if word.endswith(_POSSESSIVE) and len(word) > 2:
            word, b = word[:-2], b - 2
        items.append((word, a, b))
    lowered = [w.lower() for w, _, _ in items]
    where: dict[str, list[int]] = {}
    where_lower: dict[str, list[int]] = {}
    for i, (word, _, _) in enumerate(items):
        where.setdefault(word, []).append(i)
        where_lower.setdefault(lowered[i], []).append(i)
    return _Words(items, [a for _, a, _ in items], lowered, where, where_lower)


class PhraseIndex:
    def __init__(self, phrases: Iterable[str], ignore_case: bool = False) -> None:
        self.ignore_case = ignore_case
        self._first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase in phrases:
            key = tuple(self._fold(w) for w, _, _ in words(phrase))
            if key:
                self._first.setdefault(key[0], []).append((key, phrase))
        for entries in self._first.values():
            entries.sort(key=lambda e: -len(e[0]))

    def _fold(self, word: str) -> str:
        return word.lower() if self.ignore_case else word

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Longest phrases first, left to right, not overlapping; only whole matches inside
        [start, end)."""
        stop = len(text) if end is None else end
        matches, starts = self._everywhere(text)
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, stop)
        return [m for m in matches[lo:hi] if m[1] <= stop]

    @lru_cache(maxsize=16)  # noqa: B019 - indexes are module-level singletons
    def _everywhere(self, text: str) -> tuple[list[Match], list[int]]:
        """Every match in the whole text, found once per text and then sliced."""
        table = _all_words(text)
        folded = table.lowered if self.ignore_case else [w for w, _, _ in table.items]
        where = table.where_lower if self.ignore_case else table.where
        candidates: list[tuple[int, int, Match]] = []
        for first in where.keys() & self._first.keys():
            for i in where[first]:
                for key, phrase in self._first[first]:
                    n = len(key)
                    if n == 1 or tuple(folded[i : i + n]) == key:
                        a, b = table.items[i][1], table.items[i + n - 1][2]
                        candidates.append((i, -n, (a, b, phrase)))
                        break
        found: list[Match] = []
        skip = 0
        for i, minus_n, match in sorted(candidates):
            if i >= skip:
                found.append(match)
                skip = i - minus_n
        return found, [m[0] for m in found]

    def search(self, text: str, start: int = 0, end: int | None = None) -> bool:
        return bool(self.find(text, start, end))
