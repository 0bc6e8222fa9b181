"""The fake server in its own process, for benchmarks: its request handling then runs on the
other core instead of competing with the client for one interpreter lock.

    with ServerProcess(latency_s=0.2) as server:
        ... base_url=server.base_url ...
        server.stats()  # {"requests": ..., "served": {...}, "articles": ...}

Or by hand: `python -m summarizer.testing.process --latency 0.2` prints its base URL and serves
until its stdin closes or `--max-seconds` pass.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Sequence
from types import TracebackType
from typing import Any

from summarizer.testing.fakeserver import FakeConfig, FakeServer, FaultPlan, uniform_faults


class ServerProcess:
    def __init__(
        self,
        latency_s: float = 0.0,
        fault_rate: float = 0.0,
        protocol: str = "HTTP/1.1",
        max_seconds: float = 1800.0,
    ) -> None:
        self.args = [
            sys.executable, "-m", "summarizer.testing.process", "--latency", str(latency_s),
            "--fault-rate", str(fault_rate), "--protocol", protocol,
            "--max-seconds", str(max_seconds),
        ]  # fmt: skip
        self.base_url = ""
        self._process: subprocess.Popen[str] | None = None

    def __enter__(self) -> ServerProcess:
        self._process = subprocess.Popen(
            self.args,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self._process.stdout is not None
        self.base_url = self._process.stdout.readline().strip()
        if not self.base_url.startswith("http://127.0.0.1:"):
            self.__exit__(None, None, None)
            raise RuntimeError("the fake server process did not start")
        return self

    def stats(self) -> dict[str, Any]:
        root = self.base_url.removesuffix("/v1")
        with urllib.request.urlopen(f"{root}/_stats", timeout=10) as response:
            data: dict[str, Any] = json.load(response)
        return data

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._process is None:
            return
        if self._process.stdin:
            self._process.stdin.close()  # the server's signal to stop
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._process = None


def children_cpu_seconds() -> float:
    """CPU time (user + system) of finished child processes, e.g. a stopped ServerProcess."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fake OpenAI-compatible server on 127.0.0.1.")
    parser.add_argument("--latency", type=float, default=0.0, help="Seconds per answer.")
    parser.add_argument("--fault-rate", type=float, default=0.0, help="Share of faulty answers.")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--protocol", default="HTTP/1.1", choices=["HTTP/1.0", "HTTP/1.1"])
    parser.add_argument("--max-seconds", type=float, default=900.0, help="Stop after this long.")
    args = parser.parse_args(argv)
    config = FakeConfig(
        latency_s=args.latency,
        faults=uniform_faults(args.fault_rate, args.seed) if args.fault_rate else FaultPlan(),
        max_lifetime_s=args.max_seconds,
        protocol=args.protocol,
    )
    with FakeServer(config) as server:
        print(server.base_url, flush=True)
        # Serve until stdin closes (the parent is done or gone) or the lifetime runs out.
        reader = threading.Thread(target=sys.stdin.read, daemon=True)
        reader.start()
        reader.join(timeout=args.max_seconds)
    print(json.dumps(server.stats.as_json()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
