"""What the CLI commands do, with rich output: progress, summaries, one-line errors."""

from __future__ import annotations

import asyncio
import json
import logging
import os
from pathlib import Path

from rich.console import Console
from rich.logging import RichHandler
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from summarizer import processes
from summarizer.errors import ConfigError
from summarizer.extract import resolve_provider
from summarizer.extract.base import ProviderSettings
from summarizer.extract.llm_settings import DEFAULT_MODEL, parse_mode, require_endpoint
from summarizer.redact import RedactingFilter
from summarizer.run import Outcome, RunOptions, RunReport, run_batch
from summarizer.schemas import DEFAULT_QUESTION

DEFAULT_RECORDINGS = Path("fixtures/recordings/articles")

err = Console(stderr=True)
out = Console()


def setup_logging(verbose: bool) -> None:
    handler = RichHandler(console=err, show_path=False, markup=False)
    handler.addFilter(RedactingFilter())
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(message)s",
        handlers=[handler],
        force=True,
    )
    # HTTP libraries log headers (cookies) at DEBUG: never.
    for http_logger in ("httpx", "httpx2", "httpcore", "openai"):
        logging.getLogger(http_logger).setLevel(logging.WARNING)


def provider_settings(
    *,
    provider: str,
    model: str | None,
    base_url: str | None,
    mode: str,
    max_reasks: int = 2,
    max_tokens: int | None = None,
    recordings: Path | None = None,
    question: str | None = None,
    record_dir: Path | None = None,
) -> ProviderSettings:
    chosen = resolve_provider(provider, base_url)
    base_url = base_url or os.environ.get("OPENAI_BASE_URL")
    if chosen == "openai":
        require_endpoint(base_url, os.environ.get("OPENAI_API_KEY"))
    if chosen == "replay":
        recordings = recordings or DEFAULT_RECORDINGS
        if not recordings.is_dir():
            raise ConfigError(f"{recordings}: recordings folder not found (use --recordings)")
    return ProviderSettings(
        provider=chosen,
        model=model or (DEFAULT_MODEL if chosen in ("openai", "replay") else None),
        base_url=base_url,
        mode=parse_mode(mode),
        max_reasks=max_reasks,
        max_tokens=max_tokens,
        recordings_dir=recordings,
        record_dir=record_dir,
        question=question or DEFAULT_QUESTION,
    )


def run_command(
    *,
    paths: list[str],
    out: Path,
    provider: str,
    model: str | None,
    base_url: str | None,
    mode: str,
    max_tokens: int | None,
    concurrency: int,
    workers: int,
    max_reasks: int,
    recordings: Path | None,
    cache_dir: Path | None,
    use_cache: bool,
    question: str | None,
    quiet: bool,
    verbose: bool,
) -> int:
    setup_logging(verbose)
    settings = provider_settings(
        provider=provider,
        model=model,
        base_url=base_url,
        mode=mode,
        max_reasks=max_reasks,
        max_tokens=max_tokens,
        recordings=recordings,
        question=question,
    )
    options = RunOptions(
        out_dir=out,
        concurrency=concurrency,
        cache_dir=cache_dir,
        use_cache=use_cache,
        workers=workers,
    )
    where = (
        f" at {settings.base_url}" if settings.provider == "openai" and settings.base_url else ""
    )
    err.print(
        f"provider: [bold]{settings.provider}[/] model: [bold]{settings.model or 'rules'}"
        f"[/]{where}",
        highlight=False,
    )
    if workers > 1 and not processes.available():
        err.print("[yellow]warning:[/] --workers needs fork (Linux, macOS): running in one process")
    report = _run_with_progress(paths, settings, options, quiet or not err.is_terminal)
    _finish_outputs(out)
    print_report(report)
    return 1 if report.counts.failed else 0


