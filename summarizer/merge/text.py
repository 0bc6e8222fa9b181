"""Text keys for matching: normalised strings, content-word sets, scores, blocking, clusters.

Everything here is order-independent: candidate pairs and clusters depend only on the set of
items, never on the order they arrive in, so the briefing is byte-identical for any input order.
"""

from __future__ import annotations

import math
import re
import string
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import chain, repeat
from typing import Any, NamedTuple, TypeVar

from pydantic import BaseModel
from rapidfuzz import fuzz

from summarizer.merge.config import lexicon

# Any run of characters that are not letters or digits (in any script) separates words.
_NON_WORD = re.compile(r"[\W_]+")


def ascii_fold(text: str) -> str:
    """Accents stripped (Orbán -> Orban); other scripts kept as they are."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(lexicon()["text"]["stopwords"])


# ASCII fast path: punctuation to spaces, apostrophes dropped (NATO's -> natos), in C.
_ASCII_PUNCT = str.maketrans({**dict.fromkeys(string.punctuation, " "), "'": None})


def norm(text: str) -> str:
    """Lowercase words separated by single spaces (punctuation dropped, accents stripped)."""
    if text.isascii():
        return " ".join(text.lower().replace("u.s.", "us").translate(_ASCII_PUNCT).split())
    folded = ascii_fold(text).casefold().replace("u.s.", "us")
    folded = folded.replace("'", "").replace("\u2019", "")  # NATO's / NATO’s -> natos
    return _NON_WORD.sub(" ", folded).strip()


def _stem(word: str) -> str:
    # A light plural fold, enough for "points"/"point" and "allies"/"ally" across outlets.
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


# word -> its content form ("" for a stopword); memoised because vocabularies repeat a lot.
_CONTENT: dict[str, str] = {}


def _content_form(word: str) -> str:
    form = "" if word in _stopwords() or len(word) < 2 else _stem(word)
    if len(_CONTENT) < 500_000:  # bounded, whatever the corpus
        _CONTENT[word] = form
    return form


def content_words(normed: str) -> list[str]:
    words = normed.split()
    forms = list(map(_CONTENT.get, words))  # in C once the vocabulary is memoised
    if None in forms:
        forms = [f if f is not None else _content_form(w) for f, w in zip(forms, words,
                                                                          strict=True)]
    return list(filter(None, forms))


class TextKey(NamedTuple):
    """What the matcher needs of one text, computed once."""

    normed: str  # norm(text)
    content: str  # sorted unique content words, space-joined
    tokens: frozenset[str]


def text_key(text: str) -> TextKey:
    normed = norm(text)
    tokens = frozenset(content_words(normed))
    return TextKey(normed, " ".join(sorted(tokens)), tokens)


def set_score(a: TextKey, b: TextKey) -> float:
    """Token-set ratio of the content words (0-100): rewording-tolerant, order-free."""
    return float(fuzz.token_set_ratio(a.content, b.content, processor=None))


def shared_words(a: TextKey, b: TextKey) -> int:
    return len(a.tokens & b.tokens)


def partial_score(a: TextKey, b: TextKey, min_chars: int, cutoff: float = 0.0) -> float:
    """Partial ratio of the normalised texts: how well the shorter sits inside the longer.

    0 below `cutoff` (rapidfuzz then stops early), or when the shorter is under `min_chars`.
    """
    if min(len(a.normed), len(b.normed)) < min_chars:
        return 0.0
    return float(fuzz.partial_ratio(a.normed, b.normed, processor=None, score_cutoff=cutoff))


def candidate_pairs(
    keys: Sequence[TextKey],
    *,
    min_shared: int,
    df_cap: int,
    containment: float = 0.0,
    signature: int = 6,
) -> list[tuple[int, int]]:
    """Pairs (i < j) that share enough content words to possibly match.

    Enough is `min_shared` words, or (when `containment` > 0) that share of the smaller word
    set, whichever is less, and never more than the smaller set has.

    Each text is looked up by its `signature` rarest words (those in at most `df_cap` texts)
    and keeps the texts that hold at least two of them (one when it has a single such word):
    a reworded or shortened report of the same words keeps several of the rarest, while
    common words would pull in half the block. The cost per text is a few short posting
    lists, so the whole grows near-linearly with the number of texts.
    """
    copies = _copies(keys)
    if copies:
        # Many copies of one text (a wire story every outlet printed) put each of its words
        # over df_cap, so no copy could find another: match one copy of each text, and pair
        # the other copies with it.
        firsts = sorted(copies)
        unique = candidate_pairs([keys[i] for i in firsts], min_shared=min_shared,
                                 df_cap=df_cap, containment=containment, signature=signature)
        pairs = [(firsts[a], firsts[b]) for a, b in unique]
        pairs += [(first, other) for first, others in copies.items() for other in others]
        return sorted(pairs)
    df = Counter(chain.from_iterable(key.tokens for key in keys))  # counted in C
    postings: dict[str, list[int]] = {t: [] for t, n in df.items() if 1 < n <= df_cap}
    for index, key in enumerate(keys):
        for token in key.tokens & postings.keys():
            postings[token].append(index)
    found: set[tuple[int, int]] = set()
    for i, key in enumerate(keys):
        # Rarest first; ties by the word itself so the choice never depends on set order.
        rare = sorted(sorted(key.tokens), key=df.__getitem__)[:signature]
        hits = [postings[t] for t in rare if 1 < df[t] <= df_cap]
        if len(hits) == 1:
            found.update(zip(repeat(i), hits[0], strict=False))
            continue
        seen: set[int] = set()
        twice: set[int] = set()
        for ids in hits:  # set operations run in C
            batch = set(ids)
            twice |= seen & batch
            seen |= batch
        found.update(zip(repeat(i), twice, strict=False))
    return _verified(found, keys, min_shared, containment)


def _copies(keys: Sequence[TextKey]) -> dict[int, list[int]]:
    """First index of each text → the indices of its later copies (the same content words);
    empty when no two texts are copies. Texts without content words are left out: they never
    match anything."""
    groups: dict[frozenset[str], list[int]] = {}
    for index, key in enumerate(keys):
        if key.tokens:
            groups.setdefault(key.tokens, []).append(index)
    if all(len(ids) == 1 for ids in groups.values()):
        return {}
    return {ids[0]: ids[1:] for ids in groups.values()}


def _verified(
    found: set[tuple[int, int]], keys: Sequence[TextKey], min_shared: int, containment: float
) -> list[tuple[int, int]]:
    pairs = []
    for i, j in found:
        if i >= j and (i == j or (j, i) in found):
            continue  # self, or also found the other way round
        a, b = keys[i].tokens, keys[j].tokens
        small = min(len(a), len(b))
        need = min(min_shared, max(1, math.ceil(containment * small))) if containment else min(
            min_shared, small
        )
        if len(a & b) >= need:
            pairs.append((i, j) if i < j else (j, i))
    pairs.sort()
    return pairs


class UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller index is the root, so the partition's representation is order-free.
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for item in range(len(self.parent)):
            out[self.find(item)].append(item)
        return sorted(out.values())


def mode(values: Iterable[str]) -> str | None:
    """Most frequent value; ties broken alphabetically so the choice never depends on order."""
    counts: dict[str, int] = defaultdict(int)
    for value in values:
        counts[value] += 1
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))


Model = TypeVar("Model", bound=BaseModel)


def built(cls: type[Model], **values: Any) -> Model:
    """An instance from trusted values that name every field, without validation.

    What ``model_construct`` does, minus its per-field default and alias handling, which the
    merge's own output never needs: at 100k statements that handling is a second of the run.
    Fields are stored in name order, which is the order the briefing is written in.
    """
    obj = cls.__new__(cls)
    object.__setattr__(obj, "__dict__", dict(sorted(values.items())))
    object.__setattr__(obj, "__pydantic_fields_set__", set(values))
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj
