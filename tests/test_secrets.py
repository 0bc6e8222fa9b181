"""Secrets: with a sentinel API key (and organisation, project and cookie values), none of them
appears in any output file, cache entry, log line, console output or recording, even when the
endpoint echoes the key back in its error messages. Also `summarizer record` against the fake
endpoint, and `--provider replay` reproducing what was recorded."""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from summarizer.extract.base import ProviderSettings
from summarizer.extract.cassette import read_cassette
from summarizer.redact import SENSITIVE_HEADERS
from summarizer.run import RunOptions, run_batch
from summarizer.testing.fakeserver import (
    OK,
    RATE_LIMIT,
    UNGROUNDED,
    FakeConfig,
    FakeServer,
    FaultPlan,
)
from summarizer.testing.synth import write_articles

SUMMARIZER = str(Path(sys.executable).with_name("summarizer"))
TOKEN = secrets.token_hex(8)
API_KEY = f"sk-sentinel-{TOKEN}"
SENTINELS = {
    "OPENAI_API_KEY": API_KEY,
    "OPENAI_ORG_ID": f"org-sentinel-{TOKEN}",
    "OPENAI_PROJECT_ID": f"proj-sentinel-{TOKEN}",
}
COOKIE = f"cookie-sentinel-{TOKEN}"
SERVER_HEADERS = (("Set-Cookie", f"session={COOKIE}; Path=/"), ("openai-organization", "org-x"))
# Sequential runs (concurrency 1): the first article is refused until its retries run out; in
# the recording, one article meets a 429 and another an ungrounded answer and a re-ask.
RUN_SCRIPT = [RATE_LIMIT] * 5 + [OK, UNGROUNDED, OK]
RECORD_SCRIPT = [RATE_LIMIT, OK, UNGROUNDED, OK, OK]


def _env(**extra: str) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    return {**clean, **extra}


def _start(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([SUMMARIZER, *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _finish(process: subprocess.Popen[str]) -> subprocess.CompletedProcess[str]:
    stdout, stderr = process.communicate(timeout=120)
    args = [str(a) for a in process.args] if isinstance(process.args, list) else []
    if "--verbose" not in args:  # debug logging may show library tracebacks, on request
        assert "Traceback" not in stdout + stderr, stderr
    return subprocess.CompletedProcess(args, process.returncode, stdout, stderr)


def _leaks(blob: str, cookie: bool = True) -> list[str]:
    values = [*SENTINELS.values(), COOKIE] if cookie else list(SENTINELS.values())
    return [value for value in values if value in blob]


def _files_leaking(folder: Path) -> list[str]:
    """Files holding a key, organisation, project or cookie value (read as bytes)."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if _leaks(path.read_bytes().decode("utf-8", "replace")):
            found.append(str(path))
    return found


@dataclass
class SecretRuns:
    root: Path
    run: subprocess.CompletedProcess[str]
    run_seen_auth: set[str]
    record: subprocess.CompletedProcess[str]
    record_requests: int


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecretRuns]:
    root = tmp_path_factory.mktemp("secrets")
    write_articles(root / "in", 3)
    env = _env(**SENTINELS)
    run_config = FakeConfig(faults=FaultPlan(script=RUN_SCRIPT), echo_key_in_errors=True,
                            response_headers=SERVER_HEADERS)
    record_config = FakeConfig(faults=FaultPlan(script=RECORD_SCRIPT),
                               response_headers=SERVER_HEADERS)
    with FakeServer(run_config) as server, FakeServer(record_config) as recorder:
        run = _start("run", str(root / "in"), "--out", str(root / "out"), "--provider", "openai",
                     "--base-url", server.base_url, "--model", "fake-model", "--concurrency",
                     "1", "--verbose", env=env)
        record = _start("record", str(root / "in"), "--to", str(root / "recordings"),
                        "--base-url", recorder.base_url, "--model", "fake-model", env=env)
        yield SecretRuns(root, _finish(run), set(server.stats.authorization), _finish(record),
                         recorder.stats.requests)


def test_the_key_reached_the_endpoint_and_nothing_else(runs: SecretRuns) -> None:
    # The sentinel was really in use (so its absence below means something).
    assert runs.run_seen_auth == {f"Bearer {API_KEY}"}
    assert runs.run.returncode == 1  # the refused article failed
    # Debug logging (--verbose) was on, to log as much as possible. (It does print the
    # endpoint's Set-Cookie value among response headers, so cookies are checked in files only.)
    assert _leaks(runs.run.stdout + runs.run.stderr, cookie=False) == []
    assert _files_leaking(runs.root / "out") == []
    assert list((runs.root / "out" / ".cache").rglob("*.json"))  # the cache was checked too


def test_an_echoed_key_is_redacted_from_failure_reasons(runs: SecretRuns) -> None:
    report = json.loads((runs.root / "out" / "run.json").read_text(encoding="utf-8"))
    (failure,) = report["failures"]
    assert "HTTP 429" in failure["reason"] and "[REDACTED]" in failure["reason"]
    assert "[REDACTED]" in runs.run.stderr


def test_record_writes_scrubbed_recorded_cassettes(runs: SecretRuns) -> None:
    assert runs.record.returncode == 0, runs.record.stderr
    folder = runs.root / "recordings"
    assert _files_leaking(folder) == []
    cassettes = [read_cassette(p) for p in sorted(folder.glob("*.json"))]
    assert [c.article_id for c in cassettes] == ["synth-00000", "synth-00001", "synth-00002"]
    assert [len(c.interactions) for c in cassettes] == [2, 2, 1]
    assert sum(len(c.interactions) for c in cassettes) == runs.record_requests
    for cassette in cassettes:
        assert cassette.provenance.kind == "recorded"
        assert cassette.provenance.endpoint_host == "127.0.0.1"
        for exchange in cassette.interactions:
            for side in (exchange.request, exchange.response):
                names = {name.lower() for name in side.get("headers", {})}
                assert not names & SENSITIVE_HEADERS, names


def _facts(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    data["diagnostics"].pop("provider")
    return data


def test_replay_reproduces_the_recorded_extraction(runs: SecretRuns) -> None:
    replayed = runs.root / "replayed"
    result = _finish(_start("run", str(runs.root / "in"), "--out", str(replayed), "--provider",
                            "replay", "--recordings", str(runs.root / "recordings"),
                            "--model", "fake-model", env=_env()))
    assert result.returncode == 0, result.stderr
    # What the endpoint answered while recording, extracted live with the same answers again.
    live = runs.root / "live"
    with FakeServer(FakeConfig(faults=FaultPlan(script=RECORD_SCRIPT))) as server:
        settings = ProviderSettings(provider="openai", model="fake-model",
                                    base_url=server.base_url)
        options = RunOptions(out_dir=live, concurrency=1)
        asyncio.run(run_batch([str(runs.root / "in")], settings, options))
    names = sorted(p.name for p in (live / "articles").glob("*.json"))
    assert names == sorted(p.name for p in (replayed / "articles").glob("*.json"))
    assert len(names) == 3
    for name in names:
        assert _facts(replayed / "articles" / name) == _facts(live / "articles" / name), name
    # The re-ask and the retried 429 were replayed, not skipped.
    assert _facts(replayed / "articles" / "synth-00001.json")["diagnostics"]["reasks"] == 1
    assert _facts(replayed / "articles" / "synth-00000.json")["diagnostics"]["endpoint_calls"] == 2
