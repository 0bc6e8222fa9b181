"""The typed results of the attribution rules (attribution_stage.py): a `Cue`, where a quote's
attribution is read, and the `Source` it names, which the stage's speaker step resolves.

Apart from attribution.py so that every rule module can return them without importing the
rules that read after and before the quote.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.extract.offline import np
from summarizer.extract.offline.speakers import Who


@dataclass(frozen=True)
class Cue:
    """Where a quote's attribution is read."""

    how: str  # after | before | next | continued | report
    clause: tuple[int, int]  # the words read (for dates)
    para: int  # their paragraph


@dataclass(frozen=True)
class Source:
    """Who a cue names: a phrase to resolve at `at`, or a speaker already known (the previous
    quote's, or a description plain_subjects.py reads as it stands).

    rivals: other phrases of the cue's words that could have said the quote (colon.py); the
    reading holds only when each of them resolves to the same speaker."""

    cue: Cue
    ref: np.Ref | None
    at: int
    known: Who | None = None
    rivals: tuple[np.Ref, ...] = ()
