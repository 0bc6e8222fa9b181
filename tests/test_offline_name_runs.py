"""Which words of a capitalised run name a person (entities.py): not a headline's words before
its last preposition, not a participle opening the sentence.

Invented sentences.
"""

from __future__ import annotations

from summarizer.extract.offline import document
from summarizer.extract.offline.entities import Registry
from summarizer.load import Article
from summarizer.schemas import ArticleMeta


def _names(text: str) -> set[str]:
    return set(Registry(document.build(Article(ArticleMeta(id="t"), text))).entities)


def test_a_headline_run_keeps_only_the_name_after_its_preposition() -> None:
    names = _names("A Frank Exchange Happened Between Dana Okafor And Lee.\n\n"
                   "Okafor arrived late.\n")
    assert "Dana Okafor" in names
    assert not any("Exchange" in name for name in names)


def test_an_opening_participle_is_no_given_name() -> None:
    names = _names("Dana Okafor spoke first.\n\nAsserting Okafor was wrong, Lee left.\n")
    assert "Asserting Okafor" not in names
