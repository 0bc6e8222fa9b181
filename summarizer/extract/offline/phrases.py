"""Find any of many fixed phrases in text, fast: a word index instead of a giant regex.

Python's `re` tries every alternative of a 600-name alternation at every character; looking up
each word of the text in a dict keyed by the phrases' first words is an order of magnitude
faster and matches the same things: whole words only, never inside a hyphenated compound
("pro-Russian" holds no "Russian"), a possessive 's ignored ("Slovakia’s" holds "Slovakia").
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain, compress

from summarizer.extract.offline.collector import per_article
from summarizer.extract.offline.prefilter import occurrences
from summarizer.extract.offline.token_spans import capturing, spans

# Initials, or a word with inner hyphens or apostrophes. Written for speed, matching exactly what
# (?:[A-Za-z]\.){2,}|\w+(?:[-'’]\w+)* matches: the first form is rejected at once at most
# positions, and possessive quantifiers skip backtracking that could never produce a match. Both
# forms open with a word character, taken by one class: the engine then skips the spaces between
# words without trying each form there. The initials' form opens with its full stop (the letter
# before it checked looking back): `re` passes over a branch whose literal first character is
# not next without entering it.
_WORD = re.compile(r"\w(?:\.(?<=[A-Za-z]\.)(?:[A-Za-z]\.)+|\w*+(?:[-'’]\w++)*+)")
_WORD_SPLIT = capturing(_WORD)
# Where a possessive 's may end a word (few per text, found in C instead of testing each word).
_POSSESSIVE = ("’s", "'s")

Match = tuple[int, int, str]  # start, end, the phrase as listed


def words(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """(word, start, end) with a trailing possessive 's split off."""
    stop = len(text) if end is None else end
    table = _split(text) if len(text) < _UNCACHED else _all_words(text)
    lo = bisect_left(table.starts, start)
    hi = bisect_left(table.starts, stop)
    while hi > lo and table.ends[hi - 1] > stop:
        hi -= 1
    return list(zip(table.words[lo:hi], table.starts[lo:hi], table.ends[lo:hi], strict=True))


class _Words:
    def __init__(self, found: list[str], starts: list[int], ends: list[int]) -> None:
        self.words = found
        self.starts = starts
        self.ends = ends
        self.lowered = list(map(str.lower, found))
        # Per case folding: the number of shared indexes when built, and for each index (its
        # bit) the positions of the words that start one of its phrases.
        self._heads: dict[bool, tuple[int, dict[int, list[int]]]] = {}

    def heads(self, folded: bool, bit: int) -> list[int]:
        """Where the words that start a phrase of the shared index `bit` stand, in order. One
        pass over the words serves every shared index (a dozen read each article): each
        pass touches every word of the text, and that cost more than the lookups."""
        shared = _BITS[folded]
        built = self._heads.get(folded)
        if built is None or built[0] != shared:  # an index was made since: build again
            built = self._heads[folded] = (shared, _heads(
                self.lowered if folded else self.words, _MASKS[folded]))
        return built[1].get(bit, [])


def _heads(words: list[str], masks: dict[str, int]) -> dict[int, list[int]]:
    found = list(map(masks.get, words))  # the bits of the indexes the word starts a phrase of
    by_mask: dict[int, list[int]] = {}
    # (masks are never 0: the positions with one, and their masks, in order)
    for i, mask in zip(compress(range(len(found)), found), filter(None, found), strict=True):
        at = by_mask.get(mask)
        if at is None:
            by_mask[mask] = [i]
        else:
            at.append(i)
    # A few distinct masks: each index gathers the positions of the masks with its bit.
    parts: dict[int, list[list[int]]] = {}
    for mask, positions in by_mask.items():
        while mask:
            bit = mask & -mask
            parts.setdefault(bit, []).append(positions)
            mask ^= bit
    return {bit: lists[0] if len(lists) == 1 else sorted(chain.from_iterable(lists))
            for bit, lists in parts.items()}


# The first words of every index (up to _SHARED of them per case folding, so that indexes made
# in passing cannot grow it without bound), each index one bit: see _Words.heads.
_SHARED = 64
_MASKS: dict[bool, dict[str, int]] = {False: {}, True: {}}
_BITS: dict[bool, int] = {False: 0, True: 0}
_REGISTERING = threading.Lock()


# Short texts (a phrase of a word list, a name) are split afresh: caching them too evicted the
# article's own table, which was then split again, once per list of phrases built mid-article
# (9 times for a 1 MB article), and each such split costs time in proportion to the article.
_UNCACHED = 300


# Articles are scanned many times over (sentences, clauses, statements): split each text once.
@per_article
@lru_cache(maxsize=16)
def _all_words(text: str) -> _Words:
    return _split(text)


# Built without match objects (token_spans); a very long text a stretch of lines at a time:
# holding every match of a text of a megabyte at once was slower, while an article of a few
# thousand characters split in one go costs less than split in pieces (about 12% on PolNeAR).
def _split(text: str) -> _Words:
    if len(text) <= _CHUNK:
        found, starts, ends = spans(_WORD_SPLIT, text)
    else:
        found, starts, ends = [], [], []
        pos = 0
        while pos < len(text):
            # No word spans a line break, and the pattern looks back only inside a word, so
            # cutting the text there changes no word.
            stop = text.find("\n", pos + _CHUNK)
            stop = len(text) if stop < 0 else stop
            words, word_starts, word_ends = spans(_WORD_SPLIT, text[pos:stop], pos)
            found += words
            starts += word_starts
            ends += word_ends
            pos = stop
    for end in _possessive_ends(text):
        i = bisect_left(ends, end)
        if i < len(ends) and ends[i] == end and len(found[i]) > 2:
            found[i] = found[i][:-2]
            ends[i] -= 2
    return _Words(found, starts, ends)


