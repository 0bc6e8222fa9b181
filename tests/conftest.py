"""Shared test setup: no test sees the developer's real endpoint settings or keys."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
from pathlib import Path
from typing import Any

import httpx2
import pytest
from hypothesis import settings

from summarizer.extract.base import ProviderSettings
from summarizer.extract.llm import OpenAIExtractor
from summarizer.extract.offline.rules import extract_article
from summarizer.load import Article
from summarizer.schemas import DEFAULT_QUESTION, ArticleExtraction, ArticleMeta, Speaker
from summarizer.testing.fakeserver import FakeConfig, FakeServer, FaultPlan

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


def direct_speakers(text: str, strip: str = "") -> dict[str, Speaker | None]:
    """The speaker of each direct quote the offline rules extract from text, keyed by the
    quote's words (with any of `strip`'s characters taken off their end)."""
    result = extract_text(text)
    return {s.text.rstrip(strip): s.speaker for s in result.statements if s.kind == "direct"}


def plan_points(text: str) -> list[tuple[int | None, str]]:
    """(number, summary) of each plan point the offline rules extract from text; none when
    they find no plan."""
    plan = extract_text(text).plan
    return [(p.number, p.summary) for p in plan.points] if plan else []


def stances(text: str) -> dict[str, str]:
    """Country → position for an invented text; every stance must carry its evidence."""
    result = extract_text(text)
    for stance in result.stances:
        assert stance.evidence, stance
    return {s.country: s.position for s in result.stances}


def extract_answering(
    text: str, answer: str, article_id: str = "t"
) -> tuple[ArticleExtraction, int]:
    """The LLM extractor on an invented text while the endpoint answers every request with
    `answer` as the message content; returns the extraction and how many requests were sent."""
    calls: list[int] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        calls.append(1)
        message = {"role": "assistant", "content": answer}
        return httpx2.Response(200, json={"id": "x", "object": "chat.completion", "created": 0,
                                          "model": "m", "choices": [{"index": 0,
                                          "message": message, "finish_reason": "stop"}]})

    async def run() -> ArticleExtraction:
        extractor = OpenAIExtractor(ProviderSettings(provider="openai", model="m"),
                                    transport=httpx2.MockTransport(handler))
        try:
            return await extractor.extract(Article(ArticleMeta(id=article_id), text))
        finally:
            await extractor.aclose()

    return asyncio.run(run()), len(calls)


async def extract_from_fake_server(
    article: Article, mode: str, script: list[str | None]
) -> tuple[ArticleExtraction, list[dict[str, Any]]]:
    """The LLM extractor in `mode` on `article` against the fake OpenAI-compatible server, which
    answers the successive requests as `script` says; returns the extraction and the bodies of
    the requests the server received, in order."""
    config = FakeConfig(keep_requests=len(script), faults=FaultPlan(script=script))
    with FakeServer(config) as server:
        settings = ProviderSettings(provider="openai", model="m", base_url=server.base_url,
                                    mode=mode)
        extractor = OpenAIExtractor(settings)
        try:
            result = await extractor.extract(article)
        finally:
            await extractor.aclose()
        return result, [r["body"] for r in server.stats.recent]
