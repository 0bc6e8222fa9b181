"""The plan phrases' openings found by their first words (plan_patterns._plan_starts) are the
places the openings pattern matches, and a search of a plan pattern tried at those openings
alone finds what a plain search finds."""

from __future__ import annotations

import inspect

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.extract.offline import plan_patterns

# Pieces of plan phrases, their look-alikes and the characters that fold to ASCII letters.
_PIECES = ["plan", "Plan", "PLAN", "victory", "Victory plan", "peace", "formula", "internal",
           "resilience", "proposal", "roadmap", "blueprint", "initiative", "for", "Ukraine's",
           "win the war", "explanation", "planned", "pro-", "-", " ", "  ", "\n", ",", ".", "’s",
           "\u0130", "\u0131", "\u017f", "\u212a", "a", "x"]

_texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
_starts = inspect.unwrap(plan_patterns._plan_starts)


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_the_openings_found_by_first_words_are_the_patterns(text: str) -> None:
    openings = plan_patterns._plan_openings()
    assert openings is not None
    assert _starts(text) == [m.start() for m in openings.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_texts, st.integers(0, 400), st.integers(0, 400))
def test_a_search_from_the_openings_finds_what_a_search_finds(text: str, a: int, b: int) -> None:
    text = text + " " * 300  # long enough to be searched by its openings
    start, end = min(a, b), max(a, b)
    for key in ("plan", "name"):
        found = plan_patterns.search(key, text, start, end)
        expected = plan_patterns.patterns()[key].search(text, start, end)
        assert (found and (found.span(), found.group(0))) == (
            expected and (expected.span(), expected.group(0)))