def _possessive_ends(text: str) -> list[int]:
    """Where each possessive `'s` ends, in order (the order matters: a word cut at one `'s`
    may end where the next one does, `x’s's`)."""
    return [at + 2 for at in occurrences(text, _POSSESSIVE)]


_CHUNK = 20_000  # characters of text tokenised at a time (then up to the next line break)


_NOTHING: tuple[str | None, tuple[list[Match], list[int]]] = (None, ([], []))


class PhraseIndex:
    def __init__(self, phrases: Iterable[str], ignore_case: bool = False) -> None:
        self.ignore_case = ignore_case
        self._first: dict[str, list[tuple[list[str], str]]] = {}
        for phrase in phrases:
            key = [self._fold(w) for w, _, _ in words(phrase)]
            if key:
                self._first.setdefault(key[0], []).append((key, phrase))
        for entries in self._first.values():
            entries.sort(key=lambda e: -len(e[0]))
        # Per first word: its longer phrases by second word (longest first, as listed), and
        # its one-word phrase (the first listed). A word is then checked against the phrases
        # that can follow it, not against every phrase that opens with it.
        self._next: dict[str, tuple[dict[str, list[tuple[list[str], str]]], str | None]] = {}
        for word, entries in self._first.items():
            longer: dict[str, list[tuple[list[str], str]]] = {}
            for key, phrase in entries:
                if len(key) > 1:
                    longer.setdefault(key[1], []).append((key, phrase))
            single = next((phrase for key, phrase in entries if len(key) == 1), None)
            self._next[word] = (longer, single)
        self._last: tuple[str | None, tuple[list[Match], list[int]]] = _NOTHING
        per_article(self)  # (_last holds an article's matches)
        self._bit = 0  # this index's bit in _MASKS, or 0 when it has none
        with _REGISTERING:  # (two indexes built at once in two threads get two bits)
            if _BITS[ignore_case] < _SHARED:
                self._bit = 1 << _BITS[ignore_case]
                masks = _MASKS[ignore_case]
                for word in self._first:
                    masks[word] = masks.get(word, 0) | self._bit
                _BITS[ignore_case] += 1  # last: a table built meanwhile is rebuilt after

    def cache_clear(self) -> None:
        self._last = _NOTHING

    def _fold(self, word: str) -> str:
        return word.lower() if self.ignore_case else word

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Longest phrases first, left to right, not overlapping; only whole matches inside
        [start, end)."""
        stop = len(text) if end is None else end
        # Short texts are searched afresh, for the reason given at _UNCACHED. The article read
        # (asked about a hundred times) is checked first, by identity, without a call.
        last = self._last
        matches, starts = (last[1] if text is last[0] else self._all_matches(text)
                           if len(text) < _UNCACHED else self._everywhere(text))
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, stop)
        if hi > lo and matches[hi - 1][1] > stop:
            # Matches do not overlap, so only the last one can run past `stop`.
            return matches[lo : hi - 1]
        return matches[lo:hi]

    def _everywhere(self, text: str) -> tuple[list[Match], list[int]]:
        """Every match in the whole text, found once per text and then sliced. The article
        being read is asked about a hundred times: it is checked first, by identity."""
        if text is not self._last[0]:
            self._last = (text, self._remembered(text))
        return self._last[1]

    @per_article
    @lru_cache(maxsize=32)  # noqa: B019 - indexes are module-level singletons (a dozen)
    def _remembered(self, text: str) -> tuple[list[Match], list[int]]:
        return self._all_matches(text)

    def _all_matches(self, text: str) -> tuple[list[Match], list[int]]:
        table = _split(text) if len(text) < _UNCACHED else _all_words(text)
        first = self._first
        folded = table.lowered if self.ignore_case else table.words
        # The words that start some phrase (looked up in C, or shared by all indexes); then
        # left to right, the longest phrase starting at a word wins and the words it covers
        # are skipped.
        heads: Iterable[int] = (
            table.heads(self.ignore_case, self._bit) if self._bit and len(text) >= _UNCACHED
            else compress(range(len(folded)), map(first.__contains__, folded)))
        found: list[Match] = []
        following = self._next
        # (locals: the loop runs once per head, a few hundred times per article)
        starts = table.starts
        ends = table.ends
        append = found.append
        skip = 0
        last = len(folded) - 1
        for i in heads:
            if i < skip:
                continue
            longer, single = following[folded[i]]
            if longer and i < last:
                entries = longer.get(folded[i + 1])
                if entries is not None:
                    for key, phrase in entries:
                        n = len(key)
                        if n == 2 or folded[i : i + n] == key:
                            append((starts[i], ends[i + n - 1], phrase))
                            skip = i + n
                            break
                    else:
                        entries = None
                if entries is not None:
                    continue
            if single is not None:
                append((starts[i], ends[i], single))
                skip = i + 1
        return found, [m[0] for m in found]

    def search(self, text: str, start: int = 0, end: int | None = None) -> bool:
        return bool(self.find(text, start, end))
