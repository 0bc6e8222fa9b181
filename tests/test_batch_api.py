"""`run --batch` with the real openai client against the fake server's Files and Batch API: the
same outputs as a synchronous run, and every provider fault ends with each article extracted or
failed with its reason, none missing, none paid twice."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import SEED_DIR

from summarizer.batch.job import BatchOptions, BatchRunReport, run_in_batches
from summarizer.batch.journal import BATCHES_DIR
from summarizer.batch.remote import batch_status
from summarizer.extract.base import ProviderSettings
from summarizer.load import LoadFailure
from summarizer.merge import merge_dir
from summarizer.render import write_memos
from summarizer.run import RunOptions, run_batch
from summarizer.schemas import ArticleExtraction
from summarizer.testing.fakebatch import BatchConfig, with_batches
from summarizer.testing.fakeserver import (
    HTTP_500,
    MALFORMED_BODY,
    OK,
    UNGROUNDED,
    FakeConfig,
    FakeServer,
    FaultPlan,
)
from summarizer.testing.synth import long_article, write_articles

MODEL = "gpt-4o-mini"  # priced, so the batch price shows


def _settings(server: FakeServer, **extra: Any) -> ProviderSettings:
    return ProviderSettings(provider="openai", model=MODEL, base_url=server.base_url, **extra)


def _batch(inputs: list[str], server: FakeServer, out: Path, **options: Any) -> BatchRunReport:
    settings = _settings(server, **options.pop("settings", {}))
    batch = BatchOptions(poll_s=0.01, poll_max_s=0.05, **options)
    return asyncio.run(run_in_batches(inputs, settings, RunOptions(out_dir=out), batch))


def _articles(out: Path) -> dict[str, dict[str, Any]]:
    return {p.name: json.loads(p.read_text()) for p in sorted((out / "articles").glob("*.json"))}


def _without_cost(extraction: dict[str, Any]) -> dict[str, Any]:
    diagnostics = {k: v for k, v in extraction["diagnostics"].items()
                   if k != "estimated_cost_usd"}
    return {**extraction, "diagnostics": diagnostics}


def _every_input_once(report: BatchRunReport, total: int) -> None:
    """Each input is in run.json exactly once: extracted, or failed with a reason."""
    assert report.counts.total == total
    assert report.counts.ok + report.counts.failed == total
    assert len(report.articles) == report.counts.ok
    assert len({f.file for f in report.failures}) == report.counts.failed
    assert all(f.reason for f in report.failures)


def test_the_seeds_through_batch_equal_a_synchronous_run(tmp_path: Path) -> None:
    with FakeServer() as server:
        sync = asyncio.run(run_batch([str(SEED_DIR)], _settings(server),
                                     RunOptions(out_dir=tmp_path / "sync")))
        chat_calls = server.stats.requests
        report = _batch([str(SEED_DIR)], server, tmp_path / "batch")
        assert server.stats.requests == 2 * chat_calls  # one line per article, nothing twice
        assert server.batch_api.uploads == 1
    expected, got = _articles(tmp_path / "sync"), _articles(tmp_path / "batch")
    assert got.keys() == expected.keys() and len(got) == 5
    for name, extraction in got.items():
        assert _without_cost(extraction) == _without_cost(expected[name])
        # The batch price is half the synchronous one for this model.
        sync_cost = expected[name]["diagnostics"]["estimated_cost_usd"]
        assert extraction["diagnostics"]["estimated_cost_usd"] == pytest.approx(
            sync_cost / 2, abs=2e-6)
    assert report.counts.ok == 5 and report.usage == sync.usage
    assert report.estimated_cost_usd == pytest.approx(sync.estimated_cost_usd / 2, abs=1e-5)
    assert report.batch.batch_ids == ["batch_fake_1"] and report.batch.lines_ok == 5
    run_json = json.loads((tmp_path / "batch" / "run.json").read_text())
    assert run_json["batch"]["rounds"] == 1 and run_json["batch"]["price"] == "batch"
    for out in ("sync", "batch"):
        write_memos(merge_dir(tmp_path / out), tmp_path / out)
    for name in ("briefing.json", "memo.md", "memo.html"):
        assert (tmp_path / "batch" / name).read_text() == (tmp_path / "sync" / name).read_text()
    # The cache entries are the synchronous path's: a synchronous rerun pays nothing.
    with FakeServer() as server:
        rerun = asyncio.run(run_batch([str(SEED_DIR)], _settings(server),
                                      RunOptions(out_dir=tmp_path / "batch")))
        assert rerun.cache_hits == 5 and server.stats.requests == 0


def test_a_rerun_after_completion_is_answered_from_the_cache(tmp_path: Path) -> None:
    with FakeServer() as server:
        _batch([str(SEED_DIR)], server, tmp_path)
        again = _batch([str(SEED_DIR)], server, tmp_path)
        assert server.batch_api.uploads == 1 and len(server.batch_api.batches) == 1
    assert again.cache_hits == 5 and again.batch.lines_sent == 0


def test_requests_are_split_at_the_line_limit(tmp_path: Path) -> None:
    with FakeServer() as server:
        report = _batch([str(SEED_DIR)], server, tmp_path, max_lines=2)
        assert server.batch_api.uploads == 3
    assert len(report.batch.batch_ids) == 3 and report.counts.ok == 5
    assert [row["lines"] for row in batch_status(tmp_path)] == [2, 2, 1]


def test_an_article_in_chunks_is_one_line_per_chunk_with_offsets_into_the_whole(
    tmp_path: Path,
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "long.txt").write_text(long_article(9000), encoding="utf-8")
    small = {"max_chunk_chars": 3000, "chunk_overlap_chars": 300}
    with FakeServer() as server:
        asyncio.run(run_batch([str(tmp_path / "in")], _settings(server, **small),
                              RunOptions(out_dir=tmp_path / "sync")))
        report = _batch([str(tmp_path / "in")], server, tmp_path / "batch", settings=small)
    expected = _articles(tmp_path / "sync")["long.json"]
    got = _articles(tmp_path / "batch")["long.json"]
    assert got["diagnostics"]["chunks"] > 1
    assert report.batch.lines_sent == got["diagnostics"]["chunks"]
    assert _without_cost(got) == _without_cost(expected)


def test_an_ungrounded_answer_is_reasked_in_a_second_round(tmp_path: Path) -> None:
    config = FakeConfig(faults=FaultPlan(script=[UNGROUNDED]))
    with FakeServer(config) as server:
        report = _batch([str(SEED_DIR)], server, tmp_path)
        assert server.stats.requests == 6
    assert report.batch.rounds == 2 and len(report.batch.batch_ids) == 2
    reasked = [e for e in _articles(tmp_path).values() if e["diagnostics"]["reasks"]]
    assert len(reasked) == 1 and reasked[0]["diagnostics"]["endpoint_calls"] == 2
    assert "Nobody in this article" not in json.dumps(reasked[0]["statements"])


def test_reasks_can_go_synchronously(tmp_path: Path) -> None:
    config = FakeConfig(faults=FaultPlan(script=[UNGROUNDED]))
    with FakeServer(config) as server:
        report = _batch([str(SEED_DIR)], server, tmp_path, reasks="sync")
    assert report.batch.rounds == 1 and report.batch.sync_reask_calls == 1
    assert report.counts.ok == 5 and report.endpoint_calls == 6


def test_failed_lines_are_retried_once_then_reported_with_the_providers_error(
    tmp_path: Path,
) -> None:
    # Article A fails twice (reported), article B once (retried, then extracted).
    config = FakeConfig(faults=FaultPlan(script=[HTTP_500, HTTP_500, OK, OK, OK, HTTP_500]))
    with FakeServer(config) as server:
        report = _batch([str(SEED_DIR)], server, tmp_path)
        per_article = [len(v) for v in server.stats.by_article.values()]
    _every_input_once(report, 5)
    assert report.counts.failed == 1
    assert "the batch provider failed this request: HTTP 500" in report.failures[0].reason
    assert sorted(per_article) == [1, 1, 1, 2, 2]  # nothing sent a third time
    assert report.batch.lines_failed == 3


@pytest.mark.parametrize("fault", ["expire", "cancel"])
def test_an_interrupted_batch_keeps_its_results_and_resubmits_only_the_rest(
    tmp_path: Path, fault: str
) -> None:
    config = BatchConfig(stop_after_lines=2, **{fault: frozenset({1})})  # type: ignore[arg-type]
    with with_batches(FakeServer(), config) as server:
        report = _batch([str(SEED_DIR)], server, tmp_path)
        per_article = [len(v) for v in server.stats.by_article.values()]
        second_batch = server.batch_api.batches["batch_fake_2"]
    _every_input_once(report, 5)
    assert report.counts.ok == 5 and report.batch.rounds == 2
    assert second_batch.total == 3  # only what the first batch did not run
    assert per_article == [1] * 5  # nobody paid twice


def test_malformed_output_lines_are_sent_again(tmp_path: Path) -> None:
    config = FakeConfig(faults=FaultPlan(script=[MALFORMED_BODY, OK, MALFORMED_BODY]))
    with FakeServer(config) as server:
        report = _batch([str(SEED_DIR)], server, tmp_path)
    _every_input_once(report, 5)
    assert report.counts.ok == 5 and report.batch.rounds == 2


def test_a_batch_that_fails_validation_is_resubmitted(tmp_path: Path) -> None:
    with with_batches(FakeServer(), BatchConfig(fail_validation=frozenset({1}))) as server:
        report = _batch([str(SEED_DIR)], server, tmp_path)
    assert report.counts.ok == 5 and report.batch.rounds == 2


def test_a_batch_that_always_fails_ends_each_article_with_the_providers_reason(
    tmp_path: Path,
) -> None:
    with with_batches(FakeServer(), BatchConfig(fail_validation=frozenset(range(1, 9)))) as srv:
        report = _batch([str(SEED_DIR)], srv, tmp_path)
        assert len(srv.batch_api.batches) == 4 and srv.stats.requests == 0
    _every_input_once(report, 5)
    assert report.counts.failed == 5
    assert "not answered by the batch provider in 4 batches (batch failed: fake)" in (
        report.failures[0].reason)


def test_slow_polling_feeds_the_progress_from_request_counts(tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    config = BatchConfig(polls_in_progress=4, line_latency_s=0.01)
    with with_batches(FakeServer(), config) as server:
        settings = _settings(server)
        batch = BatchOptions(poll_s=0.01, poll_max_s=0.01)
        asyncio.run(run_in_batches([str(SEED_DIR)], settings, RunOptions(out_dir=tmp_path),
                                   batch, on_progress=lambda *a: seen.append(a)))
    assert len(seen) >= 5 and seen[-1] == (5, 5, "completed")
    assert {status for *_, status in seen} >= {"in_progress", "completed"}


def test_no_wait_submits_and_a_rerun_collects_without_uploading_again(tmp_path: Path) -> None:
    with FakeServer() as server:
        submitted = _batch([str(SEED_DIR)], server, tmp_path, wait=False)
        assert submitted.counts.ok == 0 and len(submitted.batch.pending) == 5
        assert (tmp_path / BATCHES_DIR / "job-0001" / "round-1" / "part-1.json").exists()
        collected = _batch([str(SEED_DIR)], server, tmp_path)
        assert server.batch_api.uploads == 1 and len(server.batch_api.batches) == 1
    assert collected.counts.ok == 5
    assert batch_status(tmp_path)[0]["status"] == "completed"


def test_many_generated_articles_with_mixed_faults_each_end_once(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 40)
    rates = {HTTP_500: 0.1, MALFORMED_BODY: 0.05, UNGROUNDED: 0.1, "schema_invalid": 0.05}
    config = FakeConfig(faults=FaultPlan(rates=rates, seed=3))
    with with_batches(FakeServer(config), BatchConfig(stop_after_lines=30,
                                                      expire=frozenset({1}))) as server:
        report = _batch([str(tmp_path / "in")], server, tmp_path / "out", max_lines=15)
    _every_input_once(report, 40)
    assert report.counts.ok >= 35
    assert set(report.articles) | {f.article_id for f in report.failures} == {
        f"synth-{i:05d}" for i in range(40)}


def test_a_line_refused_as_malformed_fails_at_once_naming_the_mode() -> None:
    """A 400 in the error file is the request's own fault: not sent again (as synchronously)."""
    from summarizer.batch.lines import ResultLine
    from summarizer.batch.rounds import Tracker
    from summarizer.batch.seam import request_extractor
    from summarizer.load import load_articles

    extractor = request_extractor(ProviderSettings(provider="openai", mode="json_schema"))
    (article,) = load_articles([str(SEED_DIR / "000_93e9d3437e0608df.txt")])
    assert not isinstance(article, LoadFailure)
    planned = Tracker.plan(extractor, article, "k", "a.txt")
    tracker = Tracker(extractor, [planned])
    refused = ResultLine("k", None, "HTTP 400: Invalid schema for response_format", 400,
                         "Invalid schema for response_format")
    assert tracker.apply(refused, {"k"}) is planned
    result = tracker.finish(planned, None)
    assert not isinstance(result, ArticleExtraction)
    assert "--mode json_schema" in result.reason and "try --mode json" in result.reason
    # A 500 is the provider's trouble: sent again once.
    busy = Tracker(extractor, [Tracker.plan(extractor, article, "k", "a.txt")])
    assert busy.apply(ResultLine("k", None, "HTTP 500: oops", 500, "oops"), {"k"}) is None
    assert busy.pending()


