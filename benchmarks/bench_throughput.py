"""Throughput of the openai provider against the fake endpoint, and the client's CPU per article.

Efficiency = ideal time (N x latency / concurrency) / measured wall time, for a batch run
in-process through `run_batch` (cache off) against `summarizer.testing.process.ServerProcess`,
which runs the fake server in its own process. Then the client CPU per article with zero
latency, split into its layers with in-process mock transports (no sockets):

    .venv/bin/python benchmarks/bench_throughput.py                  # the table in RESULTS.md
    .venv/bin/python benchmarks/bench_throughput.py -n 500 -c 8 32   # a quicker look
    .venv/bin/python benchmarks/bench_throughput.py --profile        # where the CPU goes

Concurrency 1 over 2,000 articles at 200 ms would take 400 s: it runs over --n-c1 (100).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import pstats
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import httpx2

import summarizer.run as run_module
from summarizer.extract.base import Extractor, ProviderSettings
from summarizer.extract.facts import ArticleFacts, ground_facts
from summarizer.extract.llm import OpenAIExtractor
from summarizer.extract.request import mode_members
from summarizer.load import Article, load_articles
from summarizer.run import RunOptions, run_batch
from summarizer.testing.fakeserver import FakeServer
from summarizer.testing.process import ServerProcess, children_cpu_seconds
from summarizer.testing.synth import write_articles

MODEL = "fake-model"


def _settings(base_url: str) -> ProviderSettings:
    return ProviderSettings(provider="openai", model=MODEL, base_url=base_url)


def throughput(
    folder: Path, n: int, concurrency: int, latency: float, protocol: str, workers: int = 1
) -> dict[str, Any]:
    """One batch of n articles against a fresh server process. Client CPU counts the worker
    processes (reaped inside run_batch) as well as this one."""
    inputs = [str(p) for p in sorted(folder.glob("*.txt"))[:n]]
    before_server = children_cpu_seconds()
    with ServerProcess(latency_s=latency, protocol=protocol) as server:
        options = RunOptions(
            out_dir=Path(tempfile.mkdtemp()), concurrency=concurrency, use_cache=False,
            workers=workers,
        )
        cpu, wall, workers_cpu = time.process_time(), time.perf_counter(), children_cpu_seconds()
        report = asyncio.run(run_batch(inputs, _settings(server.base_url), options))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        workers_cpu = children_cpu_seconds() - workers_cpu
        cpu += workers_cpu
        requests = int(server.stats()["requests"])
    server_cpu = children_cpu_seconds() - before_server - workers_cpu
    assert report.counts.ok == n, report.failures[:3]
    ideal = n * latency / concurrency
    return {
        "c": concurrency, "w": workers, "n": n, "ideal_s": ideal, "wall_s": wall,
        "efficiency": ideal / wall if ideal else float("nan"),
        "client_ms": 1000 * cpu / n, "server_ms": 1000 * server_cpu / max(requests, 1),
        "requests": requests,
    }  # fmt: skip


def _mock_transport() -> httpx2.MockTransport:
    """The fake server's answers without HTTP: only the client's own work is left to time."""
    fake = FakeServer()

    def handle(request: httpx2.Request) -> httpx2.Response:
        reply = fake.respond(request.url.path, request.content, dict(request.headers))
        return httpx2.Response(reply.status, content=reply.body or b"", headers=reply.headers)

    return httpx2.MockTransport(handle)


def _cpu_per_item(count: int, make: Callable[[int], Coroutine[Any, Any, object]]) -> float:
    async def loop() -> float:
        for i in range(20):  # warm-up: lazy imports, caches
            await make(i)
        start = time.process_time()
        for i in range(count):
            await make(i)
        return 1000 * (time.process_time() - start) / count

    return asyncio.run(loop())


def breakdown(folder: Path, n: int) -> list[tuple[str, float]]:
    """Client CPU per article, layer by layer (ms)."""
    articles = [a for a in load_articles([str(folder)])[:n] if isinstance(a, Article)]
    rows: list[tuple[str, float]] = []

    with ServerProcess() as server:

        async def post(i: int) -> object:
            body = b'{"messages": [{"role": "user", "content": "<article>\\nHi.\\n</article>"}]}'
            return (await client.post(server.base_url + "/chat/completions", content=body)).json()

        client = httpx2.AsyncClient()
        rows.append(("httpx2 POST over loopback (keep-alive), per request", _cpu_per_item(n, post)))

    import openai
    (tool,) = mode_members("tools")["tools"]
    raw = openai.AsyncOpenAI(
        api_key="x",
        base_url="http://fake/v1",
        max_retries=0,
        http_client=httpx2.AsyncClient(transport=_mock_transport()),
    )

    async def openai_call(i: int) -> object:
        article = articles[i % len(articles)]
        user = f"Article id: {article.id}\n<article>\n{article.body}\n</article>"
        request: dict[str, Any] = {
            "model": MODEL,
            "messages": [{"role": "user", "content": user}],
            "tools": [tool],
            "tool_choice": {"type": "function", "function": {"name": "ArticleFacts"}},
        }
        answer = await raw.chat.completions.create(**request)
        call = answer.choices[0].message.tool_calls[0]
        arguments = call.function.arguments
        facts = ArticleFacts.model_validate_json(arguments)
        return ground_facts(facts, article.body, article.id)

    rows.append(
        (
            "openai client (typed create) + ArticleFacts validation and grounding (no socket)",
            _cpu_per_item(n, openai_call),
        )
    )
    extractor = OpenAIExtractor(_settings("http://fake/v1"), transport=_mock_transport())

    async def extract(i: int) -> object:
        return await extractor.extract(articles[i % len(articles)])

    rows.append(
        (
            "OpenAIExtractor.extract: prompt, request, validation, grounding (no socket)",
            _cpu_per_item(n, extract),
        )
    )
    return rows


def run_batch_mock_ms(folder: Path, n: int) -> float:
    """run_batch (load, cache key, write files) over the mock transport: ms per article."""

    def create(settings: ProviderSettings) -> Extractor:
        return OpenAIExtractor(settings, transport=_mock_transport())

    real = run_module.create_extractor  # type: ignore[attr-defined]
    run_module.create_extractor = create  # type: ignore[attr-defined]
    try:
        inputs = [str(p) for p in sorted(folder.glob("*.txt"))[:n]]
        options = RunOptions(out_dir=Path(tempfile.mkdtemp()), concurrency=8, use_cache=False)
        asyncio.run(run_batch(inputs[:20], _settings("http://fake/v1"), options))
        start = time.process_time()
        asyncio.run(run_batch(inputs, _settings("http://fake/v1"), options))
        return 1000 * (time.process_time() - start) / n
    finally:
        run_module.create_extractor = real  # type: ignore[attr-defined]


def profile(folder: Path, n: int) -> None:
    with ServerProcess() as server:
        inputs = [str(p) for p in sorted(folder.glob("*.txt"))[:n]]
        options = RunOptions(out_dir=Path(tempfile.mkdtemp()), concurrency=8, use_cache=False)
        asyncio.run(run_batch(inputs[:20], _settings(server.base_url), options))
        profiler = cProfile.Profile()
        profiler.enable()
        asyncio.run(run_batch(inputs, _settings(server.base_url), options))
        profiler.disable()
    by_package: dict[str, float] = defaultdict(float)
    stats = pstats.Stats(profiler)
    for (filename, _, _), row in stats.stats.items():  # type: ignore[attr-defined]
        package = filename.split("site-packages/")[-1].split("/")[0]
        if "/summarizer/" in filename:
            package = "summarizer"
        elif "site-packages" not in filename:
            package = "stdlib / builtins"
        by_package[package] += row[2]
    total = sum(by_package.values())
    print(f"\nOwn time by package, cProfile, c=8, {n} articles (profiling inflates the total):")
    for package, seconds in sorted(by_package.items(), key=lambda kv: -kv[1])[:12]:
        print(
            f"  {package:28s} {100 * seconds / total:5.1f}%  {1000 * seconds / n:6.2f} ms/article"
        )
    stats.sort_stats("cumulative").print_stats(r"summarizer", 25)


def protocols(requests: int = 300) -> None:
    """Sequential requests through httpx2: what keep-alive and Nagle's algorithm cost."""
    from summarizer.testing import fakeserver

    body = b'{"messages": [{"role": "user", "content": "<article>\\nHi.\\n</article>"}]}'
    print("Per-request wall time, one client, sequential (in-process server):")
    for protocol, nagle_off in (("HTTP/1.0", True), ("HTTP/1.1", False), ("HTTP/1.1", True)):
        fakeserver._Handler.disable_nagle_algorithm = nagle_off
        with FakeServer(fakeserver.FakeConfig(protocol=protocol)) as server:

            async def loop(url: str = server.base_url + "/chat/completions") -> float:
                async with httpx2.AsyncClient() as client:
                    start = time.perf_counter()
                    for _ in range(requests):
                        (await client.post(url, content=body)).raise_for_status()
                    return 1000 * (time.perf_counter() - start) / requests

            label = f"{protocol}, Nagle {'off' if nagle_off else 'on'}"
            print(f"  {label:22s} {asyncio.run(loop()):7.2f} ms/request")
    fakeserver._Handler.disable_nagle_algorithm = True


