"""Literal strings every match of a regular expression must contain: a cheap test before a slow
search.

Python's `re` has no fast scan for a pattern that starts with `\\b`, a lookbehind or a
case-insensitive alternation, so such a pattern costs a full match attempt at every character;
`str.__contains__` runs at memory speed. If a text lacks what a pattern requires, the pattern
cannot match it and the search can be skipped without changing any result.

The requirements are read from the parsed pattern (`re._parser`, the stdlib's own parser): a run
of literal characters appears in every match; an alternation requires one of what its branches
require; a repetition requires its body only if it must happen at least once. Classes, `.`,
optional parts and assertions require nothing. A sequence requires all its parts (`needs` is a
conjunction of alternatives). Case-insensitive patterns are tested on the lower-cased text,
which is exact for ASCII literals unless the text holds one of the few non-ASCII characters
that `re.IGNORECASE` matches to an ASCII letter (`_FOLDS_TO_ASCII`): then the test answers
"may match". When nothing certain can be said, there is no prefilter and callers always search.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

try:  # the stdlib parser is private: without it every search simply runs
    import re._parser as _sre  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - other Python versions
    _sre = None

# The non-ASCII characters that re.IGNORECASE matches to ASCII letters: İ ı ſ and the Kelvin
# sign (tests/test_offline_prefilter.py checks this list against the running Python).
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")

Needs = frozenset[str]  # one of these strings occurs in every match
Match = re.Match[str]


# The last window may_match cut out of a text: the text, start, end and the window itself.
_last_window: tuple[str, int, int | None, str] = ("", 0, 0, "")


@dataclass(frozen=True)
class Prefilter:
    needs: tuple[tuple[str, ...], ...]  # every group has a member in every match
    folded: bool  # case-insensitive pattern: needs are lower case, tested on lowered text

    def may_match(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """False only when the pattern cannot match inside text[start:end]."""
        global _last_window
        if start == 0 and end is None:
            window = text
        else:
            # Several patterns are tried in turn on one sentence: the window cut for the last
            # call is taken again (no new copy, and its hash, which exact_lower's cache
            # asks for, already known).
            last = _last_window
            if last[0] is text and last[1] == start and last[2] == end:
                window = last[3]
            else:
                window = text[start:end]
                _last_window = (text, start, end, window)
        if self.folded:
            lowered = exact_lower(window)
            if lowered is None:
                return True
            window = lowered
        # map() with a bound method keeps the substring tests in C; a group of one string
        # (most of them) is tested without it.
        for group in self.needs:
            if len(group) == 1:
                if group[0] not in window:
                    return False
            elif not any(map(window.__contains__, group)):
                return False
        return True

    def may_match_each(self, text: str, windows: list[tuple[int, int]]) -> list[bool]:
        """[may_match(text, a, b) for each window (a, b)]. For a case-sensitive prefilter
        each string is looked for once in the whole text, not once per window (the lines of
        an article, say): a window passes a group when one of its strings lies inside it."""
        if self.folded:
            return [self.may_match(text, a, b) for a, b in windows]
        passing = [True] * len(windows)
        for group in self.needs:
            found: list[tuple[int, int]] = []
            for needle in group:
                at = text.find(needle)
                while at >= 0:
                    found.append((at, at + len(needle)))
                    at = text.find(needle, at + 1)
            if not found:
                return [False] * len(windows)
            found.sort()
            starts = [at for at, _ in found]
            for k, (a, b) in enumerate(windows):
                if passing[k]:
                    i = bisect_left(starts, a)
                    # (the strings found from a on, until one starts too late to end by b)
                    while i < len(found) and found[i][0] < b and found[i][1] > b:
                        i += 1
                    passing[k] = i < len(found) and found[i][1] <= b
        return passing


@lru_cache(maxsize=64)
def exact_lower(window: str) -> str | None:
    """The window lower-cased, or None when it holds a character that IGNORECASE matches to
    an ASCII letter but that lower() does not turn into it. Several patterns are asked about
    the same sentence in a row: remember the last few."""
    if not window.isascii() and any(map(window.__contains__, _FOLDS_TO_ASCII)):
        return None
    return window.lower()


def ascii_lowered(text: str) -> str | None:
    """text lower-cased for finding ASCII strings, every non-ASCII character turned into `?`:
    an ASCII string without `?` occurs in it exactly where it occurs in text.lower() (each
    character keeps its offset). None when text holds a character that lowers into ASCII
    (İ and the Kelvin sign, both in _FOLDS_TO_ASCII; no other does in any Unicode version
    Python ships so far, and the rest of that list only makes the answer more cautious).

    text.lower() of a non-ASCII text goes through Unicode's tables a character at a time and
    gives a two-byte string, in which str.find of an ASCII string is several times slower; the
    ASCII codec's `replace` handler and bytes.lower() run over the text in C, and the result
    is a one-byte string."""
    if text.isascii():
        return text.lower()
    if any(map(text.__contains__, _FOLDS_TO_ASCII)):
        return None
    return text.encode("ascii", "replace").lower().decode("ascii")


def occurrences(text: str, needles: Iterable[str], start: int = 0,
                end: int | None = None) -> list[int]:
    """Where any of the needles lies whole in text[start:end], in order, each offset once: a
    str.find loop per needle (a scan in C at memory speed) costs less than a regex whose
    opening is tested at every character, or a loop over the characters."""
    found: set[int] = set()
    for needle in needles:
        at = text.find(needle, start, end)
        while at >= 0:
            found.add(at)
            at = text.find(needle, at + 1, end)
    return sorted(found)


def folded_class(chars: str) -> str:
    """A case-sensitive character class matching exactly what the ASCII characters `chars`
    match under re.IGNORECASE: both cases, and the non-ASCII characters that fold to them
    (`_FOLDS_TO_ASCII`). A pattern that opens with such a class lets `re` skip straight to
    the candidate characters; a case-insensitive opening is tried at every character."""
    found = {c for ch in chars for c in (ch, ch.lower(), ch.upper())}
    found |= {c for c in _FOLDS_TO_ASCII for ch in chars if re.fullmatch(re.escape(ch), c, re.I)}
    return "[" + "".join(sorted(found)) + "]"


class Filtered:
    """A compiled pattern whose searches first ask its prefilter (same results, less time)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.regex = pattern
        self.hint = prefilter(pattern)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        stop = len(text) if end is None else end
        if self.hint is not None and not self.hint.may_match(text, start, stop):
            return iter(())
        return self.regex.finditer(text, start, stop)

    def search(self, text: str, start: int = 0, end: int | None = None) -> Match | None:
        # (the first match finditer would give, without the iterator and the call to next)
        stop = len(text) if end is None else end
        if self.hint is not None and not self.hint.may_match(text, start, stop):
            return None
        return self.regex.search(text, start, stop)


