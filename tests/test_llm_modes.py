"""Every structured-output mode against the fake OpenAI-compatible server, and a server that
refuses a mode: the article fails at once naming the mode and what to try, and the rest of the
batch is not sent the same refused request."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from conftest import SEED_DIR, extract_from_fake_server

from summarizer.extract.base import ProviderSettings
from summarizer.extract.llm_settings import MODES, Mode
from summarizer.ground import spans_match
from summarizer.load import Article, load_articles
from summarizer.run import RunOptions, run_batch
from summarizer.testing.fakeserver import (
    OK,
    SCHEMA_INVALID,
    UNGROUNDED,
    FakeConfig,
    FakeServer,
    FaultPlan,
)


def _seed() -> Article:
    (article, *_) = [a for a in load_articles([str(SEED_DIR)]) if isinstance(a, Article)]
    return article


@pytest.mark.parametrize("mode", MODES)
async def test_each_mode_completes_an_article_with_grounded_quotes_after_a_reask(
    mode: Mode,
) -> None:
    article = _seed()
    result, (first, second) = await extract_from_fake_server(article, mode, [UNGROUNDED, OK])
    assert ("tools" in first) == (mode == "tools")
    assert first.get("response_format", {}).get("type") == {
        "json_schema": "json_schema", "json": "json_object"}.get(mode)
    assert result.diagnostics.reasks == 1 and result.diagnostics.endpoint_calls == 2
    assert "Nobody in this article ever said" in json.dumps(second["messages"][2:])
    assert result.statements and not result.diagnostics.dropped
    assert all(spans_match(s.text, article.text, s.spans) for s in result.statements)


def test_a_refused_mode_fails_at_once_and_is_not_sent_again_in_the_run(tmp_path: Path) -> None:
    config = FakeConfig(refuse_formats=("json_schema",))
    with FakeServer(config) as server:
        settings = ProviderSettings(provider="openai", model="m", base_url=server.base_url,
                                    mode="json_schema")
        options = RunOptions(out_dir=tmp_path / "out", concurrency=1)
        report = asyncio.run(run_batch([str(SEED_DIR)], settings, options))
        requests = server.stats.requests
    assert report.counts.ok == 0 and report.counts.failed == report.counts.total == 5
    assert requests == 1  # one refusal: not retried, and the other four never sent
    for failure in report.failures:
        assert "--mode json_schema" in failure.reason and "try --mode json" in failure.reason
        assert "\n" not in failure.reason


def test_the_same_server_answers_the_suggested_mode(tmp_path: Path) -> None:
    config = FakeConfig(refuse_formats=("json_schema",))
    with FakeServer(config) as server:
        settings = ProviderSettings(provider="openai", model="m", base_url=server.base_url,
                                    mode="json")
        options = RunOptions(out_dir=tmp_path / "out", concurrency=2)
        report = asyncio.run(run_batch([str(SEED_DIR)], settings, options))
    assert report.counts.ok == 5 and report.counts.failed == 0
    assert report.usage.total_tokens > 0


def test_a_failed_article_still_counts_the_tokens_its_answers_cost(tmp_path: Path) -> None:
    config = FakeConfig(faults=FaultPlan(script=[SCHEMA_INVALID, SCHEMA_INVALID]))
    with FakeServer(config) as server:
        settings = ProviderSettings(provider="openai", model="m", base_url=server.base_url,
                                    mode="json", max_reasks=1)
        options = RunOptions(out_dir=tmp_path / "out", concurrency=1)
        seed = str(SEED_DIR / "003_5fab07fc7baa96ec.txt")
        report = asyncio.run(run_batch([seed], settings, options))
    assert report.counts.failed == 1 and "invalid model output" in report.failures[0].reason
    assert report.usage.total_tokens > 0  # two answers were paid for
