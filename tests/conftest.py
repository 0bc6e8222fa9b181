"""Shared test setup: no test sees the developer's real endpoint settings or keys."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import settings

from summarizer.extract.offline.rules import extract_article
from summarizer.load import Article
from summarizer.schemas import DEFAULT_QUESTION, ArticleExtraction, ArticleMeta

# CI runs the property tests on a fixed sequence of examples, so that a run's verdict does not
# depend on the draw; developers' runs keep exploring new ones (and keep what they find).
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED_DIR = FIXTURES / "articles"
DEV_DIR = FIXTURES / "articles-dev"
SCENARIOS = FIXTURES / "recordings" / "scenarios"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "AZURE_OPENAI_API_KEY", "SUMMARIZER_MODEL",
                 "SUMMARIZER_PROMPTS_DIR"):
        monkeypatch.delenv(name, raising=False)


def extract_text(text: str, published: dt.date | None = None) -> ArticleExtraction:
    """The offline extractor on an invented text (the whole text is the body)."""
    return extract_article(Article(ArticleMeta(id="t", published=published), text, 0),
                           DEFAULT_QUESTION)


def stances(text: str) -> dict[str, str]:
    """Country → position for an invented text; every stance must carry its evidence."""
    result = extract_text(text)
    for stance in result.stances:
        assert stance.evidence, stance
    return {s.country: s.position for s in result.stances}
