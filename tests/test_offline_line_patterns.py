"""boilerplate.toml's line patterns, compiled for speed (packs.LinePatterns), match exactly the
lines the patterns match when each is tried as written (re.IGNORECASE, `match` for those
anchored with `^`, `search` for the others on the lower-cased line)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.extract.offline.language import language
from summarizer.extract.offline.packs import LinePatterns, caseless_marks
from summarizer.extract.offline.prefilter import prefilter


def _plain(patterns: tuple[str, ...], line: str) -> bool:
    lowered = line.lower()
    return any(
        re.compile(p[1:], re.IGNORECASE).match(line) if p.startswith("^")
        else re.compile(p.lower()).search(lowered)
        for p in patterns)


def _all_patterns() -> list[tuple[str, ...]]:
    pack = language().boilerplate.patterns
    return [pack.line, pack.box, pack.tail]


_PIECES = ["Ukraine war latest: ", "LATEST:", "latest", ":", "Latest news", "İ", "ı", "ſ",
           "\u212a", "’", "'", "-", ".", ",", " ", "By John Smith", "advertisement",
           "3 min read", "Getty Images", "(Photo: AP)", "subscribe", "a" * 70, "é"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=8), max_size=8))
def test_compiled_line_patterns_match_as_the_patterns_do(pieces: list[str]) -> None:
    line = "".join(pieces)
    for patterns in _all_patterns():
        assert LinePatterns.compile(patterns).matches(line) == _plain(patterns, line)


def test_a_pattern_opening_with_an_optional_repetition_is_guarded_by_its_marks() -> None:
    compiled = LinePatterns.compile(("^[\\w\\s.,’'-]{0,60}\\blatest:", "^advertisement$"))
    assert [marks for marks, _ in compiled.guarded] == [":"]
    assert compiled.matches("Ukraine war LATEST: aid") and not compiled.matches("latest news")
    assert compiled.matches("Advertisement")


def test_caseless_marks_are_the_required_non_letters() -> None:
    assert caseless_marks(prefilter(re.compile("a+b: c-d", re.IGNORECASE))) == "-:"
    assert caseless_marks(prefilter(re.compile("(x:|y;)z", re.IGNORECASE))) == ""
    assert caseless_marks(None) == ""
