"""Crash safety: SIGKILL the CLI mid-run, rerun, and compare with an uninterrupted run; and a
corrupted cache entry is detected and recomputed. The endpoint is the fake server, so the
requests each run pays for are counted on the server side."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from summarizer.extract.base import ProviderSettings
from summarizer.run import RunOptions, run_batch
from summarizer.testing.fakeserver import FakeConfig, FakeServer
from summarizer.testing.synth import write_articles

SUMMARIZER = str(Path(sys.executable).with_name("summarizer"))
N = 40


def _cli_args(inputs: Path, out: Path, base_url: str) -> list[str]:
    return [SUMMARIZER, "run", str(inputs), "--out", str(out), "--provider", "openai",
            "--base-url", base_url, "--model", "fake-model", "--concurrency", "2", "--quiet"]


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}


def _cached(out: Path) -> list[Path]:
    return list((out / ".cache").glob("*/*.json"))


def _outputs(out: Path) -> dict[str, str]:
    """Every per-article file and the briefing, by name: what a user reads after the run."""
    files = {p.name: p.read_text(encoding="utf-8") for p in (out / "articles").glob("*.json")}
    if (out / "briefing.json").exists():
        files["briefing.json"] = (out / "briefing.json").read_text(encoding="utf-8")
    return files


def _finish(process: subprocess.Popen[str], out: Path) -> dict[str, object]:
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stderr
    assert "Traceback" not in stdout + stderr
    report: dict[str, object] = json.loads((out / "run.json").read_text(encoding="utf-8"))
    return report


def _start(inputs: Path, out: Path, server: FakeServer) -> subprocess.Popen[str]:
    return subprocess.Popen(_cli_args(inputs, out, server.base_url), env=_env(), text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_sigkill_then_rerun_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    write_articles(inputs, N)
    killed_out, clean_out = tmp_path / "killed", tmp_path / "clean"
    config = FakeConfig(latency_s=0.05)
    # Two servers, so the uninterrupted run can go on alongside and each run's bill is its own.
    with FakeServer(config) as server, FakeServer(config) as clean_server:
        clean = _start(inputs, clean_out, clean_server)
        process = _start(inputs, killed_out, server)
        deadline = time.monotonic() + 60
        while len(_cached(killed_out)) < N // 4 and time.monotonic() < deadline:
            if process.poll() is not None:
                break
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=10)
        assert process.returncode == -signal.SIGKILL, "the run ended before it could be killed"
        finished = len(_cached(killed_out))
        assert N // 4 <= finished < N
        assert not (killed_out / "run.json").exists()

        before = server.stats.requests
        report = _finish(_start(inputs, killed_out, server), killed_out)
        paid = server.stats.requests - before
        clean_report = _finish(clean, clean_out)
        assert clean_server.stats.requests == N
    # The rerun paid only for what the killed run had not finished.
    assert paid == N - finished
    assert report["cache_hits"] == finished and report["endpoint_calls"] == paid
    assert report["counts"] == {"total": N, "ok": N, "failed": 0}
    assert clean_report["articles"] == report["articles"]
    resumed, uninterrupted = _outputs(killed_out), _outputs(clean_out)
    assert len(resumed) >= N and resumed == uninterrupted


async def test_corrupted_cache_entries_are_detected_and_recomputed(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    write_articles(inputs, 6)
    out = tmp_path / "out"
    with FakeServer() as server:
        settings = ProviderSettings(provider="openai", model="m", base_url=server.base_url)
        options = RunOptions(out_dir=out, concurrency=2)
        await run_batch([str(inputs)], settings, options)
        originals = _outputs(out)
        entries = sorted(_cached(out))
        assert len(entries) == 6 and server.stats.requests == 6
        # One entry cut short (a torn write), one with its payload changed under its checksum.
        entries[0].write_text(entries[0].read_text(encoding="utf-8")[:40], encoding="utf-8")
        envelope = json.loads(entries[1].read_text(encoding="utf-8"))
        envelope["payload"] = envelope["payload"].replace('"statements":[', '"statements":[ ', 1)
        entries[1].write_text(json.dumps(envelope), encoding="utf-8")

        report = await run_batch([str(inputs)], settings, options)
        assert server.stats.requests == 6 + 2
    assert report.corrupt_cache_entries == 2 and report.cache_hits == 4
    assert report.counts.ok == 6 and report.endpoint_calls == 2
    assert _outputs(out) == originals
    assert len(_cached(out)) == 6  # the recomputed entries were written back
