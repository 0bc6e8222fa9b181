"""What the CLI commands do, with rich output: progress, summaries, one-line errors."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from pathlib import Path

from rich.console import Console
from rich.logging import RichHandler
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from summarizer import processes
from summarizer.cache import atomic_write_text
from summarizer.errors import ConfigError
from summarizer.extract import resolve_provider
from summarizer.extract.base import ProviderSettings
from summarizer.extract.llm_settings import DEFAULT_MODEL, parse_mode, require_endpoint
from summarizer.places import check_writable_file
from summarizer.redact import RedactingFilter, redact
from summarizer.run import RUN_REPORT, Outcome, RunOptions, RunReport, run_batch
from summarizer.schemas import DEFAULT_QUESTION
from summarizer.terminal import TerminalSafeFilter, terminal_safe

INTERRUPTED = 130  # the shell's code for a command stopped by SIGINT
DEFAULT_RECORDINGS = Path("fixtures/recordings/articles")

err = Console(stderr=True)
out = Console()


def setup_logging(verbose: bool) -> None:
    handler = RichHandler(console=err, show_path=False, markup=False)
    handler.addFilter(RedactingFilter())
    handler.addFilter(TerminalSafeFilter())
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
    timeout: float = 120.0,
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
        timeout_s=timeout,
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
    timeout: float,
    concurrency: int,
    workers: int,
    max_reasks: int,
    recordings: Path | None,
    cache_dir: Path | None,
    use_cache: bool,
    question: str | None,
    quiet: bool,
    verbose: bool,
    article_timeout: float | None = None,
    merge_existing: bool = False,
) -> int:
    setup_logging(verbose)
    settings = provider_settings(
        provider=provider,
        model=model,
        base_url=base_url,
        mode=mode,
        max_reasks=max_reasks,
        max_tokens=max_tokens,
        timeout=timeout,
        recordings=recordings,
        question=question,
    )
    options = RunOptions(
        out_dir=out,
        concurrency=concurrency,
        cache_dir=cache_dir,
        use_cache=use_cache,
        workers=workers,
        article_timeout_s=article_timeout,
    )
    if not quiet:
        where = (
            f" at {safe_text(settings.base_url)}"
            if settings.provider == "openai" and settings.base_url
            else ""
        )
        model_name = safe_text(settings.model or "rules")
        if settings.provider == "offline":
            from summarizer.extract.offline.rules import RULES_VERSION

            where = f" version: [bold]{RULES_VERSION}[/]"
        err.print(
            f"provider: [bold]{settings.provider}[/] model: [bold]{model_name}[/]{where}",
            highlight=False,
        )
    if workers > 1 and not processes.available() and settings.provider != "offline":
        err.print("[yellow]warning:[/] --workers needs fork (Linux, macOS): running in one process")
    try:
        report = _run_with_progress(paths, settings, options, quiet or not err.is_terminal)
    except KeyboardInterrupt:
        err.print(
            f"interrupted: {safe_text(str(out / 'run.json'))} lists what was not finished; "
            "finished articles are cached, so a rerun resumes",
            highlight=False,
            soft_wrap=True,
        )
        return INTERRUPTED
    if not quiet:
        for skipped in report.skipped:
            err.print(f"[yellow]skipped[/] {safe_text(skipped.file)}: {safe_text(skipped.reason)}",
                      highlight=False, soft_wrap=True)
    finish_outputs(out, report, settings.question, merge_existing=merge_existing)
    if not quiet:
        print_report(report)
    # Like failures, what the run could not do as asked is printed even with -q.
    for warning in report.warnings:
        err.print(f"[yellow]warning:[/] {safe_text(warning)}", highlight=False, soft_wrap=True)
    return 1 if report.counts.failed else 0


def safe_text(text: str) -> str:
    """Terminal-safe, secret-free and markup-escaped: anything from outside on its way out."""
    return escape(terminal_safe(redact(text)))


def _run_with_progress(
    paths: list[str], settings: ProviderSettings, options: RunOptions, quiet: bool
) -> RunReport:
    if quiet:
        return asyncio.run(run_batch(paths, settings, options, on_outcome=_log_failure))
    # Workers are forked (the offline rules always run in worker processes): no other thread may
    # hold a lock at that moment, so the bar is redrawn as articles finish instead of by rich's
    # refresher thread.
    forking = options.workers > 1 or settings.provider == "offline"
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
        progress.update(task, advance=1, status=safe_text(outcome.article_id or outcome.source),
                        refresh=forking)

    with progress:
        return asyncio.run(
            run_batch(paths, settings, options, on_loaded=on_loaded, on_outcome=on_outcome)
        )


def _log_failure(outcome: Outcome) -> None:
    """Each failure once, as it happens (the summary does not repeat them: run.json lists all)."""
    if not outcome.ok:
        err.print(f"[red]failed[/] {safe_text(outcome.source)}: {safe_text(outcome.reason or '')}",
                  highlight=False, soft_wrap=True)


def finish_outputs(
    out_dir: Path, report: RunReport, question: str, *, merge_existing: bool
) -> None:
    """Merge this run's articles (or, on purpose, every article in the folder) into
    briefing.json, under the run's question, and render the memo, when there is anything; their
    timings go to run.json."""
    if not any((out_dir / "articles").glob("*.json")):
        return
    from summarizer.merge import merge_dir
    from summarizer.render import write_memos

    began = time.perf_counter()
    try:
        briefing = merge_dir(
            out_dir, None if merge_existing else report.articles, question=question
        )
        merged = time.perf_counter()
        write_memos(briefing, out_dir)
        report.timings.merge_s = round(merged - began, 3)
        report.timings.memo_s = round(time.perf_counter() - merged, 3)
        atomic_write_text(out_dir / RUN_REPORT, report.model_dump_json(indent=2) + "\n")
    except OSError as exc:
        where = exc.filename or out_dir
        raise ConfigError(f"{where}: cannot write the briefing ({exc.strerror or exc})") from None


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
    table.add_row("output", safe_text(report.out_dir))
    if report.skipped:
        table.add_row("skipped", f"{len(report.skipped)} (listed in run.json)")
    err.print(table)


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

    try:
        briefing = merge_dir(out_dir)
        write_memos(briefing, out_dir)
    except OSError as exc:
        where = exc.filename or out_dir
        raise ConfigError(f"{where}: cannot write the briefing ({exc.strerror or exc})") from None
    err.print(
        f"wrote {safe_text(str(out_dir / 'briefing.json'))}: "
        f"{len(briefing.statements)} statements, {len(briefing.stances)} stances, "
        f"{len(briefing.conflicts)} conflicts",
        soft_wrap=True,
    )
    return 0


def memo_command(briefing_path: Path, fmt: str, out_file: Path | None) -> int:
    from summarizer.merge import read_briefing
    from summarizer.render import render_memo

    if out_file is not None:
        check_writable_file(out_file, "memo file (--out)")
    text = render_memo(read_briefing(briefing_path), fmt)
    if out_file is None:
        out.print(text, markup=False, highlight=False, soft_wrap=True)
        return 0
    try:
        out_file.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{out_file}: cannot write the memo ({exc.strerror or exc})") from None
    return 0


def record_command(
    *,
    paths: list[str],
    to: Path,
    model: str | None,
    base_url: str | None,
    mode: str,
    max_tokens: int | None = None,
    timeout: float = 120.0,
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
        timeout=timeout,
        max_reasks=max_reasks,
        record_dir=to,
    )
    report = asyncio.run(
        record_articles(paths, settings, server=server, quantisation=quantisation)
    )
    err.print(f"recorded {report.ok} articles to {safe_text(str(to))}; {report.failed} failed")
    return 1 if report.failed else 0
