"""Throughput of the offline extractor on one core (run on demand; not a test).

    .venv/bin/python benchmarks/bench_offline.py [--rounds N]

Extracts every fixture article (seed + dev) N times in this process and prints a table of
articles per second: cold (first article, tables loading) and warm (steady state), by CPU time
(the process's own time on one core) and by wall clock. The issue's bar is >= 200 articles/s.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from summarizer.extract.offline.rules import RULES_VERSION, extract_article
from summarizer.load import Article, load_articles
from summarizer.schemas import DEFAULT_QUESTION

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [ROOT / "fixtures" / "articles", ROOT / "fixtures" / "articles-dev"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    articles = [a for a in load_articles([str(f) for f in FOLDERS]) if isinstance(a, Article)]
    start = time.perf_counter()
    extract_article(articles[0], DEFAULT_QUESTION)
    cold = time.perf_counter() - start
    # Each round gets fresh copies (a unique trailing line) so that no per-text cache in the
    # extractor can serve a later round: every extraction is measured as a first sight.
    rounds = [
        [Article(a.meta, f"{a.text}\n{n}\n", a.body_start) for a in articles]
        for n in range(args.rounds)
    ]
    per_article: dict[str, float] = {a.id: 0.0 for a in articles}
    start, cpu_start = time.perf_counter(), time.process_time()
    for batch in rounds:
        for article in batch:
            t0 = time.process_time()
            extract_article(article, DEFAULT_QUESTION)
            per_article[article.id] += time.process_time() - t0
    total = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    count = args.rounds * len(articles)
    table = Table(title=f"offline extractor {RULES_VERSION} · {count} extractions, one core")
    table.add_column("article")
    table.add_column("chars", justify="right")
    table.add_column("CPU ms / article", justify="right")
    for article in articles:
        ms = 1000 * per_article[article.id] / args.rounds
        table.add_row(article.id, str(len(article.text)), f"{ms:.2f}")
    table.add_row("cold start (first article, tables loading)", "", f"{1000 * cold:.1f}")
    table.add_row("[bold]warm throughput, CPU time[/bold]", "",
                  f"[bold]{count / cpu:.0f} articles/s[/bold]")
    # Wall-clock throughput drops below the CPU figure when other processes share the core.
    table.add_row("warm throughput, wall clock", "", f"{count / total:.0f} articles/s")
    Console().print(table)


if __name__ == "__main__":
    main()
