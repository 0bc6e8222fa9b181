"""The request file for self-hosted clusters and the results file coming back: `batch export`
writes what `run --batch` would upload, a cluster answers it (here: each line sent to the fake
server's chat endpoint and written in the batch output format, as vLLM's run_batch writes it),
and `batch import` grounds it into the same outputs as a synchronous run. Plus the file formats
on their own: splitting at the provider's limits, reading output and error lines."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import httpx2
from conftest import ROOT, SEED_DIR

from summarizer.batch.lines import parse_result, request_line, split_custom_id, write_parts
from summarizer.extract.base import ProviderSettings
from summarizer.run import RunOptions, run_batch
from summarizer.testing.fakeserver import FakeConfig, FakeServer

SUMMARIZER = str(Path(sys.executable).with_name("summarizer"))


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    return subprocess.run([SUMMARIZER, *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=120, check=False)


def _answer_like_run_batch(requests: Path, results: Path, base_url: str) -> None:
    """What vLLM's `run_batch` does with a request file, against the fake server."""
    with httpx2.Client(base_url=base_url.removesuffix("/v1"), timeout=30) as client, \
            requests.open(encoding="utf-8") as lines, results.open("w") as out:
        for number, raw in enumerate(lines):
            line = json.loads(raw)
            assert line["method"] == "POST" and line["url"] == "/v1/chat/completions"
            response = client.post(line["url"], json=line["body"])
            record = {"id": f"vllm-{number}", "custom_id": line["custom_id"],
                      "response": {"status_code": response.status_code,
                                   "request_id": f"vllm-batch-{number}",
                                   "body": response.json()}, "error": None}
            out.write(json.dumps(record) + "\n")


def test_export_then_import_equals_a_synchronous_run(tmp_path: Path) -> None:
    requests, results = tmp_path / "job" / "requests.jsonl", tmp_path / "job" / "results.jsonl"
    exported = cli("batch", "export", str(SEED_DIR), "--to", str(requests), "--model", "m-7b")
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "job" / "requests.manifest.json").exists()
    with FakeServer(FakeConfig(keep_requests=100)) as server:
        _answer_like_run_batch(requests, results, server.base_url)
        sent_by_export = [r["body"] for r in server.stats.recent]
        settings = ProviderSettings(provider="openai", model="m-7b", base_url=server.base_url)
        server.stats.recent.clear()
        asyncio.run(run_batch([str(SEED_DIR)], settings, RunOptions(out_dir=tmp_path / "sync")))
        sent_by_sync = [r["body"] for r in server.stats.recent]
    # The exported bodies are exactly what the synchronous path sends.
    key = lambda body: json.dumps(body, sort_keys=True)  # noqa: E731
    assert sorted(map(key, sent_by_export)) == sorted(map(key, sent_by_sync))

    imported = cli("batch", "import", str(results), "--out", str(tmp_path / "imported"))
    assert imported.returncode == 0, imported.stderr
    for path in sorted((tmp_path / "sync" / "articles").glob("*.json")):
        got = tmp_path / "imported" / "articles" / path.name
        assert json.loads(got.read_text()) == json.loads(path.read_text())
    report = json.loads((tmp_path / "imported" / "run.json").read_text())
    assert report["counts"] == {"total": 5, "ok": 5, "failed": 0}
    assert (tmp_path / "imported" / "memo.md").exists()


def test_import_reports_missing_and_failed_lines_per_article(tmp_path: Path) -> None:
    requests, results = tmp_path / "requests.jsonl", tmp_path / "results.jsonl"
    assert cli("batch", "export", str(SEED_DIR), "--to", str(requests)).returncode == 0
    with FakeServer() as server:
        _answer_like_run_batch(requests, results, server.base_url)
    lines = results.read_text().splitlines()
    failed = json.loads(lines[1])
    failed["response"] = {"status_code": 500, "body": {"error": {"message": "GPU fell over"}}}
    results.write_text("\n".join([lines[0], json.dumps(failed), "{not json", *lines[3:]]) + "\n")
    imported = cli("batch", "import", str(results), "--out", str(tmp_path / "out"))
    assert imported.returncode == 1 and "Traceback" not in imported.stderr
    report = json.loads((tmp_path / "out" / "run.json").read_text())
    assert report["counts"] == {"total": 5, "ok": 3, "failed": 2}
    reasons = sorted(f["reason"] for f in report["failures"])
    assert "HTTP 500: GPU fell over" in reasons[1]
    assert "results.jsonl has no answer for this request" in reasons[0]


