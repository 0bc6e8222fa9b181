"""The `summarizer` command line. Each command is a thin call into the library.

Heavy modules (pydantic models, openai) are imported inside the commands so that
`summarizer --help` starts fast.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from summarizer import __version__

app = typer.Typer(
    name="summarizer",
    help=(
        "Turn news articles into source-grounded statements, country stances and plan points, "
        "merged into a cited briefing.\n\n"
        "With no endpoint configured everything runs offline with the embedded rule-based "
        "extractor. Set OPENAI_API_KEY (and OPENAI_BASE_URL for vLLM, Ollama, llama.cpp or "
        "Azure) to extract with an LLM; --mode picks how structured output is asked for."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


class ProviderChoice(StrEnum):
    auto = "auto"
    offline = "offline"
    openai = "openai"
    replay = "replay"


class ModeChoice(StrEnum):
    tools = "tools"
    json_schema = "json_schema"
    json = "json"
    md_json = "md_json"


MODE_HELP = (
    "How structured output is asked for: tools (function calling), json_schema "
    "(response_format with the schema), json (JSON object mode, schema in the prompt; "
    "llama.cpp servers, older vLLM and Ollama), md_json (a fenced JSON block, for servers "
    "with no structured output)."
)


class BatchReasks(StrEnum):
    batch = "batch"
    sync = "sync"


class MemoFormat(StrEnum):
    md = "md"
    html = "html"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"summarizer {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, metavar="", help="Print version."
        ),
    ] = False,
) -> None:
    """Root options."""


@app.command()
def run(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders or globs: .txt, .md, .html, .jsonl.", show_default=False
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("out"),
    # A plain string checked by the library: an unknown name gets the one-line `error:` message.
    provider: Annotated[
        str,
        typer.Option(
            metavar="auto|offline|openai|replay",
            help="auto: openai when OPENAI_API_KEY/OPENAI_BASE_URL is set, else offline.",
        ),
    ] = ProviderChoice.auto.value,
    model: Annotated[
        str | None,
        typer.Option(help="Model name for the openai provider.", envvar="SUMMARIZER_MODEL"),
    ] = None,
    base_url: Annotated[
        str | None, typer.Option(help="OpenAI-compatible endpoint (overrides OPENAI_BASE_URL).")
    ] = None,
    mode: Annotated[ModeChoice, typer.Option(help=MODE_HELP)] = ModeChoice.tools,
    max_tokens: Annotated[
        int | None, typer.Option(min=1, help="Cap on each answer's tokens (default: server's).")
    ] = None,
    timeout: Annotated[
        float, typer.Option(min=1, help="Seconds to wait for one answer (slow local servers).")
    ] = 120.0,
    concurrency: Annotated[int, typer.Option(min=1, max=512, help="Articles in flight.")] = 8,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            max=64,
            help="Processes extracting: offline, each takes one article at a time; with an "
            "endpoint, each takes every n-th article (Linux/macOS). For large offline batches, "
            "or a fast endpoint at high concurrency.",
        ),
    ] = 1,
    max_reasks: Annotated[
        int, typer.Option(min=0, max=10, help="Re-asks after an invalid or ungrounded answer.")
    ] = 2,
    article_timeout: Annotated[
        float | None,
        typer.Option(
            min=0.1,
            help="Seconds one article may take before it fails alone "
            "(default: 60 offline, 600 with an endpoint).",
        ),
    ] = None,
    recordings: Annotated[
        Path | None, typer.Option(help="Recordings folder for --provider replay.")
    ] = None,
    cache_dir: Annotated[
        Path | None, typer.Option(help="Cache folder (default OUT/.cache).")
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", metavar="", help="Ignore and skip the cache.")
    ] = False,
    question: Annotated[
        str | None, typer.Option(help="The question country stances answer.")
    ] = None,
    quiet: Annotated[
        bool,
        typer.Option("--quiet", "-q", metavar="", help="Only failures: no banner, bar or summary."),
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", metavar="", help="Debug logging.")
    ] = False,
    merge_existing: Annotated[
        bool,
        typer.Option(
            "--merge-existing",
            metavar="",
            help="Brief every article in OUT/articles, earlier runs' too (default: this run's).",
        ),
    ] = False,
    batch: Annotated[
        bool, typer.Option("--batch", metavar="",
                           help="Through the provider's Batch API (openai only).")
    ] = False,
    batch_reasks: Annotated[
        BatchReasks, typer.Option(help="--batch: re-asks in a next batch round, or at once.")
    ] = BatchReasks.batch,
    no_wait: Annotated[
        bool, typer.Option("--no-wait", metavar="",
                           help="--batch: submit and exit; rerun to collect.")
    ] = False,
) -> None:
    """Extract every article, write OUT/articles/<id>.json, OUT/run.json, the briefing and memo.

    Exits 1 when any article failed (after printing the summary), 2 on bad usage.
    """
    if batch:
        from summarizer.batch.console import run_batch_command
        from summarizer.errors import ConfigError

        if provider not in (ProviderChoice.openai, ProviderChoice.auto) or workers > 1:
            raise ConfigError("--batch goes through the openai provider, in one process")
        raise typer.Exit(run_batch_command(
            paths=paths, out=out, model=model, base_url=base_url, mode=mode.value,
            max_tokens=max_tokens, concurrency=concurrency, max_reasks=max_reasks,
            cache_dir=cache_dir, use_cache=not no_cache, question=question, quiet=quiet,
            verbose=verbose, wait=not no_wait, reasks=batch_reasks.value,
        ))  # fmt: skip
    from summarizer.console import run_command

    code = run_command(
        paths=paths,
        out=out,
        provider=provider,
        model=model,
        base_url=base_url,
        mode=mode.value,
        max_tokens=max_tokens,
        timeout=timeout,
        concurrency=concurrency,
        workers=workers,
        max_reasks=max_reasks,
        recordings=recordings,
        cache_dir=cache_dir,
        use_cache=not no_cache,
        question=question,
        quiet=quiet,
        verbose=verbose,
        article_timeout=article_timeout,
        merge_existing=merge_existing,
    )
    raise typer.Exit(code)


@app.command()
def schema(
    name: Annotated[
        str, typer.Argument(help="article (ArticleExtraction), briefing, or run.")
    ] = "article",
) -> None:
    """Print the JSON Schema of an output file."""
    from summarizer.console import print_schema

    print_schema(name)


@app.command()
def merge(
    out_dir: Annotated[Path, typer.Argument(help="A run's output folder (holds articles/).")],
) -> None:
    """Rebuild OUT/briefing.json (and the memo) from every per-article file in the folder."""
    from summarizer.console import merge_command

    raise typer.Exit(merge_command(out_dir))


@app.command()
def memo(
    briefing: Annotated[Path, typer.Argument(help="A briefing.json written by run or merge.")],
    format: Annotated[MemoFormat, typer.Option("--format", "-f")] = MemoFormat.md,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="File (default: stdout).")] = None,
) -> None:
    """Render the briefing memo as Markdown or self-contained HTML."""
    from summarizer.console import memo_command

    raise typer.Exit(memo_command(briefing, format.value, out))


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    sqlite = "sqlite"


@app.command()
def export(
    source: Annotated[
        Path, typer.Argument(help="A run's output folder (holds briefing.json), or a briefing.")
    ],
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.csv,
    to: Annotated[
        str | None,
        typer.Option("--to", "-o", help="Folder (csv, jsonl) or file (sqlite); `-`: JSONL on "
                     "stdout. Default: SOURCE/export/ or SOURCE/briefing.sqlite."),
    ] = None,
) -> None:
    """Write statements, stances, plan points and their sources as tables (CSV, JSONL, SQLite)."""
    from summarizer.export import export_command

    raise typer.Exit(export_command(source, format.value, to))


@app.command("eval")
def eval_(
    pred: Annotated[Path, typer.Option(help="A run's output folder (holds articles/).")],
    gold: Annotated[Path, typer.Option(help="Gold folder.")] = Path("evals/gold"),
    thresholds: Annotated[
        Path | None, typer.Option(help="Thresholds TOML (default: thresholds.toml beside --gold).")
    ] = None,
    baseline: Annotated[
        Path | None, typer.Option(help="An earlier eval.json to compare against.")
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Where to write eval.json.")] = None,
) -> None:
    """Score predictions against hand-labelled gold; exit 1 when a metric is below threshold."""
    from summarizer.evaluate import eval_command

    raise typer.Exit(
        eval_command(pred=pred, gold=gold, thresholds=thresholds, baseline=baseline, out=out)
    )


@app.command()
def record(
    paths: Annotated[list[str], typer.Argument(help="Articles to record.", show_default=False)],
    to: Annotated[Path, typer.Option("--to", help="Folder for the recordings.")] = Path(
        "fixtures/recordings/articles"
    ),
    model: Annotated[str | None, typer.Option(envvar="SUMMARIZER_MODEL")] = None,
    base_url: Annotated[str | None, typer.Option()] = None,
    mode: Annotated[ModeChoice, typer.Option(help=MODE_HELP)] = ModeChoice.tools,
    max_tokens: Annotated[int | None, typer.Option(min=1, help="Cap on each answer.")] = None,
    timeout: Annotated[float, typer.Option(min=1, help="Seconds to wait for one answer.")] = 120.0,
    max_reasks: Annotated[int, typer.Option(min=0, max=10)] = 2,
    server: Annotated[
        str | None, typer.Option(help="Provenance: the server and its version.")
    ] = None,
    quantisation: Annotated[
        str | None, typer.Option(help="Provenance: the model's quantisation (e.g. Q4_1).")
    ] = None,
) -> None:
    """Re-record responses against a live endpoint (credentials and cookies are scrubbed)."""
    from summarizer.console import record_command

    raise typer.Exit(
        record_command(
            paths=paths,
            to=to,
            model=model,
            base_url=base_url,
            mode=mode.value,
            max_tokens=max_tokens,
            timeout=timeout,
            max_reasks=max_reasks,
            server=server,
            quantisation=quantisation,
        )
    )


batch_app = typer.Typer(
    help="The OpenAI Batch API request and result files: status, export, import.",
    no_args_is_help=True,
)
app.add_typer(batch_app, name="batch")


@batch_app.command("status")
def batch_status(
    out_dir: Annotated[Path, typer.Argument(help="The --out folder of a `run --batch`.")],
    base_url: Annotated[str | None, typer.Option(help="The endpoint the batches went to.")] = None,
) -> None:
    """Show the batches submitted for OUT: round, batch id, status, lines done.

    With an endpoint configured, the unfinished ones are asked for first."""
    from summarizer.batch.console import status_command

    raise typer.Exit(status_command(out_dir, base_url))


@batch_app.command("export")
def batch_export(
    paths: Annotated[list[str], typer.Argument(help="Articles.", show_default=False)],
    to: Annotated[Path, typer.Option("--to", help="The request file (JSONL).")] = Path(
        "requests.jsonl"
    ),
    model: Annotated[str | None, typer.Option(envvar="SUMMARIZER_MODEL")] = None,
    mode: Annotated[ModeChoice, typer.Option(help=MODE_HELP)] = ModeChoice.tools,
    max_tokens: Annotated[int | None, typer.Option(min=1, help="Cap on each answer.")] = None,
    question: Annotated[str | None, typer.Option()] = None,
) -> None:
    """Write the batch request file (vLLM run_batch, Ray Data, OpenAI) without submitting it.

    A manifest beside it (requests.manifest.json) lets `batch import` find the articles again."""
    from summarizer.batch.transfer import export_command

    raise typer.Exit(export_command(paths, to, model=model, mode=mode.value,
                                    max_tokens=max_tokens, question=question))  # fmt: skip


@batch_app.command("import")
def batch_import(
    results: Annotated[Path, typer.Argument(help="A batch output file (JSONL).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("out"),
    manifest: Annotated[
        Path | None,
        typer.Option(help="The export's manifest (default: the *.manifest.json beside RESULTS)."),
    ] = None,
) -> None:
    """Ground and write the answers of a batch run elsewhere (vLLM run_batch, Ray Data).

    Reads the OpenAI batch output format; writes articles, run.json, the briefing and memo."""
    from summarizer.batch.transfer import import_command

    raise typer.Exit(import_command(results, out, manifest))


def main() -> None:
    from summarizer.errors import SummarizerError

    try:
        app()
    except SummarizerError as exc:
        from summarizer.redact import redact
        from summarizer.terminal import terminal_safe

        typer.echo(f"error: {terminal_safe(redact(str(exc)))}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo(
            "interrupted: finished articles are cached (run.json lists what was not); "
            "rerun to resume",
            err=True,
        )
        sys.exit(130)
