"""One identity per speaker across articles.

Outlets spell names differently (Zelensky / Zelenskyy / Zelenskiy), style titles differently
("U.S. Ambassador to NATO" / "outgoing US Ambassador to NATO") and often name a speaker only by
role ("NATO chief", "the Ukrainian leader"). Identities are resolved from the corpus itself:
a surname-only mention joins the one full name with that surname, and a role-only mention joins
the one named person the corpus gives that role to. Nothing is guessed from outside knowledge.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from summarizer.merge.config import lexicon
from summarizer.merge.text import ascii_fold, mode
from summarizer.schemas import Speaker

UNKNOWN = "u:unknown"

_SLAVIC_ENDING = re.compile(r"(?:yy|iy|yi|ij|ii|yj)$")
_NON_WORD = re.compile(r"[^a-z0-9-]+")


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(lexicon()["names"]["honorifics"])


@cache
def _role_patterns() -> list[tuple[str, re.Pattern[str]]]:
    roles: dict[str, list[str]] = lexicon()["roles"]
    return [(key, re.compile(p)) for key, patterns in sorted(roles.items()) for p in patterns]


@lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    """Canonical name words: ASCII, lowercase, titles dropped, transliterations unified."""
    aliases: dict[str, str] = lexicon()["names"]["aliases"]
    words = _NON_WORD.sub(" ", ascii_fold(name).casefold().replace("u.s.", "us")).split()
    out = []
    for word in words:
        if word in _honorifics():
            continue
        word = aliases.get(word, word)
        if len(word) > 5:
            word = _SLAVIC_ENDING.sub("y", word)
        out.append(aliases.get(word, word))
    return tuple(out)


def role_key(role: str | None, country: str | None = None) -> str | None:
    """A title reduced to one key per office, however the outlet styles it."""
    if not role:
        return None
    noise = set(lexicon()["role_noise"]["words"])
    text = ascii_fold(role).casefold().replace("u.s.", "us").replace("'s", " s")
    words = [w for w in re.sub(r"[^a-z0-9-]+", " ", text).split() if w not in noise]
    normed = " ".join(words)
    for key, pattern in _role_patterns():
        if pattern.search(normed):
            return key
    prefix = (country or "").lower()
    return f"{prefix}:{normed}" if normed else None


SpeakerTuple = tuple[str | None, str | None, str | None, str | None]


@dataclass
class SpeakerIndex:
    """Identity key for every speaker mention, and one canonical Speaker per identity."""

    keys: dict[SpeakerTuple, str] = field(default_factory=dict)
    canonical: dict[str, Speaker] = field(default_factory=dict)

    def key_of(self, speaker: Speaker) -> str:
        return self.keys.get(speaker_tuple(speaker), UNKNOWN)


def resolve_speakers(speakers: Iterable[Speaker]) -> SpeakerIndex:
    """Resolve every mention (repeats count: the most frequent styling becomes canonical)."""
    counts = Counter(map(speaker_tuple, speakers))
    distinct = sorted(counts, key=_sort_key)
    full: dict[str, set[str]] = defaultdict(set)  # surname -> full identities
    by_role: dict[str, set[str]] = defaultdict(set)  # role key -> named identities
    for name, role, _aff, country in distinct:
        tokens = name_tokens(name) if name else ()
        if len(tokens) >= 2:
            ident = _full_identity(tokens)
            full[tokens[-1]].add(ident)
            rkey = role_key(role, country)
            if rkey:
                by_role[rkey].add(ident)
    index = SpeakerIndex()
    members: dict[str, list[SpeakerTuple]] = defaultdict(list)
    for item in distinct:
        ident = _identity(item, full, by_role)
        index.keys[item] = ident
        members[ident].extend([item] * counts[item])
    for ident, items in members.items():
        index.canonical[ident] = _canonical_speaker(items)
    return index


def speaker_tuple(speaker: Speaker) -> SpeakerTuple:
    return (speaker.name, speaker.role, speaker.affiliation, speaker.country)


def _sort_key(item: SpeakerTuple) -> tuple[str, ...]:
    return tuple(part or "" for part in item)


def _full_identity(tokens: tuple[str, ...]) -> str:
    # First initial plus surname: "Volodymyr Zelensky" and "V. Zelenskyy" are one person.
    return f"p:{tokens[0][0]} {tokens[-1]}"


def _identity(
    item: SpeakerTuple, full: dict[str, set[str]], by_role: dict[str, set[str]]
) -> str:
    name, role, affiliation, country = item
    tokens = name_tokens(name) if name else ()
    if len(tokens) >= 2:
        return _full_identity(tokens)
    if len(tokens) == 1:
        holders = full.get(tokens[0], set())
        return next(iter(holders)) if len(holders) == 1 else f"p:? {tokens[0]}"
    rkey = role_key(role, country)
    if rkey:
        holders = by_role.get(rkey, set())
        return next(iter(holders)) if len(holders) == 1 else f"r:{rkey}"
    if affiliation or country:
        return f"u:{(affiliation or '').casefold()}:{country or ''}"
    return UNKNOWN


def _canonical_speaker(items: list[SpeakerTuple]) -> Speaker:
    """The most frequent styling of each field; full names preferred over surnames alone."""
    names = [n for n, *_ in items if n]
    full_names = [n for n in names if len(name_tokens(n)) >= 2]
    name = mode(full_names or names)
    return Speaker(
        name=name,
        role=mode(r for _, r, _, _ in items if r),
        affiliation=mode(a for _, _, a, _ in items if a),
        country=mode(c for *_, c in items if c),
    )
