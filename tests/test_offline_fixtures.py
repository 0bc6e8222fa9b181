"""Whole-article checks on the fixtures: everything grounds inside the body, the data tables
are valid, and the extractor keeps its contract."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.countries import validate_alpha2
from summarizer.extract.offline.language import language
from summarizer.extract.offline.rules import RULES_VERSION, extract_article
from summarizer.ground import spans_match
from summarizer.load import Article, load_articles
from summarizer.schemas import DEFAULT_QUESTION, ArticleMeta

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED_DIR, DEV_DIR = FIXTURES / "articles", FIXTURES / "articles-dev"


def _articles() -> list[Article]:
    loaded = load_articles([str(SEED_DIR), str(DEV_DIR)])
    return [a for a in loaded if isinstance(a, Article)]


@pytest.mark.parametrize("article", _articles(), ids=lambda a: a.id)
def test_everything_is_grounded_inside_the_body(article: Article) -> None:
    result = extract_article(article, DEFAULT_QUESTION)
    assert result.diagnostics.prompt_version == RULES_VERSION
    for statement in result.statements:
        assert spans_match(statement.text, article.text, statement.spans), statement
        assert all(start >= article.body_start for start, _ in statement.spans)
    evidences = [e for s in result.stances for e in s.evidence]
    if result.plan is not None:
        evidences += [e for p in result.plan.points for e in p.evidence]
    for evidence in evidences:
        assert spans_match(evidence.text, article.text, evidence.spans), evidence
    assert len({s.id for s in result.statements}) == len(result.statements)


def test_extraction_is_deterministic() -> None:
    article = _articles()[0]
    assert extract_article(article, DEFAULT_QUESTION) == extract_article(article, DEFAULT_QUESTION)


def test_data_tables_hold_valid_country_codes() -> None:
    lang = language()
    tables = [lang.geo.demonyms, lang.geo.capitals, lang.geo.national_bodies]
    codes = {code for table in tables for code in table.values()} | set(lang.plan.parliaments)
    codes |= {p.country for p in lang.people.by_spelling.values() if p.country}
    for code in codes:
        assert validate_alpha2(code) == code
    assert {cue.position for cue in lang.stance.cue_list} == {
        "supports", "opposes", "hesitant", "neutral", "unclear"}


_PIECES = ["“", "”", '"', "‘", "’", "'", "«", "»", ", she said.", " Smith added", "\n\n", "\n",
           "Advertisement\n", "• ", "NATO ", "Germany and France are reluctant", " U.S. ",
           "Volodymyr Zelensky said", "victory plan", " the first point calling for aid.",
           "according to Jane Doe,", " He ", "...", "…", " not ", "support", "Oct. 16"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=12), max_size=40))
def test_any_text_extracts_without_error_and_grounds(parts: list[str]) -> None:
    text = "".join(parts)
    if not text.strip():
        return
    result = extract_article(Article(ArticleMeta(id="t"), text, 0), DEFAULT_QUESTION)
    for statement in result.statements:
        if statement.kind == "direct":
            assert spans_match(statement.text, text, statement.spans)
