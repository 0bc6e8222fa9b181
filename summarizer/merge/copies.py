"""Copies of one text (wire stories, reposts) found among a briefing's articles.

Identical texts (after normalising case, punctuation and whitespace) are found by hashing.
Near-identical ones (a repost that adds a credit line, trims a paragraph or restyles quote
marks) are found by sketching each text as the `SKETCH` smallest hashes of its word 5-grams
(a bottom-k MinHash sketch: texts that share most of their 5-grams share most of their sketch),
pairing texts whose sketches overlap, and confirming each pair with rapidfuzz's ratio on the
normalised texts. Cost grows with the number of distinct texts, not with the number of pairs.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import defaultdict
from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz

from summarizer.merge.text import UnionFind
from summarizer.schemas import ArticleMeta, CopyGroup

# Two texts are copies when their normalised texts match at this rapidfuzz ratio (0-100): a
# repost with a credit line or a trimmed paragraph stays above it, while two articles on the
# same event from one wire story rewritten by an outlet fall well below.
NEAR_COPY_MIN = 90.0
# Words per shingle, and shingle hashes kept per text.
SHINGLE_WORDS = 5
SKETCH = 32
# Texts whose sketches share at least this many hashes are compared in full.
SKETCH_MIN_SHARED = 8
# How many of a group's texts are searched for the outlets that might be credited.
CREDIT_SAMPLE = 20
# A sketch hash held by more distinct texts than this pairs each of them with the first only.
SKETCH_DF_CAP = 50


def copy_groups(metas: Sequence[ArticleMeta], texts: Mapping[str, str]) -> list[CopyGroup]:
    """Groups of two or more articles printing the same or nearly the same text. Articles
    without a text (not found again) are left alone."""
    by_digest: dict[str, list[str]] = defaultdict(list)
    normed: dict[str, str] = {}
    for meta in sorted(metas, key=lambda m: m.id):
        text = texts.get(meta.id)
        if not text:
            continue
        flat = _flat(text)
        if not flat:
            continue
        digest = hashlib.blake2b(flat.encode(), digest_size=16).hexdigest()
        if digest not in by_digest:
            normed[digest] = flat
        by_digest[digest].append(meta.id)
    digests = sorted(by_digest)
    uf = UnionFind(len(digests))
    for i, j in _near_pairs([normed[d] for d in digests]):
        uf.union(i, j)
    metas_by_id = {m.id: m for m in metas}
    groups = []
    for members in uf.groups():
        ids = sorted(a for index in members for a in by_digest[digests[index]])
        if len(ids) > 1:
            groups.append(_group(ids, metas_by_id, texts))
    return sorted(groups, key=lambda g: g.article_id)


_WORD = re.compile(r"\w+")


def _flat(text: str) -> str:
    """Lowercase words joined by single spaces: quote marks, dashes and spacing restyled by
    a repost do not count (a regex in C: texts are long and many)."""
    return " ".join(_WORD.findall(text.casefold()))


def _near_pairs(texts: Sequence[str]) -> list[tuple[int, int]]:
    """Pairs of near-identical texts. Texts sharing a sketch hash are paired with the first
    text holding it when many hold it (hundreds of reposts of one story), else with each
    other: either way each copy meets its story's first text, and the groups close over it."""
    sketches = [_sketch(text) for text in texts]
    postings: dict[int, list[int]] = defaultdict(list)
    for index, sketch in enumerate(sketches):
        for value in sketch:
            postings[value].append(index)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for holders in postings.values():
        if len(holders) > SKETCH_DF_CAP:
            for other in holders[1:]:
                shared[holders[0], other] += 1
            continue
        for k, i in enumerate(holders):
            for j in holders[k + 1 :]:
                shared[i, j] += 1
    pairs = []
    for (i, j), count in sorted(shared.items()):
        need = min(SKETCH_MIN_SHARED, len(sketches[i]), len(sketches[j]))
        if count >= need and _close(texts[i], texts[j]):
            pairs.append((i, j))
    return pairs


def _sketch(text: str) -> frozenset[int]:
    words = text.split()
    shingles = {" ".join(words[k : k + SHINGLE_WORDS])
                for k in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    return frozenset(sorted(zlib.crc32(s.encode()) for s in shingles)[:SKETCH])


def _close(a: str, b: str) -> bool:
    shorter, longer = sorted((len(a), len(b)))
    # ratio cannot reach the cut-off when the lengths differ this much (cheap test first).
    if longer and 200 * shorter / (shorter + longer) < NEAR_COPY_MIN:
        return False
    return fuzz.ratio(a, b, processor=None, score_cutoff=NEAR_COPY_MIN) >= NEAR_COPY_MIN


def _group(ids: list[str], metas: Mapping[str, ArticleMeta], texts: Mapping[str, str]) -> CopyGroup:
    """The article that stands for the group: the one the others credit (its outlet named in
    their text, as a wire story's reposts do), then the earliest published, then by id."""
    sample = ids[:CREDIT_SAMPLE]
    credits: dict[str, int] = {}

    def credited(outlet: str) -> int:
        if outlet not in credits:
            credits[outlet] = sum(outlet in texts.get(other, "") for other in sample)
        return credits[outlet]

    def rank(article_id: str) -> tuple[int, bool, str, str]:
        meta = metas.get(article_id)
        outlet = meta.outlet if meta else None
        published = meta.published.isoformat() if meta and meta.published else "9999"
        return (-credited(outlet) if outlet else 0, outlet is None, published, article_id)

    first = min(ids, key=rank)
    return CopyGroup(article_id=first, copies=[a for a in ids if a != first])
