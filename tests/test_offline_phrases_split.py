"""phrases._split's shortcuts read the same words as the plain forms they replace."""

from __future__ import annotations

import bisect
import re

from hypothesis import given
from hypothesis import strategies as st

from summarizer.extract.offline import phrases

# The pattern the split found possessives by before str.find did (the reference here).
_APOSTROPHE_S = re.compile(r"['’]s")

# Texts rich in what the shortcuts must get right: apostrophes of both kinds before `s`,
# letters whose lower case is special (`İ`, a final `Σ`), hyphens, full stops, line breaks.
_TEXTS = st.text(alphabet="as'’ΣσİIi-. \nxS", max_size=60)


def _plain_split(text: str) -> tuple[list[str], list[int], list[int], list[str]]:
    """The split as first written: finditer, possessives by regex, each word lowered."""
    found, starts, ends = [], [], []
    for match in phrases._WORD.finditer(text):
        found.append(match.group(0))
        starts.append(match.start())
        ends.append(match.end())
    for match in _APOSTROPHE_S.finditer(text):
        i = bisect.bisect_left(ends, match.end())
        if i < len(ends) and ends[i] == match.end() and len(found[i]) > 2:
            found[i] = found[i][:-2]
            ends[i] -= 2
    return found, starts, ends, [w.lower() for w in found]


@given(_TEXTS)
def test_possessive_ends_are_the_matches(text: str) -> None:
    assert phrases._possessive_ends(text) == [
        m.end() for m in _APOSTROPHE_S.finditer(text)]


@given(_TEXTS)
def test_split_matches_plain_split(text: str) -> None:
    table = phrases._split(text)
    assert (table.words, table.starts, table.ends, table.lowered) == _plain_split(text)


def test_possessive_cut_once_in_order() -> None:
    # `x’s's`: the word is cut at its last `'s` only (the earlier match ends inside it).
    table = phrases._split("x’s's")
    assert table.words == ["x’s"]
