"""`summarizer run --batch`: the whole job through the provider's Batch API.

Articles already in the cache are answered from it. The rest become request lines (one per
chunk, the body exactly what the synchronous path would send), written in parts at the
provider's limits, uploaded, and run as batches on `/v1/chat/completions`. While they run the
CLI polls, with progress from `request_counts`; then it downloads the output and error files,
validates and grounds every answer with the synchronous path's code, and sends the re-asks (and
the lines the provider failed or never ran) in a next round. Each finished article is written
and cached as soon as its last chunk is settled, exactly as a synchronous run would write it.

Every step is journaled under OUT/.batches/ (see `summarizer.batch.journal`) before the next,
so a killed run resumes its batches on the next invocation of the same command.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from summarizer.batch import journal, remote, seam
from summarizer.batch.cost import batch_cost
from summarizer.batch.lines import MAX_BYTES, MAX_LINES, read_results, write_parts
from summarizer.batch.provider import BatchClient
from summarizer.batch.rounds import ArticleState, Tracker
from summarizer.cache import Cache, cache_key, extraction_inputs
from summarizer.errors import ExtractionError
from summarizer.extract.base import ProviderSettings
from summarizer.extract.llm import OpenAIExtractor
from summarizer.load import Article, LoadFailure, load_articles
from summarizer.run import (
    RUN_REPORT,
    Outcome,
    RunOptions,
    RunReport,
    _now,
    _summarise,
    write_extraction,
)

log = logging.getLogger(__name__)

POLL_ENV = "SUMMARIZER_BATCH_POLL_S"


@dataclass(frozen=True)
class BatchOptions:
    wait: bool = True  # False: submit, journal and return (`--no-wait`)
    reasks: str = "batch"  # "batch": re-asks in a next round; "sync": at once, synchronously
    max_lines: int = MAX_LINES
    max_bytes: int = MAX_BYTES
    # First wait between status calls, growing to poll_max_s; SUMMARIZER_BATCH_POLL_S sets it.
    poll_s: float = field(default_factory=lambda: float(os.environ.get(POLL_ENV) or 5.0))
    poll_max_s: float = 60.0


class BatchSummary(BaseModel):
    jobs: list[str] = Field(default_factory=list)
    batch_ids: list[str] = Field(default_factory=list)
    rounds: int = 0
    lines_sent: int = 0
    lines_ok: int = Field(0, description="Lines the provider answered (valid or not).")
    lines_failed: int = Field(0, description="Lines the provider failed (its error file).")
    sync_reask_calls: int = 0
    pending: list[str] = Field(
        default_factory=list, description="Inputs still in a submitted batch (--no-wait)."
    )
    price: str = "batch"


class BatchRunReport(RunReport):
    """`run.json` of a --batch run: the run report plus what went through the Batch API."""

    batch: BatchSummary = Field(default_factory=BatchSummary)




@dataclass
class _Context:
    settings: ProviderSettings
    options: RunOptions
    batch: BatchOptions
    extractor: OpenAIExtractor
    client: BatchClient
    cache: Cache
    summary: BatchSummary
    outcomes: list[Outcome] = field(default_factory=list)
    on_outcome: Callable[[Outcome], None] | None = None
    on_progress: remote.Progress | None = None


def fingerprint(extractor: OpenAIExtractor) -> dict[str, Any]:
    """What a job's lines depend on: a rerun with other settings must not resume it."""
    s = extractor.settings
    return {
        "model": extractor.model, "prompt_version": extractor.prompt_version,
        "question": s.question, "mode": s.mode, "max_reasks": s.max_reasks,
        "max_tokens": s.max_tokens,
        "max_chunk_chars": s.max_chunk_chars, "chunk_overlap_chars": s.chunk_overlap_chars,
    }  # fmt: skip


