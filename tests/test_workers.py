"""`--workers N`: a batch split over forked processes ends exactly as a one-process run would,
reports every article once, and fails (not loses) the articles of a process that dies."""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path

import pytest
from conftest import DEV_DIR, SEED_DIR

import summarizer.run as run_module
from summarizer import processes
from summarizer.extract import create_extractor
from summarizer.extract.base import Extractor, ProviderSettings
from summarizer.load import Article
from summarizer.run import RunOptions, run_batch
from summarizer.schemas import ArticleExtraction
from summarizer.testing.fakeserver import FakeConfig, FakeServer, uniform_faults
from summarizer.testing.synth import write_articles

pytestmark = pytest.mark.skipif(not processes.available(), reason="needs fork")


def _articles(out: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in (out / "articles").glob("*.json")}


def test_offline_batch_in_two_processes_equals_one_process(tmp_path: Path) -> None:
    inputs = [str(SEED_DIR), str(DEV_DIR), str(tmp_path / "missing.txt")]
    settings = ProviderSettings(provider="offline")
    reports = {}
    for workers in (1, 2):
        options = RunOptions(out_dir=tmp_path / f"w{workers}", workers=workers, use_cache=False)
        reports[workers] = asyncio.run(run_batch(inputs, settings, options))
    assert _articles(tmp_path / "w1") == _articles(tmp_path / "w2")
    assert len(_articles(tmp_path / "w2")) == 11
    one, two = (reports[w].model_dump(exclude={"timings", "started_at", "finished_at",
                                               "out_dir"}) for w in (1, 2))
    assert one == two and two["counts"] == {"total": 12, "ok": 11, "failed": 1}


def test_faulty_endpoint_in_three_processes_accounts_for_every_article(tmp_path: Path) -> None:
    inputs = write_articles(tmp_path / "in", 60)
    seen: list[str] = []
    with FakeServer(FakeConfig(faults=uniform_faults(0.2, seed=3))) as server:
        settings = ProviderSettings(provider="openai", model="fake-model",
                                    base_url=server.base_url, transport_retries=1, max_reasks=1)
        options = RunOptions(out_dir=tmp_path / "out", concurrency=6, workers=3)
        report = asyncio.run(run_batch([str(tmp_path / "in")], settings, options,
                                       on_outcome=lambda o: seen.append(o.source)))
        requests = server.stats.requests
    run_json = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    failed = [f["article_id"] for f in run_json["failures"]]
    assert sorted(run_json["articles"] + failed) == sorted(p.stem for p in inputs)
    assert sorted(seen) == sorted(str(p) for p in inputs)  # progress saw each article once
    assert 0 < len(failed) < 20 and report.counts.ok == 60 - len(failed)
    # Calls are summed over the processes and match what the server answered.
    assert run_json["endpoint_calls"] == requests > 60


class _DiesOnSecondArticle:
    """Extracts offline, but its process exits abruptly on the second article it is given."""

    def __init__(self, inner: Extractor) -> None:
        self.inner = inner
        self.name, self.model = inner.name, inner.model
        self.prompt_version = inner.prompt_version
        self.given = 0

    async def extract(self, article: Article) -> ArticleExtraction:
        self.given += 1
        if self.given == 2:
            os._exit(3)
        return await self.inner.extract(article)

    def endpoint_calls(self) -> int:
        return 0

    def prepare(self) -> None:
        self.inner.prepare()

    async def aclose(self) -> None:
        await self.inner.aclose()


def test_a_dead_worker_fails_its_unfinished_articles_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(run_module, "create_extractor",
                        lambda s: _DiesOnSecondArticle(create_extractor(s)))
    options = RunOptions(out_dir=tmp_path / "out", concurrency=1, workers=2, use_cache=False)
    report = asyncio.run(run_batch([str(SEED_DIR)], ProviderSettings(provider="offline"), options))
    # Five seeds over two processes (3 + 2), one article at a time: each process finishes its
    # first article and dies on its second.
    assert report.counts.model_dump() == {"total": 5, "ok": 2, "failed": 3}
    assert all("worker process ended (exit code 3)" in f.reason for f in report.failures)
    assert sorted(report.articles + [f.article_id or "" for f in report.failures]) == sorted(
        p.stem for p in SEED_DIR.glob("*.txt")
    )
