"""Throughput of the offline extractor on one core (run on demand; not a test).

    .venv/bin/python benchmarks/bench_offline.py [--rounds N] [--repeat K]

Extracts every fixture article (seed + dev) N times per pass, K passes, in this process and
prints a table: CPU ms per article (median over the passes), cold start (first article, tables
loading), and warm throughput by CPU time (the process's own time on one core: median and best
pass) and by wall clock. The issue's bar is >= 200 articles/s. On a shared machine compare the
CPU figures, not wall clock, and look at the spread between passes before believing a change.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from summarizer.extract.offline.rules import RULES_VERSION, extract_article
from summarizer.load import Article, load_articles
from summarizer.schemas import DEFAULT_QUESTION

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [ROOT / "fixtures" / "articles", ROOT / "fixtures" / "articles-dev"]


Pass = tuple[dict[str, float], float, float]


def one_pass(articles: list[Article], rounds: int, tag: int) -> Pass:
    """CPU seconds per article id over `rounds` rounds, and the pass's CPU and wall seconds."""
    # Each round gets fresh copies (a unique trailing line) so that no per-text cache in the
    # extractor can serve a later round: every extraction is measured as a first sight.
    batches = [
        [Article(a.meta, f"{a.text}\n{tag}.{n}\n", a.body_start) for a in articles]
        for n in range(rounds)
    ]
    per_article: dict[str, float] = {a.id: 0.0 for a in articles}
    start, cpu_start = time.perf_counter(), time.process_time()
    for batch in batches:
        for article in batch:
            t0 = time.process_time()
            extract_article(article, DEFAULT_QUESTION)
            per_article[article.id] += time.process_time() - t0
    return per_article, time.process_time() - cpu_start, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50, help="Rounds over the fixtures per pass.")
    parser.add_argument("--repeat", type=int, default=3, help="Timed passes (medians reported).")
    args = parser.parse_args()
    articles = [a for a in load_articles([str(f) for f in FOLDERS]) if isinstance(a, Article)]
    start = time.perf_counter()
    extract_article(articles[0], DEFAULT_QUESTION)
    cold = time.perf_counter() - start
    passes = [one_pass(articles, args.rounds, k) for k in range(args.repeat)]
    count = args.rounds * len(articles)
    rates = [count / cpu for _, cpu, _ in passes]
    table = Table(
        title=f"offline extractor {RULES_VERSION} · {args.repeat} passes of {count} extractions, "
        "one core"
    )
    table.add_column("article")
    table.add_column("chars", justify="right")
    table.add_column("CPU ms / article", justify="right")
    for article in articles:
        ms = statistics.median(1000 * p[0][article.id] / args.rounds for p in passes)
        table.add_row(article.id, str(len(article.text)), f"{ms:.2f}")
    table.add_row("cold start (first article, tables load), ms", "", f"{1000 * cold:.1f}")
    table.add_row(
        "[bold]warm, CPU time, median pass[/bold]", "",
        f"[bold]{statistics.median(rates):.0f} articles/s[/bold]",
    )  # fmt: skip
    table.add_row("warm, CPU time, best pass", "", f"{max(rates):.0f} articles/s")
    table.add_row("warm, CPU time, each pass", "", " ".join(f"{r:.0f}" for r in rates))
    # Wall-clock throughput drops below the CPU figure when other processes share the core.
    wall = statistics.median(count / w for _, _, w in passes)
    table.add_row("warm, wall clock, median pass", "", f"{wall:.0f} articles/s")
    Console().print(table)


if __name__ == "__main__":
    main()
