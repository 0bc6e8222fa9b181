"""Candidate mentions: typed spans found once per article and kept on the Doc, read by the
Registry for coreference."""

from __future__ import annotations

from summarizer.extract.offline import document
from summarizer.extract.offline.entities import (
    NameSpan,
    PronounSpan,
    Registry,
    candidate_mentions,
)
from summarizer.load import Article
from summarizer.schemas import ArticleMeta

TEXT = ("When Lee arrived, Sen. Ann Roe said she backed Cruz spokesman Rick Tyler in Poland. "
        "“John Doe is here,” he said.")


def _doc(text: str) -> document.Doc:
    return document.build(Article(ArticleMeta(id="t"), text, 0))


def _words(found: list[NameSpan | PronounSpan], tokens: list[document.Token]) -> list[str]:
    return [" ".join(t.text for t in tokens[s.i : s.j if isinstance(s, NameSpan) else s.i + 1])
            for s in found]


def test_each_sentence_has_its_names_and_pronouns_in_text_order() -> None:
    first, second = candidate_mentions(_doc(TEXT))
    assert _words(first.spans, first.tokens) == ["Lee", "Ann Roe", "she", "Cruz", "Rick Tyler"]
    # near misses: a name inside a quotation is no mention the narrator makes, and a country
    # is a place, not a name
    assert _words(second.spans, second.tokens) == ["he"]
    assert [key for _, _, key in first.places] == ["Poland"]


def test_each_span_says_what_its_sentence_makes_of_it() -> None:
    first, second = candidate_mentions(_doc(TEXT))
    lee, roe, she, cruz, tyler = first.spans
    assert isinstance(lee, NameSpan) and lee.subordinate and not lee.speaks
    assert isinstance(roe, NameSpan) and roe.speaks and not roe.subordinate
    assert isinstance(she, PronounSpan) and she.gender == "f" and not she.speaks
    assert isinstance(cruz, NameSpan) and cruz.affiliation
    assert isinstance(tyler, NameSpan) and not tyler.affiliation
    (he,) = second.spans
    assert isinstance(he, PronounSpan) and he.gender == "m" and he.speaks


def test_mentions_are_found_once_per_article_and_read_by_the_registry() -> None:
    doc = _doc(TEXT)
    assert candidate_mentions(doc) is candidate_mentions(doc)
    registry = Registry(doc)
    assert {"Ann Roe", "Rick Tyler"} <= set(registry.entities)
    assert "Cruz" not in registry.entities  # an affiliation introduces no one
    assert registry.pronoun("m", len(doc.text)) is not None
