"""From per-article counts to named metrics, overall and per split (micro-averaged)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from summarizer.evaluate.metrics import ArticleScores, Item, Ratio, Tally

PRF_FAMILIES = ("statements", "direct", "direct_speaker", "plan_points")
# Ratio name in ArticleScores → metric name.
RATIO_METRICS = {
    "statements.speaker": "statements.speaker_accuracy",
    "statements.kind": "statements.kind_accuracy",
    "grounding": "grounding.rate",
    "stances.position": "stances.position_accuracy",
    "stances.accuracy": "stances.accuracy",
    "plan.presenter": "plan.presenter_accuracy",
    "plan.date": "plan.date_accuracy",
}
MERGE_METRICS = ("merge.pair_precision", "merge.pair_recall", "merge.conflicts_reported")
MERGE_PAIRS = "merge.pairs"
MERGE_CONFLICTS = "merge.conflicts"


@dataclass
class Totals:
    tallies: dict[str, Tally] = field(default_factory=dict)
    ratios: dict[str, Ratio] = field(default_factory=dict)

    def add(self, scores: ArticleScores) -> None:
        for name, tally in scores.tallies.items():
            self.tallies.setdefault(name, Tally()).__iadd__(tally)
        for name, ratio in scores.ratios.items():
            self.ratios.setdefault(name, Ratio()).__iadd__(ratio)


def metric_names() -> set[str]:
    names = {f"{f}.{m}" for f in PRF_FAMILIES for m in ("precision", "recall", "f1")}
    names |= {"stances.country_precision", "stances.country_recall"}
    return names | set(RATIO_METRICS.values()) | set(MERGE_METRICS)


def metric_values(totals: Totals) -> dict[str, float | None]:
    values: dict[str, float | None] = {}
    for family in PRF_FAMILIES:
        tally = totals.tallies.get(family, Tally())
        values[f"{family}.precision"] = tally.precision()
        values[f"{family}.recall"] = tally.recall()
        values[f"{family}.f1"] = tally.f1()
    stances = totals.tallies.get("stances", Tally())
    values["stances.country_precision"] = stances.precision()
    values["stances.country_recall"] = stances.recall()
    for ratio_name, metric in RATIO_METRICS.items():
        values[metric] = totals.ratios.get(ratio_name, Ratio()).value()
    # Merge metrics exist only when a predicted and a gold briefing were compared.
    pairs = totals.tallies.get(MERGE_PAIRS)
    conflicts = totals.ratios.get(MERGE_CONFLICTS)
    values["merge.pair_precision"] = pairs.precision() if pairs else None
    values["merge.pair_recall"] = pairs.recall() if pairs else None
    values["merge.conflicts_reported"] = conflicts.value() if conflicts else None
    return values


def counts(totals: Totals) -> dict[str, list[int]]:
    """Raw counts behind the metrics: [tp, predicted, gold] or [hits, total]."""
    out = {name: [t.tp, t.pred, t.gold] for name, t in sorted(totals.tallies.items())}
    out.update({name: [r.hit, r.total] for name, r in sorted(totals.ratios.items())})
    return out


def by_split(
    scores: Iterable[ArticleScores], split_of: dict[str, str], names: Iterable[str]
) -> dict[str, Totals]:
    """Totals for "overall" and for each named split (in the order given), empty when unused."""
    groups: dict[str, Totals] = {"overall": Totals(), **{name: Totals() for name in names}}
    for article in scores:
        groups["overall"].add(article)
        split = split_of.get(article.article_id)
        if split in groups:
            groups[split].add(article)
    return groups


def merged_items(scores: Iterable[ArticleScores]) -> dict[str, dict[str, list[Item]]]:
    items: dict[str, dict[str, list[Item]]] = {}
    for article in scores:
        for family, lists in article.items.items():
            for name, entries in lists.items():
                items.setdefault(family, {}).setdefault(name, []).extend(entries)
    return items
