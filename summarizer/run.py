"""Batch orchestration: load → extract (bounded concurrency, cache) → write, one report per run.

One failing article never stops the batch: it is recorded in the report with its reason and the
others go on. Every finished extraction is cached before it is written, so a rerun after a crash
or a kill pays only for what was not finished.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from pydantic import BaseModel, Field

from summarizer import processes
from summarizer.article_texts import TEXTS_DIR, write_article_text
from summarizer.cache import Cache, atomic_write_text, cache_key, extraction_inputs
from summarizer.errors import ConfigError, InputError, SummarizerError
from summarizer.expand import Excluded, shown
from summarizer.extract import create_extractor
from summarizer.extract.base import BlockingExtractor, Extractor, ProviderSettings
from summarizer.load import Article, LoadFailure, load_batch
from summarizer.places import check_writable_folder
from summarizer.pool import WorkerPool
from summarizer.redact import redact
from summarizer.schemas import SCHEMA_VERSION, ArticleExtraction, Usage

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

T = TypeVar("T")

ARTICLES_DIR = "articles"
RUN_REPORT = "run.json"
MEMO_FILES = ("memo.md", "memo.html", "sources.html")
# The per-article budget when none is given: the offline rules take well under a second for an
# ordinary article; an endpoint's requests have their own timeout and retries inside the budget.
OFFLINE_ARTICLE_TIMEOUT_S = 60.0
ENDPOINT_ARTICLE_TIMEOUT_S = 600.0


@dataclass(frozen=True)
class RunOptions:
    out_dir: Path
    concurrency: int = 8
    cache_dir: Path | None = None  # default: OUT/.cache
    use_cache: bool = True
    workers: int = 1  # processes; each takes every n-th article at concurrency / workers
    # Seconds one article may take before it fails alone; None: the provider's default.
    article_timeout_s: float | None = None

    @property
    def resolved_cache_dir(self) -> Path:
        return self.cache_dir or self.out_dir / ".cache"


@dataclass(frozen=True)
class Outcome:
    """What happened to one input: extracted (maybe from cache) or failed with a reason."""

    source: str
    article_id: str | None
    ok: bool
    cached: bool = False
    reason: str | None = None
    seconds: float = 0.0
    # What the run report sums; not the extraction itself, which is on disk already: keeping
    # every extraction for the report made memory grow with the batch (and with --workers, each
    # one was pickled back to the parent).
    usage: Usage | None = None
    cost_usd: float | None = None


class Failure(BaseModel):
    file: str
    article_id: str | None = None
    reason: str


class SkippedFile(BaseModel):
    file: str
    reason: str


class Counts(BaseModel):
    total: int = 0
    ok: int = 0
    failed: int = 0


class Timings(BaseModel):
    total_s: float = 0.0
    extract_mean_s: float = 0.0
    merge_s: float | None = Field(None, description="Merging into briefing.json (after total_s).")
    memo_s: float | None = Field(None, description="Rendering the memo (after total_s).")


class RunReport(BaseModel):
    """`run.json`: what ran, what came out, what failed and why, and what it cost."""

    schema_version: str = SCHEMA_VERSION
    provider: str
    model: str
    prompt_version: str
    question: str
    started_at: str
    finished_at: str | None = None
    out_dir: str
    counts: Counts = Field(default_factory=Counts)
    failures: list[Failure] = Field(default_factory=list)
    endpoint_calls: int = 0
    cache_hits: int = 0
    corrupt_cache_entries: int = 0
    usage: Usage = Field(default_factory=Usage)
    estimated_cost_usd: float | None = None
    timings: Timings = Field(default_factory=Timings)
    articles: list[str] = Field(default_factory=list, description="Ids written under articles/.")
    warnings: list[str] = Field(
        default_factory=list, description="What the run could not do as asked, e.g. a question "
        "the offline extractor does not know (its stances are then left out)."
    )
    skipped: list[SkippedFile] = Field(
        default_factory=list, description="Files found but not read (symlinks out of a folder)."
    )
    interrupted: bool = Field(
        default=False, description="Stopped by Ctrl-C: a rerun resumes from the cache."
    )
    unfinished: list[str] = Field(
        default_factory=list, description="Inputs an interrupted run had not finished."
    )


ProgressCallback = Callable[[Outcome], None]


async def run_batch(
    inputs: Sequence[str],
    settings: ProviderSettings,
    options: RunOptions,
    *,
    on_loaded: Callable[[int], None] | None = None,
    on_outcome: ProgressCallback | None = None,
) -> RunReport:
    """Extract every input; write each article, then run.json. Raises ConfigError (before any
    work) when the output or cache folder cannot be written, and InputError when no input names
    anything. On cancellation (Ctrl-C) run.json is written marked interrupted, then the
    cancellation goes on."""
    started = time.perf_counter()
    batch = load_batch(inputs, _own_outputs(options))
    loaded = batch.items
    if loaded and all(isinstance(item, LoadFailure) and item.missing for item in loaded):
        raise InputError("nothing to read: " + "; ".join(map(str, loaded)))
    check_writable_folder(options.out_dir, "output folder (--out)")
    check_writable_folder(options.out_dir / ARTICLES_DIR, "articles folder")
    if options.use_cache:
        check_writable_folder(options.resolved_cache_dir, "cache folder")
    if on_loaded:
        on_loaded(len(loaded))
    extractor = create_extractor(settings)
    report = RunReport(
        provider=extractor.name,
        model=extractor.model,
        prompt_version=extractor.prompt_version,
        question=settings.question,
        started_at=_now(),
        out_dir=shown(options.out_dir),
        warnings=list(getattr(extractor, "warnings", [])),
        skipped=[SkippedFile(file=s.source, reason=s.reason) for s in batch.skipped],
    )
    outcomes: list[Outcome] = []

    def record(outcome: Outcome) -> None:
        outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)

    workers = min(options.workers, len(loaded)) if processes.available() else 1
    calls, corrupt = 0, []
    try:
        try:
            if isinstance(extractor, BlockingExtractor):
                corrupt = await _in_pool(loaded, extractor, settings, options, record)
            elif workers > 1:
                extractor.prepare()
                calls, corrupt = await _in_processes(loaded, settings, options, workers, record)
            else:
                calls, corrupt = await _extract_all(
                    loaded, extractor, settings, options, lambda _, outcome: record(outcome),
                    article_timeout(options, extractor),
                )
        finally:
            calls = calls or extractor.endpoint_calls()
            await extractor.aclose()
    except asyncio.CancelledError:
        done = {(o.source, o.article_id) for o in outcomes}
        report.interrupted = True
        report.unfinished = [src for src, aid in map(_identity, loaded) if (src, aid) not in done]
        _finish_report(report, outcomes, corrupt, calls, started, options)
        raise
    _finish_report(report, outcomes, corrupt, calls, started, options)
    return report


def _finish_report(
    report: RunReport,
    outcomes: list[Outcome],
    corrupt: list[str],
    calls: int,
    started: float,
    options: RunOptions,
) -> None:
    report.endpoint_calls = calls
    _summarise(report, outcomes, corrupt)
    report.timings.total_s = round(time.perf_counter() - started, 3)
    report.finished_at = _now()
    path = options.out_dir / RUN_REPORT
    try:
        atomic_write_text(path, report.model_dump_json(indent=2) + "\n")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write the run report ({exc.strerror or exc})") from None


def _own_outputs(options: RunOptions) -> Excluded:
    """What this run writes, never to be read back as input (`--out` inside the input folder)."""
    return Excluded.of(
        folders=[options.out_dir, options.resolved_cache_dir, options.out_dir / ARTICLES_DIR,
                 options.out_dir / TEXTS_DIR],
        files=[options.out_dir / name for name in (*MEMO_FILES, RUN_REPORT)],
    )


def _identity(item: Article | LoadFailure) -> tuple[str, str | None]:
    if isinstance(item, LoadFailure):
        return item.source, None
    return item.meta.source_path or item.id, item.id


def article_timeout(options: RunOptions, extractor: object) -> float:
    if options.article_timeout_s is not None:
        return options.article_timeout_s
    if isinstance(extractor, BlockingExtractor):
        return OFFLINE_ARTICLE_TIMEOUT_S
    return ENDPOINT_ARTICLE_TIMEOUT_S


class _PooledExtractor:
    """A blocking extractor whose articles run in worker processes, each within its budget."""

    def __init__(self, inner: Extractor, pool: WorkerPool[Article, ArticleExtraction]) -> None:
        self.pool = pool
        self.name, self.model, self.prompt_version = inner.name, inner.model, inner.prompt_version

    async def extract(self, article: Article) -> ArticleExtraction:
        return await self.pool.run(article)

    def endpoint_calls(self) -> int:
        return 0

    def prepare(self) -> None:
        return None

    async def aclose(self) -> None:
        self.pool.close()


async def _in_pool(
    items: Sequence[Article | LoadFailure],
    extractor: Extractor,
    settings: ProviderSettings,
    options: RunOptions,
    record: Callable[[Outcome], None],
) -> list[str]:
    """Every article through `options.workers` worker processes; the event loop only dispatches
    and writes. Returns the corrupt cache entries found."""
    assert isinstance(extractor, BlockingExtractor)
    pool: WorkerPool[Article, ArticleExtraction] = WorkerPool(
        extractor.blocking_task(),
        options.workers,
        timeout_s=article_timeout(options, extractor),
        before_first_start=extractor.prepare,  # forked workers inherit the warmed-up rules
    )
    try:
        _, corrupt = await _extract_all(
            items, _PooledExtractor(extractor, pool), settings, options,
            lambda _, outcome: record(outcome), timeout_s=None,  # the pool keeps the budget
        )
    finally:
        pool.close()
    return corrupt


async def _extract_all(
    items: Sequence[Article | LoadFailure],
    extractor: Extractor,
    settings: ProviderSettings,
    options: RunOptions,
    record: Callable[[int, Outcome], object],
    timeout_s: float | None,
) -> tuple[int, list[str]]:
    """Every item through a fixed set of coroutines, each outcome recorded with the item's
    position, each extraction within `timeout_s`; returns (endpoint calls, corrupt cache
    entries)."""
    cache = Cache(options.resolved_cache_dir)

    async def handle(position: int) -> None:
        item = items[position]
        record(position, await _process(item, extractor, cache, options, settings, timeout_s))

    try:
        await _bounded(range(len(items)), handle, max(1, options.concurrency))
    finally:
        calls = extractor.endpoint_calls()
    return calls, cache.corrupt


@dataclass(frozen=True)
class _ShardDone:
    calls: int
    corrupt: list[str]


async def _in_processes(
    items: list[Article | LoadFailure],
    settings: ProviderSettings,
    options: RunOptions,
    workers: int,
    record: Callable[[Outcome], None],
) -> tuple[int, list[str]]:
    """The batch split over forked processes, each taking every `workers`-th item with its own
    extractor and cache handle; outcomes come back here. An item whose process died before
    finishing it fails with that reason: nothing goes missing from run.json."""
    per_worker = replace(options, concurrency=-(-options.concurrency // workers), workers=1)
    numbered = list(enumerate(items))
    finished: set[int] = set()
    calls, corrupt = 0, []

    def child(shard: Sequence[tuple[int, Article | LoadFailure]], connection: Connection) -> None:
        async def extract_shard() -> tuple[int, list[str]]:
            extractor = create_extractor(settings)
            try:
                return await _extract_all(
                    [item for _, item in shard], extractor, settings, per_worker,
                    lambda position, outcome: connection.send((shard[position][0], outcome)),
                    article_timeout(options, extractor),
                )
            finally:
                await extractor.aclose()

        connection.send(_ShardDone(*asyncio.run(extract_shard())))

    def receive(message: tuple[int, Outcome] | _ShardDone) -> None:
        nonlocal calls
        if isinstance(message, _ShardDone):
            calls += message.calls
            corrupt.extend(message.corrupt)
            return
        index, outcome = message
        finished.add(index)
        record(outcome)

    codes = await processes.run_forked(
        [numbered[k::workers] for k in range(workers)], child, receive
    )
    for index, item in numbered:
        if index not in finished:
            code = codes[index % workers]
            record(_failed(item, f"worker process ended (exit code {code}) before this article"))
    return calls, corrupt


async def _bounded(
    items: Sequence[T], handle: Callable[[T], Awaitable[None]], concurrency: int
) -> None:
    """A fixed pool of workers over a queue: memory stays flat however many articles there are."""
    queue: asyncio.Queue[T] = asyncio.Queue()
    for item in items:
        queue.put_nowait(item)

    async def worker() -> None:
        while True:
            try:
                item = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            await handle(item)

    await asyncio.gather(*(worker() for _ in range(min(concurrency, len(items)) or 1)))


async def _process(
    item: Article | LoadFailure,
    extractor: Extractor,
    cache: Cache,
    options: RunOptions,
    settings: ProviderSettings,
    timeout_s: float | None,
) -> Outcome:
    if isinstance(item, LoadFailure):
        return _failed(item, item.reason)
    try:
        return await _extract_and_write(item, extractor, cache, options, settings, timeout_s)
    except OSError as exc:  # the cache or output place failed for this one article
        where = exc.filename or "a file"
        return _failed(item, redact(f"cannot use {where}: {exc.strerror or exc}"))


async def _extract_and_write(
    item: Article,
    extractor: Extractor,
    cache: Cache,
    options: RunOptions,
    settings: ProviderSettings,
    timeout_s: float | None,
) -> Outcome:
    source = item.meta.source_path or item.id
    key = cache_key(
        item.text,
        provider=extractor.name,
        model=extractor.model,
        prompt_version=extractor.prompt_version,
        question=settings.question,
        inputs=extraction_inputs(item, extractor.name, settings),
    )
    began = time.perf_counter()
    extraction = cache.get(key) if options.use_cache else None
    cached = extraction is not None
    if extraction is None:
        try:
            extraction = await asyncio.wait_for(extractor.extract(item), timeout_s)
        except TimeoutError:
            reason = (f"extraction took longer than the {timeout_s:g} s budget for one article "
                      "(--article-timeout): stopped")
            return Outcome(source, item.id, ok=False, reason=reason)
        except SummarizerError as exc:
            # An LLM article that failed after answers arrived says what they cost.
            usage = getattr(exc, "usage", None)
            return Outcome(source, item.id, ok=False, reason=redact(str(exc)), usage=usage)
        except Exception as exc:  # one article's bug must not sink the batch
            log.debug("unexpected failure on %s", source, exc_info=True)
            reason = redact(f"unexpected error: {type(exc).__name__}: {exc}")
            return Outcome(source, item.id, ok=False, reason=reason)
        if extraction.article is not item.meta:
            extraction = extraction.model_copy(update={"article": item.meta})
        if options.use_cache:
            cache.put(key, extraction)
    else:
        # The same text may arrive under another file name: keep this input's metadata.
        extraction = extraction.model_copy(update={"article": item.meta})
    write_extraction(options.out_dir, extraction)
    write_article_text(options.out_dir, item.id, item.text)  # what sources.html shows
    seconds = time.perf_counter() - began
    diagnostics = extraction.diagnostics
    return Outcome(source, item.id, ok=True, cached=cached, seconds=seconds,
                   usage=diagnostics.usage, cost_usd=diagnostics.estimated_cost_usd)


def _failed(item: Article | LoadFailure, reason: str) -> Outcome:
    if isinstance(item, LoadFailure):
        return Outcome(item.source, None, ok=False, reason=reason)
    return Outcome(item.meta.source_path or item.id, item.id, ok=False, reason=reason)


def write_extraction(out_dir: Path, extraction: ArticleExtraction) -> Path:
    path = out_dir / ARTICLES_DIR / f"{extraction.article.id}.json"
    atomic_write_text(path, extraction.model_dump_json(indent=2) + "\n")
    return path


def _summarise(report: RunReport, outcomes: list[Outcome], corrupt: list[str]) -> None:
    outcomes.sort(key=lambda o: (o.source, o.article_id or ""))
    report.counts = Counts(
        total=len(outcomes),
        ok=sum(o.ok for o in outcomes),
        failed=sum(not o.ok for o in outcomes),
    )
    report.failures = [
        Failure(file=o.source, article_id=o.article_id, reason=o.reason or "failed")
        for o in outcomes
        if not o.ok
    ]
    report.cache_hits = sum(o.cached for o in outcomes)
    report.corrupt_cache_entries = len(corrupt)
    report.articles = sorted(o.article_id for o in outcomes if o.ok and o.article_id)
    # Tokens and cost are what this run paid: cache hits cost nothing, failed articles did.
    fresh = [o for o in outcomes if o.ok and not o.cached]
    usage = Usage()
    for outcome in outcomes:
        if outcome.usage is not None and not outcome.cached:
            usage = usage + outcome.usage
    costs = [o.cost_usd for o in fresh if o.cost_usd is not None]
    report.usage = usage
    report.estimated_cost_usd = round(sum(costs), 6) if costs else None
    timed = [o.seconds for o in fresh]
    report.timings.extract_mean_s = round(sum(timed) / len(timed), 4) if timed else 0.0


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
