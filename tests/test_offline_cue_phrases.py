"""cues.Phrases: asking a word sequence for its phrases by first word answers as the substring
test `" phrase " in " word word … "` it replaced."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from summarizer.extract.offline.cues import Phrases, _padded

_WORD = st.sampled_from(["not", "willing", "to", "no", "longer", "if", "could", "a", "b"])
# Phrases as the packs write them, and odd ones (a leading, trailing or double space, empty).
_PHRASE = st.one_of(st.lists(_WORD, min_size=1, max_size=3).map(" ".join),
                    st.sampled_from(["", " to", "no ", "not  to"]))


def _substring(words: list[str], phrases: list[str]) -> bool:
    joined = f" {' '.join(words)} "
    return any(f" {p} " in joined for p in phrases)


@given(st.lists(_PHRASE, max_size=6), st.lists(_WORD, max_size=10))
def test_held_by_answers_as_the_substring_test(phrases: list[str], words: list[str]) -> None:
    assert Phrases.of(phrases).held_by(words) == _substring(words, phrases)


def test_the_stance_word_lists_by_first_word() -> None:
    weak, irrealis = _padded()
    assert weak.held_by(["it", "is", "not", "willing", "to", "back", "it"])
    assert not weak.held_by(["it", "is", "not", "willing"])
    assert irrealis.held_by(["whether", "berlin"]) and not irrealis.held_by(["berlin", "backs"])
    assert weak.padded is None and irrealis.padded is None  # the shipped lists hold no odd one
