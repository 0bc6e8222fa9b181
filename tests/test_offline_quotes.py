"""Quote finding: mark styles, multi-paragraph quotes, stray marks, titles vs quotations."""

from __future__ import annotations

import datetime as dt

from summarizer.extract.offline.document import build
from summarizer.extract.offline.rules import extract_article
from summarizer.ground import spans_match
from summarizer.load import Article
from summarizer.schemas import DEFAULT_QUESTION, ArticleExtraction, ArticleMeta


def article(text: str, published: dt.date | None = None, body_start: int = 0) -> Article:
    return Article(ArticleMeta(id="t", published=published), text, body_start)


def run(text: str) -> ArticleExtraction:
    return extract_article(article(text), DEFAULT_QUESTION)


def quotes(text: str) -> list[str]:
    doc = build(article(text))
    return [" | ".join(doc.text[a:b] for a, b in q.pieces) for q in doc.quotes]


def direct(text: str) -> list[tuple[str, str | None]]:
    return [(s.text, s.speaker.name) for s in run(text).statements if s.kind == "direct"]


def test_every_mark_style_is_a_quote() -> None:
    for text in ("Lee said “we will go.”", 'Lee said "we will go."', "Lee said ‘we will go.’",
                 "Lee said « we will go. »"):
        assert quotes(text) == ["we will go."], text


def test_curly_opening_mark_used_as_closer_is_read_by_context() -> None:
    assert quotes("Lee warned that the deal “would end badly.“ Then he left.") == [
        "would end badly."]


def test_apostrophes_are_not_single_quotes() -> None:
    assert quotes("Kim’s aides said the minister’s car was late.") == []


def test_quote_over_two_paragraphs_is_one_quote() -> None:
    text = "“The first part of it.\n\n“And the second part,” Lee said."
    assert quotes(text) == ["The first part of it. | And the second part,"]


def test_unclosed_quote_runs_to_the_end_of_its_paragraph() -> None:
    text = 'He told reporters only: "I cannot say more.\nLater he left.'
    assert quotes(text) == ["I cannot say more."]


def test_stray_closing_mark_quotes_from_paragraph_start() -> None:
    assert quotes("We will send more tanks,” the ministry said.") == ["We will send more tanks,"]


def test_split_quote_interrupted_by_attribution_is_one_statement() -> None:
    got = direct("“We will stay,” Anna Berg said. “We have no choice.”")
    assert got == [("We will stay … We have no choice", "Anna Berg")]


def test_plan_name_in_quotes_is_a_title_not_a_statement() -> None:
    got = direct('Omar Haddad presented his "peace plan" to parliament on Monday.')
    assert got == []


def test_unattributed_scare_quote_is_dropped() -> None:
    assert direct('The so-called "accelerated" procedure was discussed.') == []


def test_every_direct_quote_verifies_at_its_spans() -> None:
    text = "Header line\n\n“One, two,” Lee Park said. “Three.”\n\nAdvertisement\n"
    result = extract_article(article(text, body_start=13), DEFAULT_QUESTION)
    assert result.statements
    for statement in result.statements:
        assert spans_match(statement.text, text, statement.spans)


def test_text_before_body_start_is_ignored() -> None:
    text = 'title: "I resign," Lee said.\n\nThe weather was fine.'
    start = text.index("The weather")
    result = extract_article(article(text, body_start=start), DEFAULT_QUESTION)
    assert result.statements == []
