"""The vote stage's shortcuts give what the full reading gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.extract.offline import stance_indirect as si
from summarizer.extract.offline import stances


def _form_words() -> list[str]:
    """Every word of every phrase of the indirect forms (anchors, needs and the rest), so that
    random runs of them now and then make a form."""
    forms = si.indirect_forms()
    words: set[str] = set()
    for part in vars(forms).values():
        for value in vars(part).values() if hasattr(part, "__dict__") else ():
            if isinstance(value, frozenset):
                words.update(w for phrase in value for w in phrase.split())
    return sorted(words)


_FILLER = ["Germany", "the", "Ukraine's", "NATO", "would", "said", ",", ".", "not", "can't",
           "a", "red", "line", "an", "invitation", "membership", "is", "for", "Kyiv", "plan"]


@pytest.fixture(scope="module")
def words() -> list[str]:
    return _form_words() + _FILLER


def _full(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """indirect_cues with no required-word gate: every token of the text counts as one."""
    everything = frozenset(w for w, _, _ in si._tokens(text, 0, len(text)))
    saved = si._required
    si._required = lambda: everything  # type: ignore[assignment]
    try:
        return si.indirect_cues.__wrapped__(text, start, end)  # type: ignore[attr-defined]
    finally:
        si._required = saved  # type: ignore[assignment]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_required_words_gate_skips_only_ranges_without_a_form(
        words: list[str], data: st.DataObject) -> None:
    picked = data.draw(st.lists(st.sampled_from(words), max_size=30))
    text = " ".join(picked) + "."
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    gated = si.indirect_cues.__wrapped__(text, start, end)  # type: ignore[attr-defined]
    assert gated == _full(text, start, end)


def test_required_words_cover_every_scanner() -> None:
    required = si._required()
    for _, firsts, needs in si._scanners():
        assert (needs or firsts) <= required


def test_forms_still_found_past_the_gate() -> None:
    text = "Berlin said an invitation would be a grave mistake."
    assert si.indirect_cues.__wrapped__(text, 0, len(text))  # type: ignore[attr-defined]
    assert _full(text, 0, len(text)) == si.indirect_cues.__wrapped__(  # type: ignore[attr-defined]
        text, 0, len(text))


@given(st.text("ab ’'-,.?\u00e9\u212a\n", max_size=40), st.integers(-3, 45), st.integers(-3, 45))
def test_words_of_a_range_as_of_its_slice(text: str, a: int, b: int) -> None:
    a, b = max(a, 0), max(b, 0)
    assert stances._words(text, a, b) == re.findall(r"[\w’'-]+", text[a:b])


@given(st.text(" ?\"”’')]».ab\n\t", max_size=20))
def test_question_test_as_plain(text: str) -> None:
    assert stances._question(text, 0, len(text)) == text.rstrip(stances._CLOSERS).endswith("?")
