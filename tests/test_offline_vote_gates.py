"""The readings asked before a range's cues are sought: a range they rule out gives nothing."""

from __future__ import annotations

from functools import partial

from summarizer.extract.offline import document
from summarizer.extract.offline.entities import Registry
from summarizer.extract.offline.holders import holders, names_one, refers_to_one
from summarizer.extract.offline.stance_stage import on_question, passage_votes, passages
from summarizer.extract.offline.stances import may_vote, window_votes
from summarizer.load import Article
from summarizer.schemas import DEFAULT_QUESTION, ArticleMeta

TEXTS = [
    "Hungary opposes an invitation for Ukraine to join NATO. They are reluctant. "
    "The harbour froze in January.",
    "German Chancellor Olaf Scholz said he was wary of an invitation. It is premature.",
    "The Baltic states back the invitation. The country says it is ready.",
    "The harbour froze in January. Nobody was surprised by the invitation.",
]


def _sentences(text: str) -> tuple[document.Doc, Registry]:
    doc = document.build(Article(ArticleMeta(id="t"), text, 0))
    return doc, Registry(doc)


def test_a_range_that_names_and_refers_to_no_one_has_no_holder() -> None:
    for text in TEXTS:
        doc, registry = _sentences(text)
        for s in doc.sentences:
            if not names_one(doc, registry, s.start, s.end) and not refers_to_one(
                    doc, s.start, s.end):
                assert holders(doc, registry, s.start, s.end) == []


def test_a_range_that_could_give_no_vote_gives_none() -> None:
    for text in TEXTS:
        doc, registry = _sentences(text)
        for s in doc.sentences:
            if not may_vote(doc, registry, s.start, s.end, None):
                assert window_votes(doc, registry, s.start, s.end, None) == []


def test_near_miss_a_country_named_may_vote_a_harbour_may_not() -> None:
    doc, registry = _sentences(TEXTS[0])
    named, _, harbour = doc.sentences
    assert names_one(doc, registry, named.start, named.end)
    assert may_vote(doc, registry, named.start, named.end, None)
    assert not names_one(doc, registry, harbour.start, harbour.end)
    assert not refers_to_one(doc, harbour.start, harbour.end)
    assert not may_vote(doc, registry, harbour.start, harbour.end, None)


def _voting(doc: document.Doc, registry: Registry, sentence: document.Sentence) -> bool:
    return may_vote(doc, registry, sentence.start, sentence.end, None)


def test_follow_ups_left_unread_for_their_votes_would_give_none() -> None:
    texts = [*TEXTS, "Hungary opposes an invitation for Ukraine to join NATO. The mood was "
             "sceptical. Italy was wary too.",
             "Hungary opposes an invitation for Ukraine to join NATO. Berlin was wary too."]
    for text in texts:
        doc, registry = _sentences(text)
        topical = on_question(doc, DEFAULT_QUESTION, [])
        every = passages(doc, topical)
        kept = passages(doc, topical, partial(_voting, doc, registry))
        assert [p for p in kept if p not in every] == []
        for passage in every:
            if passage not in kept:
                assert passage_votes(doc, registry, passage, None) == []
