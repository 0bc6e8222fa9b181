"""classify_lines squashes only the lines that may repeat another or the headline (those
sharing their counts of the letters e and a): the same answers as squashing every line."""

from __future__ import annotations

import re
import sys
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.extract.offline.boilerplate import _repeated, _squash
from summarizer.extract.offline.prefilter import ascii_lowered
from summarizer.extract.offline.token_spans import line_spans


def _every_line_squashed(text: str, lines: list[tuple[int, int]], title: str | None
                         ) -> list[bool]:
    keys = [_squash(text[a:b]) for a, b in lines]
    title_key = _squash(title) if title else None
    repeats = Counter(keys)
    return [key == title_key or repeats[key] > 1 for key in keys]


def _lines(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[^\n]+", text) if not m.group().isspace()]


_WORDS = st.sampled_from(["Peace", "PEACE", "peace", "plan", "Né", "É", "e", "E", "é", " ", "  ",
                          "a", "A", "à", "Ape", "pea",
                          "-", "“", "”", "’", "…", ",", "\u00a0", "7", "\n", "\n"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORDS, max_size=40), st.none() | st.lists(_WORDS, max_size=6).map("".join))
def test_the_same_repeats_as_squashing_every_line(words: list[str], title: str | None) -> None:
    text = "".join(words)
    lines = _lines(text)
    assert _repeated(text, lines, title) == _every_line_squashed(text, lines, title)
    # classify_lines counts the letters in the text's ASCII fold (None: it cannot be folded)
    assert _repeated(text, lines, title, ascii_lowered(text)) == _every_line_squashed(
        text, lines, title)


def test_only_e_and_capital_e_lower_case_to_an_e() -> None:
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if "e" in c.lower()] == ["E", "e"]


def test_only_a_and_capital_a_lower_case_to_an_a() -> None:
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if "a" in c.lower()] == ["A", "a"]


def test_a_line_repeating_the_headline() -> None:
    text = "Peace, now!\nSomething else entirely.\nPEACE NOW\n"
    assert _repeated(text, _lines(text), "peace now") == [True, False, True]
    assert _repeated(text, _lines(text), None) == [True, False, True]
    assert _repeated(text, _lines(text), "Other") == [True, False, True]


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=40).map("".join), st.integers(0, 50))
def test_line_spans_are_the_runs_between_newlines_that_are_not_blank(text: str,
                                                                     start: int) -> None:
    start = min(start, len(text))
    assert line_spans(text, start) == [m.span() for m in re.compile(r"[^\n]+").finditer(
        text, start) if not m.group().isspace()]
