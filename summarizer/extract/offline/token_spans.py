"""The matches of a token pattern as three lists (texts, starts, ends), without match objects.

`pattern.finditer` makes a match object per token and then a Python call per field read from
it; the tokenisers of an article make thousands. `split` with the pattern in one capturing
group returns the same matches as plain strings, alternating with the stretches between them
(gap, token, gap, token, …, gap); the offsets are the running sums of those lengths, taken in C.
Same tokens, fewer objects: about half the garbage collections of an extraction.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate


def lowered_alike(raw: str) -> str | None:
    """raw lowered at once, when that reads the same words as lowering each word found in raw:
    lowering puts no character into or out of a word class, but `İ` lowers to two characters
    (every later offset moves) and a final `Σ` lowers by the letter after it (not the same in
    a word alone). None in those cases: lower word by word."""
    lowered = raw.lower()
    return lowered if len(lowered) == len(raw) and "Σ" not in raw else None


def capturing(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern wrapped in one capturing group, for `spans` (it must have none of its own:
    `split` would return those groups too). Made once by the caller: hashing a compiled
    pattern to cache this hashes its whole code."""
    if pattern.groups:
        raise ValueError(f"token pattern with groups: {pattern.pattern!r}")
    return re.compile(f"({pattern.pattern})", pattern.flags)


def spans(split: re.Pattern[str], text: str,
          offset: int = 0) -> tuple[list[str], list[int], list[int]]:
    """The non-overlapping matches of a pattern in `text`, left to right, as finditer finds
    them (the pattern must never match the empty string; `split` is capturing(pattern)):
    their texts, starts and ends, each offset by `offset` (text being a slice that starts
    there). The caller passes a slice rather than pos/endpos: lookarounds must then not
    depend on what lies outside it."""
    pieces = split.split(text)
    offsets = list(accumulate(map(len, pieces), initial=offset))
    # pieces: gap0, token0, gap1, token1, …, gapN; offsets[k] is where pieces[k] starts.
    return pieces[1::2], offsets[1:-1:2], offsets[2:-1:2]


# Tokens hold no space: a run of them joined with spaces is one of some phrases only if its
# first word is a phrase's first word (and its last word a phrase's last). The rules that try
# every run of a few words against a list try runs from (or up to) those words alone, found by
# a set lookup each, instead of joining every run of every length: the same answers.
@lru_cache(maxsize=256)
def first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first words of the phrases (each split as it was joined, at single spaces)."""
    return frozenset(phrase.split(" ")[0] for phrase in phrases)


@lru_cache(maxsize=256)
def last_words(phrases: frozenset[str]) -> frozenset[str]:
    """The last words of the phrases (each split as it was joined, at single spaces)."""
    return frozenset(phrase.split(" ")[-1] for phrase in phrases)


def line_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """The (start, end) of each line from `start` on that is not blank (a run of characters
    other than a newline, not all spaces), read from str.split: a regex's match object, span
    and group per line cost more than this loop."""
    lines: list[tuple[int, int]] = []
    for line in text[start:].split("\n"):
        end = start + len(line)
        if line and not line.isspace():
            lines.append((start, end))
        start = end + 1
    return lines
