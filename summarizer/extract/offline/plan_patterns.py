"""The regular expressions that find the plan in prose: its names, its point count and
annexes, ordinal and named points, what it includes, inline lists (see plan.py)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from summarizer.extract.offline.document import Doc
from summarizer.extract.offline.language import language, per_language, per_language_lru
from summarizer.extract.offline.lexicon import alternation, phrase_regex
from summarizer.extract.offline.prefilter import (
    Filtered,
    exact_lower,
    folded_class,
    occurrences,
)

# The words `named` allows before its noun (`another key point …`, `the central element …`):
# its matches open this many words before a noun at the most (see finditer_named).
_NAMED_LEADS = ("another ", "a ", "the ")
_NAMED_ADJECTIVES = ("central ", "key ", "main ", "first ", "second ")
# `named` reads at most this many characters between its noun and the plan's name.
_NAMED_GAP = 80
# What `it` (the plan) follows in the `it` form: a mark of these (and spaces), or a word of
# these and spaces, or nothing (the sentence's start). See finditer_it.
_IT_AFTER = ",;:—–"
_IT_LINKS = ("but", "and", "does", "did", "also")
# The copulas `list` allows after its noun (`The main elements are:`).
_LIST_COPULAS = ("are", "were", "is", "was")


@per_language
def patterns() -> dict[str, re.Pattern[str]]:
    lang = language()
    names = _phrases(list(lang.plan.names.terms))
    plan = _phrases([*lang.plan.names.terms, *lang.plan.names.generic])
    numbers = "|".join(sorted(lang.plan.numbers, key=len, reverse=True))
    ordinals = "|".join(sorted(lang.plan.ordinals, key=len, reverse=True))
    nouns = _by_first_letter(list(lang.plan.points.nouns))
    # `calls most significantly for`, `calls first for`: an adverb (or two) inside a verb with
    # `for`.
    # `featured prominently in talks`: a verb that also tells where the plan figures states
    # no content when an adverb or a place word follows it.
    places = rf"(?!\s+(?:[a-z]+ly|{alternation(lang.plan.points.place_words)})\b)"
    pverbs = _by_first_letter([
        re.escape(v).replace(r"\ for", r"(?:\s+(?:(?:most\s+)?[a-z]+ly|first))?\s+for")
        for v in sorted(lang.plan.points.verbs, key=len, reverse=True)])
    placing = rf"(?:{alternation(lang.plan.points.placing_verbs)}){places}"
    secret = "|".join(lang.plan.annexes.secret)
    adverbs = "|".join(sorted(lang.plan.points.verb_adverbs, key=len, reverse=True))
    annex = "|".join(sorted(lang.plan.annexes.nouns, key=len, reverse=True))
    return {
        "name": re.compile(names, re.I),
        "plan": re.compile(plan, re.I),
        "count": re.compile(rf"\b({numbers}|\d+)[- ](?:public |main |key )?points?\b", re.I),
        "annexes": re.compile(rf"\b({numbers}|\d+) (?:{secret}) (?:{annex})\b", re.I),
        # `The third element`: an ordinal part of the plan (plan.py reads it even where the
        # sentence does not name the plan).
        "ordinal_part": re.compile(
            rf"\b({ordinals}) (?:{alternation(lang.plan.points.part_nouns)})\b", re.I),
        "ordinal": re.compile(
            # `the first point`, `the first of the plan's five points`, `the first essential
            # point` (one word of judgement between)
            rf"\b(?:the )?({ordinals}) (?:of (?:[\w’'-]+ ){{1,4}}?|[a-z]+ )?(?:{nouns})\b"
            rf"(?:\s*(?:calling for|is|was|:|,|being))?\s*", re.I),
        "named": re.compile(
            rf"\b(?:{'|'.join(_NAMED_LEADS)})?(?:{'|'.join(_NAMED_ADJECTIVES)})?(?:{nouns})\b"
            rf"[^.]{{0,{_NAMED_GAP}}}?{plan}[”\"’']?(?:,\s+[^,.;:()“”\"]{{1,60}}?,)?,? "
            rf"(?:is|are|was)\s+",
            re.I),
        # (`The plan's economic section proposes …`: a section of the plan says it too.)
        # (`the plan outlined by Zelensky includes …`: who put it forward, between the two.)
        "includes": re.compile(
            rf"{plan}(?:['’]s\s+(?:[\w-]+\s+)?(?:{alternation(lang.plan.points.sections)}))?"
            rf"(?:\s+(?:{alternation(lang.plan.points.by_participles)})\s+by"
            rf"(?P<by>(?:\s+[A-Z][\w’'.-]*){{1,4}})(?=\s+[a-z]))?"
            rf"[”\"’']?,?\s+(?:(?:which|that)\s+(?:(?:he|she|they|[A-Z][\w-]+)\s+said\s+)?"
            rf"|also\s+)?(?:(?:{adverbs})\s+)?"
            rf"(?:{pverbs}|{placing})(?:,\s+(?:{alternation(lang.plan.points.verb_asides)}),)?"
            rf"\s+", re.I),
        # `The plan, which he presented on Wednesday, calls for …`: an aside between the plan
        # and its verb (plan.py checks that the plan is the sentence's subject).
        "aside_includes": re.compile(
            rf"{plan}[”\"’']?,\s+[^,;.“”\"]{{1,120}}?,\s+(?:also\s+)?(?:{pverbs})\s+", re.I),
        # `Its points include A, B and C`, `The plan's five points include …`: what the plan's
        # points are said to include (plan.py checks that `its` is the plan).
        "points_include": re.compile(
            rf"\b(?:(?:the\s+)?(?:{plan})['’]s|[Ii]ts)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\s+"
            rf"(?:{alternation(lang.plan.points.points_verbs)})\s+(?=[a-z])", re.I),
        # `the plan includes:`, `Its five points:`, `The main elements are:`
        "list": re.compile(
            rf"(?:(?:{nouns})(?:\s+(?:{'|'.join(_LIST_COPULAS)}))?|{pverbs})\s*:\s*", re.I),
        # `There are four main points in the plan, …, these are:`: the points named before a
        # pronoun that takes them up at the line's end.
        "list_taken_up": re.compile(
            rf"\b(?:{nouns})\b[^:\n]{{0,400}},\s+(?:these|they)\s+(?:are|were)\s*:\s*$", re.I),
        # `Not only does it ask for …, but it also calls for …`, where `it` is the plan.
        "it": re.compile(
            rf"(?:^|(?<=[{_IT_AFTER}])\s*|\b(?:{'|'.join(_IT_LINKS)})\s+)(it)\s+(?:also\s+)?"
            rf"(?:{pverbs})\s+", re.I),
        "such_as": re.compile(r",?\s+(?:such as|including|notably|namely)\s+", re.I),
        # (`Kyiv had proposed opening its mines to investors as part of the plan`, too.)
        "as_part": re.compile(rf"\b(?:(?:push|plea|call|bid) for|proposed|proposes|suggested|"
                              rf"offered|offers|called for|asked for|sought) ([^.,;]+?) as part of "
                              rf"[^.]*?{plan}", re.I),
        # `One of the plan's key points is …`, `One of its demands was …`.
        "one_of": re.compile(
            rf"\bone of (?:(?:the\s+)?(?:{plan})['’]s|its)\s+(?:[\w-]+\s+)?(?:{nouns})\s+"
            rf"(?:is|was)\s+(?=[a-z])", re.I),
        "goal": re.compile(r"\bhighlighting ([^.,;]+?) as a key goal", re.I),
        # `Under the plan, Ukraine would receive …` / `Under Zelensky's victory plan, allies
        # would …` (plan.py takes it only at a sentence's start).
        "under": re.compile(
            rf"(?:{alternation(lang.plan.points.under)})\s+(?:the\s+|his\s+|[A-Z][\w-]*['’]s\s+)?"
            rf"(?:{plan}),\s+(?:((?:[\w’'.-]+\s+){{1,4}}?(?:{alternation(lang.plan.points.under_modals)})"
            rf"\s+[^;]+)|(?:[\w’'.-]+\s+){{1,3}}?(?:{alternation(lang.plan.points.under_asks)})\s+"
            rf"([^;]+))", re.I),
    }


def _by_first_letter(alternatives: list[str]) -> str:
    r"""The alternation of `alternatives` (regex source, for a case-blind pattern), with those
    of one first letter under that letter, in their order (`c(?:alls\s+for|overs)|i(?:…)`):
    no two first letters match one character, so they are tried in the same order as one by
    one, each of the others failing at its first letter; `re` compared that letter once for
    each (again at each backtrack into it). As is when a first character is not an ASCII
    letter."""
    if not all(a[:1].isascii() and a[:1].isalpha() for a in alternatives):
        return "|".join(alternatives)
    groups: dict[str, list[str]] = {}
    for a in alternatives:
        groups.setdefault(a[0].lower(), []).append(a[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


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
    parts = _phrase_parts(phrases)
    if parts is None:
        return phrase_regex(phrases, re.I).pattern
    firsts, body = parts
    return rf"(?-i:{firsts})(?<![\w-].)(?:{body})(?![\w-])"


def _phrase_parts(phrases: list[str]) -> tuple[str, str] | None:
    """The class of the phrases' first letters and the alternation of their rests (see
    _phrases), or None when a phrase does not open with an ASCII letter or digit."""
    if not all(p[:1].isascii() and p[:1].isalnum() for p in phrases):
        return None
    ordered = sorted(set(phrases), key=len, reverse=True)
    firsts = folded_class("".join(sorted({p[0] for p in ordered})))
    rests = {p: re.escape(p[1:]).replace(r"\ ", r"\s+") for p in ordered}
    if len({p[0].lower() for p in ordered}) < len({p[0] for p in ordered}):
        # (two first letters alike but for their case: each phrase keeps its own look-back)
        return firsts, "|".join(f"(?<={p[0]}){rests[p]}" for p in ordered)
    # The phrases of one first letter share its look-back, in their order: at a place, only
    # the group of the letter there gets past it (no two groups' letters match one
    # character), so the phrases are tried in the same order as one by one, each of the
    # others failing at its look-back (`re` checked one for each phrase, every time).
    groups: dict[str, list[str]] = {}
    for p in ordered:
        groups.setdefault(p[0], []).append(rests[p])
    return firsts, "|".join(f"(?<={first})(?:{'|'.join(group)})"
                            for first, group in groups.items())


@per_language
def _plan_openings() -> re.Pattern[str] | None:
    """The first letters of the places where the plan pattern may match: a phrase's first
    letter, after no word character, with the rest of a phrase after it (looked at, not
    taken, so that no opening hides another). What follows the phrase is not looked at: a
    search that stops right after it matches where the whole text would not."""
    lang = language()
    parts = _phrase_parts([*lang.plan.names.terms, *lang.plan.names.generic])
    if parts is None:
        return None
    firsts, body = parts
    return re.compile(rf"(?-i:{firsts})(?<![\w-].)(?=(?:{body}))", re.I)


# Texts shorter than this are searched directly (a sentence or a clause taken out of the text).
_INDEXED = 300


@per_language
def _first_words() -> tuple[str, ...] | None:
    """The plan phrases' first words, lower case: a plan phrase opens where one of them does
    in the lower-cased text. None when one is not all ASCII letters and digits (then the
    lower-cased text does not tell where it may match case-insensitively)."""
    lang = language()
    words = {p.split(" ")[0].lower() for p in [*lang.plan.names.terms, *lang.plan.names.generic]}
    if not all(w.isascii() and w.isalnum() for w in words):
        return None
    return tuple(sorted(words))


@per_language_lru(16, article=True)
def _plan_starts(text: str) -> list[int] | None:
    """Where in the text a plan phrase may start, in order (None: anywhere). Found once per
    text: the pattern is asked about every sentence and many stretches of each, and most of
    them name no plan."""
    openings = _plan_openings()
    if openings is None:
        return None
    words = _first_words()
    lowered = exact_lower(text) if words is not None else None
    if words is None or lowered is None:
        return [m.start() for m in openings.finditer(text)]
    # The openings pattern is tried only where a phrase's first word occurs (found by
    # str.find, in C at memory speed): `re` stops at every letter that opens a phrase (`i`,
    # `p`, `r` …) when scanning for them. The pattern takes one character, so finditer tries
    # it at every position: the same places. (exact_lower: no character that matches an
    # ASCII letter case-insensitively but lowers to none, so the words stand where `re`
    # would find them.)
    return [at for at in occurrences(lowered, words) if openings.match(text, at)]


def _indexed_starts(text: str) -> list[int] | None:
    """_plan_starts(text) for a text long enough to be worth indexing (None: not indexed, or
    a phrase may start anywhere)."""
    return _plan_starts(text) if len(text) >= _INDEXED else None


# The patterns whose every match opens with a plan phrase (the plan's names are plan phrases
# too): in a long text they are tried at the phrases' openings only (see finditer). The
# plan words are searched without a prefilter: `re` scans for their first letters in C, faster
# than the prefilter's tests; so are the two that open with them, whose prefilters test every
# verb of what a plan does (more costly than the search from the phrase on).
_AT_PLAN = frozenset({"plan", "name", "includes", "aside_includes"})


@per_language
def _filtered() -> dict[str, Filtered]:
    """The patterns with their prefilters: the case-insensitive patterns here are slow to
    scan, and most sentences lack a word they require."""
    filtered = {key: Filtered(pattern) for key, pattern in patterns().items()}
    for key in _AT_PLAN:
        filtered[key].hint = None
    return filtered


def finditer(key: str, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    if key in _AT_PLAN:
        starts = _indexed_starts(text)
        if starts is not None:
            k = bisect.bisect_left(starts, start)
            if k == len(starts) or starts[k] >= end:
                return iter(())  # (most stretches: no plan phrase opens in them)
            return _at_places(_filtered()[key].regex, text, starts, k, end)
    return _filtered()[key].finditer(text, start, end)


def _at_places(regex: re.Pattern[str], text: str, places: list[int], k: int,
               end: int) -> Iterator[re.Match[str]]:
    r"""regex.finditer(text, places[k], end) for a pattern whose every match opens at one of
    `places` (in order, from the k-th on): the pattern is tried there only, left to right,
    each from where the last match ended, as finditer does. A pattern that opens with `\b`, a
    look-behind or a case-blind alternation gives `re` no quick test for where a match may
    open, and each place it tries costs a call of the matcher (a plan phrase's opening is one
    of common first letters, `a`, `i`, `p` …): a sentence has a place or two."""
    resume = places[k] if k < len(places) else end
    while k < len(places) and places[k] < end:
        at = places[k]
        k += 1
        if at < resume:
            continue
        match = regex.match(text, at, end)
        if match is not None:
            yield match
            resume = max(match.end(), at + 1)  # (no match is empty: each holds a word)


def search(key: str, text: str, start: int, end: int) -> re.Match[str] | None:
    if key in _AT_PLAN:
        starts = _indexed_starts(text)
        if starts is not None:
            # Every match opens at a plan phrase's opening: the first opening in range where
            # the pattern matches gives what a search would (the plan's names, which the
            # article may never give, are not scanned for through the rest of it).
            regex = _filtered()[key].regex
            k = bisect.bisect_left(starts, start)
            while k < len(starts) and starts[k] < end:
                match = regex.match(text, starts[k], end)
                if match is not None:
                    return match
                k += 1
            return None
    return _filtered()[key].search(text, start, end)


def naming_plan(doc: Doc) -> list[bool]:
    """Does each sentence of the article name the plan? Asked for the plan's presenter and for
    the points asked for: found once per article."""
    return doc.once("plan.naming", lambda: [
        search("plan", doc.text, s.start, s.end) is not None for s in doc.sentences])


def lowered(doc: Doc) -> tuple[str, bool]:
    """The article's text lower-cased, found once per article, and whether it is exact (see
    prefilter.exact_lower: lower() kept every offset and IGNORECASE matches no other letters
    there). A word a form needs (in any case) is looked for in it before the form runs;
    offsets into it are the text's only where it is exact."""
    def find() -> tuple[str, bool]:
        exact = exact_lower(doc.text)  # (often remembered: the plan's openings asked it)
        return (exact, True) if exact is not None else (doc.text.lower(), False)

    return doc.once("plan.lowered", find)


