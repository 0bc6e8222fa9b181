"""Each article within its budget, off the event loop: a slow, crashing or dying extraction fails
that article alone while the others finish; Ctrl-C stops the batch, writes run.json marked
interrupted, and a rerun resumes from the cache."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SEED_DIR

import summarizer.extract.offline as offline_module
from summarizer import processes
from summarizer.extract.base import ProviderSettings
from summarizer.extract.offline.rules import extract_article
from summarizer.load import Article
from summarizer.pool import SLOW_AFTER_S
from summarizer.run import Outcome, RunOptions, run_batch
from summarizer.schemas import ArticleExtraction
from summarizer.testing.fakeserver import FakeConfig, FakeServer
from summarizer.testing.synth import article_text, write_articles

pytestmark = pytest.mark.skipif(not processes.available(), reason="workers are forked")

SUMMARIZER = str(Path(sys.executable).with_name("summarizer"))
OFFLINE = ProviderSettings(provider="offline")


def _misbehaving(article: Article, question: str) -> ArticleExtraction:
    """The offline rules, except on articles that ask to hang, die or crash."""
    if "HANG-HERE" in article.text:
        time.sleep(600)
    if "DIE-HERE" in article.text:
        os._exit(7)
    if "CRASH-HERE" in article.text:
        raise RuntimeError("a bug in one rule")
    return extract_article(article, question)


@pytest.fixture
def misbehaving(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(offline_module, "extract_article", _misbehaving)


def _inputs(folder: Path, *markers: str) -> list[str]:
    folder.mkdir()
    for marker in markers:
        (folder / f"{marker.lower()}.txt").write_text(f"{article_text(1)}\n{marker}\n", "utf-8")
    return [str(folder), *map(str, sorted(SEED_DIR.glob("*.txt"))[:3])]


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.usefixtures("misbehaving")
def test_a_hanging_dying_or_crashing_article_fails_alone(tmp_path: Path, workers: int) -> None:
    inputs = _inputs(tmp_path / "bad", "HANG-HERE", "DIE-HERE", "CRASH-HERE")
    seen: list[Outcome] = []
    budget = SLOW_AFTER_S + 1.5  # long enough to be "slow" and give up its place first
    options = RunOptions(out_dir=tmp_path / "out", workers=workers, article_timeout_s=budget)
    report = asyncio.run(run_batch(inputs, OFFLINE, options, on_outcome=seen.append))
    assert report.counts.model_dump() == {"total": 6, "ok": 3, "failed": 3}
    reasons = {f.article_id: f.reason for f in report.failures}
    assert f"longer than the {budget:g} s budget for one article (--article-timeout)" in (
        reasons["hang-here"]
    )
    assert "worker process ended (exit code 7) during this article" in reasons["die-here"]
    assert reasons["crash-here"] == "unexpected error: RuntimeError: a bug in one rule"
    # The hanging article was handed out before the seeds; they finished while it ran, even with
    # a single worker process.
    assert seen[-1].article_id == "hang-here"


@pytest.mark.usefixtures("misbehaving")
def test_cancelling_writes_an_interrupted_report_and_a_rerun_resumes(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path / "bad", "HANG-HERE")
    out = tmp_path / "out"

    async def cancel_after_three() -> None:
        done: list[Outcome] = []
        task = asyncio.current_task()
        assert task is not None

        def on_outcome(outcome: Outcome) -> None:
            done.append(outcome)
            if len(done) == 3:
                task.cancel()

        options = RunOptions(out_dir=out, workers=2, article_timeout_s=600)
        await run_batch(inputs, OFFLINE, options, on_outcome=on_outcome)

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(cancel_after_three())
    report = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert report["interrupted"] is True and report["counts"]["ok"] == 3
    assert [Path(u).name for u in report["unfinished"]] == ["hang-here.txt"]
    (tmp_path / "bad" / "hang-here.txt").unlink()
    rerun = asyncio.run(run_batch(inputs, OFFLINE, RunOptions(out_dir=out)))
    assert rerun.cache_hits == 3 and rerun.counts.ok == 3 and not rerun.interrupted


def _sigint_default() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_stops_the_cli_and_a_rerun_resumes(tmp_path: Path, workers: str) -> None:
    write_articles(tmp_path / "in", 8)
    out = tmp_path / "out"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    # Each answer takes 0.5 s, so the six articles left after the second is cached take at
    # least 1.5 s: the interrupt lands mid-run even when a loaded machine delays this test.
    with FakeServer(FakeConfig(latency_s=0.5)) as server:
        args = [SUMMARIZER, "run", str(tmp_path / "in"), "--out", str(out), "--provider",
                "openai", "--base-url", server.base_url, "--model", "fake-model",
                "--concurrency", workers, "--workers", workers, "-q"]
        # A background job of a non-interactive shell (`pytest … &`) inherits SIGINT ignored,
        # and so would the CLI, which then finishes the run: give it the default disposition,
        # as a terminal's Ctrl-C finds it.
        process = subprocess.Popen(args, env=env, text=True, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, preexec_fn=_sigint_default)
        deadline = time.monotonic() + 60
        while len(list(out.glob(".cache/*/*.json"))) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        cached = len(list(out.glob(".cache/*/*.json")))
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=20)
        assert process.returncode == 130, stderr
        assert "interrupted" in stderr and "Traceback" not in stderr
        report = json.loads((out / "run.json").read_text(encoding="utf-8"))
        finished = report["counts"]["ok"]
        # Forked workers write the cache before their outcome reaches the parent, so the parent
        # may have counted fewer articles than the cache holds; the rerun takes them all.
        assert report["interrupted"] is True and finished < 8
        assert len(report["unfinished"]) == 8 - finished
        rerun = subprocess.run(args, env=env, text=True, capture_output=True, timeout=120,
                               check=False)
    assert rerun.returncode == 0, rerun.stderr
    again = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert again["cache_hits"] >= max(finished, cached) >= 2 and again["counts"]["ok"] == 8
    assert again["interrupted"] is False


def test_an_endpoint_article_over_its_budget_fails_alone(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 2)
    with FakeServer(FakeConfig(latency_s=3.0)) as server:
        settings = ProviderSettings(provider="openai", model="fake-model",
                                    base_url=server.base_url, transport_retries=0)
        options = RunOptions(out_dir=tmp_path / "out", concurrency=2, article_timeout_s=0.5)
        report = asyncio.run(run_batch([str(tmp_path / "in")], settings, options))
    assert report.counts.model_dump() == {"total": 2, "ok": 0, "failed": 2}
    assert all("longer than the 0.5 s budget for one article" in f.reason
               for f in report.failures)
