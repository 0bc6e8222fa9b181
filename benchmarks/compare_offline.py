"""The offline extractor's CPU time per article at two revisions, run alternately (on demand).

    .venv/bin/python benchmarks/compare_offline.py 8eadcda HEAD [--pairs 7] [--rounds 60]

A throughput figure from another machine says little about this one: a plain Python loop runs
about twice as fast on some hosts as on others. What carries from machine to machine is the ratio
between two revisions measured on the same one. Each revision is exported with `git archive`
into a temporary folder (`.` means the working tree as it is) and extracts the same articles —
this checkout's seed and dev fixtures, fresh copies each round, so no per-text cache helps —
in its own process; the revisions take turns, pair after pair, so a busy spell of the machine
lands on both. A process's CPU time (user + system, from the OS) minus that of a run with no
rounds (imports, tables, one warm-up pass) over the number of extractions gives ms per article.
The table prints each pair and the medians; on a shared machine believe the median ratio only
when the pairs agree.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [ROOT / "fixtures" / "articles", ROOT / "fixtures" / "articles-dev"]

# Run in the revision's own tree (first on sys.path): argv is rounds, then the fixture folders.
LOOP = """
import sys
from summarizer.extract.offline.rules import extract_article
from summarizer.load import Article, load_articles
from summarizer.schemas import DEFAULT_QUESTION
rounds = int(sys.argv[1])
articles = [a for a in load_articles(sys.argv[2:]) if isinstance(a, Article)]
for a in articles:
    extract_article(Article(a.meta, a.text + "\\nwarm\\n", a.body_start), DEFAULT_QUESTION)
for n in range(rounds):
    for a in articles:
        extract_article(Article(a.meta, f"{a.text}\\n{n}.x\\n", a.body_start), DEFAULT_QUESTION)
print(len(articles))
"""


def export(revision: str, into: Path) -> Path:
    """A folder holding the revision's files (`.`: this working tree, used in place)."""
    if revision == ".":
        return ROOT
    folder = into / revision.replace("/", "_")
    folder.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def cpu_seconds(tree: Path, rounds: int) -> tuple[float, int]:
    """CPU seconds of one run of LOOP in `tree`, and how many articles it read per round."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [sys.executable, "-c", LOOP, str(rounds), *map(str, FOLDERS)],
        cwd=tree, env={**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"},
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return used, int(done.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", help="First revision (any git revision, or . for the working tree).")
    parser.add_argument("b", help="Second revision.")
    parser.add_argument("--pairs", type=int, default=7, help="Alternating pairs of runs.")
    parser.add_argument("--rounds", type=int, default=60, help="Rounds over the fixtures per run.")
    args = parser.parse_args()
    console = Console()
    with tempfile.TemporaryDirectory() as scratch:
        trees = [export(rev, Path(scratch)) for rev in (args.a, args.b)]
        start_up = [cpu_seconds(tree, 0)[0] for tree in trees]
        table = Table(title=f"CPU ms per article: A = {args.a}, B = {args.b}")
        for column in ("pair", "A", "B", "B / A"):
            table.add_column(column, justify="right")
        per_article: list[list[float]] = [[], []]
        for pair in range(1, args.pairs + 1):
            for side, tree in enumerate(trees):
                used, count = cpu_seconds(tree, args.rounds)
                per_article[side].append(1000 * (used - start_up[side]) / (args.rounds * count))
            a, b = per_article[0][-1], per_article[1][-1]
            table.add_row(str(pair), f"{a:.2f}", f"{b:.2f}", f"{b / a:.3f}")
    ratios = [b / a for a, b in zip(*per_article, strict=True)]
    a_ms, b_ms = (statistics.median(ms) for ms in per_article)
    table.add_row(
        "[bold]median[/bold]",
        f"{a_ms:.2f} ({1000 / a_ms:.0f}/s)",
        f"{b_ms:.2f} ({1000 / b_ms:.0f}/s)",
        f"[bold]{statistics.median(ratios):.3f}[/bold]",
    )
    console.print(table)
    console.print(f"pairs' B / A from {min(ratios):.3f} to {max(ratios):.3f}")


if __name__ == "__main__":
    main()
