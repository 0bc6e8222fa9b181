"""`summarizer eval`: score a run's output against hand-labelled gold, gate on thresholds.

See evals/README.md for the labelling guidelines and the definition of every metric.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from summarizer.cache import atomic_write_text
from summarizer.errors import ConfigError
from summarizer.evaluate.inputs import (
    Prediction,
    article_text,
    load_gold,
    load_prediction,
    load_splits,
    read_json,
    split_of,
)
from summarizer.evaluate.merge_score import score_merge
from summarizer.evaluate.metrics import ArticleScores, score_article
from summarizer.evaluate.report import diff_items, print_result
from summarizer.evaluate.summary import (
    MERGE_CONFLICTS,
    MERGE_PAIRS,
    Totals,
    by_split,
    counts,
    merged_items,
    metric_names,
    metric_values,
)
from summarizer.evaluate.thresholds import Check, load_thresholds, run_checks
from summarizer.schemas import ArticleExtraction, Briefing

__all__ = ["EVAL_SCHEMA_VERSION", "eval_command", "evaluate"]

EVAL_SCHEMA_VERSION = "1"
EVAL_FILE = "eval.json"
def _resolve_thresholds(thresholds: Path | None, gold: Path) -> Path | None:
    """The given file, else the thresholds.toml beside the gold folder (evals/thresholds.toml
    for evals/gold): thresholds name the gold's own splits, so another gold folder does not
    borrow this repository's."""
    if thresholds is not None:
        if not thresholds.is_file():
            raise ConfigError(f"{thresholds}: thresholds file not found")
        return thresholds
    beside = gold.parent / "thresholds.toml"
    return beside if beside.is_file() else None


def _add_merge(
    groups: dict[str, Totals],
    result_items: dict[str, Any],
    pred: Prediction,
    gold_briefing: Briefing | None,
    golds: dict[str, ArticleExtraction],
    scope: list[str],
    owner: dict[str, str],
    warnings: list[str],
) -> list[str]:
    """Score the briefing when there is one to compare; returns the articles it covers."""
    briefing_ids = {a.id for a in gold_briefing.articles} if gold_briefing else set()
    merge_scope = {i for i in scope if i in briefing_ids}
    if not merge_scope or gold_briefing is None:
        return []
    if pred.briefing is None:
        warnings.append("no briefing.json in the prediction folder: merge quality not scored")
        return sorted(merge_scope)
    tally, conflicts, items = score_merge(pred.briefing, gold_briefing, golds, merge_scope)
    result_items["merge"] = items
    for name in {"overall", *(owner.get(i, "") for i in merge_scope)} & set(groups):
        groups[name].tallies[MERGE_PAIRS] = tally
        groups[name].ratios[MERGE_CONFLICTS] = conflicts
    return sorted(merge_scope)


def evaluate(pred: Path, gold: Path) -> tuple[dict[str, Any], str | None]:
    """Score without gating or printing: (eval.json content minus thresholds, provider)."""
    prediction = load_prediction(pred)
    golds, gold_briefing = load_gold(gold)
    splits = load_splits(gold)
    split_names = list(splits)
    owner = split_of(splits)
    scope = [i for i in prediction.ran if i in golds]
    if not scope:
        raise ConfigError(
            f"{pred}: the run covers none of the {len(golds)} gold articles in {gold}")
    warnings = list(prediction.warnings)
    scores: list[ArticleScores] = []
    for article_id in scope:
        predicted = prediction.articles.get(article_id)
        text = article_text(predicted, golds[article_id], gold)
        if text is None:
            warnings.append(f"{article_id}: article text not found; its quotes count as ungrounded")
        scores.append(score_article(article_id, predicted, golds[article_id], text))
    groups = by_split(scores, owner, split_names)
    items = merged_items(scores)
    merge_scope = _add_merge(groups, items, prediction, gold_briefing, golds, scope, owner,
                             warnings)
    in_split = {name: [i for i in scope if owner.get(i) == name] for name in split_names}
    metrics = {
        name: metric_values(totals) if name == "overall" or in_split[name] else
        dict.fromkeys(metric_values(totals))
        for name, totals in groups.items()
    }
    result: dict[str, Any] = {
        "schema_version": EVAL_SCHEMA_VERSION,
        "pred": str(pred),
        "gold": str(gold),
        "provider": prediction.provider,
        "splits": split_names,  # splits.toml order; each has a "scope", "metrics", "counts" key
        "scope": {"scored": scope, **in_split,
                  "merge": merge_scope,
                  "failed": [i for i in prediction.failed if i in golds],
                  "not_in_gold": [i for i in prediction.ran if i not in golds]},
        "metrics": metrics,
        "counts": {name: counts(totals) for name, totals in groups.items()},
        "per_article": {s.article_id: _article_metrics(s) for s in scores},
        "items": items,
        "warnings": warnings,
    }
    return result, prediction.provider


def _article_metrics(scores: ArticleScores) -> dict[str, float | None]:
    totals = Totals()
    totals.add(scores)
    values = metric_values(totals)
    return {k: v for k, v in values.items() if not k.startswith("merge.")}


def _check_dict(check: Check) -> dict[str, Any]:
    return {"key": check.key, "scope": check.scope, "metric": check.metric,
            "minimum": check.minimum, "value": check.value, "skipped": check.skipped,
            "ok": check.ok}


def eval_command(
    *,
    pred: Path,
    gold: Path,
    thresholds: Path | None,
    baseline: Path | None,
    out: Path | None,
) -> int:
    """Score, print the table (and the baseline view), write eval.json; 1 when a gate fails."""
    # Read the baseline first: it may be the very file this run is about to overwrite.
    base = read_json(baseline) if baseline is not None else None
    if baseline is not None and base is not None and "metrics" not in base:
        raise ConfigError(f"{baseline}: not an eval.json (no 'metrics')")
    result, provider = evaluate(pred, gold)
    threshold_file = _resolve_thresholds(thresholds, gold)
    sections: list[str] = []
    checks: list[Check] = []
    if threshold_file is not None:
        sections, minimums = load_thresholds(threshold_file, provider, metric_names(),
                                             result["splits"])
        scope = result["scope"]
        covered = {"overall", *(name for name in result["splits"] if scope[name])}
        checks = run_checks(minimums, result["metrics"], covered, bool(scope["merge"]))
    result["thresholds"] = {"file": str(threshold_file) if threshold_file else None,
                            "sections": sections, "checks": [_check_dict(c) for c in checks]}
    result["passed"] = all(c.ok for c in checks)
    target = out or pred / EVAL_FILE
    result["out"] = str(target)
    if base is not None:
        result["baseline"] = {"file": str(baseline), "items": diff_items(result, base)}
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(target, _dumps(result))
    except OSError as exc:
        raise ConfigError(f"{target}: cannot write eval.json ({exc.strerror or exc})") from None
    print_result(result, base)
    return 0 if result["passed"] else 1


def _dumps(data: dict[str, Any]) -> str:
    import json

    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
