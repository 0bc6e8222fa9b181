"""The vote stage's shortcuts give what the plain reading gives."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from summarizer.extract.offline import stances


@given(st.text("ab ’'-,.?\u00e9\u212a\n", max_size=40), st.integers(0, 45), st.integers(0, 45))
def test_words_of_a_range_as_of_its_slice(text: str, a: int, b: int) -> None:
    assert stances._words(text, a, b) == re.findall(r"[\w’'-]+", text[a:b])


@given(st.text(" ?\"”’')]».ab\n\t", max_size=20), st.integers(0, 20), st.integers(0, 20))
def test_question_test_as_plain(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    assert stances._question(text, start, end) == (
        text[start:end].rstrip(stances._CLOSERS).endswith("?"))