async def run_in_batches(
    inputs: Sequence[str],
    settings: ProviderSettings,
    options: RunOptions,
    batch: BatchOptions,
    *,
    on_loaded: Callable[[int], None] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    on_progress: remote.Progress | None = None,
) -> BatchRunReport:
    started = time.perf_counter()
    loaded = load_articles(inputs)
    if on_loaded:
        on_loaded(len(loaded))
    extractor = OpenAIExtractor(settings)
    report = BatchRunReport(
        provider=extractor.name, model=extractor.model, prompt_version=extractor.prompt_version,
        question=settings.question, started_at=_now(), out_dir=str(options.out_dir),
    )  # fmt: skip
    ctx = _Context(
        settings, options, batch, extractor, BatchClient(settings),
        Cache(options.resolved_cache_dir), report.batch, on_outcome=on_outcome,
        on_progress=on_progress,
    )  # fmt: skip
    try:
        todo = _answer_from_cache(ctx, loaded)
        await _run_jobs(ctx, todo)
    finally:
        await ctx.client.aclose()
        await extractor.aclose()
    report.endpoint_calls = report.batch.lines_sent + report.batch.sync_reask_calls
    _summarise(report, ctx.outcomes, ctx.cache.corrupt)
    report.timings.total_s = round(time.perf_counter() - started, 3)
    report.finished_at = _now()
    from summarizer.cache import atomic_write_text

    atomic_write_text(options.out_dir / RUN_REPORT, report.model_dump_json(indent=2) + "\n")
    return report


def _record(ctx: _Context, outcome: Outcome) -> None:
    ctx.outcomes.append(outcome)
    if ctx.on_outcome:
        ctx.on_outcome(outcome)


def _answer_from_cache(ctx: _Context, loaded: list[Article | LoadFailure]) -> list[ArticleState]:
    """Load failures and cached articles settled at once; the rest, planned into chunks."""
    todo: list[ArticleState] = []
    seen: set[str] = set()
    for item in loaded:
        if isinstance(item, LoadFailure):
            _record(ctx, Outcome(item.source, None, ok=False, reason=item.reason))
            continue
        source = item.meta.source_path or item.id
        key = cache_key(
            item.text, provider=ctx.extractor.name, model=ctx.extractor.model,
            prompt_version=ctx.extractor.prompt_version, question=ctx.settings.question,
            inputs=extraction_inputs(item, ctx.extractor.name, ctx.settings),
        )  # fmt: skip
        cached = ctx.cache.get(key) if ctx.options.use_cache else None
        if cached is not None:
            write_extraction(ctx.options.out_dir, cached.model_copy(update={"article": item.meta}))
            d = cached.diagnostics
            _record(ctx, Outcome(source, item.id, ok=True, cached=True,
                                 usage=d.usage, cost_usd=d.estimated_cost_usd))  # fmt: skip
            continue
        if key in seen:  # the same text twice in one run: one request, two outputs
            todo.append(Tracker.plan(ctx.extractor, item, key + "~" + item.id, source))
            continue
        seen.add(key)
        todo.append(Tracker.plan(ctx.extractor, item, key, source))
    return todo


async def _run_jobs(ctx: _Context, todo: list[ArticleState]) -> None:
    out_dir = ctx.options.out_dir
    print_ = fingerprint(ctx.extractor)
    left = {c.line_id: a for a in todo for c in a.chunks}
    for job in journal.jobs(out_dir):
        info = job.info()
        if not info.get("done") and info.get("fingerprint") != print_:
            log.warning(
                "%s in %s was submitted with other settings (%s); it is left as it is: rerun "
                "with those settings to collect it", job.name, out_dir / journal.BATCHES_DIR,
                info.get("fingerprint"),
            )  # fmt: skip
    for job in journal.open_jobs(out_dir, print_):
        covered = job.covers()
        if not covered:  # killed before its first round was planned: nothing was sent
            job.mark_done()
            continue
        mine = [a for a in todo if all(c.line_id in covered for c in a.chunks)]
        if not mine:  # its articles are done or not asked for now: no reason to wait for it
            continue
        for article in mine:
            for state in article.chunks:
                left.pop(state.line_id, None)
        await _run_job(ctx, job, mine)
    remaining = list({id(a): a for a in left.values()}.values())
    if remaining:
        await _run_job(ctx, journal.new_job(out_dir, print_), remaining)


