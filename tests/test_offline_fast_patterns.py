"""The offline extractor's faster forms of its searches find exactly what the plain forms find:
the plan-word pattern that opens with a class of first letters, the token pattern whose titles
are tried only at their first letters, and phrase indexes that share one pass over a text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.extract.offline import phrases
from summarizer.extract.offline.document import (
    _WORD_RUN,
    _fast_token_pattern,
    _plain_token_pattern,
    _token_regex,
)
from summarizer.extract.offline.lexicon import phrase_regex
from summarizer.extract.offline.phrases import PhraseIndex
from summarizer.extract.offline.plan_patterns import _phrases
from summarizer.extract.offline.prefilter import _FOLDS_TO_ASCII, folded_class
from summarizer.extract.offline.source_pack import pack
from summarizer.extract.offline.token_spans import capturing, spans

PHRASES = ["victory plan", "plan", "peace formula", "roadmap", "internal resilience plan",
           "kit", "strategy"]
TEXTS = [
    "The victory plan, a peace formula and his roadmap. The Victory  Plan was shown.",
    "pro-plan, plan-based, xplan, planning, plans: none of these is the plan itself.",
    "A VICTORY PLAN in capitals; an internal resilience plan; the \u212ait (Kelvin sign).",
    "The \u017ftrategy (long s), the İnternal resilience plan, a\nplan at a line start.",
    "victory\nplan across a line break; the roadmap’s points; (plan) in brackets",
]


def _spans(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos, endpos)]


def test_plan_word_pattern_matches_what_the_plain_alternation_matches() -> None:
    plain = phrase_regex(PHRASES, re.I)
    fast = re.compile(_phrases(PHRASES), re.I)
    assert fast.pattern != plain.pattern
    for text in TEXTS:
        for pos in range(0, len(text), 3):
            for endpos in (len(text), min(len(text), pos + 12), min(len(text), pos + 30)):
                assert _spans(fast, text, pos, endpos) == _spans(plain, text, pos, endpos)


def test_plan_word_pattern_inside_a_longer_form_keeps_the_phrase_order() -> None:
    # The plain alternation tries phrases longest first; a form built around the fast one must
    # fall back to the next phrase exactly when the plain one does.
    suffix = r"[’']?s?\s+(?:calls|asks)\b"
    plain = re.compile(phrase_regex(PHRASES, re.I).pattern + suffix, re.I)
    fast = re.compile(_phrases(PHRASES) + suffix, re.I)
    text = "The victory plan calls for more; the plan asks; a roadmap’s asks; the plans call."
    assert _spans(fast, text, 0, len(text)) == _spans(plain, text, 0, len(text))
    assert _spans(fast, text, 0, len(text))  # (the form does match here)


def test_phrases_with_a_non_letter_opening_keep_the_plain_pattern() -> None:
    assert _phrases(["(plan)", "roadmap"]) == phrase_regex(["(plan)", "roadmap"], re.I).pattern


def test_folded_class_holds_what_ignorecase_matches() -> None:
    candidates = [chr(c) for c in range(128)] + list(_FOLDS_TO_ASCII)
    for letters in ("iks", "bp", "v1"):
        cls = re.compile(folded_class(letters))
        for ch in candidates:
            expected = any(re.fullmatch(re.escape(x), ch, re.I) for x in letters)
            assert bool(cls.fullmatch(ch)) == expected, (letters, ch)


def _pack_titles() -> list[str]:
    # (the pattern reads the titles as they were before the fast form: their full stop off)
    titles = pack().titles
    return sorted({t[:-1] for t in titles.offices | titles.courtesy if t.endswith(".")},
                  key=len, reverse=True)


# Titles of another pack: a one-letter title (an initial's look-alike), a digit, a non-ASCII
# letter, a title that starts another (`Mr`, `Mrs`), and none at all.
_TITLE_SETS = [_pack_titles(), ["Messrs", "Mrs", "Ms2", "Dé", "Mr", "S"], []]
_TOKEN_PIECES = st.sampled_from(
    ["Rep.", "Sen", "Mr.", "Mrs", "Messrs.", "Ms2.", "Dé.", "S.", "mr.", "HumMr.", "Dr.Who",
     "U.S.", "e.g.", "B.", "A", "Ann", "x", "É", "é", "İ", "ß", "ſ", "\u212a", "Σ", "\u0301",
     "_", "7", "2024", "²", "٣", "Ⅻ", " ", " ", "\u00a0", "\n", "\u2009", "\u2028", "\x1c",
     "\u200b", ".", ".", ",", "’", "'", "-", "“", "”", "…", "(", "Smith", "don’t", "Jones’ "]
)  # fmt: skip


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_token_pattern_in_use_is_the_fast_form() -> None:
    fast = _token_regex()
    assert fast.pattern == f"({_fast_token_pattern(_pack_titles())})"
    text = ("Sen. Ann Roe and Mr. Lind met Messrs. Smith and Jones; mr. x, Drs. and Dr.Who "
            "spoke to James B. Comey in the U.S. on Oct. 5, said Gov. Roe’s aide.")
    words = spans(fast, text)[0]
    assert {"Sen.", "Mr.", "Messrs.", "B.", "U.S.", "Gov.", "Roe’s", "Dr.Who"} <= set(words)
    assert "Oct" in words and "Drs" in words  # (not titles: their stop is a token of its own)


def test_titles_with_marks_keep_the_plain_token_pattern() -> None:
    assert _WORD_RUN.fullmatch("Mr") and not _WORD_RUN.fullmatch("Lt.-Col")
    # (_token_regex takes the plain form for these; the fast form assumes word characters)


@settings(max_examples=400, deadline=None)
@given(st.lists(_TOKEN_PIECES, max_size=16), st.sampled_from(range(len(_TITLE_SETS))))
def test_fast_token_pattern_cuts_the_tokens_the_plain_one_cuts(pieces: list[str],
                                                                which: int) -> None:
    titles = _TITLE_SETS[which]
    plain = re.compile(_plain_token_pattern(titles))
    fast = re.compile(_fast_token_pattern(titles))
    text = "".join(pieces)
    assert _matches(fast, text) == _matches(plain, text)
    # As _index_tokens uses it: split, on a slice (a paragraph) of the text.
    for start in (0, len(text) // 3):
        piece = text[start:]
        assert spans(capturing(fast), piece, start) == spans(capturing(plain), piece, start)


def test_shared_phrase_indexes_find_what_a_lone_index_finds() -> None:
    phrases = ["victory plan", "plan", "the plan", "peace formula"]
    shared = [PhraseIndex(phrases, ignore_case=True), PhraseIndex(["the", "plan b"]),
              PhraseIndex(["Plan", "Victory"], ignore_case=False)]
    lone = [PhraseIndex(phrases, ignore_case=True), PhraseIndex(["the", "plan b"]),
            PhraseIndex(["Plan", "Victory"], ignore_case=False)]
    for index in lone:
        index._bit = 0  # searched on its own, word by word
    text = " ".join(TEXTS) * 3  # long enough for the shared word table
    assert len(text) > 300
    for a, b in zip(shared, lone, strict=True):
        assert a._bit
        found = a.find(text)
        assert found == b.find(text)
        assert a.find(text, 40, 200) == b.find(text, 40, 200)
    assert shared[0].find(text)


def test_a_text_split_in_pieces_gives_the_words_of_the_text_split_at_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    line = "Ann Roe's U.S. plan, well-known, wasn’t e.g. Lee’s: it's 20,000 km.\n"
    text = line * 50
    whole = phrases._split(text)
    monkeypatch.setattr(phrases, "_CHUNK", 100)  # (a very long text is split line by line)
    pieces = phrases._split(text)
    assert (pieces.words, pieces.starts, pieces.ends) == (whole.words, whole.starts, whole.ends)
    assert len(whole.words) > 500
