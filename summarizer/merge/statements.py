"""The same utterance reported by several outlets becomes one merged statement.

Statements are blocked by speaker identity (so cost grows with the size of a speaker's block,
not the corpus), candidate pairs inside a block must share content words, and candidates are
scored with rapidfuzz. Matching pairs are joined transitively; the canonical wording is a direct
quote's whenever any source quotes the words directly.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import cache
from typing import NamedTuple

from rapidfuzz import fuzz

from summarizer.merge.config import DEFAULT_THRESHOLDS, Thresholds, lexicon
from summarizer.merge.matching import Entry, Probe, group_entries, is_match, start_matching
from summarizer.merge.speakers import UNKNOWN, SpeakerIndex
from summarizer.merge.text import TextKey, UnionFind, built, mode, norm
from summarizer.schemas import (
    ArticleMeta,
    Conflict,
    ConflictSource,
    MergedStatement,
    SourceRef,
    Statement,
)

# A wording shorter than this share of another may be an excerpt of it.
EXCERPT_SHARE = 0.8


class Item(NamedTuple):
    """One article's statement and its speaker's identity."""

    meta: ArticleMeta
    statement: Statement
    speaker: str  # identity key

    @property
    def said_on(self) -> dt.date | None:
        return self.statement.said_on


def make_items(
    pairs: Sequence[tuple[ArticleMeta, Statement]], speakers: SpeakerIndex
) -> list[Item]:
    items = [Item(meta, st, speakers.key_of(st.speaker)) for meta, st in pairs]
    # A canonical order, so indices (and everything derived from them) ignore input order.
    items.sort(key=lambda it: (it.meta.id, it.statement.id, it.statement.text))
    return items


def begin_clustering(
    items: Sequence[Item], th: Thresholds = DEFAULT_THRESHOLDS
) -> Callable[[], list[list[int]]]:
    """Start grouping items by utterance; the returned function finishes and returns the groups
    (lists of item indices). Large inputs are matched in worker processes meanwhile."""
    blocks = group_entries([it.speaker for it in items], [_entry(i, it) for i, it in
                                                          enumerate(items)])
    unknown = [entry.pos for entry in blocks.get(UNKNOWN, [])]
    finish = start_matching(list(blocks.values()), th, want_keys=bool(unknown))

    def groups() -> list[list[int]]:
        pairs, keys = finish()
        uf = UnionFind(len(items))
        for a, b in pairs:
            uf.union(a, b)
        if unknown:
            _attach_unknown(items, keys, unknown, uf, th)
        return uf.groups()

    return groups


def _entry(index: int, item: Item) -> Entry:
    st = item.statement
    start, end = (st.spans[0][0], st.spans[-1][1]) if st.spans else (-1, -1)
    return Entry(index, st.text, st.said_on, st.kind, item.meta.id, start, end)


def _attach_unknown(
    items: Sequence[Item], keys: dict[int, TextKey], unknown: list[int], uf: UnionFind,
    th: Thresholds,
) -> None:
    """An unattributed statement joins a named speaker's when the words are nearly the same."""
    known = [i for i in range(len(items)) if items[i].speaker != UNKNOWN]
    postings: dict[str, list[int]] = defaultdict(list)
    for index in known:
        for token in keys[index].tokens:
            postings[token].append(index)

    def probe(index: int) -> Probe:
        return Probe(keys[index], items[index].said_on, items[index].statement.kind)

    for index in unknown:
        shared: dict[int, int] = defaultdict(int)
        for token in keys[index].tokens:
            hits = postings.get(token, [])
            if len(hits) <= th.block_df_cap:
                for other in hits:
                    shared[other] += 1
        need = min(th.set_min_shared, len(keys[index].tokens))
        matches = sorted(
            o for o, n in shared.items()
            if n >= need and is_match(probe(index), probe(o), th, strict=True)
        )
        # Attach only when every match points at one speaker; otherwise the words are ambiguous.
        if matches and len({items[o].speaker for o in matches}) == 1:
            uf.union(index, matches[0])


def merged_statement(
    group: Sequence[Item], speakers: SpeakerIndex
) -> tuple[MergedStatement, list[Conflict]]:
    ordered = sorted(group, key=_canonical_rank)
    canonical = ordered[0]
    known = [it.speaker for it in group if it.speaker != UNKNOWN]
    ident = mode(known)
    speaker = speakers.canonical.get(ident, canonical.statement.speaker) if ident else (
        canonical.statement.speaker
    )
    dates = [it.said_on.isoformat() for it in group if it.said_on]
    said_on = mode(dates)
    first = min((it.meta.id, it.statement.id) for it in group)
    # The parts come from validated extractions: construct without validating them again.
    sources = sorted(
        (
            built(
                SourceRef,
                article_id=it.meta.id,
                outlet=it.meta.outlet,
                published=it.meta.published,
                text=it.statement.text,
                spans=it.statement.spans,
                kind=it.statement.kind,
                number=None,
            )
            for it in group
        ),
        key=lambda s: (s.article_id, s.spans, s.text),
    )
    merged = built(
        MergedStatement,
        id="stmt-" + hashlib.sha1(f"{first[0]}:{first[1]}".encode()).hexdigest()[:10],
        speaker=speaker,
        text=canonical.statement.text,
        kind=canonical.statement.kind,
        said_on=dt.date.fromisoformat(said_on) if said_on else None,
        topic=mode(it.statement.topic for it in group if it.statement.topic),
        sources=sources,
    )
    conflicts = [c for c in (_date_conflict(merged, group), _quote_conflict(merged)) if c]
    return merged, conflicts


def _canonical_rank(item: Item) -> tuple[bool, int, str, str]:
    # Direct wording first, then the fullest account.
    st = item.statement
    return (st.kind != "direct", -len(st.text), item.meta.id, st.id)


def _date_conflict(merged: MergedStatement, group: Sequence[Item]) -> Conflict | None:
    dated = sorted({(it.meta.id, it.said_on) for it in group if it.said_on})
    if len({d for _, d in dated}) < 2:
        return None
    outlets = {it.meta.id: it.meta.outlet for it in group}
    who = merged.speaker.name or merged.speaker.role or "an unnamed speaker"
    return built(
        Conflict,
        kind="date",
        description=f"Accounts disagree on when {who} said: “{_short(merged.text)}”",
        sources=[
            built(ConflictSource, article_id=aid, outlet=outlets[aid],
                  says=f"said on {day.isoformat()}")
            for aid, day in dated
            if day
        ],
    )


def _quote_conflict(merged: MergedStatement) -> Conflict | None:
    """Outlets quoting the same remark in wordings that differ in substance.

    Wordings of one remark are not a disagreement when they say the same thing: a shorter
    excerpt of another outlet's quote, or the remark in other words (another translation, a
    looser transcription). They are one statement with several wordings, each kept with its
    source. They disagree when one denies what the other asserts (a negation only one of them
    has) or when they give different numbers.
    """
    direct = [s for s in merged.sources if s.kind == "direct"]
    if len({s.article_id for s in direct}) < 2:
        return None
    # Each distinct wording once (copies of a wire story print the same one hundreds of times).
    printed: dict[str, set[str]] = defaultdict(set)
    for source in direct:
        printed[norm(source.text)].add(source.article_id)
    wordings = sorted(printed)
    differing: set[str] = set()
    for a, b in itertools.combinations(wordings, 2):
        if printed[a] == printed[b] and len(printed[a]) == 1:
            continue  # one article's own two wordings
        if a in b or b in a:
            continue
        if differ_in_substance(*_aligned(a, b)):
            differing.update((a, b))
    if not differing:
        return None
    who = merged.speaker.name or merged.speaker.role or "An unnamed speaker"
    return built(
        Conflict,
        kind="quote",
        description=f"Accounts of {_possessive(who)} remark “{_short(merged.text, 60)}” differ "
        "in substance (a negation or a number)",
        sources=[
            built(ConflictSource, article_id=s.article_id, outlet=s.outlet, says=s.text)
            for s in direct
            if norm(s.text) in differing
        ],
    )


def _aligned(a: str, b: str) -> tuple[str, str]:
    """The shorter wording and the part of the longer it lines up with: an excerpt is compared
    with the words it reports, not with sentences it left out (which may hold a negation)."""
    short, long = sorted((a, b), key=len)
    if len(short) > EXCERPT_SHARE * len(long):
        return short, long
    found = fuzz.partial_ratio_alignment(short, long, processor=None)
    if found is None:
        return short, long
    return short, long[found.dest_start : found.dest_end]


def differ_in_substance(a: str, b: str) -> bool:
    """Two normalised wordings of one remark, one negated and the other not, or giving
    different numbers."""
    words_a, words_b = set(a.split()), set(b.split())
    negators = _negators()
    if bool(words_a & negators) != bool(words_b & negators):
        return True
    numbers_a, numbers_b = _numbers(words_a), _numbers(words_b)
    return bool(numbers_a and numbers_b and not numbers_a & numbers_b)


@cache
def _negators() -> frozenset[str]:
    return frozenset(lexicon()["text"]["negators"])


def _numbers(words: set[str]) -> set[str]:
    names: dict[str, int] = lexicon()["figures"]["numbers"]
    return {str(names.get(w, w)) for w in words if w.isdigit() or w in names}


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def build_statements(
    items: Sequence[Item], groups: Sequence[Sequence[int]], speakers: SpeakerIndex
) -> tuple[list[MergedStatement], list[Conflict]]:
    merged: list[MergedStatement] = []
    conflicts: list[Conflict] = []
    for group in groups:
        statement, found = merged_statement([items[i] for i in group], speakers)
        merged.append(statement)
        conflicts.extend(found)
    merged.sort(key=_statement_order)
    return merged, conflicts


def _statement_order(st: MergedStatement) -> tuple[str, str, str, str]:
    name = (st.speaker.name or st.speaker.role or "~").casefold()
    return (name, st.said_on.isoformat() if st.said_on else "~", st.text, st.id)
