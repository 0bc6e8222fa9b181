"""What the batch commands print: a progress bar fed by `request_counts`, summaries, status."""

from __future__ import annotations

import asyncio
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from summarizer.batch.job import BatchOptions, BatchRunReport, run_in_batches
from summarizer.batch.remote import batch_status, refresh_status
from summarizer.console import (
    err,
    finish_outputs,
    print_report,
    provider_settings,
    safe_text,
    setup_logging,
)
from summarizer.run import Outcome, RunOptions


def run_batch_command(
    *,
    paths: list[str],
    out: Path,
    model: str | None,
    base_url: str | None,
    mode: str,
    max_tokens: int | None,
    concurrency: int,
    max_reasks: int,
    cache_dir: Path | None,
    use_cache: bool,
    question: str | None,
    quiet: bool,
    verbose: bool,
    wait: bool,
    reasks: str,
) -> int:
    setup_logging(verbose)
    settings = provider_settings(
        provider="openai", model=model, base_url=base_url, mode=mode, max_reasks=max_reasks,
        max_tokens=max_tokens, question=question,
    )  # fmt: skip
    options = RunOptions(out_dir=out, concurrency=concurrency, cache_dir=cache_dir,
                         use_cache=use_cache)  # fmt: skip
    batch = BatchOptions(wait=wait, reasks=reasks)
    where = f" at {safe_text(settings.base_url)}" if settings.base_url else ""
    err.print(f"provider: [bold]openai[/] (Batch API) model: [bold]{settings.model}[/]{where}",
              highlight=False)  # fmt: skip
    report = _run_with_progress(paths, settings, options, batch, quiet or not err.is_terminal)
    # The same briefing, memo and run.json timings as a synchronous run: this run's articles only.
    finish_outputs(out, report, settings.question, merge_existing=False)
    if not quiet:
        print_report(report)
        _print_batch(report)
    return 1 if report.counts.failed else 0


def _run_with_progress(
    paths: list[str], settings: object, options: RunOptions, batch: BatchOptions, quiet: bool
) -> BatchRunReport:
    from summarizer.extract.base import ProviderSettings

    assert isinstance(settings, ProviderSettings)
    if quiet:
        return asyncio.run(run_in_batches(paths, settings, options, batch, on_outcome=_failure))
    progress = Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(),
        MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("{task.fields[status]}"),
        console=err, transient=True,
    )  # fmt: skip
    task = progress.add_task("batch lines", total=None, status="")

    def on_progress(done: int, total: int, status: str) -> None:
        progress.update(task, completed=done, total=total, status=status)

    with progress:
        return asyncio.run(
            run_in_batches(paths, settings, options, batch, on_outcome=_failure,
                           on_progress=on_progress)
        )


def _failure(outcome: Outcome) -> None:
    if not outcome.ok:
        err.print(f"[red]failed[/] {safe_text(outcome.source)}: {safe_text(outcome.reason or '')}",
                  highlight=False, soft_wrap=True)  # fmt: skip


def _print_batch(report: BatchRunReport) -> None:
    b = report.batch
    err.print(
        f"batches: {len(b.batch_ids)} in {b.rounds} rounds; lines sent {b.lines_sent}, "
        f"answered {b.lines_ok}, failed by the provider {b.lines_failed}"
        + (f"; sync re-asks {b.sync_reask_calls}" if b.sync_reask_calls else ""),
        highlight=False,
    )
    if b.pending:
        err.print(
            f"[yellow]submitted[/]: {len(b.pending)} articles are in batches still running; "
            "rerun the same command to collect them (`summarizer batch status OUT` shows progress)"
        )


def status_command(out_dir: Path, base_url: str | None) -> int:
    import os

    if base_url or os.environ.get("OPENAI_BASE_URL") or os.environ.get("OPENAI_API_KEY"):
        settings = provider_settings(provider="openai", model=None, base_url=base_url,
                                     mode="tools")  # fmt: skip
        asyncio.run(refresh_status(out_dir, settings))
    rows = batch_status(out_dir)
    if not rows:
        err.print(f"{out_dir}: no batches submitted", soft_wrap=True)
        return 0
    table = Table(title=f"batches of {out_dir}")
    for column in ("job", "round", "part", "batch id", "status", "done", "lines"):
        table.add_column(column)
    for row in rows:
        done = f"{row['completed']} ok, {row['failed']} failed"
        job = row["job"] + (" (finished)" if row["job_done"] else "")
        table.add_row(job, str(row["round"]), row["part"], str(row["batch_id"]),
                      str(row["status"]), done, str(row["lines"]))  # fmt: skip
    err.print(table)
    return 0