def prefilter(pattern: re.Pattern[str]) -> Prefilter | None:
    """A prefilter for a compiled pattern, or None when it would not rule anything out."""
    folded = bool(pattern.flags & re.IGNORECASE)
    needs = required(pattern.pattern, pattern.flags)
    if not needs:
        return None
    # Cheapest first (fewest strings to look for), then the most selective; spaces alone
    # rule nothing out.
    groups = {_minimal(group) for group in needs if any(not s.isspace() for s in group)}
    if not groups:
        return None
    ordered = sorted(groups, key=lambda group: (len(group), -_strength(group)))
    return Prefilter(tuple(ordered), folded)


def required(pattern: str, flags: int = 0) -> list[Needs] | None:
    """What every match of `pattern` (compiled with `flags`) contains: each set has a member
    in every match. For IGNORECASE patterns the strings are lower case and hold only ASCII.
    None when the pattern cannot be read."""
    if _sre is None:
        return None
    try:
        parsed = _sre.parse(pattern, flags)
        folded = bool(parsed.state.flags & re.IGNORECASE)
        return _sequence(list(parsed.data), folded)
    except (re.error, AttributeError, TypeError, ValueError):  # unexpected tree: no filter
        return None


def _sequence(items: list[tuple[Any, Any]], folded: bool) -> list[Needs]:
    """All the requirements of a sequence of pattern items."""
    out: list[Needs] = []
    run: list[str] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL" and not (folded and av > 0x7F):
            run.append(chr(av).lower() if folded else chr(av))
            continue
        if run:
            out.append(frozenset(["".join(run)]))
            run = []
        out.extend(_element(name, av, folded))
    if run:
        out.append(frozenset(["".join(run)]))
    return out


def _element(name: str, av: Any, folded: bool) -> list[Needs]:
    if name == "SUBPATTERN":
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & re.IGNORECASE:
            return []  # a case change inside: say nothing about it
        return _sequence(list(sub.data), folded)
    if name == "BRANCH":
        options = [_sequence(list(branch.data), folded) for branch in av[1]]
        if all(options):
            # Each branch guarantees its most selective requirement; the union covers all.
            return [frozenset().union(*[max(o, key=_strength) for o in options])]
        return []
    if name in _REPEATS:
        low, _high, sub = av
        return _sequence(list(sub.data), folded) if low >= 1 else []
    if name == "IN" and not folded and av and all(str(o) == "LITERAL" for o, _ in av):
        return [frozenset(chr(c) for _, c in av)]
    return []


def _strength(found: Iterable[str]) -> int:
    return min(len(s) for s in found)


def _minimal(group: Needs) -> tuple[str, ...]:
    """Drop strings that contain another one of the group: testing the shorter suffices."""
    return tuple(sorted(s for s in group if not any(o != s and o in s for o in group)))
