"""A name after a preposition and a title (`by Foreign Minister Ann Roe`) is no subject of its
sentence.

Each rule on invented sentences, with a near miss that the rule must leave alone.
"""

from __future__ import annotations

from summarizer.extract.offline import document
from summarizer.extract.offline.entities import OTHER, SUBJECT, Registry
from summarizer.load import Article
from summarizer.schemas import ArticleMeta


def test_a_name_after_a_preposition_and_its_title_is_no_subject() -> None:
    text = "The plan was set out by Foreign Minister Paul Ostrander on Monday."
    assert Registry(document.build(Article(ArticleMeta(id="t"), text, 0))).top_rank(
        0, len(text)) == OTHER


def test_near_miss_a_preposition_inside_a_title_leaves_the_subject() -> None:
    text = "Secretary of State Paul Ostrander arrived on Monday."
    assert Registry(document.build(Article(ArticleMeta(id="t"), text, 0))).top_rank(
        0, len(text)) == SUBJECT