def finditer_in(doc: Doc, key: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """finditer(key, doc.text, start, end), for a long range: the prefilter's strings are
    looked for in the range of the article's lower-cased text (lowered), not in a copy of the
    range lower-cased anew."""
    form = _filtered()[key]
    hint = form.hint
    low, exact = lowered(doc)
    if key in _AT_PLAN or hint is None or (hint.folded and not exact):
        return finditer(key, doc.text, start, end)
    window = low if hint.folded else doc.text
    for group in hint.needs:
        if not any(window.find(needle, start, end) >= 0 for needle in group):
            return iter(())
    return form.regex.finditer(doc.text, start, end)


def in_article(doc: Doc, form: Filtered) -> bool:
    """May the form match anywhere in the article? Its prefilter asked once about the whole
    text: every string it needs stands in each window that holds a match, so in the text too.
    For a form tried in every sentence (one test of its own each, about as costly in all as
    this one): when the text lacks a string it needs, no sentence need be tried. Found once
    per article and form."""
    known: dict[Filtered, bool] = doc.once("plan.in_article", dict)
    found = known.get(form)
    if found is None:
        found = known[form] = form.hint is None or form.hint.may_match(doc.text)
    return found


@per_language
def _noun_stems() -> tuple[str, ...] | None:
    """The nouns of the plan's points (plan.toml [points] nouns) that open no longer one
    (`point`, not `points`: where one opens, so does the other), lower case; None when one is
    not a plain word (then the lower-cased text does not tell where they stand)."""
    nouns = {n.lower() for n in language().plan.points.nouns}
    if not all(n.isascii() and n.isalpha() for n in nouns):
        return None
    return tuple(sorted(n for n in nouns if not any(
        n != other and n.startswith(other) for other in nouns)))


@per_language
def _named_leads() -> tuple[str, ...]:
    """What `named` may read before its noun: nothing, a lead, an adjective or both."""
    return tuple(lead + adjective for lead in ("", *_NAMED_LEADS)
                 for adjective in ("", *_NAMED_ADJECTIVES))


def finditer_named(doc: Doc, start: int, end: int) -> Iterator[re.Match[str]]:
    """finditer("named", doc.text, start, end), tried only where a match may open: a noun of
    the points (or a lead and an adjective before it, `Another key point`) that has a plan
    phrase's opening after it within _NAMED_GAP characters past the noun and no full stop
    before it (the pattern's `[^.]{0,80}?` and then the plan). Most nouns have none, and the
    pattern, tried by `re` at every character of the sentence, cost more than the rest of
    the sentence's reading."""
    text = doc.text
    stems = _noun_stems()
    starts = _indexed_starts(text)
    low, exact = lowered(doc)
    if stems is None or starts is None or not exact:
        return finditer("named", text, start, end)
    last = bisect.bisect_left(starts, end) - 1  # the last opening before `end`
    if last < 0 or starts[last] <= start:
        return iter(())  # (the noun stands before an opening, in the stretch)
    reach = max(map(len, language().plan.points.nouns)) + _NAMED_GAP
    tried: set[int] = set()
    for noun in occurrences(low, stems, start, starts[last]):
        k = bisect.bisect_right(starts, noun)  # (the plan opens past the noun's end)
        if starts[k] > noun + reach or text.find(".", noun, starts[k]) >= 0:
            continue  # (a later opening is further still, past the same full stop)
        for lead in _named_leads():
            at = noun - len(lead)
            if at >= start and low.startswith(lead, at):
                tried.add(at)
    if not tried:
        return iter(())
    return _at_places(_filtered()["named"].regex, text, sorted(tried), 0, end)


def _owner_places(doc: Doc, start: int, end: int) -> list[int] | None:
    """Where a form that opens on `its` (any case), on the plan or on `the` and spaces before
    the plan may open in the stretch (`Its request to …`, `The plan's five points include`),
    in order: at those words and the plan phrases' openings. None where that is not known
    (no index of the openings, or a lower-cased text that does not keep the offsets)."""
    text = doc.text
    starts = _indexed_starts(text)
    low, exact = lowered(doc)
    if starts is None or not exact:
        return None
    tried = set(occurrences(low, ("its",), start, end))
    k = bisect.bisect_left(starts, start)
    while k < len(starts) and starts[k] < end:
        opening = starts[k]
        k += 1
        tried.add(opening)
        at = opening
        while at > start and text[at - 1].isspace():  # (what `\s` matches)
            at -= 1
        if at < opening and at - 3 >= start and low.startswith("the", at - 3):
            tried.add(at - 3)
    return sorted(tried)


def finditer_points_include(doc: Doc, start: int, end: int) -> Iterator[re.Match[str]]:
    """finditer("points_include", doc.text, start, end), tried only where a match may open
    (see _owner_places and finditer_named)."""
    places = _owner_places(doc, start, end)
    if places is None:
        return finditer("points_include", doc.text, start, end)
    return _at_places(_filtered()["points_include"].regex, doc.text, places, 0, end)


def finditer_owned(doc: Doc, form: Filtered, start: int, end: int) -> Iterator[re.Match[str]]:
    """form.finditer(doc.text, start, end) for a form whose every match opens on `its` (any
    case), on the plan or on `the` and spaces before it (see _owner_places): tried there only,
    where its prefilter lets it."""
    text = doc.text
    if form.hint is not None and not form.hint.may_match(text, start, end):
        return iter(())
    places = _owner_places(doc, start, end)
    if places is None:
        return form.regex.finditer(text, start, end)
    return _at_places(form.regex, text, places, 0, end)


def finditer_the(doc: Doc, form: Filtered, start: int, end: int) -> Iterator[re.Match[str]]:
    r"""form.finditer(doc.text, start, end) for a form whose every match opens on `the` or
    `The` (`\b[Tt]he\s+…`): tried at each of them only, where its prefilter lets it. (`re` tried
    it at every character: it opens with `\b`.)"""
    text = doc.text
    if form.hint is not None and not form.hint.may_match(text, start, end):
        return iter(())
    low, exact = lowered(doc)
    if not exact:
        return form.regex.finditer(text, start, end)
    return _at_places(form.regex, text, occurrences(low, ("the",), start, end), 0, end)


def finditer_it(words: str) -> Iterator[re.Match[str]]:
    r"""finditer("it", words, 0, len(words)), tried only where a match may open: at `it` (any
    case) followed by a space, right where it stands (the start of `words`, or after a mark
    of _IT_AFTER), after the spaces that follow such a mark, or at a word of _IT_LINKS
    before it and its spaces. (`re` tried the pattern at every character: it opens with a
    choice of `^`, a look-behind and `\b`.)"""
    low = exact_lower(words)
    if low is None:
        return finditer("it", words, 0, len(words))
    tried: set[int] = set()
    at = low.find("it")
    while at >= 0:
        if at + 2 < len(words) and words[at + 2].isspace():  # (`\s` is what isspace() is)
            if at == 0:
                tried.add(0)
            before = at  # where the spaces right before `it` start
            while before > 0 and words[before - 1].isspace():
                before -= 1
            if before > 0 and words[before - 1] in _IT_AFTER:
                tried.add(before)
            if before < at:
                tried.update(before - len(link) for link in _IT_LINKS
                             if before >= len(link) and low.startswith(link, before - len(link)))
        at = low.find("it", at + 1)
    if not tried:
        return iter(())
    return _at_places(_filtered()["it"].regex, words, sorted(tried), 0, len(words))


@per_language
def _list_endings() -> tuple[str, ...] | None:
    """The words a `list` match ends on before its colon: a noun of the points, a copula of
    _LIST_COPULAS or the last word of a verb of the plan (plan.toml [points] verbs), lower
    case; None when one is not a plain word."""
    points = language().plan.points
    words = {w.lower() for w in [*points.nouns, *_LIST_COPULAS,
                                 *(verb.split(" ")[-1] for verb in points.verbs)]}
    return tuple(sorted(words)) if all(w.isascii() and w.isalpha() for w in words) else None


def search_list(doc: Doc, start: int, end: int) -> re.Match[str] | None:
    """search("list", doc.text, start, end), run only where a colon in the stretch has one of
    _list_endings right before it (spaces between), as every match has: the pattern, with no
    quick test for where it opens, costs a try at every character of a sentence that holds a
    colon, and most of those colons follow a name or a quote's lead."""
    text = doc.text
    endings = _list_endings()
    low, exact = lowered(doc)
    if endings is not None and exact:
        colon = text.find(":", start, end)
        while colon >= 0:
            stop = colon
            while stop > start and text[stop - 1].isspace():  # (what `\s` matches)
                stop -= 1
            if low.endswith(endings, start, stop):
                break
            colon = text.find(":", colon + 1, end)
        if colon < 0:
            return None
    return search("list", text, start, end)
