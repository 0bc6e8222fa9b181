"""The regex prefilter (summarizer/extract/offline/prefilter.py) never rules out a real match.

A prefilter may only answer "cannot match" when the pattern indeed finds nothing: each test
below searches with the real pattern and fails if a match was skipped.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.extract.offline import dates, plan_patterns
from summarizer.extract.offline.language import language
from summarizer.extract.offline.prefilter import (
    _FOLDS_TO_ASCII,
    Filtered,
    ascii_lowered,
    prefilter,
)


def test_folds_to_ascii_lists_every_character_ignorecase_maps_to_ascii() -> None:
    # Folded prefilters rely on this list being complete for the running Python.
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    found = set(re.findall(r"[\x00-\x7f]", every, re.IGNORECASE)) - {chr(c) for c in range(128)}
    assert found == set(_FOLDS_TO_ASCII)


def _patterns() -> list[re.Pattern[str]]:
    line = language().boilerplate.line
    line_patterns = [line.floating, line.anchored]
    return [
        *plan_patterns.patterns().values(),
        *dates._tables().patterns,
        *[p for p in line_patterns if p is not None],
    ]


def _spellings(word: str) -> list[str]:
    """The word in several casings, and with the characters IGNORECASE matches to i, s and k
    that lower() leaves alone."""
    return [word, word.upper(), word.title(), word.replace("i", "ı"), word.replace("i", "İ"),
            word.replace("s", "ſ"), word.replace("k", "\u212a")]


def _fragments() -> list[str]:
    """Pieces that make matches likely: every required string, spelled several ways."""
    out = ["victory plan", "the first point", "Oct. 16", "2024-10-17", "includes:", "photo",
           "Monday", "three points", "as part of the plan", " is ", ", ", ".", ":", "\n"]
    for pattern in _patterns():
        hint = prefilter(pattern)
        for group in hint.needs if hint else ():
            for word in group:
                out += _spellings(word)
    return out


def test_every_required_word_alone_and_in_context_is_still_found() -> None:
    contexts = ["{}", "The {} is", "x{}y", "{}: a, b", "the first {} of the plan is ready"]
    for pattern in _patterns():
        filtered = Filtered(pattern)
        for group in filtered.hint.needs if filtered.hint else ():
            for word in group:
                for spelling in _spellings(word):
                    for context in contexts:
                        text = context.format(spelling)
                        expected = [m.span() for m in pattern.finditer(text)]
                        assert [m.span() for m in filtered.finditer(text)] == expected, text


_PIECES = st.sampled_from(_fragments()) | st.text(
    alphabet=st.sampled_from(list("abcdefghij XYZ-’'\"“”0123456789") + list(_FOLDS_TO_ASCII)),
    max_size=6,
)


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=12), st.data())
def test_filtered_search_finds_exactly_what_the_pattern_finds(
    pieces: list[str], data: st.DataObject
) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for pattern in _patterns():
        filtered = Filtered(pattern)
        expected = [m.span() for m in pattern.finditer(text, start, end)]
        assert [m.span() for m in filtered.finditer(text, start, end)] == expected
        if expected:
            assert filtered.hint is None or filtered.hint.may_match(text, start, end)


def test_prefilter_rules_out_texts_without_the_required_words() -> None:
    hint = prefilter(plan_patterns.patterns()["plan"])
    assert hint is not None
    assert not hint.may_match("The weather was fine in Brussels.")
    assert hint.may_match("The VICTORY Plan was shown.")
    # A dotless ı matches "i" under IGNORECASE but lower() keeps it: no ruling out then.
    assert hint.may_match("The ınıtıatıve")


def test_unreadable_or_case_changing_patterns_get_no_prefilter() -> None:
    assert prefilter(re.compile(r"\w+")) is None
    assert prefilter(re.compile(r"(?i:abc)")) is None
    assert prefilter(re.compile(r"ab|c?")) is None  # one branch requires nothing


_LINE_WORDS = st.sampled_from(["photo", "Photo", "image", " journalism", "support us", "Σ", "İ",
                               "donate", "subscribe", "(credit)", "reuters/", "x", " ", "\n",
                               "’", "newsletter", "Getty Images", "AFP via Getty"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE_WORDS, max_size=30).map("".join),
       st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=8))
def test_may_match_each_answers_may_match_per_window(text: str,
                                                     cuts: list[tuple[int, int]]) -> None:
    hints = language().boilerplate.line.hints
    assert hints is not None and not hints.folded
    windows = [(min(a, b), max(a, b)) for a, b in cuts]
    assert hints.may_match_each(text, windows) == [hints.may_match(text, a, b)
                                                   for a, b in windows]


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE_WORDS, max_size=30).map("".join))
def test_line_hints_never_rule_out_a_matching_line(text: str) -> None:
    # classify_lines asks `hinted` once for the text's lines, then `matches` per stripped line.
    line = language().boilerplate.line
    lines = [m.span() for m in re.finditer(r"[^\n]+", text) if not m.group().isspace()]
    hinted = line.hinted(text, lines) or [None] * len(lines)
    for (a, b), hint in zip(lines, hinted, strict=True):
        stripped = text[a:b].strip()
        assert line.matches(stripped, hint) == line.matches(stripped)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aBz ?.'’\nİKÉéßſıΣ€\u212a")), max_size=40),
       st.sampled_from(["a", "b", "z", "ab", "a b", "k", "s", "i", ". "]))
def test_ascii_folded_text_finds_ascii_words_where_lowering_does(text: str, word: str) -> None:
    folded = ascii_lowered(text)
    if folded is None:
        # Only a character that lowers into ASCII (İ, the Kelvin sign) asks for the slow path.
        assert any(c in text for c in _FOLDS_TO_ASCII)
        return
    assert len(folded) == len(text) and folded.isascii()
    lowered = text.lower()
    assert [m.start() for m in re.finditer(re.escape(word), folded)] == [
        m.start() for m in re.finditer(re.escape(word), lowered)]
