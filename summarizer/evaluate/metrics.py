"""Per-article scores against gold: counts for the metrics plus the items behind them.

Every family keeps its matched / missed / spurious items so that eval.json can list them and a
baseline comparison can say which quote or country was gained or lost.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from summarizer.evaluate.matching import (
    POINT_MIN_SCORE,
    TEXT_MIN_SCORE,
    match_one_to_one,
    names_match,
    norm_text,
    same_speaker,
    span_jaccard,
    text_similarity,
)
from summarizer.ground import spans_match
from summarizer.schemas import ArticleExtraction, PlanPoint, Speaker, Statement

Item = dict[str, Any]
# Tie-breakers added to a text score: the right speaker, then the right occurrence in the text.
SPEAKER_BONUS = 5.0
SPAN_BONUS = 3.0
KEY_TEXT_CHARS = 90
SUMMARY_TOKEN_SET_SCALE = 0.9


@dataclass
class Tally:
    """Matched / predicted / gold counts for precision, recall and F1."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def __iadd__(self, other: Tally) -> Tally:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold
        return self

    def precision(self) -> float:
        # Predicting nothing when there is something to find is a failure, not "undefined".
        if self.pred:
            return self.tp / self.pred
        return 1.0 if self.gold == 0 else 0.0

    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    def f1(self) -> float:
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    """hits out of total; None when there is nothing to measure."""

    hit: int = 0
    total: int = 0

    def __iadd__(self, other: Ratio) -> Ratio:
        self.hit += other.hit
        self.total += other.total
        return self

    def value(self) -> float | None:
        return self.hit / self.total if self.total else None


@dataclass
class ArticleScores:
    article_id: str
    tallies: dict[str, Tally] = field(default_factory=dict)
    ratios: dict[str, Ratio] = field(default_factory=dict)
    items: dict[str, dict[str, list[Item]]] = field(default_factory=dict)

    def add_items(self, family: str, name: str, items: Iterable[Item]) -> None:
        self.items.setdefault(family, {}).setdefault(name, []).extend(items)


def speaker_label(speaker: Speaker) -> str:
    return speaker.name or speaker.role or speaker.affiliation or "?"


def _statement_item(article_id: str, statement: Statement) -> Item:
    label = speaker_label(statement.speaker)
    return {
        "key": f"{article_id} | {label} | {statement.text[:KEY_TEXT_CHARS]}",
        "article_id": article_id,
        "speaker": label,
        "kind": statement.kind,
        "text": statement.text,
    }


def _statement_score(pred: Statement, gold: Statement, need_speaker: bool) -> float | None:
    similarity = text_similarity(pred.text, gold.text)
    if similarity < TEXT_MIN_SCORE:
        return None
    speaker_ok = same_speaker(pred.speaker, gold.speaker)
    if need_speaker and not speaker_ok:
        return None
    overlap = span_jaccard(pred.spans, gold.spans) if pred.spans and gold.spans else 0.0
    return similarity + (SPEAKER_BONUS if speaker_ok else 0.0) + SPAN_BONUS * overlap


def _match_statements(
    scores: ArticleScores,
    family: str,
    preds: list[Statement],
    golds: list[Statement],
    need_speaker: bool = False,
) -> list[tuple[Statement, Statement]]:
    article_id = scores.article_id
    pairs = match_one_to_one(preds, golds, lambda p, g: _statement_score(p, g, need_speaker))
    scores.tallies[family] = Tally(len(pairs), len(preds), len(golds))
    matched_pred = {pair.pred for pair in pairs}
    matched_gold = {pair.gold for pair in pairs}
    scores.add_items(family, "matched", [
        {**_statement_item(article_id, golds[pair.gold]),
         "pred": _statement_item(article_id, preds[pair.pred]), "score": round(pair.score, 1)}
        for pair in pairs
    ])
    scores.add_items(family, "missed", [
        _statement_item(article_id, g) for j, g in enumerate(golds) if j not in matched_gold
    ])
    scores.add_items(family, "spurious", [
        _statement_item(article_id, p) for i, p in enumerate(preds) if i not in matched_pred
    ])
    return [(preds[pair.pred], golds[pair.gold]) for pair in pairs]


def score_statements(
    scores: ArticleScores, pred: ArticleExtraction, gold: ArticleExtraction
) -> None:
    pairs = _match_statements(scores, "statements", pred.statements, gold.statements)
    speaker_ok = [same_speaker(p.speaker, g.speaker) for p, g in pairs]
    scores.ratios["statements.speaker"] = Ratio(sum(speaker_ok), len(pairs))
    scores.ratios["statements.kind"] = Ratio(sum(p.kind == g.kind for p, g in pairs), len(pairs))
    scores.add_items("statements", "wrong_speaker", [
        {**_statement_item(scores.article_id, g), "pred_speaker": speaker_label(p.speaker)}
        for (p, g), ok in zip(pairs, speaker_ok, strict=True) if not ok
    ])
    pred_direct = [s for s in pred.statements if s.kind == "direct"]
    gold_direct = [s for s in gold.statements if s.kind == "direct"]
    _match_statements(scores, "direct", pred_direct, gold_direct)
    _match_statements(scores, "direct_speaker", pred_direct, gold_direct, need_speaker=True)


