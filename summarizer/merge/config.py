"""Matching thresholds, as named constants, and the lexicon the merger reads.

The statement and plan-point thresholds were tuned on the hand-labelled gold pairs of the five
seeds with ``benchmarks/tune_merge.py`` (pairwise precision/recall per threshold; 42 gold
statements, 22 same-utterance pairs). Where a range of values scores the same, the value is
the middle of the gap between the highest-scoring different-utterance pair and the
lowest-scoring same-utterance pair it has to separate. ``benchmarks/RESULTS.md`` has the figures.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

# Two statements by one speaker are the same utterance when the token-set ratio (0-100) of
# their content words reaches DIRECT_SET_MIN for two direct quotes (two outlets quoting the
# same words agree closely) or PARAPHRASE_SET_MIN when either is reported speech...
DIRECT_SET_MIN = 78.0
PARAPHRASE_SET_MIN = 65.0
# ...and they share at least this many content words: the token-set ratio is 100 whenever one
# word set contains the other, so a three-word fragment would match anything around it.
SET_MIN_SHARED = 4
# ...or when the shorter one lies inside the longer one (partial ratio on the normalised text),
# provided the shorter has at least PARTIAL_MIN_CHARS characters: one-word quotes such as
# "fundamental" or "irreversible" are reported this way, while shorter scraps are noise.
STATEMENT_PARTIAL_MIN = 90.0
PARTIAL_MIN_CHARS = 8
# A paraphrase that leads in to a direct quote by the same speaker in the same article (ends at
# most LEAD_IN_MAX_GAP characters before the quote starts) reports the same utterance when
# their content words match at LEAD_IN_SET_MIN: "Smith said NATO's position is unchanged.
# 'I think NATO's position is very clear...'".
LEAD_IN_SET_MIN = 45.0
LEAD_IN_MAX_GAP = 200
# Accounts that date the words differently merge only when the wording is this close; the
# merged statement then carries a 'date' conflict.
DATE_CONFLICT_SET_MIN = 90.0
# A statement whose speaker is unknown joins a named speaker's statement only this close.
UNKNOWN_SPEAKER_SET_MIN = 90.0
# Candidate pairs are found through the content words they share, leaving out words found in
# more than BLOCK_DF_CAP statements of one speaker's block: those carry no signal and would
# make big blocks quadratic.
BLOCK_DF_CAP = 100
# Each statement is looked up by this many of its rarest content words.
SIGNATURE_WORDS = 6
# Plan points: the same point in other words (token-set ratio of the summaries' content words;
# gold pairs give P 1.00 / R 0.67 from 55 to 70, and 62.5 is the middle of that plateau).
PLAN_POINT_MIN = 62.5
# Stated aims: the same aim in other words (not tuned: no gold aims).
AIM_MIN = 70.0
# Two figures of one kind describe the same thing when their surrounding words are this close.
FIGURE_CONTEXT_MIN = 55.0


@dataclass(frozen=True)
class Thresholds:
    direct_set: float = DIRECT_SET_MIN
    paraphrase_set: float = PARAPHRASE_SET_MIN
    set_min_shared: int = SET_MIN_SHARED
    statement_partial: float = STATEMENT_PARTIAL_MIN
    partial_min_chars: int = PARTIAL_MIN_CHARS
    lead_in_set: float = LEAD_IN_SET_MIN
    lead_in_max_gap: int = LEAD_IN_MAX_GAP
    date_conflict_set: float = DATE_CONFLICT_SET_MIN
    unknown_speaker_set: float = UNKNOWN_SPEAKER_SET_MIN
    block_df_cap: int = BLOCK_DF_CAP
    signature_words: int = SIGNATURE_WORDS
    plan_point: float = PLAN_POINT_MIN
    aim: float = AIM_MIN
    figure_context: float = FIGURE_CONTEXT_MIN


DEFAULT_THRESHOLDS = Thresholds()


@cache
def lexicon() -> dict[str, Any]:
    data = resources.files("summarizer").joinpath("data/merge_lexicon.toml").read_bytes()
    return tomllib.loads(data.decode("utf-8"))