@pytest.mark.parametrize("lost", [("batch_id",), ("input_file_id", "batch_id")])
def test_an_id_a_killed_run_did_not_journal_is_found_at_the_provider(
    tmp_path: Path, lost: tuple[str, ...]
) -> None:
    """A kill after the upload or the batch creation was sent but before its id was written:
    the rerun finds them by name and metadata instead of uploading or paying again."""
    with FakeServer() as server:
        _batch([str(SEED_DIR)], server, tmp_path, wait=False)
        path = tmp_path / BATCHES_DIR / "job-0001" / "round-1" / "part-1.json"
        state = json.loads(path.read_text())
        assert state["uploading"] and state["creating"]
        path.write_text(json.dumps({k: v for k, v in state.items() if k not in lost}))
        report = _batch([str(SEED_DIR)], server, tmp_path)
        assert server.batch_api.uploads == 1 and len(server.batch_api.batches) == 1
    assert report.counts.ok == 5 and report.batch.batch_ids == ["batch_fake_1"]


def test_the_api_key_reaches_no_file_of_a_batch_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = "sk-sentinel-batch-0123456789abcdef"
    monkeypatch.setenv("OPENAI_API_KEY", key)
    config = FakeConfig(faults=FaultPlan(script=[HTTP_500, UNGROUNDED]), echo_key_in_errors=True)
    with FakeServer(config) as server:
        _batch([str(SEED_DIR)], server, tmp_path)
        assert f"Bearer {key}" in server.stats.authorization  # it was sent, to the server only
        echoed = [c for _, c in server.batch_api.files.values() if key.encode() in c]
        assert echoed, "the fake server's error file should repeat the key"
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(".batches" in p.parts for p in written)
    assert not [p for p in written if key in p.read_text(encoding="utf-8", errors="replace")]


