"""Fuzzy comparison of texts and speakers, and one-to-one matching of predictions to gold.

Matching is greedy on descending score, which is deterministic and, for the handful of items per
article, as good as an optimal assignment in practice (no scipy needed).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from rapidfuzz import fuzz

from summarizer.ground import normalise_str
from summarizer.schemas import Span, Speaker

# A predicted text matches a gold text at or above this similarity (0-100, see text_similarity).
TEXT_MIN_SCORE = 80.0
# Substring matches count fully up to 1.5x length, at 0.9 up to 4x, at 0.6 beyond (below the
# threshold, so a one-word quote cannot match a long sentence that contains it).
PARTIAL_FULL_SPREAD = 1.5
PARTIAL_MAX_SPREAD = 4.0
PARTIAL_SCALE = 0.9
PARTIAL_FAR_SCALE = 0.6
# Plan points are described in free words; they match on summary or evidence at this score.
POINT_MIN_SCORE = 75.0
# Names: token-set ratio for "Smith" vs "Julianne Smith", surname ratio for transliterations.
NAME_MIN_SCORE = 90.0
SURNAME_MIN_SCORE = 85.0
AFFILIATION_MIN_SCORE = 80.0

_ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:\.\s*){3}\]|\[…\]|\.\.\.|…)\s*")
_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")

P = TypeVar("P")
G = TypeVar("G")


def norm_text(text: str) -> str:
    """Case-, quote-, dash- and punctuation-insensitive form used for all fuzzy comparisons."""
    flat = _ELLIPSIS.sub(" ", normalise_str(text)).casefold()
    return _SPACES.sub(" ", _NON_WORD.sub(" ", flat)).strip()


def _partial_scale(spread: float) -> float:
    # How much a substring match is worth when one text is `spread` times longer than the other:
    # a clause of a sentence still matches, a word inside a paragraph does not.
    if spread < PARTIAL_FULL_SPREAD:
        return 1.0
    return PARTIAL_SCALE if spread <= PARTIAL_MAX_SPREAD else PARTIAL_FAR_SCALE


def text_similarity(a: str, b: str) -> float:
    """0-100: whole-text ratio (order-insensitive too) or a length-penalised substring match.

    Not rapidfuzz's WRatio: its token-set component scores any two texts that share one word
    at 85.5, which would match unrelated sentences.
    """
    left, right = norm_text(a), norm_text(b)
    if not left or not right:
        return 0.0
    short, long_ = sorted((left, right), key=len)
    whole = max(fuzz.ratio(left, right), fuzz.token_sort_ratio(left, right))
    partial = fuzz.partial_ratio(short, long_) * _partial_scale(len(long_) / len(short))
    return float(max(whole, partial))


def span_jaccard(a: Sequence[Span], b: Sequence[Span]) -> float:
    """Overlap of two span sets as intersection over union of characters (0-1)."""
    chars_a = {i for start, end in a for i in range(start, end)}
    chars_b = {i for start, end in b for i in range(start, end)}
    union = chars_a | chars_b
    return len(chars_a & chars_b) / len(union) if union else 0.0


def _norm_name(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return _SPACES.sub(" ", _NON_WORD.sub(" ", plain.casefold())).strip()


def names_match(a: str | None, b: str | None) -> bool:
    """Same person: 'Smith' = 'Julianne Smith', 'Zelenskyy' = 'Volodymyr Zelensky'."""
    left, right = _norm_name(a or ""), _norm_name(b or "")
    if not left or not right:
        return False
    if fuzz.token_set_ratio(left, right) >= NAME_MIN_SCORE:
        return True
    words_l, words_r = left.split(), right.split()
    if fuzz.ratio(words_l[-1], words_r[-1]) < SURNAME_MIN_SCORE:
        return False
    # Surnames agree (a transliteration); the first names must not contradict each other.
    single = len(words_l) == 1 or len(words_r) == 1
    return single or fuzz.ratio(words_l[0], words_r[0]) >= SURNAME_MIN_SCORE


def _unnamed_agree(pred: Speaker, gold: Speaker) -> bool:
    pred_labels = [x for x in (pred.affiliation, pred.role) if x]
    if not pred_labels and not pred.country:
        return False  # no attribution at all is not "an unnamed NATO official"
    if pred.country and gold.country and pred.country == gold.country:
        return True
    gold_labels = [x for x in (gold.affiliation, gold.role) if x]
    return any(
        fuzz.token_set_ratio(_norm_name(p), _norm_name(g)) >= AFFILIATION_MIN_SCORE
        for p in pred_labels
        for g in gold_labels
    )


def same_speaker(pred: Speaker, gold: Speaker) -> bool:
    """A named gold speaker needs the same name; an unnamed one an unnamed prediction whose
    affiliation, role or country agrees with it.

    An institution predicted as a name ("White House", "NATO") counts as unnamed with that
    affiliation, since the guidelines put institutions in `affiliation`.
    """
    if gold.name:
        return names_match(pred.name, gold.name)
    if pred.name:
        labels = [gold.affiliation, gold.role]
        return any(label and _norm_name(label) == _norm_name(pred.name) for label in labels)
    return _unnamed_agree(pred, gold)


@dataclass(frozen=True)
class Pair:
    pred: int
    gold: int
    score: float


def match_one_to_one(
    preds: Sequence[P],
    golds: Sequence[G],
    score: Callable[[P, G], float | None],
) -> list[Pair]:
    """Greedy one-to-one matching: highest score first; `score` returns None for "cannot match"."""
    candidates: list[Pair] = []
    for i, pred in enumerate(preds):
        for j, gold in enumerate(golds):
            value = score(pred, gold)
            if value is not None:
                candidates.append(Pair(i, j, value))
    candidates.sort(key=lambda pair: (-pair.score, pair.gold, pair.pred))
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    pairs: list[Pair] = []
    for pair in candidates:
        if pair.pred in used_pred or pair.gold in used_gold:
            continue
        used_pred.add(pair.pred)
        used_gold.add(pair.gold)
        pairs.append(pair)
    return sorted(pairs, key=lambda pair: pair.gold)
