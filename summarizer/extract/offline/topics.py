"""Statement.topic: a few words on what a statement is about, from a fixed table of topics
(summarizer/data/offline/topics.toml) rather than from the statement's own words, so that
statements on the same subject carry the same label across articles.
"""

from __future__ import annotations

from summarizer.extract.offline.language import language, per_language
from summarizer.extract.offline.phrases import PhraseIndex


@per_language
def _index() -> tuple[PhraseIndex, dict[str, int], tuple[str, ...]]:
    """One index over every phrase; each phrase → the first topic listing it."""
    topics = language().topics.pairs
    owner: dict[str, int] = {}
    for rank, (_, phrases) in enumerate(topics):
        for phrase in phrases:
            owner.setdefault(phrase, rank)
    return PhraseIndex(owner, ignore_case=True), owner, tuple(label for label, _ in topics)


def topic_of(text: str, ranges: list[tuple[int, int]]) -> str | None:
    """The topic whose phrases occur most often in the first range that holds any."""
    index, owner, labels = _index()
    for start, end in ranges:
        found = index.find(text, start, end)
        if found:
            # (a plain dict: a Counter costs more than the few phrases it would count)
            counts: dict[int, int] = {}
            for _, _, phrase in found:
                rank = owner[phrase]
                counts[rank] = counts.get(rank, 0) + 1
            best = max(counts.items(), key=lambda item: (item[1], -item[0]))
            return labels[best[0]]
    return None
