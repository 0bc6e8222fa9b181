"""The LLM path end to end: real openai client and request/answer seam, answered from hand-written
recordings (fixtures/recordings/scenarios, provenance 'hand-written') through httpx2's
MockTransport."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SCENARIOS, SEED_DIR

from summarizer.errors import ExtractionError
from summarizer.extract.base import ProviderSettings
from summarizer.extract.cassette import read_cassette
from summarizer.extract.replay import ReplayExtractor
from summarizer.ground import spans_match
from summarizer.load import Article, load_articles

ARTICLE_ID = "003_5fab07fc7baa96ec"


@pytest.fixture(scope="module")
def article() -> Article:
    (loaded,) = load_articles([str(SEED_DIR / f"{ARTICLE_ID}.txt")])
    assert isinstance(loaded, Article)
    return loaded


def _extractor(scenario: str, mode: str = "tools") -> tuple[ReplayExtractor, list[float]]:
    settings = ProviderSettings(
        provider="replay", model="gpt-4o-mini", mode=mode, recordings_dir=SCENARIOS / scenario
    )
    extractor = ReplayExtractor(settings)
    waits: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)

    extractor.inner.transport.sleep = fake_sleep
    return extractor, waits


def test_every_scenario_recording_says_it_was_written_by_hand() -> None:
    for path in sorted(SCENARIOS.glob("*/*.json")):
        provenance = read_cassette(path).provenance
        assert provenance.kind == "hand-written", path
        assert "NOT the output of any model" in provenance.note, path


async def test_tool_call_answer_is_parsed_and_grounded(article: Article) -> None:
    extractor, _ = _extractor("tool_call")
    result = await extractor.extract(article)
    assert [s.speaker.name for s in result.statements] == ["Volodymyr Zelenskyy", "Mark Rutte"]
    for statement in result.statements:
        assert statement.kind == "direct"
        assert spans_match(statement.text, article.text, statement.spans)
    assert result.stances[0].country == "UA" and result.stances[0].position == "supports"
    assert result.plan and result.plan.points[0].evidence[0].spans
    assert result.diagnostics.endpoint_calls == 1 and result.diagnostics.reasks == 0
    assert result.diagnostics.usage.total_tokens > 0
    assert result.diagnostics.estimated_cost_usd is not None
    await extractor.aclose()


async def test_json_schema_answer(article: Article) -> None:
    extractor, _ = _extractor("json_schema", mode="json_schema")
    result = await extractor.extract(article)
    assert len(result.statements) == 2 and result.diagnostics.endpoint_calls == 1


async def test_ungrounded_quote_is_reasked_then_accepted(article: Article) -> None:
    extractor, _ = _extractor("reask")
    result = await extractor.extract(article)
    assert result.diagnostics.reasks == 1 and result.diagnostics.endpoint_calls == 2
    assert all("next month" not in s.text for s in result.statements)
    assert result.diagnostics.dropped == []


async def test_reask_message_names_the_ungrounded_quote(article: Article) -> None:
    import httpx2

    from summarizer.extract.llm import OpenAIExtractor

    cassette = read_cassette(SCENARIOS / "reask" / f"{ARTICLE_ID}.json")
    bodies = [c.response["body"] for c in cassette.interactions]
    sent: list[dict[str, object]] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        sent.append(json.loads(request.content))
        return httpx2.Response(200, json=bodies[len(sent) - 1])

    extractor = OpenAIExtractor(
        ProviderSettings(provider="openai", model="gpt-4o-mini"),
        transport=httpx2.MockTransport(handler),
    )
    await extractor.extract(article)
    reask = json.dumps(sent[1]["messages"])
    assert "not found verbatim" in reask and "next month" in reask
    # The article is sent as delimited data.
    assert "<article>" in json.dumps(sent[0]["messages"])


async def test_still_ungrounded_after_reasks_is_dropped_with_reason(article: Article) -> None:
    extractor, _ = _extractor("still_ungrounded")
    result = await extractor.extract(article)
    assert result.diagnostics.endpoint_calls == 3  # first answer + 2 re-asks
    assert len(result.statements) == 2  # the grounded ones are kept
    (dropped,) = result.diagnostics.dropped
    assert dropped.kind == "statement" and "next month" in dropped.text
    assert "not found verbatim" in dropped.reason


async def test_429_waits_as_asked_then_succeeds(article: Article) -> None:
    extractor, waits = _extractor("rate_limited")
    result = await extractor.extract(article)
    assert waits == [2.0]
    assert result.diagnostics.endpoint_calls == 2 and len(result.statements) == 2


async def test_500_is_retried_with_backoff_then_succeeds(article: Article) -> None:
    extractor, waits = _extractor("server_error")
    result = await extractor.extract(article)
    assert len(waits) == 1 and 0 < waits[0] <= 20
    assert len(result.statements) == 2


async def test_final_failure_after_retries_names_the_status(article: Article) -> None:
    extractor, waits = _extractor("exhausted")
    with pytest.raises(ExtractionError, match="HTTP 503 after retries: The engine is currently"):
        await extractor.extract(article)
    assert len(waits) == 4  # 5 attempts, 4 waits
    assert extractor.endpoint_calls() == 5


async def test_missing_recording_fails_the_article_clearly(
    article: Article, tmp_path: Path
) -> None:
    settings = ProviderSettings(provider="replay", recordings_dir=tmp_path)
    with pytest.raises(ExtractionError, match="no recording for article 003"):
        await ReplayExtractor(settings).extract(article)
