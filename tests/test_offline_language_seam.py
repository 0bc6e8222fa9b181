"""The seam for another language: extract_article reads the packs of the Language it is given,
for the duration of that call only; the shipped English packs everywhere else."""

from __future__ import annotations

from summarizer.extract.offline.language import (
    Language,
    english,
    language,
    per_language,
    per_language_lru,
    speaking,
)
from summarizer.extract.offline.rules import extract_article
from summarizer.load import Article
from summarizer.schemas import DEFAULT_QUESTION, ArticleExtraction, ArticleMeta

# Invented, with an invented verb (`blorfed`: in no English pack, whatever words are added to
# the shipped ones); `muttered` is a shipped speech verb (the near miss).
TEXT = ("Kyiv, Monday.\n\nUkraine's deputy foreign minister Anna Kovalenko blorfed that Kyiv "
        "would not wait forever for an invitation to join NATO.\n\n"
        "She muttered that the allies were slow.\n")
ARTICLE = Article(ArticleMeta(id="language-seam"), TEXT)


def _blorfing() -> Language:
    """English with one more speech verb and its first topic renamed."""
    en = english()
    speech = en.speech.model_copy(update={"verbs": {**en.speech.verbs, "blorf": ("blorfed",)}})
    first, *rest = en.topics.topic
    topics = en.topics.model_copy(
        update={"topic": (first.model_copy(update={"label": "Mitgliedschaft"}), *rest)})
    return en.replace(name="en-blorfing", speech=speech, topics=topics)


def _said(extraction: ArticleExtraction) -> list[tuple[str | None, str, str | None]]:
    return [(s.speaker.name, s.text, s.topic) for s in extraction.statements]


def test_a_second_language_changes_extraction_inside_its_call_only() -> None:
    before = extract_article(ARTICLE, DEFAULT_QUESTION)
    blorfing = extract_article(ARTICLE, DEFAULT_QUESTION, language=_blorfing())
    after = extract_article(ARTICLE, DEFAULT_QUESTION)

    assert _said(before) == [("Anna Kovalenko", "She muttered that the allies were slow", None)]
    said = _said(blorfing)
    assert len(said) == 2
    assert said[0][0] == "Anna Kovalenko" and "blorfed that Kyiv" in said[0][1]
    assert said[0][2] == "Mitgliedschaft"  # the topic index is the second language's own
    assert said[1] == _said(before)[0]
    assert after.model_dump() == before.model_dump()


def test_the_shipped_language_is_active_outside_an_extraction() -> None:
    other = _blorfing()
    assert language() is english()
    with speaking(other):
        assert language() is other
        assert "blorfed" in language().speech.all_verbs
        with speaking(None):
            assert language() is english()
        assert language() is other
    assert language() is english()
    assert "blorfed" not in language().speech.all_verbs


def test_derived_tables_are_cached_per_language() -> None:
    calls: list[str] = []

    @per_language
    def verbs() -> frozenset[str]:
        calls.append(language().name)
        return language().speech.all_verbs

    other = _blorfing()
    assert "blorfed" not in verbs()
    with speaking(other):
        assert "blorfed" in verbs()
        assert "blorfed" in verbs()
    assert "blorfed" not in verbs()
    assert calls == ["en", "en-blorfing"]  # computed once for each language


def test_cached_functions_of_arguments_per_language() -> None:
    calls: list[tuple[str, str]] = []

    @per_language_lru(8)
    def speaks(word: str) -> bool:  # called by position: the lighter wrapper
        calls.append((language().name, word))
        return word in language().speech.all_verbs

    @per_language_lru(8)
    def speaks_as(word: str, *, lowered: bool) -> bool:  # a keyword-only parameter
        return (word.lower() if lowered else word) in language().speech.all_verbs

    other = _blorfing()
    assert not speaks("blorfed") and not speaks("blorfed")
    with speaking(other):
        assert speaks("blorfed")
        assert speaks_as("Blorfed", lowered=True)
    assert calls == [("en", "blorfed"), ("en-blorfing", "blorfed")]
