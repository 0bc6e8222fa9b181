"""Which statements report the same utterance: pairwise matching inside speaker blocks.

Blocks are independent, so large corpora are matched in worker processes (one per core) while
the caller goes on with stances, plan and figures. The result is the same set of pairs however
the blocks are split, so the briefing does not depend on the number of cores.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import threading
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import NamedTuple

from summarizer.merge.config import Thresholds
from summarizer.merge.text import (
    TextKey,
    candidate_pairs,
    partial_score,
    set_score,
    shared_words,
    text_key,
)

# Share of the shorter text's content words the longer must contain before the partial ratio
# is computed (a text at partial ratio >= 90 inside another contains nearly all of them).
PARTIAL_MIN_CONTAINMENT = 0.6
# Below this many statements, matching runs in-process: starting workers costs more.
PARALLEL_MIN_STATEMENTS = 20_000
MAX_WORKERS = 4
# The calling process merges stances, plan and figures meanwhile, so it takes a smaller share
# of the matching than a worker (relative weight).
MAIN_SHARE = 0.3

Pair = tuple[int, int]


class Entry(NamedTuple):
    """What matching needs of one statement (picklable, for worker processes)."""

    pos: int  # global index
    text: str
    said_on: dt.date | None
    kind: str
    article_id: str
    start: int  # first span's start, -1 when ungrounded
    end: int  # last span's end


class Probe(NamedTuple):
    key: TextKey
    said_on: dt.date | None
    kind: str


def is_match(a: Probe, b: Probe, th: Thresholds, *, strict: bool = False) -> bool:
    """Same utterance? Callers only ask about pairs `candidate_pairs` let through."""
    shared = shared_words(a.key, b.key)
    score = set_score(a.key, b.key) if shared >= th.set_min_shared else 0.0
    if a.said_on and b.said_on and a.said_on != b.said_on:
        # Dated differently: the same words only when nearly identical (a date conflict).
        return score >= th.date_conflict_set
    if strict:
        return score >= th.unknown_speaker_set
    both_direct = a.kind == "direct" and b.kind == "direct"
    if score >= (th.direct_set if both_direct else th.paraphrase_set):
        return True
    # A fragment lying inside a longer quote shares most of its content words; checking that
    # first spares the (costly) partial ratio for pairs that cannot reach it.
    if shared < PARTIAL_MIN_CONTAINMENT * min(len(a.key.tokens), len(b.key.tokens)):
        return False
    cutoff = th.statement_partial
    return partial_score(a.key, b.key, th.partial_min_chars, cutoff) >= cutoff


def match_block(entries: Sequence[Entry], probes: Sequence[Probe], th: Thresholds) -> list[Pair]:
    """Matching pairs (local indices) among one speaker's statements."""
    pairs = candidate_pairs(
        [p.key for p in probes],
        min_shared=th.set_min_shared,
        df_cap=th.block_df_cap,
        containment=PARTIAL_MIN_CONTAINMENT,
        signature=th.signature_words,
    )
    matched = [(a, b) for a, b in pairs if is_match(probes[a], probes[b], th)]
    return matched + lead_ins(entries, probes, th)


def lead_ins(entries: Sequence[Entry], probes: Sequence[Probe], th: Thresholds) -> list[Pair]:
    """A paraphrase followed closely by the speaker's direct quote in the same article."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for local, entry in enumerate(entries):
        if entry.start >= 0:
            by_article[entry.article_id].append(local)
    pairs = []
    for members in by_article.values():
        members.sort(key=lambda k: (entries[k].start, entries[k].end))
        for pos, k in enumerate(members):
            if entries[k].kind != "paraphrase":
                continue
            after = [m for m in members[pos + 1 :] if entries[m].start >= entries[k].end]
            if not after:
                continue
            quote = after[0]
            gap = entries[quote].start - entries[k].end
            if (
                entries[quote].kind == "direct"
                and gap <= th.lead_in_max_gap
                and set_score(probes[k].key, probes[quote].key) >= th.lead_in_set
            ):
                pairs.append((min(k, quote), max(k, quote)))
    return pairs


def _match_blocks(
    blocks: list[list[Entry]], th: Thresholds, want_keys: bool
) -> tuple[list[Pair], dict[int, TextKey]]:
    """Worker job: matching pairs (global indices) for some blocks, and their keys if asked."""
    pairs: list[Pair] = []
    keys: dict[int, TextKey] = {}
    for block in blocks:
        probes = [Probe(text_key(e.text), e.said_on, e.kind) for e in block]
        pairs.extend((block[a].pos, block[b].pos) for a, b in match_block(block, probes, th))
        if want_keys:
            keys.update((e.pos, probe.key) for e, probe in zip(block, probes, strict=True))
    return pairs, keys


MatchResult = tuple[list[Pair], dict[int, TextKey]]


def start_matching(
    blocks: list[list[Entry]], th: Thresholds, *, want_keys: bool
) -> Callable[[], MatchResult]:
    """Begin matching; the returned function waits for and returns the result.

    Large inputs go to worker processes so the caller can do other work meanwhile.
    """
    total = sum(len(b) for b in blocks)
    workers = min((os.cpu_count() or 1) - 1, MAX_WORKERS)
    if total < PARALLEL_MIN_STATEMENTS or workers < 1:
        result = _match_blocks(blocks, th, want_keys)
        return lambda: result
    # The caller keeps a core for its own work and then matches a smaller share itself.
    *shares, own = _balance(blocks, [1.0] * workers + [MAIN_SHARE])
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context())
    futures: list[Future[MatchResult]] = [
        pool.submit(_match_blocks, share, th, want_keys) for share in shares if share
    ]

    def finish() -> MatchResult:
        pairs, keys = _match_blocks(own, th, want_keys)
        try:
            for future in futures:
                got_pairs, got_keys = future.result()
                pairs.extend(got_pairs)
                keys.update(got_keys)
        finally:
            pool.shutdown()
        return pairs, keys

    return finish


def _balance(blocks: list[list[Entry]], weights: list[float]) -> list[list[list[Entry]]]:
    """Split blocks into shares proportional to `weights` (largest block to the least loaded)."""
    shares: list[list[list[Entry]]] = [[] for _ in weights]
    loads = [0.0] * len(weights)
    for block in sorted(blocks, key=len, reverse=True):
        target = min(range(len(weights)), key=lambda k: (loads[k] + len(block)) / weights[k])
        shares[target].append(block)
        loads[target] += len(block)
    return shares


def _context() -> multiprocessing.context.BaseContext:
    # fork is fastest (no re-import), but is only safe in a single-threaded process.
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def group_entries(speakers: Sequence[str], entries: Sequence[Entry]) -> dict[str, list[Entry]]:
    blocks: dict[str, list[Entry]] = defaultdict(list)
    for speaker, entry in zip(speakers, entries, strict=True):
        blocks[speaker].append(entry)
    return blocks
