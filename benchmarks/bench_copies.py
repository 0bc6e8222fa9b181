"""The memo of 1,500 copies of the five seeds against the memo of the seeds alone.

Writes the seeds plus N copies of each under other outlets (half exact wire copies, half
reposts adding a credit line), runs `summarizer run` on them (offline, no cache, four workers),
and prints the memo sizes, citation markers, the groups found, and run.json's timings.

    .venv/bin/python benchmarks/bench_copies.py          # 300 copies of each seed: 1,505 articles
    .venv/bin/python benchmarks/bench_copies.py 60
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "articles"
SUMMARIZER = str(Path(sys.executable).with_name("summarizer"))


def write_corpus(folder: Path, copies: int) -> int:
    folder.mkdir()
    count = 0
    for seed in sorted(SEEDS.glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        (folder / seed.name).write_text(text, encoding="utf-8")
        count += 1
        for k in range(copies):
            body = text if k % 2 else text + "\n\nRepublished with permission of the wire.\n"
            (folder / f"{seed.stem}_copy{k:04d}.txt").write_text(
                f"source: Outlet {k}\n\n{body}", encoding="utf-8")
            count += 1
    return count


def run(folder: Path, out: Path) -> dict[str, object]:
    began = time.perf_counter()
    subprocess.run([SUMMARIZER, "run", str(folder), "--out", str(out), "--no-cache", "-q",
                    "--workers", "4", "--concurrency", "64"], check=True, capture_output=True)
    seconds = time.perf_counter() - began
    memo = (out / "memo.md").read_text(encoding="utf-8")
    briefing = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    report = json.loads((out / "run.json").read_text(encoding="utf-8"))
    return {
        "articles": len(briefing["articles"]),
        "groups": len(briefing["copies"]),
        "memo_md_bytes": len(memo.encode()),
        "memo_html_bytes": (out / "memo.html").stat().st_size,
        "citation_markers": len(re.findall(r"\[\d+\]", memo)),
        "longest_citation_run": max(len(r) for r in re.findall(r"(?:\[\d+\])+", memo)),
        "wall_s": round(seconds, 1),
        "merge_s": report["timings"]["merge_s"],
        "memo_s": report["timings"]["memo_s"],
    }


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        write_corpus(base / "seeds", 0)
        total = write_corpus(base / "copies", copies)
        alone = run(base / "seeds", base / "out-seeds")
        many = run(base / "copies", base / "out-copies")
    print(f"{'':24} {'5 seeds':>12} {f'{total} articles':>16}")
    for key in alone:
        print(f"{key:24} {alone[key]!s:>12} {many[key]!s:>16}")


if __name__ == "__main__":
    main()
