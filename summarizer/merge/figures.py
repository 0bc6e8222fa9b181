"""Figures (aid sums, how many allies object) compared across accounts.

The kinds of figure, their patterns and cue words live in ``data/merge_lexicon.toml``. Two
mentions of one kind describe the same thing when the words around them match; when accounts
of the same thing give values that share nothing, that is a 'figure' conflict.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from summarizer.merge.config import DEFAULT_THRESHOLDS, Thresholds, lexicon
from summarizer.merge.text import UnionFind, candidate_pairs, set_score, text_key
from summarizer.schemas import ArticleExtraction, ArticleMeta, Conflict, ConflictSource

_SCALES = {"million": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9}


_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class FigureKind:
    name: str
    label: str
    pattern: re.Pattern[str]
    cues: tuple[str, ...]
    window: int
    context_min: float | None


@dataclass(frozen=True)
class Mention:
    kind: str
    value: float
    shown: str  # the figure as printed
    context: str  # the words around it, numbers removed
    article_id: str
    outlet: str | None


@cache
def figure_kinds() -> tuple[FigureKind, ...]:
    table: dict[str, Any] = lexicon()["figures"]
    return tuple(
        FigureKind(
            name=name,
            label=spec["label"],
            pattern=re.compile(spec["pattern"], re.I),
            cues=tuple(spec["cues"]),
            window=int(spec["window"]),
            context_min=spec.get("context_min"),
        )
        for name, spec in sorted(table.items())
        if name != "numbers"
    )


def _number(raw: str) -> float | None:
    words: dict[str, int] = lexicon()["figures"]["numbers"]
    text = raw.casefold().replace(",", "")
    if text in words:
        return float(words[text])
    try:
        return float(text)
    except ValueError:
        return None


def _has_number(text: str) -> bool:
    """Digits or a number word: every figure kind needs one (simple tests, run in C)."""
    if _DIGIT.search(text):
        return True
    lowered = text.lower()
    # Substrings, so "someone" passes too; the full patterns then decide.
    return any(word in lowered for word in _number_words())


@cache
def _number_words() -> tuple[str, ...]:
    return tuple(lexicon()["figures"]["numbers"])


def find_figures(text: str, meta: ArticleMeta) -> list[Mention]:
    if not _has_number(text):
        return []  # cheap test first: no number, no figure
    found = []
    lowered = text.casefold()
    for kind in figure_kinds():
        if not any(cue in lowered for cue in kind.cues):
            continue  # cheap test first: no cue word, no figure of this kind
        for match in kind.pattern.finditer(text):
            start, end = max(0, match.start() - kind.window), match.end() + kind.window
            around = text[start:end].casefold()
            if not any(cue in around for cue in kind.cues):
                continue
            value = _number(match.group(1))
            if value is None:
                continue
            scale = match.group(2) if match.lastindex and match.lastindex >= 2 else None
            value *= _SCALES.get((scale or "").casefold(), 1.0)
            # The figure itself is left out, so that only the words around it are compared.
            context = text[start : match.start()] + " " + text[match.end() : end]
            found.append(
                Mention(kind.name, value, match.group(0).strip(), context, meta.id, meta.outlet)
            )
    return found


def article_texts(extraction: ArticleExtraction) -> list[str]:
    """Every piece of article wording an extraction carries."""
    texts = [st.text for st in extraction.statements]
    texts += [ev.text for stance in extraction.stances for ev in stance.evidence]
    if extraction.plan:
        texts += [ev.text for p in extraction.plan.points for ev in p.evidence]
        texts += extraction.plan.stated_aims
    return texts


def figure_conflicts(
    extractions: Sequence[ArticleExtraction], th: Thresholds = DEFAULT_THRESHOLDS
) -> list[Conflict]:
    mentions = sorted(
        {
            m
            for ex in extractions
            for text in sorted(set(article_texts(ex)))
            for m in find_figures(text, ex.article)
        },
        key=lambda m: (m.kind, m.article_id, m.value, m.shown, m.context),
    )
    by_kind: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_kind[mention.kind].append(mention)
    kinds = {k.name: k for k in figure_kinds()}
    conflicts = []
    for name, group in sorted(by_kind.items()):
        kind = kinds[name]
        context_min = th.figure_context if kind.context_min is None else kind.context_min
        for cluster in _same_thing(group, context_min):
            conflict = _conflict(kind.label, cluster)
            if conflict:
                conflicts.append(conflict)
    return conflicts


def _same_thing(group: Sequence[Mention], context_min: float) -> list[list[Mention]]:
    uf = UnionFind(len(group))
    if context_min <= 0:
        for index in range(1, len(group)):
            uf.union(0, index)
        return [[group[i] for i in g] for g in uf.groups()]
    keys = [text_key(m.context) for m in group]
    for i, j in candidate_pairs(keys, min_shared=1, df_cap=len(keys) + 1):
        if set_score(keys[i], keys[j]) >= context_min:
            uf.union(i, j)
    return [[group[i] for i in g] for g in uf.groups()]


def _conflict(label: str, cluster: Sequence[Mention]) -> Conflict | None:
    values: dict[str, set[float]] = defaultdict(set)
    shown: dict[str, set[str]] = defaultdict(set)
    outlets = {m.article_id: m.outlet for m in cluster}
    for m in cluster:
        values[m.article_id].add(m.value)
        shown[m.article_id].add(m.shown)
    ids = sorted(values)
    # Accounts that share a value agree (one may give more figures than the other).
    clash = any(not values[a] & values[b] for i, a in enumerate(ids) for b in ids[i + 1 :])
    if not clash:
        return None
    return Conflict(
        kind="figure",
        description=f"Accounts give different figures for the {label}",
        sources=[
            ConflictSource(article_id=a, outlet=outlets[a], says="; ".join(sorted(shown[a])))
            for a in ids
        ],
    )
