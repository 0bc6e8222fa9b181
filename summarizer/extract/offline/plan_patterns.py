"""The regular expressions that find the plan in prose: its names, its point count and
annexes, ordinal and named points, what it includes, inline lists (see plan.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.extract.offline.language import language, per_language
from summarizer.extract.offline.lexicon import phrase_regex
from summarizer.extract.offline.prefilter import Filtered, folded_class


@per_language
def patterns() -> dict[str, re.Pattern[str]]:
    lang = language()
    names = _phrases(list(lang.plan.names.terms))
    plan = _phrases([*lang.plan.names.terms, *lang.plan.names.generic])
    numbers = "|".join(sorted(lang.plan.numbers, key=len, reverse=True))
    ordinals = "|".join(sorted(lang.plan.ordinals, key=len, reverse=True))
    nouns = "|".join(lang.plan.points.nouns)
    pverbs = "|".join(re.escape(v) for v in sorted(lang.plan.points.verbs, key=len, reverse=True))
    secret = "|".join(lang.plan.annexes.secret)
    adverbs = "|".join(sorted(lang.plan.points.verb_adverbs, key=len, reverse=True))
    annex = "|".join(sorted(lang.plan.annexes.nouns, key=len, reverse=True))
    return {
        "name": re.compile(names, re.I),
        "plan": re.compile(plan, re.I),
        "count": re.compile(rf"\b({numbers}|\d+)[- ](?:public |main |key )?points?\b", re.I),
        "annexes": re.compile(rf"\b({numbers}|\d+) (?:{secret}) (?:{annex})\b", re.I),
        "ordinal": re.compile(
            # `the first point`, `the first of the plan's five points`
            rf"\b(?:the )?({ordinals}) (?:of (?:[\w’'-]+ ){{1,4}}?)?(?:{nouns})\b"
            rf"(?:\s*(?:calling for|is|was|:|,|being))?\s*", re.I),
        "named": re.compile(
            rf"\b(?:another |a |the )?(?:central |key |main |first |second )?(?:{nouns})\b"
            rf"[^.]{{0,80}}?{plan}(?:,\s+[^,.;:()“”\"]{{1,60}}?,)?,? (?:is|are|was)\s+", re.I),
        "includes": re.compile(
            rf"{plan}[”\"’']?,?\s+(?:which\s+|also\s+|that\s+)?(?:(?:{adverbs})\s+)?"
            rf"(?:{pverbs})\s+", re.I),
        # `The plan, which he presented on Wednesday, calls for …`: an aside between the plan
        # and its verb (plan.py checks that the plan is the sentence's subject).
        "aside_includes": re.compile(
            rf"{plan}[”\"’']?,\s+[^,;.“”\"]{{1,80}}?,\s+(?:also\s+)?(?:{pverbs})\s+", re.I),
        # `Its points include A, B and C`, `The plan's five points include …`: what the plan's
        # points are said to include (plan.py checks that `its` is the plan).
        "points_include": re.compile(
            rf"\b(?:(?:the\s+)?(?:{plan})['’]s|[Ii]ts)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\s+"
            rf"(?:include|included|are|were)\s+(?=[a-z])", re.I),
        # `the plan includes:`, `Its five points:`, `The main elements are:`
        "list": re.compile(rf"(?:(?:{nouns})(?:\s+(?:are|were|is|was))?|{pverbs})\s*:\s*", re.I),
        # `Not only does it ask for …, but it also calls for …`, where `it` is the plan.
        "it": re.compile(
            rf"(?:^|(?<=[,;:—–])\s*|\b(?:but|and|does|did|also)\s+)(it)\s+(?:also\s+)?"
            rf"(?:{pverbs})\s+", re.I),
        "such_as": re.compile(r",?\s+(?:such as|including|notably|namely)\s+", re.I),
        "as_part": re.compile(rf"\b(?:push|plea|call|bid) for ([^.,;]+?) as part of [^.]*?{plan}",
                              re.I),
        "goal": re.compile(r"\bhighlighting ([^.,;]+?) as a key goal", re.I),
    }


def _phrases(phrases: list[str]) -> str:
    r"""phrase_regex(phrases, re.I).pattern, rewritten to match the same at the same places,
    faster. That pattern opens with a look-behind and then tries every phrase in turn at
    every character of the text (case-insensitive literals give `re` no quick test). Here
    the one test at most characters is a class of the phrases' first letters, case-sensitive
    with the letters that fold to them (so that `re` scans for it in C); the look-behind
    moves after that letter (`(?<![\w-].)`: the character before it), and each phrase, in the
    same order, checks its own first letter looking back, then reads the rest. Any pattern
    built around it (plan names inside longer forms) tries the same phrases in the same
    order, so it matches the same too."""
    if not all(p[:1].isascii() and p[:1].isalnum() for p in phrases):
        return phrase_regex(phrases, re.I).pattern
    ordered = sorted(set(phrases), key=len, reverse=True)
    firsts = folded_class("".join(sorted({p[0] for p in ordered})))
    body = "|".join(f"(?<={p[0]}){re.escape(p[1:])}".replace(r"\ ", r"\s+") for p in ordered)
    return rf"(?-i:{firsts})(?<![\w-].)(?:{body})(?![\w-])"


@per_language
def _filtered() -> dict[str, Filtered]:
    """The patterns with their prefilters: the case-insensitive patterns here are slow to
    scan, and most sentences lack a word they require. The plan words alone are searched
    directly: `re` scans for their first letters in C, faster than the prefilter's tests."""
    filtered = {key: Filtered(pattern) for key, pattern in patterns().items()}
    for key in ("plan", "name"):
        filtered[key].hint = None
    return filtered


def finditer(key: str, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    return _filtered()[key].finditer(text, start, end)


def search(key: str, text: str, start: int, end: int) -> re.Match[str] | None:
    return _filtered()[key].search(text, start, end)