def test_import_without_a_manifest_names_the_problem(tmp_path: Path) -> None:
    (tmp_path / "results.jsonl").write_text("")
    result = cli("batch", "import", str(tmp_path / "results.jsonl"), "--out", str(tmp_path))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "export manifest" in result.stderr and "--manifest" in result.stderr


def test_no_wait_submits_and_batch_status_shows_the_progress(tmp_path: Path) -> None:
    assert "no batches submitted" in cli("batch", "status", str(tmp_path)).stderr
    with FakeServer() as server:
        submitted = cli("run", str(SEED_DIR), "--out", str(tmp_path), "--provider", "openai",
                        "--base-url", server.base_url, "--batch", "--no-wait")
        assert submitted.returncode == 0, submitted.stderr
        assert "rerun the same command" in submitted.stderr
        status = cli("batch", "status", str(tmp_path), "--base-url", server.base_url)
    assert status.returncode == 0, status.stderr
    assert "batch_fake_1" in status.stdout + status.stderr
    assert "completed" in status.stdout + status.stderr


def test_request_files_split_at_the_line_and_byte_limits(tmp_path: Path) -> None:
    lines = [(f"id{i}", request_line(f"id{i}", json.dumps({"n": "x" * 50}))) for i in range(7)]
    size = len(lines[0][1])
    parts = write_parts(iter(lines), tmp_path, "part", max_lines=3, max_bytes=10 * size)
    assert [p.custom_ids for p in parts] == [["id0", "id1", "id2"], ["id3", "id4", "id5"], ["id6"]]
    parts = write_parts(iter(lines), tmp_path / "b", "part", max_lines=100,
                        max_bytes=2 * size + 1)
    assert [len(p.custom_ids) for p in parts] == [2, 2, 2, 1]
    assert all(p.path.stat().st_size <= 2 * size + 1 for p in parts)
    first = json.loads(parts[0].path.read_text().splitlines()[0])
    assert first == {"custom_id": "id0", "method": "POST", "url": "/v1/chat/completions",
                     "body": {"n": "x" * 50}}
    assert not list(tmp_path.glob("*.tmp"))


def test_result_lines_are_read_leniently() -> None:
    ok = parse_result(b'{"custom_id": "a", "response": {"status_code": 200, "body": '
                      b'{"choices": []}}, "error": null}', "f line 1")
    assert ok.custom_id == "a" and ok.completion == {"choices": []} and ok.error is None
    expired = parse_result(b'{"custom_id": "b", "response": null, "error": {"code": '
                           b'"batch_expired", "message": "too late"}}', "f line 2")
    assert expired.completion is None and expired.error == "batch_expired: too late"
    http = parse_result(b'{"custom_id": "c", "response": {"status_code": 429, "body": '
                        b'{"error": {"message": "slow down"}}}}', "f line 3")
    assert http.error == "HTTP 429: slow down" and http.status == 429
    assert http.detail == "slow down"
    broken = parse_result(b'{"custom_id": "d", "respo', "f line 4")
    assert broken.custom_id is None and broken.error == "f line 4 is not JSON"
    assert split_custom_id("abc#2") == ("abc", 2) and split_custom_id("abc") == ("abc", 1)


def test_batch_needs_the_openai_provider(tmp_path: Path) -> None:
    result = cli("run", str(SEED_DIR), "--out", str(tmp_path), "--provider", "offline", "--batch")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "--batch goes through the openai provider" in result.stderr
