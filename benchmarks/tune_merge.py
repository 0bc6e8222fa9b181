"""Tune the statement-matching thresholds on the hand-labelled gold pairs.

Merges the per-article gold extractions of the seeds (evals/gold/<id>.json) with every
combination of thresholds in the grid, compares the merged statements with the gold briefing
(evals/gold/briefing.json) as pairs of per-article statements, and prints pairwise precision and
recall per setting, best F1 first. Also prints the scores of every same-speaker pair, labelled,
so the margin around each threshold can be seen.

    .venv/bin/python benchmarks/tune_merge.py [--pairs] [--top N]
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from summarizer.merge import merge_extractions
from summarizer.merge.config import DEFAULT_THRESHOLDS, Thresholds
from summarizer.merge.matching import Probe
from summarizer.merge.speakers import resolve_speakers
from summarizer.merge.text import partial_score, set_score, shared_words, text_key
from summarizer.schemas import ArticleExtraction, Briefing

GOLD = Path(__file__).resolve().parent.parent / "evals" / "gold"
SEED_PREFIXES = ("000_", "001_", "002_", "003_", "004_")

StatementId = tuple[str, str]  # article id, statement id
Pair = tuple[StatementId, StatementId]

GRID: dict[str, list[Any]] = {
    "direct_set": [60.0, 65.0, 70.0, 75.0, 80.0, 85.0, 90.0],
    "paraphrase_set": [50.0, 55.0, 60.0, 65.0, 70.0, 75.0, 80.0],
    "set_min_shared": [2, 3, 4],
    "statement_partial": [85.0, 90.0, 95.0],
    "partial_min_chars": [8, 16, 24],
    "lead_in_set": [0.0, 40.0, 45.0, 50.0, 101.0],
}


def load_gold() -> tuple[list[ArticleExtraction], Briefing]:
    extractions = [
        ArticleExtraction.model_validate_json(path.read_text(encoding="utf-8"))
        for path in sorted(GOLD.glob("*.json"))
        if path.name.startswith(SEED_PREFIXES)
    ]
    briefing = Briefing.model_validate_json((GOLD / "briefing.json").read_text(encoding="utf-8"))
    return extractions, briefing


def _by_span(extractions: list[ArticleExtraction]) -> dict[tuple[str, str], StatementId]:
    """(article id, spans) -> statement: how merged sources are traced back."""
    return {
        (ex.article.id, repr(st.spans)): (ex.article.id, st.id)
        for ex in extractions
        for st in ex.statements
    }


def pairs_of(briefing: Briefing, index: dict[tuple[str, str], StatementId]) -> set[Pair]:
    out: set[Pair] = set()
    for statement in briefing.statements:
        members = sorted(index[(s.article_id, repr(s.spans))] for s in statement.sources)
        out.update(itertools.combinations(members, 2))
    return out


def prf(predicted: set[Pair], gold: set[Pair]) -> tuple[float, float, float]:
    hit = len(predicted & gold)
    precision = hit / len(predicted) if predicted else (1.0 if not gold else 0.0)
    recall = hit / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def settings() -> Iterable[Thresholds]:
    names = list(GRID)
    for values in itertools.product(*(GRID[n] for n in names)):
        yield replace(DEFAULT_THRESHOLDS, **dict(zip(names, values, strict=True)))


def print_pair_scores(extractions: list[ArticleExtraction], gold: set[Pair]) -> None:
    """Every pair of statements by one speaker identity, with its scores and gold label."""
    speakers = resolve_speakers(st.speaker for ex in extractions for st in ex.statements)
    rows = []
    flat = [(ex.article.id, st) for ex in extractions for st in ex.statements]
    for (aid_a, a), (aid_b, b) in itertools.combinations(flat, 2):
        if speakers.key_of(a.speaker) != speakers.key_of(b.speaker):
            continue
        ka, kb = text_key(a.text), text_key(b.text)
        pa, pb = Probe(ka, a.said_on, a.kind), Probe(kb, b.said_on, b.kind)
        label = tuple(sorted([(aid_a, a.id), (aid_b, b.id)])) in gold
        rows.append((label, set_score(pa.key, pb.key), partial_score(ka, kb, 1),
                     shared_words(ka, kb), f"{aid_a[:3]}.{a.id}", f"{aid_b[:3]}.{b.id}",
                     a.text[:40], b.text[:40]))
    rows.sort(key=lambda r: (not r[0], -r[1]))
    print("same  set  part shared  a        b        text a / text b")
    for label, s, p, n, ia, ib, ta, tb in rows:
        if label or s >= 40 or p >= 70:
            mark = "YES" if label else " no"
            print(f"{mark} {s:5.1f} {p:5.1f} {n:4d}  {ia:8} {ib:8} {ta!r} / {tb!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", action="store_true", help="print every same-speaker pair")
    parser.add_argument("--top", type=int, default=15, help="settings to print")
    args = parser.parse_args()
    extractions, gold_briefing = load_gold()
    index = _by_span(extractions)
    gold = pairs_of(gold_briefing, index)
    print(f"gold: {len(index)} statements, {len(gold)} same-utterance pairs")
    if args.pairs:
        print_pair_scores(extractions, gold)
    results = []
    for th in settings():
        predicted = pairs_of(merge_extractions(extractions, thresholds=th), index)
        results.append((prf(predicted, gold), th))
    # Best F1; among ties the strictest setting (fewest accidental merges on unseen text).
    results.sort(key=lambda r: (-r[0][2], -r[0][0], *(-getattr(r[1], n) for n in GRID)))
    print("\n   P     R    F1  " + "  ".join(GRID))
    for (p, r, f), th in results[: args.top]:
        print(f"{p:5.2f} {r:5.2f} {f:5.2f}  "
              + "  ".join(f"{getattr(th, n):>{len(n)}}" for n in GRID))
    current = prf(pairs_of(merge_extractions(extractions), index), gold)
    print("\ncurrent defaults: P {:.2f} R {:.2f} F1 {:.2f}".format(*current))
    print("one at a time around the defaults (P/R per value):")
    for name, values in GRID.items():
        cells = []
        for value in values:
            th = replace(DEFAULT_THRESHOLDS, **{name: value})
            p, r, _ = prf(pairs_of(merge_extractions(extractions, thresholds=th), index), gold)
            cells.append(f"{value}: {p:.2f}/{r:.2f}")
        print(f"  {name:18} " + "  ".join(cells))
    tune_plan_points(extractions, gold_briefing)


def plan_pairs(briefing: Briefing) -> set[tuple[tuple[str, str], tuple[str, str]]]:
    """Pairs of per-article plan points (article id, evidence spans) merged into one point."""
    out: set[tuple[tuple[str, str], tuple[str, str]]] = set()
    if briefing.plan:
        for point in briefing.plan.points:
            members = sorted({(s.article_id, repr(s.spans)) for s in point.sources})
            out.update(itertools.combinations(members, 2))
    return out


def tune_plan_points(extractions: list[ArticleExtraction], gold_briefing: Briefing) -> None:
    gold = plan_pairs(gold_briefing)
    print(f"\nplan points: {len(gold)} gold pairs; P/R per PLAN_POINT_MIN")
    cells = []
    for value in (30.0, 40.0, 45.0, 50.0, 55.0, 60.0, 65.0, 70.0, 80.0, 90.0):
        th = replace(DEFAULT_THRESHOLDS, plan_point=value)
        p, r, _ = prf(plan_pairs(merge_extractions(extractions, thresholds=th)), gold)
        cells.append(f"{value}: {p:.2f}/{r:.2f}")
    print("  " + "  ".join(cells))


if __name__ == "__main__":
    main()
