"""find_quotes finds every mark once and skips the paragraphs without one: the same quotes as
reading every paragraph with the marks found by a regex, whatever the text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.extract.offline.prefilter import occurrences
from summarizer.extract.offline.quotes import (
    DOUBLE,
    SINGLE,
    Quote,
    _double_quotes,
    _Open,
    _singles_outside,
    _unclosed,
    find_quotes,
)

_DOUBLE_RE = re.compile(f"[{re.escape(DOUBLE)}]")
_SINGLE_RE = re.compile(f"[{re.escape(SINGLE)}]")


def _full_scan(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Every paragraph read in full, its marks found by regex (no skipping)."""
    found: list[Quote] = []
    carry: _Open | None = None
    for index, (start, end) in enumerate(paragraphs):
        doubles = [m.start() for m in _DOUBLE_RE.finditer(text, start, end)]
        singles = [m.start() for m in _SINGLE_RE.finditer(text, start, end)]
        quotes, carry = _double_quotes(text, index, start, end, carry, doubles)
        found.extend(q for q in quotes if q.end > q.start)
        found.extend(_singles_outside(text, index, start, end, quotes, carry, singles))
    if carry is not None:
        found.append(_unclosed(text, carry))
    return sorted(found, key=lambda q: q.start)


# Words, spaces, punctuation and every quotation mark, so that marks open, close and stray.
_PIECES = st.sampled_from(
    ["We", "stay", "it", "don’t", "rock'n'roll", " ", " ", "  ", ",", ".", "?", "—", "(", ")",
     *DOUBLE, *SINGLE, "''", "‘‘", "\n", "\n\n"])


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[^\n]+", text) if not m.group().isspace()]


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=60))
def test_skipping_paragraphs_finds_what_the_full_scan_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    paragraphs = _paragraphs(text)
    assert find_quotes(text, paragraphs) == _full_scan(text, paragraphs)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=60))
def test_marks_are_every_mark_in_order(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert occurrences(text, DOUBLE) == [m.start() for m in _DOUBLE_RE.finditer(text)]
    assert occurrences(text, SINGLE) == [m.start() for m in _SINGLE_RE.finditer(text)]


def test_a_quote_carried_over_a_paragraph_without_marks_is_closed_there() -> None:
    text = "“We stay\nno marks here\nShe left."
    paragraphs = _paragraphs(text)
    assert find_quotes(text, paragraphs) == _full_scan(text, paragraphs)
    assert [q.pieces for q in find_quotes(text, paragraphs)] == [((1, 8),)]
