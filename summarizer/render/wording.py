"""Whose words the memo shows, and excerpts that keep the words a claim rests on.

A wording is cited only to the sources that print it: :func:`printers` splits an item's
sources into those whose own text contains the shown wording (after normalising quote marks,
dashes, whitespace and case, as grounding does) and the others, which the memo cites as
reporting the same thing in other words.

:func:`claim_excerpt` shortens a text at word and sentence boundaries without cutting before
the words that carry the claim (a country, an actor, a negation, a position word): when they lie
past the word limit, the excerpt grows, or starts at the clause that holds them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from summarizer.countries import country_in_prose, country_name
from summarizer.ground import normalise_str
from summarizer.merge.config import lexicon as merge_lexicon
from summarizer.render.parts import phrases
from summarizer.render.text import collapse, truncate_words
from summarizer.schemas import MergedStatement, SourceRef

_ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:\.\s*){3}\]|\[…\]|\.\.\.|…)\s*")
_EDGE = " ,;:.\"'"
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_NOT_AN_END = re.compile(r"(?:[A-Za-z]\.)+|(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Oct|Sept|Nov)\.")
_CLAUSE_END = re.compile(r"[,;:][\"'”’)]*$")
# An excerpt may grow to this many times its word limit to keep the words a claim rests on.
GROWTH = 2


def pieces(wording: str) -> list[str]:
    """The wording's normalised pieces (an elided wording has several, in order)."""
    parts = (normalise_str(p).casefold().strip(_EDGE) for p in _ELLIPSIS.split(wording))
    return [p for p in parts if p]


def prints(text: str, wording: str) -> bool:
    """True when `text` holds every piece of `wording`, in order."""
    haystack = normalise_str(text).casefold()
    cursor = 0
    wanted = pieces(wording)
    for piece in wanted:
        found = haystack.find(piece, cursor)
        if found < 0:
            return False
        cursor = found + len(piece)
    return bool(wanted)


def printers(wording: str, sources: Iterable[SourceRef]) -> tuple[list[str], list[str]]:
    """(articles whose own text prints `wording`, the other articles)."""
    sources = list(sources)
    printing = sorted({s.article_id for s in sources if prints(s.text, wording)})
    others = sorted({s.article_id for s in sources} - set(printing))
    return printing, others


def printed_by(wording: str, sources: Iterable[SourceRef]) -> list[SourceRef]:
    """The accounts whose own text prints `wording` (their spans are where it is printed)."""
    return [s for s in sources if prints(s.text, wording)]


@dataclass(frozen=True)
class Excerpt:
    text: str
    cut_before: bool
    cut_after: bool


def claim_excerpt(text: str, limit: int, keys: Sequence[str] = ()) -> Excerpt:
    """At most about `limit` words of `text`, cut at sentence (else word) boundaries, keeping
    every word in `keys` and every claim word (negations, position words) it holds."""
    words = collapse(text).split(" ")
    if len(words) <= limit:
        return Excerpt(" ".join(words), False, False)
    claim = [i for i, word in enumerate(words) if _is_claim_word(word)]
    named = [i for i, word in enumerate(words) if keys and _matches_key(word, words, i, keys)]
    if not named:
        short, cut = truncate_words(text, limit)
        if not claim or claim[-1] < len(short.split(" ")):
            return Excerpt(short, False, cut)
    # The claim lies around the first mention of who holds it (else its first claim word).
    anchor = named[0] if named else claim[0]
    marked = sorted({anchor, *(i for i in claim if abs(i - anchor) <= limit)})
    first, last = marked[0], marked[-1]
    starts, ends = _sentences(words)
    start = max(s for s in starts if s <= first)
    end = min(e for e in ends if e > last)
    if end - start > GROWTH * limit:
        # One long sentence: from the clause holding the first claim word to the clause end
        # after the last one.
        start = max([start] + [i + 1 for i in range(start, first) if _CLAUSE_END.search(words[i])])
        end = next((i + 1 for i in range(last, end) if _CLAUSE_END.search(words[i])
                    or _SENTENCE_END.search(words[i])), end)
    elif end <= GROWTH * limit:
        start = 0  # everything before the claim fits too: no cut at the front
    elif end - start < limit:
        # Room left: whole sentences after the claim while they fit.
        for e in ends:
            if end < e and e - start <= limit:
                end = e
    return Excerpt(" ".join(words[start:end]).rstrip(",;:"), start > 0, end < len(words))


def _sentences(words: list[str]) -> tuple[list[int], list[int]]:
    ends = [i + 1 for i, w in enumerate(words)
            if _SENTENCE_END.search(w) and not _NOT_AN_END.fullmatch(w)]
    if not ends or ends[-1] != len(words):
        ends.append(len(words))
    return [0, *ends[:-1]], ends


def _bare(word: str) -> str:
    return normalise_str(word).casefold().strip(_EDGE + "()")


def _is_claim_word(word: str) -> bool:
    bare = _bare(word).replace("'", "")
    if bare in _negators():
        return True
    return any(bare.startswith(stem) for stem in _position_stems())


def _matches_key(word: str, words: list[str], index: int, keys: Sequence[str]) -> bool:
    for key in keys:
        parts = key.split()
        window = words[index:index + len(parts)]
        if len(window) == len(parts) and all(
            _bare(w).removesuffix("'s").removesuffix("’s") == _bare(p)
            for w, p in zip(window, parts, strict=True)
        ):
            return True
    return False


@cache
def _negators() -> frozenset[str]:
    return frozenset(merge_lexicon()["text"]["negators"])


@cache
def _position_stems() -> tuple[str, ...]:
    return tuple(phrases()["excerpt"]["position_stems"])


def country_keys(code: str, actors: Iterable[str] = ()) -> list[str]:
    """Words that name a country or the people who speak for it in a text."""
    keys = {country_name(code), country_in_prose(code).removeprefix("the ")}
    keys.update(surface for surface, found in _places().items() if found == code)
    for actor in actors:
        parts = actor.split()
        if parts:
            keys.add(parts[-1])
    return sorted(k for k in keys if k)


@cache
def _places() -> dict[str, str]:
    from summarizer.extract.offline.language import language

    geo = language().geo
    return {**geo.countries, **geo.demonyms}


def mentions(text: str, keys: Sequence[str]) -> bool:
    words = collapse(text).split(" ")
    return any(_matches_key(w, words, i, keys) for i, w in enumerate(words))


def has_claim_word(text: str, position: str) -> bool:
    """Does the text hold a word that states this position (a negation counts against)?"""
    stems: tuple[str, ...] = tuple(phrases()["excerpt"]["stems_by_position"].get(position, []))
    against = position in ("opposes", "hesitant")
    for word in collapse(text).split(" "):
        bare = _bare(word).replace("'", "")
        if (against and bare in _negators()) or any(bare.startswith(s) for s in stems):
            return True
    return False


def shown_wording(statement: MergedStatement) -> str:
    """The canonical wording when a source prints it, else the fullest source's own words
    (direct quotes first): the memo never shows words no source prints."""
    if any(prints(source.text, statement.text) for source in statement.sources):
        return statement.text
    ranked = sorted(statement.sources, key=lambda s: (s.kind != "direct", -len(s.text), s.text))
    return ranked[0].text if ranked else statement.text