async def _run_job(ctx: _Context, job: journal.Job, articles: list[ArticleState]) -> None:
    tracker = Tracker(ctx.extractor, articles)
    ctx.summary.jobs.append(job.name)
    finished: set[int] = set()
    number = 1
    while True:
        pending = tracker.pending()
        parts = job.round_parts(number)
        if parts is None:
            if not pending:
                break
            parts = _plan_round(ctx, job, number, tracker, pending)
        sent_ids = {line_id for part in parts for line_id in part.custom_ids}
        ctx.summary.lines_sent += len(sent_ids)
        ctx.summary.rounds += 1
        for part in parts:
            await remote.submit(ctx.client, job, number, part)
        ctx.summary.batch_ids.extend(str(p.state()["batch_id"]) for p in parts)
        if not ctx.batch.wait:
            ctx.summary.pending.extend(a.source for a in articles if id(a) not in finished)
            return
        await remote.wait(ctx.client, parts, ctx.batch.poll_s, ctx.batch.poll_max_s,
                          ctx.on_progress)
        for part in parts:
            await remote.download(ctx.client, part)
            _apply_part(ctx, tracker, part, finished)
        ctx.summary.lines_ok += tracker.lines_ok
        ctx.summary.lines_failed += tracker.lines_failed
        tracker.lines_ok = tracker.lines_failed = 0
        if ctx.batch.reasks == "sync":
            await _reask_now(ctx, tracker)
        _finish_articles(ctx, tracker, finished)
        number += 1
    job.mark_done()


def _plan_round(
    ctx: _Context, job: journal.Job, number: int, tracker: Tracker, pending: list[Any]
) -> list[journal.PartRecord]:
    written = write_parts(
        tracker.request_lines(pending), job.round_dir(number), "part",
        ctx.batch.max_lines, ctx.batch.max_bytes,
    )  # fmt: skip
    named = [(p.path.name.removesuffix(".requests.jsonl"), p.custom_ids) for p in written]
    return job.save_round(number, named)


def _apply_part(
    ctx: _Context, tracker: Tracker, part: journal.PartRecord, finished: set[int]
) -> None:
    """Every result line of a part; an article is written out (and its answers let go) as soon
    as its last chunk settles, so memory does not grow with the batch."""
    sent = set(part.custom_ids)
    for path in (part.output, part.errors):
        if path.exists():
            for line in read_results(path):
                article = tracker.apply(line, sent)
                if article is not None:
                    _finish_article(ctx, tracker, article, finished)
    # What is still in `sent` came back in neither file.
    state = part.state()
    why = f"batch {state.get('status', 'unknown')}"
    if state.get("errors"):
        why += ": " + "; ".join(state["errors"])
    tracker.unanswered(sent, why)


async def _reask_now(ctx: _Context, tracker: Tracker) -> None:
    """`--batch-reasks sync`: the re-asks this round produced, sent at once through the
    synchronous path until each chunk settles (bounded concurrency)."""
    waiting = [s for s in tracker.pending() if s.attempt > 1 and s.failures == 0]
    limit = asyncio.Semaphore(max(1, ctx.options.concurrency))

    async def settle(state: Any) -> None:
        async with limit:
            while state.pending:
                ctx.summary.sync_reask_calls += 1
                state.calls += 1
                try:
                    completion = await seam.ask(ctx.extractor, tracker.request_of(state))
                except ExtractionError as error:
                    tracker.give_up(state, str(error))
                    return
                tracker.answer(state, completion)

    await asyncio.gather(*(settle(s) for s in waiting))


def _finish_articles(ctx: _Context, tracker: Tracker, finished: set[int]) -> None:
    for article in tracker.articles:
        if article.finished:
            _finish_article(ctx, tracker, article, finished)


def _finish_article(
    ctx: _Context, tracker: Tracker, article: ArticleState, finished: set[int]
) -> None:
    if id(article) in finished:
        return
    finished.add(id(article))
    cache = ctx.cache if ctx.options.use_cache else None
    _record(ctx, settle(tracker, article, ctx.options.out_dir, cache))
    for state in article.chunks:
        state.release()


def settle(tracker: Tracker, article: ArticleState, out_dir: Path, cache: Cache | None) -> Outcome:
    """A finished article: its extraction cached and written, or its failure; as an Outcome."""
    item = article.article
    cost = batch_cost(tracker.extractor.model, Tracker.usage(article))
    result = tracker.finish(article, cost)
    if isinstance(result, seam.Failed):
        return Outcome(article.source, item.id, ok=False, reason=result.reason)
    if cache is not None:
        cache.put(article.key.split("~", 1)[0], result)
    write_extraction(out_dir, result)
    d = result.diagnostics
    return Outcome(article.source, item.id, ok=True, usage=d.usage, cost_usd=d.estimated_cost_usd)