def score_grounding(scores: ArticleScores, pred: ArticleExtraction, text: str | None) -> None:
    """Predicted direct quotes whose text is at their spans (no article text: none grounded)."""
    direct = [s for s in pred.statements if s.kind == "direct"]
    bad = [s for s in direct if text is None or not spans_match(s.text, text, list(s.spans))]
    scores.ratios["grounding"] = Ratio(len(direct) - len(bad), len(direct))
    items = [{**_statement_item(scores.article_id, s), "spans": [list(x) for x in s.spans]}
             for s in bad]
    scores.add_items("grounding", "ungrounded", items)


def score_stances(scores: ArticleScores, pred: ArticleExtraction, gold: ArticleExtraction) -> None:
    article_id = scores.article_id
    gold_by_country = {s.country: s for s in gold.stances}
    seen: dict[str, str] = {}
    spurious: list[Item] = []
    for stance in pred.stances:
        key = f"{article_id} | {stance.country}"
        if stance.country in seen or stance.country not in gold_by_country:
            # A second stance for one country in one article is a duplicate: spurious.
            spurious.append({"key": key, "article_id": article_id, "country": stance.country,
                             "position": stance.position})
        else:
            seen[stance.country] = stance.position
    correct = [c for c, position in seen.items() if gold_by_country[c].position == position]
    scores.tallies["stances"] = Tally(len(seen), len(pred.stances), len(gold.stances))
    scores.ratios["stances.position"] = Ratio(len(correct), len(seen))
    scores.ratios["stances.accuracy"] = Ratio(len(correct), len(gold.stances))

    def item(country: str) -> Item:
        return {"key": f"{article_id} | {country}", "article_id": article_id, "country": country,
                "gold": gold_by_country[country].position, "pred": seen.get(country)}

    scores.add_items("stances", "matched", [item(c) for c in correct])
    scores.add_items("stances", "wrong_position", [item(c) for c in seen if c not in correct])
    scores.add_items("stances", "missed", [item(c) for c in gold_by_country if c not in seen])
    scores.add_items("stances", "spurious", spurious)


def _point_score(pred: PlanPoint, gold: PlanPoint) -> float | None:
    # Summaries are a few free words ("NATO invitation" / "Invitation to join NATO"): a
    # token-set match, slightly discounted, counts alongside the evidence.
    best = max(text_similarity(pred.summary, gold.summary),
               SUMMARY_TOKEN_SET_SCALE * fuzz.token_set_ratio(norm_text(pred.summary),
                                                              norm_text(gold.summary)))
    for p in pred.evidence:
        for g in gold.evidence:
            best = max(best, text_similarity(p.text, g.text))
            if p.spans and g.spans:
                best = max(best, 100.0 * span_jaccard(p.spans, g.spans))
    return best if best >= POINT_MIN_SCORE else None


def _point_item(article_id: str, point: PlanPoint) -> Item:
    return {"key": f"{article_id} | {point.summary[:KEY_TEXT_CHARS]}", "article_id": article_id,
            "number": point.number, "summary": point.summary}


def score_plan(scores: ArticleScores, pred: ArticleExtraction, gold: ArticleExtraction) -> None:
    article_id = scores.article_id
    preds = pred.plan.points if pred.plan else []
    golds = gold.plan.points if gold.plan else []
    pairs = match_one_to_one(preds, golds, _point_score)
    scores.tallies["plan_points"] = Tally(len(pairs), len(preds), len(golds))
    got_pred = {p.pred for p in pairs}
    got_gold = {p.gold for p in pairs}
    scores.add_items("plan_points", "matched", [
        {**_point_item(article_id, golds[p.gold]), "pred": preds[p.pred].summary} for p in pairs
    ])
    scores.add_items("plan_points", "missed",
                     [_point_item(article_id, g) for j, g in enumerate(golds) if j not in got_gold])
    scores.add_items("plan_points", "spurious",
                     [_point_item(article_id, p) for i, p in enumerate(preds) if i not in got_pred])
    if gold.plan is None:
        return
    presenter = pred.plan.presented_by if pred.plan else None
    date = pred.plan.presented_on if pred.plan else None
    presenter_ok = presenter == gold.plan.presented_by or names_match(
        presenter, gold.plan.presented_by)
    scores.ratios["plan.presenter"] = Ratio(int(presenter_ok), 1)
    scores.ratios["plan.date"] = Ratio(int(date == gold.plan.presented_on), 1)
    if not presenter_ok or date != gold.plan.presented_on:
        scores.add_items("plan", "wrong", [{
            "key": f"{article_id} | plan", "article_id": article_id,
            "gold": [gold.plan.presented_by, str(gold.plan.presented_on)],
            "pred": [presenter, str(date)],
        }])


def score_article(
    article_id: str,
    pred: ArticleExtraction | None,
    gold: ArticleExtraction,
    text: str | None,
) -> ArticleScores:
    """All per-article families; a missing prediction (failed article) scores as empty."""
    if pred is None:
        pred = ArticleExtraction(article=gold.article, diagnostics=gold.diagnostics.model_copy(
            update={"provider": "missing", "model": "none"}))
    scores = ArticleScores(article_id)
    score_statements(scores, pred, gold)
    score_grounding(scores, pred, text)
    score_stances(scores, pred, gold)
    score_plan(scores, pred, gold)
    return scores
