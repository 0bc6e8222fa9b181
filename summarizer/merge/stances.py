"""One stance per country: every source's position kept and attributed, disagreement flagged.

Confidence grows with independent agreement: articles from one outlet, or relaying one outlet's
reporting ("according to Politico"), count once.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from summarizer.countries import country_in_prose, country_name
from summarizer.merge.config import lexicon
from summarizer.merge.speakers import name_tokens
from summarizer.merge.text import mode, norm
from summarizer.schemas import (
    ArticleMeta,
    Conflict,
    ConflictSource,
    CountryStance,
    MergedStance,
    Position,
    StanceEvidence,
)

# Each independent source agreeing with the position halves the remaining doubt:
# 1 source 0.5, 2 sources 0.75, 3 sources 0.875 ...
SOURCE_WEIGHT = 0.5
# Positions that say nothing about the question are not counted as disagreement.
NON_POSITIONS: frozenset[str] = frozenset({"unclear"})


@cache
def _outlet_cues() -> list[re.Pattern[str]]:
    return [re.compile(p) for p in lexicon()["outlets"]["cues"]]


def relayed_outlets(texts: Sequence[str]) -> set[str]:
    """Outlets an account says it relays ("Politico says", "according to Voice of America")."""
    skip = set(lexicon()["outlets"]["not_outlets"])
    triggers = lexicon()["outlets"]["triggers"]
    found = set()
    for text in texts:
        lowered = text.lower()
        if not any(word in lowered for word in triggers):
            continue  # cheap test first: the patterns below are slow on long text
        for pattern in _outlet_cues():
            for match in pattern.finditer(text):
                name = match.group(1).strip()
                if name and name.split()[0] not in skip:
                    found.add(norm(name))
    return found


def independence_key(
    meta: ArticleMeta, stance: CountryStance, voices: Mapping[str, str] | None = None
) -> str:
    """Sources sharing this key are one voice: copies of one text, the relayed outlet, else
    the outlet, else the article itself."""
    if voices and meta.id in voices:
        return "copy:" + voices[meta.id]
    relayed = relayed_outlets([ev.text for ev in stance.evidence])
    if relayed:
        return "relays:" + min(relayed)
    return "outlet:" + norm(meta.outlet) if meta.outlet else "article:" + meta.id


def merge_stances(
    pairs: Sequence[tuple[ArticleMeta, CountryStance]], question: str,
    voices: Mapping[str, str] | None = None,
) -> tuple[list[MergedStance], list[Conflict]]:
    """One stance per country; `voices` maps a copy's article id to its group's article."""
    by_country: dict[str, list[tuple[ArticleMeta, CountryStance]]] = defaultdict(list)
    for meta, stance in pairs:
        by_country[stance.country].append((meta, stance))
    merged: list[MergedStance] = []
    conflicts: list[Conflict] = []
    for code in sorted(by_country):
        country, conflict = _merge_country(code, by_country[code], question, voices or {})
        merged.append(country)
        if conflict:
            conflicts.append(conflict)
    return merged, conflicts


def _merge_country(
    code: str, group: list[tuple[ArticleMeta, CountryStance]], question: str,
    voices: Mapping[str, str],
) -> tuple[MergedStance, Conflict | None]:
    group = sorted(group, key=lambda p: (p[0].id, p[1].model_dump_json()))
    # Each independent voice counts once per position it reports.
    heard: dict[str, set[str]] = defaultdict(set)
    for meta, stance in group:
        heard[stance.position].add(independence_key(meta, stance, voices))
    substantive = {p: v for p, v in heard.items() if p not in NON_POSITIONS}
    position = _majority(substantive) if substantive else "unclear"
    agree = len(substantive.get(position, set()))
    total = len(set().union(*substantive.values())) if substantive else 0
    confidence = (1 - (1 - SOURCE_WEIGHT) ** agree) * (agree / total) if total else 0.0
    sources = [
        StanceEvidence(
            article_id=meta.id,
            outlet=meta.outlet,
            position=stance.position,
            actors=sorted(set(stance.actors)),
            evidence=stance.evidence,
        )
        for meta, stance in group
    ]
    actors = _distinct_people(a for _, st in group for a in st.actors)
    merged = MergedStance(
        country=code,
        country_name=mode(st.country_name for _, st in group) or country_name(code),
        position=position,
        question=question,
        conflict=len(substantive) > 1,
        confidence=round(confidence, 3),
        actors=actors,
        sources=sources,
    )
    conflict = None
    if merged.conflict:
        conflict = Conflict(
            kind="stance",
            description=f"Sources disagree on {_possessive(country_in_prose(code))} position: "
            + ", ".join(f"{p} ({len(v)})" for p, v in sorted(substantive.items())),
            sources=[
                ConflictSource(article_id=s.article_id, outlet=s.outlet, says=s.position)
                for s in sources
                if s.position not in NON_POSITIONS
            ],
        )
    return merged, conflict


def _distinct_people(names: Iterable[str]) -> list[str]:
    """Actors once each, whatever the spelling (Orbán / Orban, Zelensky / Zelenskyy)."""
    by_person: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in names:
        by_person[name_tokens(name) or (name.casefold(),)].append(name)
    return sorted((mode(v) or "" for v in by_person.values()), key=str.casefold)


def _majority(voices: dict[str, set[str]]) -> Position:
    """The position most independent voices give; a tie between positions is 'unclear'."""
    ranked = sorted(voices, key=lambda p: (-len(voices[p]), p))
    if len(ranked) > 1 and len(voices[ranked[0]]) == len(voices[ranked[1]]):
        return "unclear"
    top: Position = ranked[0]  # type: ignore[assignment]
    return top


def _possessive(name: str) -> str:
    """"France's", but "the Netherlands'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"