@pytest.mark.parametrize("reasks", ["batch", "sync"])
def test_a_reasked_article_equals_the_synchronous_runs(tmp_path: Path, reasks: str) -> None:
    """The same faults in the same order: the re-ask bodies, the answer kept, the dropped items
    and the counts are the synchronous path's."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        (SEED_DIR / "000_93e9d3437e0608df.txt").read_text(encoding="utf-8"), encoding="utf-8")
    script = [UNGROUNDED, "schema_invalid", UNGROUNDED]  # never good: the last answer is salvaged
    for out in ("sync", "batch"):
        config = FakeConfig(faults=FaultPlan(script=script), keep_requests=10)
        with FakeServer(config) as server:
            if out == "sync":
                asyncio.run(run_batch([str(tmp_path / "in")], _settings(server),
                                      RunOptions(out_dir=tmp_path / out)))
            else:
                _batch([str(tmp_path / "in")], server, tmp_path / out, reasks=reasks)
            bodies = [json.dumps(r["body"], sort_keys=True) for r in server.stats.recent]
        if out == "sync":
            sync_bodies = bodies
    assert bodies == sync_bodies and len(bodies) == 3
    (expected,) = _articles(tmp_path / "sync").values()
    (got,) = _articles(tmp_path / "batch").values()
    assert got["diagnostics"]["reasks"] == 2 and got["diagnostics"]["dropped"]
    assert _without_cost(got) == _without_cost(expected)