def _run_with_progress(
    paths: list[str], settings: ProviderSettings, options: RunOptions, quiet: bool
) -> RunReport:
    if quiet:
        return asyncio.run(run_batch(paths, settings, options, on_outcome=_log_failure))
    # Workers are forked: no other thread may hold a lock at that moment, so with --workers the
    # bar is redrawn as articles finish instead of by rich's refresher thread.
    forking = options.workers > 1
    progress = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[status]}"),
        console=err,
        transient=True,
        auto_refresh=not forking,
    )
    task = progress.add_task("extracting", total=None, status="")

    def on_loaded(total: int) -> None:
        progress.update(task, total=total)

    def on_outcome(outcome: Outcome) -> None:
        _log_failure(outcome)
        progress.update(task, advance=1, status=outcome.article_id or outcome.source,
                        refresh=forking)

    with progress:
        return asyncio.run(
            run_batch(paths, settings, options, on_loaded=on_loaded, on_outcome=on_outcome)
        )


def _log_failure(outcome: Outcome) -> None:
    if not outcome.ok:
        err.print(f"[red]failed[/] {escape(outcome.source)}: {escape(outcome.reason or '')}",
                  highlight=False, soft_wrap=True)


def _finish_outputs(out_dir: Path) -> None:
    """Merge per-article files into briefing.json and render the memo, when there is anything."""
    if not any((out_dir / "articles").glob("*.json")):
        return
    from summarizer.merge import merge_dir
    from summarizer.render import write_memos

    briefing = merge_dir(out_dir)
    write_memos(briefing, out_dir)


def print_report(report: RunReport) -> None:
    table = Table(title="run summary", show_header=False, box=None)
    table.add_row(
        "articles", f"{report.counts.ok} ok, {report.counts.failed} failed of {report.counts.total}"
    )
    table.add_row("cache hits", str(report.cache_hits))
    table.add_row("endpoint calls", str(report.endpoint_calls))
    table.add_row("tokens", str(report.usage.total_tokens))
    cost = "n/a" if report.estimated_cost_usd is None else f"${report.estimated_cost_usd:.4f}"
    table.add_row("estimated cost", cost)
    table.add_row("time", f"{report.timings.total_s:.2f} s")
    table.add_row("output", report.out_dir)
    err.print(table)
    for failure in report.failures:
        err.print(f"[red]failed[/] {escape(failure.file)}: {escape(failure.reason)}",
                  highlight=False, soft_wrap=True)


def print_schema(name: str) -> None:
    from pydantic import BaseModel

    from summarizer.schemas import ArticleExtraction, Briefing

    models: dict[str, type[BaseModel]] = {
        "article": ArticleExtraction,
        "briefing": Briefing,
        "run": RunReport,
    }
    if name not in models:
        raise ConfigError(f"unknown schema {name!r}; choose one of {', '.join(models)}")
    out.print_json(json.dumps(models[name].model_json_schema()))


def merge_command(out_dir: Path) -> int:
    from summarizer.merge import merge_dir
    from summarizer.render import write_memos

    briefing = merge_dir(out_dir)
    write_memos(briefing, out_dir)
    err.print(
        f"wrote {out_dir / 'briefing.json'}: {len(briefing.statements)} statements, "
        f"{len(briefing.stances)} stances, {len(briefing.conflicts)} conflicts"
    )
    return 0


def memo_command(briefing_path: Path, fmt: str, out_file: Path | None) -> int:
    from summarizer.merge import read_briefing
    from summarizer.render import render_memo

    text = render_memo(read_briefing(briefing_path), fmt)
    if out_file is None:
        out.print(text, markup=False, highlight=False, soft_wrap=True)
    else:
        out_file.write_text(text, encoding="utf-8")
    return 0


def record_command(
    *,
    paths: list[str],
    to: Path,
    model: str | None,
    base_url: str | None,
    mode: str,
    max_tokens: int | None = None,
    max_reasks: int = 2,
    server: str | None = None,
    quantisation: str | None = None,
) -> int:
    from summarizer.extract.record import record_articles

    setup_logging(False)
    settings = provider_settings(
        provider="openai",
        model=model,
        base_url=base_url,
        mode=mode,
        max_tokens=max_tokens,
        max_reasks=max_reasks,
        record_dir=to,
    )
    report = asyncio.run(
        record_articles(paths, settings, server=server, quantisation=quantisation)
    )
    err.print(f"recorded {report.ok} articles to {to}; {report.failed} failed")
    return 1 if report.failed else 0
