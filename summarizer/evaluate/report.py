"""Rich output: the metric table with thresholds, and the one-screen baseline comparison."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table

from summarizer.evaluate.summary import MERGE_CONFLICTS, MERGE_PAIRS, RATIO_METRICS

METRIC_ORDER = (
    "statements.precision", "statements.recall", "statements.f1",
    "statements.speaker_accuracy", "statements.kind_accuracy",
    "direct.precision", "direct.recall", "direct.f1",
    "direct_speaker.precision", "direct_speaker.recall", "direct_speaker.f1",
    "grounding.rate",
    "stances.country_precision", "stances.country_recall", "stances.position_accuracy",
    "stances.accuracy",
    "plan_points.precision", "plan_points.recall", "plan_points.f1",
    "plan.presenter_accuracy", "plan.date_accuracy",
    "merge.pair_precision", "merge.pair_recall", "merge.conflicts_reported",
)
# Families whose matched items are compared with the baseline, and how to title them.
DIFF_FAMILIES = {
    "direct_speaker": "direct quotes (speaker-correct)",
    "statements": "statements",
    "stances": "stances (right position)",
    "plan_points": "plan points",
    "merge": "same-utterance pairs",
}
LIST_LIMIT = 6

console = Console()


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _count_text(metric: str, counts: dict[str, list[int]]) -> str:
    family, _, measure = metric.partition(".")
    reverse = {v: k for k, v in RATIO_METRICS.items()}
    if metric in reverse:
        pair = counts.get(reverse[metric])
    elif metric == "merge.conflicts_reported":
        pair = counts.get(MERGE_CONFLICTS)
    else:
        tally = counts.get(MERGE_PAIRS if family == "merge" else family)
        if tally is None or measure.endswith("f1"):
            return ""
        pair = [tally[0], tally[1] if measure.endswith("precision") else tally[2]]
    return f"{pair[0]}/{pair[1]}" if pair else ""


def _status(checks: list[dict[str, Any]], metric: str) -> tuple[str, str]:
    mine = [c for c in checks if c["metric"] == metric]
    if not mine:
        return "", ""
    # Space-separated, so a narrow table wraps between minimums rather than truncating one.
    minimum = " ".join(
        (f"{c['scope']}" if c["scope"] != "overall" else "") + f"≥{c['minimum']:.2f}" for c in mine
    )
    if all(c.get("skipped") for c in mine):
        return minimum, "[dim]skip[/]"
    ok = all(c["ok"] for c in mine)
    return minimum, "[green]ok[/]" if ok else "[bold red]FAIL[/]"


def _delta(new: float | None, old: float | None) -> str:
    if new is None or old is None:
        return ""
    change = new - old
    if abs(change) < 0.005:
        return "[dim]=[/]"
    return f"[green]{change:+.2f}[/]" if change > 0 else f"[red]{change:+.2f}[/]"


def print_result(result: dict[str, Any], base: dict[str, Any] | None = None) -> None:
    """The metric table (with a Δ column against a baseline eval.json) and the gate verdict."""
    scope = result["scope"]
    per_split = ", ".join(f"{len(scope[name])} {name}" for name in result["splits"])
    console.print(
        f"[bold]eval[/] {result['pred']} · provider [bold]{result['provider'] or '?'}[/] · "
        f"{len(scope['scored'])} gold articles" + (f" ({per_split})" if per_split else "")
        + (f" · failed: {', '.join(scope['failed'])}" if scope["failed"] else "")
        + (f" · baseline {base.get('pred', '?')}" if base is not None else ""),
        highlight=False,
    )
    for warning in result["warnings"]:
        console.print(f"[yellow]warning:[/] {warning}", highlight=False)
    console.print(_table(result, base))
    _verdict(result, base)


def _table(result: dict[str, Any], base: dict[str, Any] | None) -> Table:
    """One row per metric; a column per split the run covered (an all-"–" column says nothing)."""
    splits = [name for name in result["splits"] if result["scope"][name]]
    checks = result["thresholds"]["checks"]
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    columns = ["metric", "all", *(["Δ"] if base is not None else []), "n", *splits, "min", "gate"]
    for column in columns:
        # Only "min" may wrap ("seed≥0.90, dev≥0.95"): at 80 columns (CI logs) the numbers
        # must stay whole however many splits there are.
        table.add_column(column, justify="left" if column == "metric" else "right",
                         no_wrap=column != "min")
    metrics, counts = result["metrics"], result["counts"]["overall"]
    old = (base or {}).get("metrics", {}).get("overall", {})
    for metric in METRIC_ORDER:
        minimum, status = _status(checks, metric)
        value = metrics["overall"].get(metric)
        delta = [_delta(value, old.get(metric))] if base is not None else []
        table.add_row(metric, fmt(value), *delta, _count_text(metric, counts),
                      *(fmt(metrics[name].get(metric)) for name in splits), minimum, status)
    return table


def _verdict(result: dict[str, Any], base: dict[str, Any] | None) -> None:
    """The baseline changes, then which thresholds failed or that all were met."""
    checks = result["thresholds"]["checks"]
    if base is not None:
        print_changes(result, base)
    failed = [c for c in checks if not c["ok"]]
    applied = [c for c in checks if not c.get("skipped")]
    sections = "+".join(result["thresholds"]["sections"]) or "none"
    skipped = f", {len(checks) - len(applied)} skipped (split not in this run)" if (
        len(applied) < len(checks)) else ""
    if not checks:
        console.print("no thresholds applied")
    elif failed:
        for c in failed:
            console.print(f"[bold red]FAIL[/] {c['key']} = {fmt(c['value'])} < {c['minimum']:.2f}")
    else:
        console.print(f"[green]all {len(applied)} thresholds met[/] ({sections}{skipped})")
    console.print(f"wrote {result['out']}", highlight=False)


def _keys(result: dict[str, Any], family: str, name: str) -> dict[str, str]:
    entries = result.get("items", {}).get(family, {}).get(name, [])
    return {e["key"]: e["key"] for e in entries if isinstance(e, dict) and "key" in e}


def _print_list(sign: str, style: str, keys: list[str]) -> None:
    for key in keys[:LIST_LIMIT]:
        console.print(f"  [{style}]{sign}[/] {key}", highlight=False, no_wrap=True,
                      overflow="ellipsis")
    if len(keys) > LIST_LIMIT:
        console.print(f"    … and {len(keys) - LIST_LIMIT} more (see eval.json)")


def diff_items(now: dict[str, Any], base: dict[str, Any]) -> dict[str, dict[str, list[str]]]:
    """Per family: matched items gained and lost, and spurious items that are new."""
    diff: dict[str, dict[str, list[str]]] = {}
    for family in DIFF_FAMILIES:
        got, had = _keys(now, family, "matched"), _keys(base, family, "matched")
        junk, old_junk = _keys(now, family, "spurious"), _keys(base, family, "spurious")
        diff[family] = {
            "gained": sorted(set(got) - set(had)),
            "lost": sorted(set(had) - set(got)),
            "new_spurious": sorted(set(junk) - set(old_junk)),
        }
    return diff


def print_changes(now: dict[str, Any], base: dict[str, Any]) -> None:
    """Items gained and lost against the baseline, one line each, a few per family."""
    for family, lists in diff_items(now, base).items():
        if not any(lists.values()):
            continue
        console.print(f"[bold]{DIFF_FAMILIES[family]}[/]: +{len(lists['gained'])} gained, "
                      f"-{len(lists['lost'])} lost, {len(lists['new_spurious'])} new spurious")
        _print_list("+", "green", lists["gained"])
        _print_list("-", "red", lists["lost"])
        _print_list("!", "yellow", lists["new_spurious"])
