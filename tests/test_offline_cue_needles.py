"""cues._may_hold (needles found once per article, asked per range by bisection) must never
say no where the range, lowered on its own, holds a needle: _deontic and _refusals skip a
range on its word."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from summarizer.extract.offline.collector import collector_paused
from summarizer.extract.offline.cues import (
    _denial_marks,
    _deontic,
    _deontic_needles,
    _may_hold,
    _refusals,
)
from summarizer.extract.offline.prefilter import exact_lower

# Pieces that make needles, near misses, and the characters that lower() reads oddly (`İ`
# lengthens, `Σ` depends on its neighbours, the others fold to ASCII under IGNORECASE).
_PIECES = ["not", "n't", "n’t", "no ", "No", "NOT", "should", "Must", "needs to", "ought",
           "invitation", "Membership", "accession", "impossible", "out of the question",
           "off the cards", " ", "x", "o", "n", "'", "’", "t", "İ", "Σ", "ſ", "K", "ı", ".",
           "no", "on ", "sho", "uld"]
_NEEDLES = [_denial_marks(), *(_deontic_needles() or ())]


@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.data())
def test_may_hold_never_misses_a_needle(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    with collector_paused():
        for needles in _NEEDLES:
            lowered = exact_lower(text[start:end])
            if lowered is None or any(map(lowered.__contains__, needles)):
                assert _may_hold(text, start, end, needles)


@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.data())
def test_may_hold_is_exact_without_odd_characters(pieces: list[str],
                                                  data: st.DataObject) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    if any(ch in text for ch in "İſKı"):
        return
    with collector_paused():
        for needles in _NEEDLES:
            lowered = exact_lower(text[start:end])
            assert lowered is not None
            assert _may_hold(text, start, end, needles) == any(
                map(lowered.__contains__, needles))


def test_refusal_and_deontic_still_found() -> None:
    text = "Officials said an invitation should come this year. No invitation will be issued."
    with collector_paused():
        assert [f.position for f in _deontic(text, 0, 51)] == ["supports"]
        assert [f.position for f in _refusals(text, 52, len(text))] == ["opposes"]
        assert _deontic(text, 52, len(text)) == []
        assert _refusals(text, 0, 51) == []
