"""Time against article size, and hostile inputs each finishing or failing within their budget
(run on demand; not a test).

    .venv/bin/python benchmarks/bench_article_size.py [--budget S] [--sizes N ...] [--skip-cli]

Three tables:
1. Ordinary prose in paragraphs at 100 KB, 1 MB and 10 MB: loading time, and the offline
   extraction's time in a worker process (stopped at the budget): a straight line means time
   per MB stays flat as the size grows.
2. The hostile inputs of the hardening issue, each alone through the CLI
   (`summarizer run FILE -q --article-timeout BUDGET`): wall time, exit code and what happened.
   Before the hardening each of these ran for minutes and could not be stopped.
3. Grounding a 40 KB model answer whose quote is padded with spaces, in a worker (budget).
4. What running the offline rules in worker processes costs on a batch of ordinary articles:
   `run_batch` (cache off) against the same extractions in a plain loop in this process.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from summarizer.errors import ExtractionError
from summarizer.extract.base import ProviderSettings
from summarizer.extract.facts import ArticleFacts, ground_facts
from summarizer.extract.offline.rules import extract_article
from summarizer.load import Article, load_articles
from summarizer.pool import WorkerPool
from summarizer.run import RunOptions, run_batch
from summarizer.schemas import DEFAULT_QUESTION
from summarizer.testing.synth import long_article, write_articles

SUMMARIZER = str(Path(sys.executable).with_name("summarizer"))
SIZES = (100_000, 1_000_000, 10_000_000)
OFFLINE = ProviderSettings(provider="offline")


def _extract(article: Article) -> int:
    return len(extract_article(article, DEFAULT_QUESTION).statements)


def _ground(job: tuple[str, str]) -> int:
    answer, text = job
    return len(ground_facts(ArticleFacts.model_validate_json(answer), text, "a").statements)


def in_worker(task: Callable[[Any], Any], job: Any, budget: float) -> tuple[float, str]:
    """Wall seconds and outcome of `task(job)` in a worker process stopped at `budget`."""

    async def once() -> tuple[float, str]:
        pool: WorkerPool[Any, Any] = WorkerPool(task, 1, timeout_s=budget)
        start = time.perf_counter()
        try:
            result = await pool.run(job)
            return time.perf_counter() - start, f"ok ({result})"
        except ExtractionError as exc:
            return time.perf_counter() - start, f"failed: {exc}"
        finally:
            pool.close()

    return asyncio.run(once())


def size_table(sizes: list[int], budget: float, folder: Path) -> Table:
    table = Table(title=f"offline extraction vs article size (budget {budget:g} s)")
    for column in ("size", "load s", "extract s", "s per MB", "outcome"):
        table.add_column(column, justify="right" if column != "outcome" else "left")
    for size in sizes:
        path = folder / f"prose-{size}.txt"
        path.write_text(long_article(size)[:size], encoding="utf-8")
        start = time.perf_counter()
        (article,) = load_articles([str(path)])
        load_s = time.perf_counter() - start
        assert isinstance(article, Article)
        seconds, outcome = in_worker(_extract, article, budget)
        per_mb = seconds / (len(article.text) / 1_000_000)
        done = outcome.startswith("ok")
        table.add_row(f"{size / 1e6:g} MB", f"{load_s:.2f}", f"{seconds:.1f}",
                      f"{per_mb:.1f}" if done else "-", outcome if done else outcome[:60])
    return table


def hostile_inputs() -> dict[str, str]:
    paragraphs = long_article(1_000_000)
    return {
        '\'"a, \' * 100_000 (400 KB)': '"a, ' * 100_000,
        "'Smith said ' * 100_000": "Smith said " * 100_000,
        "'...' * 33_000": "..." * 33_000,
        "ordinary prose, one 1 MB line": paragraphs.replace("\n", " "),
        "prose with paragraphs, 140 KB": paragraphs[:140_000],
        "prose with paragraphs, 280 KB": paragraphs[:280_000],
        "prose with paragraphs, 560 KB": paragraphs[:560_000],
        "header of 100,000 unclosed quotes": "source: " + '"a, ' * 100_000 + "\n\nA short body.\n",
    }


def cli_table(budget: float, folder: Path) -> Table:
    table = Table(title=f"hostile inputs, each alone through the CLI (budget {budget:g} s)")
    for column in ("input", "wall s", "exit", "outcome"):
        table.add_column(column, justify="right" if column in ("wall s", "exit") else "left")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    for index, (name, text) in enumerate(hostile_inputs().items()):
        path = folder / f"hostile-{index}.txt"
        path.write_text(text, encoding="utf-8")
        out = folder / f"out-{index}"
        start = time.perf_counter()
        result = subprocess.run(
            [SUMMARIZER, "run", str(path), "--out", str(out), "-q", "--no-cache",
             "--article-timeout", str(budget)],
            capture_output=True, text=True, env=env, check=False,
        )
        wall = time.perf_counter() - start
        report = json.loads((out / "run.json").read_text(encoding="utf-8"))
        failures = report["failures"]
        outcome = failures[0]["reason"][:70] if failures else "extracted"
        table.add_row(name, f"{wall:.1f}", str(result.returncode), outcome)
    return table


def grounding_table(budget: float) -> Table:
    table = Table(title=f"grounding one model answer in a worker (budget {budget:g} s)")
    for column in ("answer", "wall s", "outcome"):
        table.add_column(column)
    text = long_article(3_000)
    padded = "Germany does not" + " " * 40_000 + "support it"
    answer = json.dumps({"statements": [
        {"speaker": {"name": "A. Minister"}, "kind": "direct", "text": padded}
    ]})
    seconds, outcome = in_worker(_ground, (answer, text), budget)
    table.add_row(f"{len(answer) / 1000:.0f} KB, one quote padded with spaces", f"{seconds:.2f}",
                  outcome[:70])
    return table


def pool_table(count: int, folder: Path) -> Table:
    table = Table(title=f"{count} ordinary articles: worker processes against a plain loop")
    for column in ("how", "wall s", "articles/s"):
        table.add_column(column, justify="left" if column == "how" else "right")
    write_articles(folder / "batch", count)
    articles = [a for a in load_articles([str(folder / "batch")]) if isinstance(a, Article)]
    extract_article(articles[0], DEFAULT_QUESTION)  # tables loaded, as the pool's parent does
    start = time.perf_counter()
    for article in articles:
        extract_article(article, DEFAULT_QUESTION)
    plain = time.perf_counter() - start
    table.add_row("plain loop, this process", f"{plain:.2f}", f"{count / plain:.0f}")
    for workers in (1, 2):
        options = RunOptions(out_dir=folder / f"pool-{workers}", use_cache=False, workers=workers)
        start = time.perf_counter()
        report = asyncio.run(run_batch([str(folder / "batch")], OFFLINE, options))
        wall = time.perf_counter() - start
        assert report.counts.ok == count
        table.add_row(f"run_batch, {workers} worker process(es), files written", f"{wall:.2f}",
                      f"{count / wall:.0f}")
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=float, default=60.0, help="Seconds per article.")
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--skip-cli", action="store_true", help="Leave out table 2.")
    parser.add_argument("--batch", type=int, default=1000, help="Articles in table 4 (0: none).")
    args = parser.parse_args()
    console = Console()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        console.print(size_table(args.sizes, args.budget, folder))
        if not args.skip_cli:
            console.print(cli_table(args.budget, folder))
        console.print(grounding_table(args.budget))
        if args.batch:
            console.print(pool_table(args.batch, folder))


if __name__ == "__main__":
    main()
