"""`summarizer batch export` / `batch import`: the same request file for a self-hosted cluster.

Export writes the round-1 request lines of `run --batch` (the OpenAI batch input format, which
vLLM's `run_batch` reads as is and a Ray Data job can map over) into one JSONL file, and a
manifest beside it (`requests.manifest.json`): the inputs and the settings the lines were built
with. Import reads a results file in the OpenAI batch output format (what `run_batch` writes),
finds the articles again through the manifest, and validates and grounds every answer with the
synchronous path's code. There is no round trip for re-asks here: an answer that fails
validation is treated as a last attempt (what is grounded is kept, the rest dropped and listed).
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from summarizer.batch import seam
from summarizer.batch.job import settle
from summarizer.batch.lines import read_results
from summarizer.batch.rounds import ArticleState, Tracker, provider_failed
from summarizer.cache import Cache, atomic_write_text, cache_key, extraction_inputs
from summarizer.console import err, print_report, provider_settings, setup_logging
from summarizer.errors import ConfigError, InputError
from summarizer.extract.base import ProviderSettings
from summarizer.extract.llm import OpenAIExtractor
from summarizer.load import Article, LoadFailure, load_articles
from summarizer.run import RUN_REPORT, Outcome, RunReport, _now, _summarise

MANIFEST_SUFFIX = ".manifest.json"


def manifest_path(requests: Path) -> Path:
    return requests.with_name(requests.name.removesuffix(".jsonl") + MANIFEST_SUFFIX)


def _plan(
    extractor: OpenAIExtractor, paths: list[str]
) -> tuple[list[ArticleState], list[LoadFailure]]:
    states: list[ArticleState] = []
    failures: list[LoadFailure] = []
    seen: set[str] = set()
    for item in load_articles(paths):
        if isinstance(item, LoadFailure):
            failures.append(item)
            continue
        key = _key(extractor, item)
        source = item.meta.source_path or item.id
        states.append(Tracker.plan(extractor, item, key if key not in seen else
                                   f"{key}~{item.id}", source))  # fmt: skip
        seen.add(key)
    return states, failures


def _key(extractor: OpenAIExtractor, article: Article) -> str:
    return cache_key(
        article.text, provider=extractor.name, model=extractor.model,
        prompt_version=extractor.prompt_version, question=extractor.settings.question,
        inputs=extraction_inputs(article, extractor.name, extractor.settings),
    )  # fmt: skip


def export_requests(paths: list[str], to: Path, settings: ProviderSettings) -> dict[str, Any]:
    """Write the request file and its manifest; returns the manifest."""
    extractor = seam.request_extractor(settings)
    states, failures = _plan(extractor, paths)
    tracker = Tracker(extractor, states)
    to.parent.mkdir(parents=True, exist_ok=True)
    partial = to.with_name(f".{to.name}.tmp")
    lines = 0
    with partial.open("wb") as handle:
        for _, line in tracker.request_lines(c for a in states for c in a.chunks):
            handle.write(line)
            lines += 1
    os.replace(partial, to)
    manifest = {
        "requests": to.name,
        "lines": lines,
        "articles": len(states),
        "inputs": [str(Path(p).resolve()) for p in paths],
        "settings": {
            "model": extractor.model, "mode": settings.mode, "question": settings.question,
            "max_tokens": settings.max_tokens,
            "max_chunk_chars": settings.max_chunk_chars,
            "chunk_overlap_chars": settings.chunk_overlap_chars,
            "prompt_version": extractor.prompt_version,
        },
        "load_failures": [{"file": f.source, "reason": f.reason} for f in failures],
    }  # fmt: skip
    atomic_write_text(manifest_path(to), json.dumps(manifest, indent=1) + "\n")
    return manifest


def import_results(results: Path, out_dir: Path, manifest_file: Path) -> RunReport:
    """Ground a results file against the exported articles; write outputs and run.json."""
    try:
        manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
        chosen = manifest["settings"]
        inputs = [str(p) for p in manifest["inputs"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{manifest_file}: not a batch export manifest ({exc})") from None
    settings = ProviderSettings(
        provider="openai", model=chosen["model"], mode=chosen["mode"],
        question=chosen["question"], max_chunk_chars=chosen["max_chunk_chars"],
        max_tokens=chosen.get("max_tokens"),
        chunk_overlap_chars=chosen["chunk_overlap_chars"],
        max_reasks=0,  # nobody to re-ask: each answer is a last attempt
    )  # fmt: skip
    extractor = seam.request_extractor(settings)
    if extractor.prompt_version != chosen.get("prompt_version"):
        err.print(f"[yellow]warning:[/] the requests were built with prompt "
                  f"{chosen.get('prompt_version')}, this install has {extractor.prompt_version}")
    report = RunReport(
        provider=extractor.name, model=extractor.model, prompt_version=extractor.prompt_version,
        question=settings.question, started_at=_now(), out_dir=str(out_dir),
    )  # fmt: skip
    states, failures = _plan(extractor, inputs)
    tracker = Tracker(extractor, states)
    cache = Cache(out_dir / ".cache")
    outcomes = [Outcome(f.source, None, ok=False, reason=f.reason) for f in failures]

    def finish(article: ArticleState) -> None:
        outcomes.append(settle(tracker, article, out_dir, cache))
        for state in article.chunks:
            state.release()

    sent = set(tracker.by_id)
    for line in read_results(results):
        done = tracker.apply(line, sent)
        if done is not None:
            finish(done)  # written at once: memory does not grow with the results file
    for state in tracker.pending():
        if state.line_id in sent:
            reason = f"{results.name} has no answer for this request ({state.line_id})"
        else:  # the provider failed it and nobody will send it again
            reason = provider_failed(state.last_error)
        tracker.give_up(state, reason)
    for article in states:
        if not all(c.settled for c in article.chunks):
            finish(article)
    report.endpoint_calls = 0
    _summarise(report, outcomes, cache.corrupt)
    report.finished_at = _now()
    atomic_write_text(out_dir / RUN_REPORT, report.model_dump_json(indent=2) + "\n")
    return report


def export_command(
    paths: list[str],
    to: Path,
    *,
    model: str | None,
    mode: str,
    max_tokens: int | None,
    question: str | None,
) -> int:
    setup_logging(False)
    settings = provider_settings(provider="openai", model=model, base_url="http://unused.invalid",
                                 mode=mode, max_tokens=max_tokens, question=question)  # fmt: skip
    manifest = export_requests(paths, to, replace(settings, base_url=None))
    err.print(f"wrote {to}: {manifest['lines']} request lines for {manifest['articles']} "
              f"articles (model {manifest['settings']['model']}); manifest "
              f"{manifest_path(to)}")  # fmt: skip
    for failure in manifest["load_failures"]:
        err.print(f"[red]failed[/] {failure['file']}: {failure['reason']}", highlight=False)
    return 1 if manifest["load_failures"] else 0


def import_command(results: Path, out: Path, manifest: Path | None) -> int:
    setup_logging(False)
    if not results.is_file():
        raise InputError(f"{results}: results file not found")
    if manifest is None:
        found = sorted(results.parent.glob(f"*{MANIFEST_SUFFIX}"))
        if len(found) != 1:
            raise ConfigError(
                f"{results}: {'no' if not found else 'more than one'} export manifest "
                f"(*{MANIFEST_SUFFIX}) beside it; name one with --manifest"
            )
        manifest = found[0]
    report = import_results(results, out, manifest)
    from summarizer.console import finish_outputs

    # An import briefs everything in its output folder, as `summarizer merge` does.
    finish_outputs(out, report, report.question, merge_existing=True)
    print_report(report)
    return 1 if report.counts.failed else 0
