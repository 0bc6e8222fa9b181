"""Regexes of the offline extractor that were rewritten for speed still match exactly what their
readable forms match (same spans, same order), on texts built from the characters that matter."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.extract.offline import cues, dates, document, phrases, plan_patterns, points
from summarizer.extract.offline.token_spans import capturing, spans

# (fast form in use, readable form it must equal)
_FORMS = [
    (document._TOKEN, r"(?:[A-Z]\.){2,}|\w+(?:[-'’.]\w+)*(?:['’](?=\s))?|[^\w\s]", 0),
    (phrases._WORD, r"(?:[A-Za-z]\.){2,}|\w+(?:[-'’]\w+)*", 0),
    (document._BOUNDARY, r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9])", 0),
    (
        cues._CLAUSE_BREAK,
        # (an abbreviation's full stop, `U.S.`, ends no clause)
        r"(?:(?<![A-Z]\.[A-Z])\.|[!?;])\s|\s[—–]\s|,?\s(?:but|while|whereas|although|though|however)\s",
        re.IGNORECASE,
    ),
]
_PIECES = st.sampled_from(
    ["U.S.", "e.g.", "A.", "don’t", "it's", "pro-Russian", "Kyiv’s ", "’ ", "' ", ". ", "! ",
     "?” ", "…", " — ", " – ", ", but ", " However ", " though", "; ", ".\n", " A", " 7", "“",
     "(", "]", "x", "_", "é", "ſ", "2024", " ", "\n", "-", "."]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=14), st.data())
def test_fast_forms_match_exactly_what_the_readable_forms_match(
    pieces: list[str], data: st.DataObject
) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for fast, readable, flags in _FORMS:
        slow = re.compile(readable, flags)
        begin = start
        if fast is document._BOUNDARY:
            # Sentence ends are searched from a paragraph's start, never from inside a run of
            # marks: the fast form's lookbehind (what keeps `......` linear) sees the marks
            # before the search position, which the readable form does not.
            while begin > 0 and text[begin - 1] in ".!?…":
                begin -= 1
        expected = [m.span() for m in slow.finditer(text, begin, end)]
        assert [m.span() for m in fast.finditer(text, begin, end)] == expected, readable


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Oct 17, 2024", "2024-10-17", "date ", "x", " ", "- 13:00",
                                 "16 October 2024", "Monday", "12", "ab"]), max_size=6))
def test_dateline_patterns_find_what_a_search_near_the_line_start_finds(pieces: list[str]) -> None:
    line = "".join(pieces)
    tables = dates._tables()
    for full, dateline in zip(tables.patterns[:3], tables.datelines, strict=True):
        found = full.search(line)
        early = found if found and found.start() <= dates.DATELINE_OFFSET else None
        match = dateline.match(line)
        assert (match is None) == (early is None)
        if match and early:
            assert match.groupdict() == early.groupdict()


_DATE_PIECES = st.sampled_from(
    ["Oct 17, 2024", "October  2024", "Sept.\n\n 3rd, 1999", "May" + " " * 70 + "2024",
     "Oct 1" + " " * 70 + "2025", "in July 2024", "Mayday", "ſept", " ", "\n", "12", "2024",
     "20245", "1999", ",", "x", "-", "é"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_DATE_PIECES, max_size=10), st.data())
def test_month_years_finds_what_a_full_scan_finds(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    expected = [m.span() for m in dates._tables().month_year.finditer(text, start)]
    assert [m.span() for m in dates._month_years(text, start)] == expected


_PLAN_PIECES = st.sampled_from(
    ["plan", "Plan", "victory plan", "peace  plan", "plans", "-plan", "xplan", "İ", "\n",
     "plan for Ukraine’s victory", "Victory\nplan", "roadmap", "the", " ", ", ", "-", ".",
     "calls for", "which he presented,", "includes"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PLAN_PIECES, min_size=90, max_size=140), st.data())
def test_plan_search_by_openings_finds_what_the_pattern_finds(
    pieces: list[str], data: st.DataObject
) -> None:
    text = " ".join(pieces)  # long enough to be searched by its openings
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found = plan_patterns.search("plan", text, start, end)
    expected = plan_patterns.patterns()["plan"].search(text, start, end)
    assert (found and found.span()) == (expected and expected.span())
    # The patterns that open with a plan phrase are also scanned from the first opening.
    for key in ("name", "includes", "aside_includes"):
        pattern = plan_patterns.patterns()[key]
        assert [m.span() for m in plan_patterns.finditer(key, text, start, end)] == [
            m.span() for m in pattern.finditer(text, start, end)]


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=14), st.data())
def test_token_spans_are_the_matches_finditer_finds(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    for pattern in (document._TOKEN, phrases._WORD):
        words, starts, ends = spans(capturing(pattern), text[start:], start)
        expected = [(m.group(), m.start(), m.end()) for m in pattern.finditer(text, start)]
        assert list(zip(words, starts, ends, strict=True)) == expected


_ADVERB_PIECES = st.sampled_from(
    ["first", "First", "firstly", "second", "finally", "and", ",", ", ", ";", ":", "\n", " ",
     "x", "the", "ſ", ".", "?", "!", ". ", "?\n"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_ADVERB_PIECES, max_size=30), st.data())
def test_adverb_matches_are_what_finditer_finds(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found = [m.span() for m in points._adverb_matches(text, start, end)]
    assert found == [m.span() for m in points._adverbs().finditer(text, start, end)]


def test_adverb_matches_start_after_a_sentence_end_as_finditer_does() -> None:
    text = "What does it ask? First, A. Second, B!\nFinally, C."
    for start in range(len(text)):
        found = [m.span() for m in points._adverb_matches(text, start, len(text))]
        assert found == [m.span() for m in points._adverbs().finditer(text, start, len(text))]
    assert len(list(points._adverb_matches(text, 0, len(text)))) == 3
