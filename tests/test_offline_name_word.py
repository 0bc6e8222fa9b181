"""np.name_word reads from the word alone which context tests may make a capitalised token a
name word: gated by it, the candidate mentions' reading of a token (name_like, else a surname
after a given name, else a given name before a surname) is the same as with every test made."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.extract.offline import document, np
from summarizer.extract.offline.language import speaking
from summarizer.load import Article
from summarizer.schemas import ArticleMeta

WORDS = ["Jan", "Egeland", "Novak", "Jan.", "20", "6", "Kristen", "Day", "Theresa", "May",
         "Hillary", "For", "America", "Jack", "Black", "The", "Ann", "Roe", "NATO", "Sen.",
         "Republicans", "said", "in", "the", "Monday", ",", "Mr.", "Mark", "Will", "Poland"]


def _gated(tokens: list[document.Token], k: int) -> bool:
    kind = np.name_word(tokens[k].text)
    return kind == np.NAME or (
        (kind & np.SURNAME_IF_GIVEN_BEFORE != 0 and k > 0 and np.surname_after_given(tokens, k))
        or (kind & np.GIVEN_IF_SURNAME_AFTER != 0 and np.given_before_surname(tokens, k)))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=10))
def test_name_word_gate_matches_every_test(words: list[str]) -> None:
    text = " ".join(words)
    doc = document.build(Article(ArticleMeta(id="t"), text, 0))
    tokens = doc.tokens(0, len(doc.text))
    with speaking(None):
        for k in range(len(tokens)):
            plain = bool(np.name_like(tokens[k].text) or np.surname_after_given(tokens, k)
                         or np.given_before_surname(tokens, k))
            assert _gated(tokens, k) == plain, (text, k)


def test_name_word_kinds() -> None:
    with speaking(None):
        assert np.name_word("Egeland") == np.NAME
        assert np.name_word("NATO") == 0
        assert np.name_word("Day") & np.SURNAME_IF_GIVEN_BEFORE
        assert np.name_word("Jan") & np.GIVEN_IF_SURNAME_AFTER
