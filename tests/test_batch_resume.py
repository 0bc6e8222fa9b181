"""Nothing lost or paid twice: SIGKILL `run --batch` while it polls, rerun the same command, and
it resumes the submitted batch (no second upload, no second batch) and writes every article."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from summarizer.batch.journal import BATCHES_DIR
from summarizer.testing.fakebatch import BatchConfig, with_batches
from summarizer.testing.fakeserver import FakeServer
from summarizer.testing.synth import write_articles

SUMMARIZER = str(Path(sys.executable).with_name("summarizer"))
N = 10


def _start(inputs: Path, out: Path, base_url: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env["SUMMARIZER_BATCH_POLL_S"] = "0.05"
    args = [SUMMARIZER, "run", str(inputs), "--out", str(out), "--provider", "openai",
            "--base-url", base_url, "--model", "fake-model", "--batch", "--quiet"]
    return subprocess.Popen(args, env=env, text=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def _part_state(out: Path) -> dict[str, object]:
    path = out / BATCHES_DIR / "job-0001" / "round-1" / "part-1.json"
    try:
        state: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state


def test_sigkill_while_polling_then_rerun_resumes_without_a_second_upload(
    tmp_path: Path,
) -> None:
    inputs, out = tmp_path / "in", tmp_path / "out"
    write_articles(inputs, N)
    # The batch stays in progress until the test lets it finish.
    with with_batches(FakeServer(), BatchConfig(polls_in_progress=10**6)) as server:
        process = _start(inputs, out, server.base_url)
        deadline = time.monotonic() + 60
        while _part_state(out).get("status") != "in_progress" and time.monotonic() < deadline:
            assert process.poll() is None, process.communicate()
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=10)
        assert process.returncode == -signal.SIGKILL
        assert server.batch_api.uploads == 1 and not (out / "articles").exists()

        server.batch_api.config = replace(server.batch_api.config, polls_in_progress=0)
        rerun = _start(inputs, out, server.base_url)
        stdout, stderr = rerun.communicate(timeout=120)
        assert rerun.returncode == 0, stderr
        assert "Traceback" not in stdout + stderr
        assert server.batch_api.uploads == 1 and len(server.batch_api.batches) == 1
        assert server.stats.requests == N  # each article's line ran once
    report = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert report["counts"] == {"total": N, "ok": N, "failed": 0}
    assert report["batch"]["batch_ids"] == ["batch_fake_1"]
    assert len(list((out / "articles").glob("*.json"))) == N
    assert (out / "briefing.json").exists() and (out / "memo.md").exists()
