"""Merge quality: pairwise "same utterance" precision/recall and gold conflicts reported.

Each merged statement is a cluster of per-article statements. Predicted sources are mapped to the
per-article gold statements (by span overlap, else by text), and the pairs of gold statements that
share a cluster are compared with the gold briefing's pairs. Predicted sources that map to no gold
statement are left out: this measures grouping, not extraction.
"""

from __future__ import annotations

import re
from itertools import combinations

from summarizer.evaluate.matching import TEXT_MIN_SCORE, span_jaccard, text_similarity
from summarizer.evaluate.metrics import Item, Ratio, Tally
from summarizer.schemas import ArticleExtraction, Briefing, Conflict, SourceRef

# A source maps to a gold statement when their spans overlap at least this much (Jaccard).
SPAN_MIN_OVERLAP = 0.3
# Conflict kinds are free text in the schema; these spellings mean the same kind.
KIND_ALIASES = {
    "plan": "plan_points", "plan_point": "plan_points", "points": "plan_points",
    "quotes": "quote", "quote_wording": "quote", "wording": "quote",
    "counts": "count", "dates": "date", "figures": "figure", "stances": "stance",
}

GoldKey = tuple[str, str]  # (article_id, gold statement id)


def _kind(kind: str) -> str:
    flat = re.sub(r"[\s-]+", "_", kind.strip().casefold())
    return KIND_ALIASES.get(flat, flat)


def _map_source(source: SourceRef, golds: dict[str, ArticleExtraction]) -> GoldKey | None:
    gold = golds.get(source.article_id)
    if gold is None:
        return None
    best: tuple[float, str] | None = None
    for statement in gold.statements:
        overlap = span_jaccard(source.spans, statement.spans) if source.spans else 0.0
        if overlap >= SPAN_MIN_OVERLAP:
            score = 100.0 + overlap  # spans are decisive when present
        else:
            score = text_similarity(source.text, statement.text)
            if score < TEXT_MIN_SCORE:
                continue
        if best is None or score > best[0]:
            best = (score, statement.id)
    return (source.article_id, best[1]) if best else None


def _pairs(clusters: list[set[GoldKey]]) -> set[tuple[GoldKey, GoldKey]]:
    pairs: set[tuple[GoldKey, GoldKey]] = set()
    for cluster in clusters:
        pairs.update(combinations(sorted(cluster), 2))
    return pairs


def _label(key: GoldKey, golds: dict[str, ArticleExtraction]) -> str:
    text = next((s.text for s in golds[key[0]].statements if s.id == key[1]), "?")
    return f"{key[0]}#{key[1]} {text[:50]}"


def _pair_item(pair: tuple[GoldKey, GoldKey], golds: dict[str, ArticleExtraction]) -> Item:
    left, right = (_label(k, golds) for k in pair)
    return {"key": f"{left} <> {right}", "a": left, "b": right}


def _conflict_reported(gold: Conflict, predicted: list[Conflict]) -> bool:
    wanted = {s.article_id for s in gold.sources}
    need = min(2, len(wanted))
    return any(
        _kind(p.kind) == _kind(gold.kind)
        and len(wanted & {s.article_id for s in p.sources}) >= need
        for p in predicted
    )


def score_merge(
    pred: Briefing,
    gold: Briefing,
    golds: dict[str, ArticleExtraction],
    scope: set[str],
) -> tuple[Tally, Ratio, dict[str, list[Item]]]:
    """(pair tally, conflicts reported, items) over the gold articles in scope."""
    in_scope = {i: g for i, g in golds.items() if i in scope}
    gold_clusters = [
        {k for s in m.sources if (k := _map_source(s, in_scope)) is not None}
        for m in gold.statements
    ]
    pred_clusters = [
        {k for s in m.sources if (k := _map_source(s, in_scope)) is not None}
        for m in pred.statements
    ]
    gold_pairs, pred_pairs = _pairs(gold_clusters), _pairs(pred_clusters)
    tally = Tally(len(gold_pairs & pred_pairs), len(pred_pairs), len(gold_pairs))
    conflicts = [c for c in gold.conflicts
                 if len({s.article_id for s in c.sources} & scope) >= min(2, len(c.sources))]
    reported = [c for c in conflicts if _conflict_reported(c, pred.conflicts)]
    items: dict[str, list[Item]] = {
        "matched": [_pair_item(p, in_scope) for p in sorted(gold_pairs & pred_pairs)],
        "missed": [_pair_item(p, in_scope) for p in sorted(gold_pairs - pred_pairs)],
        "spurious": [_pair_item(p, in_scope) for p in sorted(pred_pairs - gold_pairs)],
        "conflicts_missed": [
            {"key": f"{c.kind}: {', '.join(s.article_id[:3] for s in c.sources)}",
             "kind": c.kind, "description": c.description}
            for c in conflicts if c not in reported
        ],
    }
    return tally, Ratio(len(reported), len(conflicts)), items