def server_capacity(n: int, concurrency: int, latency: float) -> None:
    """The fake server under a bare httpx2 client: is the server the limit, or our client?"""
    article = "Minister said: “we will keep going whatever the cost” on Monday. " * 8
    content = f"Article id: x\n<article>\n{article}\n</article>"
    body = json.dumps({"messages": [{"role": "user", "content": content}], "tools": [{}]})
    with ServerProcess(latency_s=latency) as server:
        url = server.base_url + "/chat/completions"

        async def run() -> float:
            limits = httpx2.Limits(max_connections=1000, max_keepalive_connections=100)
            async with httpx2.AsyncClient(limits=limits) as client:
                left = list(range(n))

                async def worker() -> None:
                    while left:
                        left.pop()
                        (await client.post(url, content=body)).json()

                start = time.perf_counter()
                await asyncio.gather(*(worker() for _ in range(concurrency)))
                return time.perf_counter() - start

        wall = asyncio.run(run())
    ideal = n * latency / concurrency
    print(
        f"bare httpx2 client, c={concurrency}, {n} requests at {1000 * latency:.0f} ms: "
        f"ideal {ideal:.2f} s, wall {wall:.2f} s, efficiency {ideal / wall:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=2000, help="Articles per run.")
    parser.add_argument("--n-c1", type=int, default=100, help="Articles at concurrency 1.")
    parser.add_argument("-c", "--concurrency", type=int, nargs="+", default=[1, 8, 32, 64])
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument(
        "-w", "--workers", type=int, nargs="+", default=[1, 2], help="Processes (run --workers)."
    )
    parser.add_argument("--protocol", default="HTTP/1.1", choices=["HTTP/1.0", "HTTP/1.1"])
    parser.add_argument("--profile", action="store_true", help="Only profile a c=8 run.")
    parser.add_argument(
        "--client-cpu", action="store_true", help="Only the client CPU per article table."
    )
    parser.add_argument("--protocols", action="store_true", help="Only compare keep-alive.")
    parser.add_argument(
        "--server-capacity",
        action="store_true",
        help="Only load the fake server with a bare httpx2 client.",
    )
    args = parser.parse_args()
    if args.protocols:
        protocols()
        return
    if args.server_capacity:
        server_capacity(args.n, max(args.concurrency), args.latency)
        return
    folder = Path(tempfile.mkdtemp()) / "in"
    write_articles(folder, max(args.n, args.n_c1, 1000))
    if args.profile:
        profile(folder, 1000)
        return
    throughput(folder, 20, 4, 0.0, args.protocol)  # warm-up: imports, first-call caches
    if args.client_cpu:
        client_cpu(folder, args.protocol)
        return
    print(f"Throughput at {1000 * args.latency:.0f} ms latency ({args.protocol}):")
    print(
        f"{'c':>4} {'w':>2} {'N':>6} {'ideal s':>8} {'wall s':>8} {'effic.':>7} "
        f"{'client CPU ms/art':>18} {'server CPU ms/req':>18}"
    )
    for c in args.concurrency:
        for w in args.workers:
            n = args.n_c1 if c == 1 else args.n
            if w > c:
                continue
            r = throughput(folder, n, c, args.latency, args.protocol, w)
            print(
                f"{r['c']:>4} {r['w']:>2} {r['n']:>6} {r['ideal_s']:>8.2f} {r['wall_s']:>8.2f} "
                f"{r['efficiency']:>7.3f} {r['client_ms']:>18.2f} {r['server_ms']:>18.2f}"
            )
    client_cpu(folder, args.protocol)


def client_cpu(folder: Path, protocol: str) -> None:
    zero = throughput(folder, 1000, 8, 0.0, protocol)
    print("\nClient CPU per article, zero latency (ms):")
    print(f"  {zero['client_ms']:6.2f}  run_batch over loopback HTTP, c=8, 1000 articles")
    print(f"  {run_batch_mock_ms(folder, 1000):6.2f}  run_batch over a mock transport (no socket)")
    for label, ms in breakdown(folder, 500):
        print(f"  {ms:6.2f}  {label}")


if __name__ == "__main__":
    main()
