"""A 1,000-article batch against the fake endpoint with 20% faulty answers.

Every article must end extracted or listed as failed with its reason, none missing, none twice;
and what happened to each one must follow from what the server served it (the server logs the
faults per article, in order). Transport retry waits are replaced by a no-op sleep: the waits
themselves are checked in `test_retry_after_is_honoured`.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import summarizer.run as run_module
from summarizer.extract import create_extractor
from summarizer.extract.base import Extractor, ProviderSettings
from summarizer.extract.llm import OpenAIExtractor
from summarizer.load import Article, load_articles
from summarizer.run import RunOptions, RunReport, run_batch
from summarizer.schemas import ArticleExtraction
from summarizer.testing.fakeserver import (
    DROP,
    HTTP_500,
    HTTP_503,
    INVALID_JSON,
    MALFORMED_BODY,
    OK,
    RATE_LIMIT,
    SCHEMA_INVALID,
    TIMEOUT,
    TRANSPORT_FAULTS,
    UNGROUNDED,
    FakeConfig,
    FakeServer,
    FaultPlan,
    uniform_faults,
)
from summarizer.testing.synth import write_articles

N = 1000
TRANSPORT_RETRIES = 1
MAX_REASKS = 1
# What run.json must say for an article whose last served answer was this fault.
EXPECTED_REASON = {
    RATE_LIMIT: "HTTP 429",
    HTTP_500: "HTTP 500",
    HTTP_503: "HTTP 503",
    DROP: "could not reach endpoint",
    TIMEOUT: "timed out",
    MALFORMED_BODY: "not JSON",
    INVALID_JSON: "invalid model output",
    SCHEMA_INVALID: "invalid model output",
}


async def _no_sleep(seconds: float) -> None:
    """Retry waits cost no wall time in the batch test."""


def _fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    def create(settings: ProviderSettings) -> Extractor:
        extractor = create_extractor(settings)
        assert isinstance(extractor, OpenAIExtractor)
        extractor.transport.sleep = _no_sleep
        return extractor

    monkeypatch.setattr(run_module, "create_extractor", create)


@dataclass
class Batch:
    inputs: list[Path]
    out: Path
    report: RunReport
    run_json: dict[str, Any]
    served: dict[str, list[str]]
    requests: int


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Batch]:
    root = tmp_path_factory.mktemp("faults")
    inputs = write_articles(root / "in", N)
    config = FakeConfig(faults=uniform_faults(0.2, seed=7), timeout_sleep_s=4.0)
    with FakeServer(config) as server, pytest.MonkeyPatch.context() as monkeypatch:
        _fast_retries(monkeypatch)
        settings = ProviderSettings(
            provider="openai",
            model="fake-model",
            base_url=server.base_url,
            timeout_s=2.5,  # well above a loaded answer's time, well below the TIMEOUT hang
            transport_retries=TRANSPORT_RETRIES,
            max_reasks=MAX_REASKS,
        )
        options = RunOptions(out_dir=root / "out", concurrency=32)
        report = asyncio.run(run_batch([str(root / "in")], settings, options))
    run_json = json.loads((root / "out" / "run.json").read_text(encoding="utf-8"))
    yield Batch(inputs, root / "out", report, run_json, server.stats.by_article,
                server.stats.requests)


def test_every_article_is_extracted_or_failed_exactly_once(batch: Batch) -> None:
    run_json = batch.run_json
    extracted = run_json["articles"]
    failed = [f["article_id"] for f in run_json["failures"]]
    assert len(extracted) == len(set(extracted))
    assert len(failed) == len(set(failed))
    assert not set(extracted) & set(failed)
    assert sorted(extracted + failed) == sorted(p.stem for p in batch.inputs)
    assert run_json["counts"] == {"total": N, "ok": len(extracted), "failed": len(failed)}
    assert sorted(p.stem for p in (batch.out / "articles").glob("*.json")) == sorted(extracted)
    # The mix really was faulty, and some articles really failed.
    assert sum(f != OK for log in batch.served.values() for f in log) / batch.requests > 0.15
    assert 0 < len(failed) < N // 4
    # ...and some recovered: after a transport retry, and after a validation re-ask.
    recovered = [log for a, log in batch.served.items() if a in set(extracted) and len(log) > 1]
    assert any(log[0] in TRANSPORT_FAULTS for log in recovered)
    assert any(log[0] not in TRANSPORT_FAULTS for log in recovered)


def _answer_used(log: list[str]) -> str:
    """What the extraction ended on. When the last request failed (transport fault after
    retries, a body that is not JSON, an answer that does not fit the schema), the last answer
    that did fit the schema is salvaged, grounded or not."""
    fitting = [f for f in log if f in (OK, UNGROUNDED)]
    if fitting:
        return fitting[-1]
    answers = [f for f in log if f in (INVALID_JSON, SCHEMA_INVALID)]
    return answers[-1] if answers else log[-1]


def test_each_outcome_follows_from_what_the_server_served(batch: Batch) -> None:
    reasons = {f["article_id"]: f["reason"] for f in batch.run_json["failures"]}
    assert set(batch.served) == {p.stem for p in batch.inputs}
    for article_id, log in batch.served.items():
        assert len(log) <= (TRANSPORT_RETRIES + 1) * (MAX_REASKS + 1), (article_id, log)
        used = _answer_used(log)
        if used in (OK, UNGROUNDED):
            assert article_id not in reasons, (article_id, log, reasons.get(article_id))
        else:
            assert EXPECTED_REASON[used] in reasons[article_id], (article_id, log)


def test_extracted_articles_account_for_their_calls_reasks_and_drops(batch: Batch) -> None:
    model_faults = {MALFORMED_BODY, INVALID_JSON, SCHEMA_INVALID, UNGROUNDED}
    for article_id in batch.run_json["articles"]:
        path = batch.out / "articles" / f"{article_id}.json"
        extraction = ArticleExtraction.model_validate_json(path.read_text(encoding="utf-8"))
        log = batch.served[article_id]
        diagnostics = extraction.diagnostics
        assert diagnostics.endpoint_calls == len(log), (article_id, log)
        # Each model-level fault before the final answer cost one validation re-ask.
        assert diagnostics.reasks == sum(f in model_faults for f in log[:-1]), (article_id, log)
        # Only an ungrounded final answer leaves something dropped, and nothing else is lost.
        assert bool(diagnostics.dropped) == (_answer_used(log) == UNGROUNDED), (article_id, log)
        assert extraction.statements, article_id
    served = sum(len(log) for log in batch.served.values())
    assert batch.run_json["endpoint_calls"] == batch.requests == served


async def test_retry_after_is_honoured(tmp_path: Path) -> None:
    (article,) = load_articles([str(p) for p in write_articles(tmp_path, 1)])
    assert isinstance(article, Article)
    script = FaultPlan(script=[RATE_LIMIT, HTTP_503, OK])
    with FakeServer(FakeConfig(faults=script, retry_after="7")) as server:
        settings = ProviderSettings(provider="openai", model="m", base_url=server.base_url)
        extractor = OpenAIExtractor(settings)
        waits: list[float] = []

        async def record_sleep(seconds: float) -> None:
            waits.append(seconds)

        extractor.transport.sleep = record_sleep
        try:
            result = await extractor.extract(article)
        finally:
            await extractor.aclose()
    assert server.stats.requests == 3 and result.diagnostics.endpoint_calls == 3
    # The 429 asked for 7 s and got exactly that; the 503 (no Retry-After) got a backoff.
    assert waits[0] == 7.0
    assert len(waits) == 2 and waits[1] != 7.0 and 0 < waits[1] <= 20.0
