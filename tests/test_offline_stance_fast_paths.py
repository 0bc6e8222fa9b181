"""The stance stage's fast paths find exactly what the plain patterns find."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from summarizer.extract.offline import cues, stances

# The clause-break pattern as first written: case-insensitive, every branch in one pattern.
_PLAIN_CONTRAST = r"(?:but|while|whereas|although|though|however)\s"
_PLAIN_BREAK = re.compile(
    rf"[.!?;,\s](?:(?<=[.!?;])(?<![A-Z]\.[A-Z]\.)\s|(?<=\s)[—–]\s|(?<=,)\s{_PLAIN_CONTRAST}"
    rf"|(?<=\s){_PLAIN_CONTRAST})", re.I)

# Letters of the patterns in both cases, the characters IGNORECASE folds to ASCII letters
# (İ ı ſ K), stops, dashes, spaces: every way a branch can start, fail or match.
_ALPHABET = "abehilnorstuvwgBUTWHILEOGKS.!?;,:— –\n\u00a0\u0130\u0131\u017f\u212a’"
_WORDS = st.sampled_from(["but", "But", "BUT", "while", "whereas", "although", "though",
                          "however", "However", "U.S.", "u.k.", "ſo", "buſ", "the", " — ",
                          ", but ", ". ", "; "])
_TEXTS = st.lists(st.one_of(st.text(_ALPHABET, max_size=6), _WORDS), max_size=30).map("".join)


@given(_TEXTS, st.integers(0, 40), st.integers(0, 200))
@example(" – B – ", 0, 7)  # a name set off by dashes: the plain pattern sees two breaks
def test_clause_breaks_match_the_plain_pattern(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    plain = tuple(m.span() for m in _PLAIN_BREAK.finditer(text, start, end))
    # A pair of dashes setting off only names (`— Hungary and Slovakia —`) is no clause
    # break: the fast path must agree with the plain pattern once those pairs are dropped.
    expected = cues._without_named_asides(text, plain) if len(plain) > 1 else plain
    assert cues._clause_breaks.__wrapped__(text, start, end) == expected


def test_clause_breaks_examples() -> None:
    text = "Berlin backs it. The U.S. does not, but Paris hesitates — for now; however"
    assert cues._clause_breaks.__wrapped__(text, 0, len(text)) == tuple(
        m.span() for m in _PLAIN_BREAK.finditer(text))
    assert cues._break_pattern("It is. Yes", 0, 10) is cues._STOP_BREAK
    assert cues._break_pattern("It — is", 0, 7) is cues._DASH_BREAK
    assert cues._break_pattern("It is, BUT no", 0, 13) is cues._CLAUSE_BREAK
    assert cues._break_pattern("It is ſo", 0, 8) is cues._CLAUSE_BREAK  # folds: no shortcut


_PLAIN_RED_LINE = re.compile(r"\bred lines? (?:for|to|of)\b|['’]s red lines?\b")


@given(st.lists(st.sampled_from(["red line", "red lines", " for ", " to ", "’s ", "'s ", "a",
                                 "Red line", "x", " "]), max_size=12).map("".join),
       st.integers(0, 20), st.integers(0, 80))
def test_owned_red_line_matches_the_pattern(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    expected = _PLAIN_RED_LINE.search(text, start, end) is not None
    assert stances._owned_red_line(text, start, end) == expected
