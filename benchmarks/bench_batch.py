"""`run --batch` over many generated articles against the fake Batch API: the client's own time
(wall time minus the server's processing of the lines), its peak memory, and its CPU per article.

Each size runs in a fresh child process, so peak RSS is that run's alone; the fake server runs
in another process (`summarizer.testing.process.ServerProcess`), so its work is not counted as
the client's. Memory at two sizes shows whether the request and result files are streamed: the
peak grows with the articles held (they are loaded up front, as in a synchronous run), not with
the ~100 MB of request and result files.

    .venv/bin/python benchmarks/bench_batch.py                 # 1,000 and 10,000 articles
    .venv/bin/python benchmarks/bench_batch.py -n 2000         # a quicker look
    .venv/bin/python benchmarks/bench_batch.py --sync          # and the synchronous path, c=64

Phases (wall seconds, summed over rounds): `write` the request files, `upload`, `wait` for the
batch (polling every 0.2 s; the server's processing happens here), `download` the results, and
`ground` (validate, ground, write and cache each article). Loading the articles and reading the
cache come before them.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import resource
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

import summarizer.batch.job as job_module
from summarizer.batch import remote
from summarizer.batch.job import BatchOptions, run_in_batches
from summarizer.extract.base import ProviderSettings
from summarizer.run import RunOptions, run_batch
from summarizer.testing.process import ServerProcess
from summarizer.testing.synth import write_articles

MODEL = "gpt-4o-mini"


def _server_processing_s(base_url: str, batch_ids: list[str]) -> float:
    """The fake server's own time on the lines (its non-OpenAI `processing_s` field)."""
    total = 0.0
    for batch_id in batch_ids:
        with urllib.request.urlopen(f"{base_url}/batches/{batch_id}", timeout=30) as response:
            total += float(json.load(response).get("processing_s", 0.0))
    return total


PHASES = {(job_module, "_plan_round"): "write", (remote, "submit"): "upload",
          (remote, "wait"): "wait", (remote, "download"): "download",
          (job_module, "_apply_part"): "ground"}  # fmt: skip


def _time_phases() -> dict[str, float]:
    """Wrap the job's steps to sum their wall time (benchmark only)."""
    spent = dict.fromkeys(PHASES.values(), 0.0)

    def timed(name: str, func: Any) -> Any:
        if asyncio.iscoroutinefunction(func):
            @functools.wraps(func)
            async def run_async(*args: Any, **kwargs: Any) -> Any:
                began = time.perf_counter()
                try:
                    return await func(*args, **kwargs)
                finally:
                    spent[name] += time.perf_counter() - began
            return run_async

        @functools.wraps(func)
        def run(*args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - began
        return run

    for (module, attribute), name in PHASES.items():
        setattr(module, attribute, timed(name, getattr(module, attribute)))
    return spent


def sync_run(n: int, folder: Path) -> dict[str, Any]:
    """The synchronous path over the same articles, concurrency 64, for comparison."""
    inputs = [str(p) for p in sorted(folder.glob("*.txt"))[:n]]
    out = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    with ServerProcess() as server:
        settings = ProviderSettings(provider="openai", model=MODEL, base_url=server.base_url)
        cpu_before = resource.getrusage(resource.RUSAGE_SELF)
        began = time.perf_counter()
        report = asyncio.run(run_batch(inputs, settings, RunOptions(out_dir=out, concurrency=64)))
        wall = time.perf_counter() - began
        cpu_after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    assert report.counts.ok == n
    return {"path": "sync c=64", "articles": n, "wall_s": round(wall, 2),
            "client_cpu_ms_per_article": round(1000 * cpu / n, 2),
            "peak_rss_mb": round(cpu_after.ru_maxrss / 1024, 1)}  # fmt: skip


def one_run(n: int, folder: Path) -> dict[str, Any]:
    inputs = [str(p) for p in sorted(folder.glob("*.txt"))[:n]]
    out = Path(tempfile.mkdtemp(prefix="bench-batch-"))
    spent = _time_phases()
    with ServerProcess() as server:
        settings = ProviderSettings(provider="openai", model=MODEL, base_url=server.base_url)
        batch = BatchOptions(poll_s=0.2, poll_max_s=0.2)
        cpu_before = resource.getrusage(resource.RUSAGE_SELF)
        began = time.perf_counter()
        report = asyncio.run(run_in_batches(inputs, settings, RunOptions(out_dir=out), batch))
        wall = time.perf_counter() - began
        cpu_after = resource.getrusage(resource.RUSAGE_SELF)
        processing = _server_processing_s(server.base_url, report.batch.batch_ids)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    request_bytes = sum(p.stat().st_size for p in out.glob(".batches/*/*/*.requests.jsonl"))
    result_bytes = sum(p.stat().st_size for p in out.glob(".batches/*/*/*.output.jsonl"))
    assert report.counts.ok == n, report.failures[:3]
    return {
        "path": "--batch",
        "articles": n,
        "batches": len(report.batch.batch_ids),
        "wall_s": round(wall, 2),
        "server_processing_s": round(processing, 2),
        "outside_server_s": round(wall - processing, 2),
        "client_cpu_s": round(cpu, 2),
        "client_cpu_ms_per_article": round(1000 * cpu / n, 2),
        "peak_rss_mb": round(cpu_after.ru_maxrss / 1024, 1),
        "request_file_mb": round(request_bytes / 2**20, 1),
        "result_file_mb": round(result_bytes / 2**20, 1),
        **{f"{name}_s": round(seconds, 2) for name, seconds in spent.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--sync", action="store_true", help="Also the synchronous path.")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--one-sync", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run = sync_run if args.one_sync else one_run
        print(json.dumps(run(args.one, args.folder)))
        return
    folder = Path(tempfile.mkdtemp(prefix="bench-batch-in-"))
    write_articles(folder, max(args.n))
    rows = []
    for n in args.n:
        for sync in [False, True] if args.sync else [False]:
            command = [sys.executable, __file__, "--one", str(n), "--folder", str(folder)]
            child = subprocess.run(command + (["--one-sync"] if sync else []),
                                   capture_output=True, text=True, check=True)  # fmt: skip
            rows.append(json.loads(child.stdout.strip().splitlines()[-1]))
            print(json.dumps(rows[-1]), flush=True)
    columns = list(rows[0])
    print("\n| " + " | ".join(columns) + " |")
    print("|" + "---:|" * len(columns))
    for row in rows:
        print("| " + " | ".join(_cell(row.get(c, "")) for c in columns) + " |")


def _cell(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) else str(value)


if __name__ == "__main__":
    main()
