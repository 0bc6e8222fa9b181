"""Warm-cache rerun: 1,000 articles extracted once through the fake endpoint, then again.

The rerun must send no request (checked on the server) and its time is what a user waits for
when nothing changed: loading, hashing, reading the cache, writing outputs. Measured in-process
through `run_batch` (no interpreter or import start-up), and end to end through the CLI,
which adds start-up and the merge and memo of all 1,000 articles.

    .venv/bin/python benchmarks/bench_cache.py            # 1,000 articles
    .venv/bin/python benchmarks/bench_cache.py -n 5000
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
from pathlib import Path

from summarizer.extract.base import ProviderSettings
from summarizer.run import RunOptions, run_batch
from summarizer.testing.process import ServerProcess
from summarizer.testing.synth import write_articles

SUMMARIZER = str(Path(sys.executable).with_name("summarizer"))


def main() -> None:
    parser = argparse.ArgumentParser(description="Warm-cache rerun time.")
    parser.add_argument("-n", type=int, default=1000)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp())
    write_articles(root / "in", args.n)
    inputs = [str(root / "in")]
    out = root / "out"
    rows: list[tuple[str, float, float, int]] = []
    with ServerProcess() as server:
        settings = ProviderSettings(provider="openai", model="fake-model", base_url=server.base_url)
        options = RunOptions(out_dir=out, concurrency=32)
        for label in ("cold run (cache empty, endpoint at 0 ms)", "warm rerun, run_batch"):
            before = int(server.stats()["requests"])
            cpu, wall = time.process_time(), time.perf_counter()
            report = asyncio.run(run_batch(inputs, settings, options))
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            requests = int(server.stats()["requests"]) - before
            assert report.counts.ok == args.n
            rows.append((label, wall, cpu, requests))
        assert report.cache_hits == args.n and rows[-1][3] == 0
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
        before = int(server.stats()["requests"])
        wall = time.perf_counter()
        subprocess.run(
            [SUMMARIZER, "run", *inputs, "--out", str(out), "--provider", "openai",
             "--base-url", server.base_url, "--model", "fake-model", "--quiet"],
            env=env, check=True, capture_output=True,
        )  # fmt: skip
        wall = time.perf_counter() - wall
        requests = int(server.stats()["requests"]) - before
        hits = json.loads((out / "run.json").read_text(encoding="utf-8"))["cache_hits"]
        assert hits == args.n and requests == 0
        rows.append(("warm rerun, CLI end to end (start-up, merge, memo)", wall, float("nan"), 0))
    wall = time.perf_counter()
    subprocess.run([SUMMARIZER, "merge", str(out)], env=env, check=True, capture_output=True)
    rows.append(
        (
            "of which `summarizer merge` alone (briefing, memo)",
            time.perf_counter() - wall,
            float("nan"),
            0,
        )
    )
    print(f"{args.n} articles")
    print(f"{'':52s} {'wall s':>7} {'CPU s':>7} {'ms/article':>11} {'requests':>9}")
    for label, wall, cpu, requests in rows:
        print(f"{label:52s} {wall:>7.2f} {cpu:>7.2f} {1000 * wall / args.n:>11.2f} {requests:>9}")


if __name__ == "__main__":
    main()
