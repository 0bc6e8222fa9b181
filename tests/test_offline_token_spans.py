"""token_spans.spans against the matches of the pattern it splits by (finditer)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from summarizer.extract.offline.token_spans import capturing, spans

_PATTERNS = [re.compile(r"\w+(?:['’]\w+)*|[^\w\s]"), re.compile(r"[A-Za-z]+")]


@given(st.text(alphabet="ab’' .,\n\u00e9\u2014x1", max_size=40), st.integers(0, 3000),
       st.sampled_from(_PATTERNS))
def test_spans_are_the_matches_offset(text: str, offset: int, pattern: re.Pattern[str]) -> None:
    for at in (0, offset):
        matches = list(pattern.finditer(text))
        assert spans(capturing(pattern), text, at) == (
            [m.group() for m in matches], [m.start() + at for m in matches],
            [m.end() + at for m in matches])
