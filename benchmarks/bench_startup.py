"""Start-up time of the CLI: `summarizer --help`, `--version`, and the imports a run adds.

Each command runs R times in a fresh process; the table shows the median and the best.
Target: `summarizer --help` <= 0.3 s.

    .venv/bin/python benchmarks/bench_startup.py          # 15 runs each
    .venv/bin/python benchmarks/bench_startup.py -r 30
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent
COMMANDS: list[tuple[str, list[str]]] = [
    ("python -c pass (interpreter floor)", [sys.executable, "-c", "pass"]),
    ("summarizer --version", [str(BIN / "summarizer"), "--version"]),
    ("summarizer --help", [str(BIN / "summarizer"), "--help"]),
    ("summarizer run --help", [str(BIN / "summarizer"), "run", "--help"]),
    ("import summarizer.run (offline run path)",
     [sys.executable, "-c", "import summarizer.run"]),
    ("import summarizer.extract.llm + openai (LLM run path)",
     [sys.executable, "-c", "import summarizer.extract.llm, openai"]),
]  # fmt: skip


def time_command(command: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description="CLI start-up time.")
    parser.add_argument("-r", "--runs", type=int, default=15)
    args = parser.parse_args()
    time_command(COMMANDS[2][1], 2)  # warm the page cache and .pyc files
    print(f"{'command':68s} {'median s':>9} {'best s':>7}")
    for label, command in COMMANDS:
        times = time_command(command, args.runs)
        print(f"{label:68s} {statistics.median(times):>9.3f} {min(times):>7.3f}")


if __name__ == "__main__":
    main()
