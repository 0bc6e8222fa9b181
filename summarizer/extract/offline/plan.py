"""The plan an article discusses: who presented it, when and where, its counts and its points.

Points are taken only where the text ties them to the plan: a list introduced by the plan
(`the plan includes:` + bullets, `the remaining points: A, B, and C`), an ordinal point
(`the first point calling for …`), a named part (`Another priority …, according to the plan, is
…`, `A central element of the plan is …`) or what the plan is said to include or call for.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

from summarizer.extract.offline import clauses, cues, np
from summarizer.extract.offline.aims import stated_aims
from summarizer.extract.offline.boilerplate import NUMBERED_ITEM
from summarizer.extract.offline.dates import find_date
from summarizer.extract.offline.document import Doc, Sentence, clause_stop
from summarizer.extract.offline.grounding import locate
from summarizer.extract.offline.language import grammar, language, per_language
from summarizer.extract.offline.lexicon import alternation
from summarizer.extract.offline.plan_patterns import (
    finditer,
    finditer_in,
    finditer_it,
    finditer_named,
    finditer_points_include,
    in_article,
    lowered,
    naming_plan,
    patterns,
    search,
    search_list,
)
from summarizer.extract.offline.point_asks import asked_points, is_presenter
from summarizer.extract.offline.point_forms import copular, head_after_plan, sentence_forms
from summarizer.extract.offline.point_lists import introduces_list, listed_points
from summarizer.extract.offline.point_pairs import pairs
from summarizer.extract.offline.points import (
    action_pair,
    adverbs,
    appositive,
    clause_end,
    distinct,
    elliptic,
    gerund_pair,
    head_index,
    head_word,
    items,
    lead_verb,
    merge_listed,
    near_same,
    of_plan_at,
    ordinal_link,
    ordinal_summary,
    proposal,
    series,
    series_pieces,
    summary,
    two_items,
    verb_pair,
)
from summarizer.extract.offline.prefilter import Filtered, exact_lower
from summarizer.extract.offline.speakers import Resolver
from summarizer.extract.offline.statements import DateContext
from summarizer.extract.offline.word_packs import plan_words, proposal_words
from summarizer.schemas import Evidence, PlanPoint, VictoryPlan

Owner = tuple[str, str | None]  # the plan's presenter: name, country


def _body(doc: Doc) -> str:
    return doc.text[doc.paragraphs[0].start : doc.paragraphs[-1].end] if doc.paragraphs else ""


def _names_plan(doc: Doc) -> bool:
    """Does the article name the plan? Asked for its owner and for the plan: once."""
    return _first_name(doc) is not None


def _first_name(doc: Doc) -> str | None:
    """The first plan name the article gives (lower case, spaces single), or None."""
    def find() -> str | None:
        if not doc.paragraphs:
            return None
        start, end = doc.paragraphs[0].start, doc.paragraphs[-1].end
        if start and doc.text[start - 1] != "\n":
            body = _body(doc)
            match = search("name", body, 0, len(body))
        else:
            # (a body that starts a line is searched in the text itself, by its plan openings:
            # the same as a search of the body alone, as nothing before it joins a word)
            match = search("name", doc.text, start, end)
        return _name_key(match.group(0)) if match is not None else None

    return doc.once("plan.named", find)


def _name_key(name: str) -> str:
    """A plan name as plan.toml [names] other lists it: lower case, spaces single."""
    return " ".join(name.lower().split())


def _other_plan(doc: Doc) -> bool:
    """Is the article about another plan of the presenter's (plan.toml [names] other: the
    resilience plan put to parliament a month after the victory plan)? It is when that plan is
    the first one it names: then `his plan`, `the second point`, `a 10-point plan` and what
    `the plan aims` at are that plan's."""
    return _first_name(doc) in language().plan.names.other


def _only_other_named(doc: Doc) -> bool:
    """Does the article name other plans only (the resilience plan, the peace formula), never
    the plan asked about? Then it is not about that plan at all: no record (its `10-point
    plan` and `the first point` are the other plan's). Only the opening names are matched, so
    the scan is bounded by the plan phrases the article holds."""
    if not _other_plan(doc):
        return False
    other = language().plan.names.other
    return all(_name_key(m.group(0)) in other
               for m in finditer("name", doc.text, doc.paragraphs[0].start, doc.paragraphs[-1].end))


def _names_only_other(doc: Doc, sentence: Sentence) -> bool:
    """Does the sentence name only other plans (no generic `plan` is counted as a name)?"""
    other = language().plan.names.other
    names = [_name_key(m.group(0))
             for m in finditer("name", doc.text, sentence.start, sentence.end)]
    return bool(names) and all(name in other for name in names)


def _presenting(doc: Doc) -> tuple[list[Sentence], list[Sentence]]:
    """The sentences that mention a plan, and those of them that present it (also `a day
    after unveiling it`, the plan named earlier in the sentence). Asked for the plan's owner
    and for the plan: found once per article."""
    return doc.once("plan.presenting", lambda: _find_presenting(doc))


def _find_presenting(doc: Doc) -> tuple[list[Sentence], list[Sentence]]:
    planned = [s for s, named in zip(doc.sentences, naming_plan(doc), strict=True) if named]
    return planned, [s for s in planned if cues.presenting(doc.text, s.start, s.end)
                     or _presenting_it().search(doc.text, s.start, s.end)]


@per_language
def _first_showing() -> Filtered:
    """A sentence that shows the plan for the first time (plan.toml [plan_words]). (Filtered:
    the pattern opens with `\b` and a case-blind alternation, which `re` tries at every
    character; most presenting sentences hold none of its words.)"""
    words = plan_words()
    alternatives = [*map(re.escape, sorted(words.first_showing_words)),
                    *(re.escape(stem) + r"\w*" for stem in sorted(words.first_showing_stems))]
    return Filtered(re.compile(rf"\b(?:{'|'.join(alternatives)})\b", re.I))


@per_language
def _presenting_it() -> Filtered:
    """`… a day after unveiling it`: presenting the plan named before."""
    stems = "|".join(map(re.escape, sorted(plan_words().presenting_it_stems)))
    return Filtered(re.compile(rf"\b(?:{stems})(?:ed|ing|s)? it\b", re.I))


def _alternation(words: frozenset[str]) -> str:
    """Whole phrases, longest first (spaces literal)."""
    return "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))


@per_language
def _day_before() -> Filtered:
    """`… on Thursday, a day after unveiling it`, `presented … the day before`: the
    presentation came the day before the date the sentence gives (the publication date when
    it gives none; plan.toml [plan_words])."""
    words = plan_words()
    stems = _alternation(words.presenting_it_stems)
    return Filtered(re.compile(
        rf"\b(?:{_alternation(words.day_before)}|(?:{_alternation(words.day_after)}) "
        rf"(?:{stems})\w*)\b", re.I))


@per_language
def _parliament() -> Filtered:
    """A sentence naming a parliament (plan.toml [plan_words])."""
    return Filtered(re.compile(rf"\b(?:{_alternation(plan_words().parliament_words)})\b", re.I))


def plan_owner(doc: Doc, resolver: Resolver) -> Owner | None:
    """Who presented the plan the article names (and for which country), if it says."""
    if not _names_plan(doc):
        return None
    return _presenter(doc, resolver, _presenting(doc)[1])


def extract_plan(doc: Doc, resolver: Resolver, dates: DateContext,
                 presenter: Owner | None) -> VictoryPlan | None:
    """presenter: plan_owner(doc, resolver)."""
    if not _names_plan(doc) or _only_other_named(doc):
        return None
    body = _body(doc)
    pats = patterns()
    planned, presenting = _presenting(doc)
    other = _other_plan(doc)
    if other:
        # An article about another plan dates and places only what it says of the plan
        # asked about by name; its points, count and aims are the other plan's.
        presenting = [s for s in presenting if not _names_only_other(doc, s)]

    def owner_ok(pronoun: str, at: int) -> bool:
        lowered = pronoun.lower()  # his/her, or he/she
        word = grammar().noun_phrases.possessives.get(lowered, lowered)
        ref = np.Ref("pronoun", word, at, at)
        who = resolver.resolve(ref, at)
        return presenter is not None and who is not None and who.name == presenter[0]

    public = _point_count(body, _lowered_body(doc)) if "point" in body and not other else None
    return VictoryPlan(
        presented_by=presenter[0] if presenter else None,
        presented_on=_presented_on(doc, presenting, dates),
        venue=_venue(doc, presenter[1] if presenter else None),
        points=[] if other else _series_numbered(doc, _points(
            doc, planned, presenter[0] if presenter else None, owner_ok), public),
        public_points=public,
        # (`annex` in the body is in the article's lower-cased text too, kept once: most
        # articles have none, and the body is not lower-cased for nothing)
        classified_annexes=_count(pats["annexes"], body, _annex_start(body, _lowered_body(doc)))
        if "annex" in lowered(doc)[0] and "annex" in body.lower() else None,
        stated_aims=[] if other else stated_aims(doc, owner_ok),
    )


def _series_numbered(doc: Doc, points: list[PlanPoint], count: int | None) -> list[PlanPoint]:
    """`The plan rests on five points: A, B, C, D and E.` … `The second point calls for X.`:
    an explainer lists the points once, then tells each by its number. When one sentence lists
    as many unnumbered points as the plan is said to have, they are the plan's points in
    order, and the point numbered n told later is its n-th item told again: one point, with
    the number and both pieces of evidence (two points of one account would be two demands
    to the merger)."""
    if count is None or not any(p.number for p in points):
        return points
    runs: dict[int, list[int]] = {}
    for k, point in enumerate(points):
        if point.number is None and point.evidence and point.evidence[0].spans:
            at = doc.sentence_at(point.evidence[0].spans[0][0]).start
            runs.setdefault(at, []).append(k)
    listed = [run for run in runs.values() if len(run) == count]
    if len(listed) != 1:
        return points
    run, out, told = listed[0], list(points), set()
    for k, point in enumerate(points):
        if point.number is None or not 1 <= point.number <= count:
            continue
        item = run[point.number - 1]
        if out[item].number is not None:
            continue  # (an account that numbers two points alike: left as they are)
        out[item] = out[item].model_copy(update={
            "number": point.number, "evidence": [*out[item].evidence, *point.evidence]})
        told.add(k)
    return [point for k, point in enumerate(out) if k not in told]


def _count(pattern: re.Pattern[str], text: str, start: int | None = 0) -> int | None:
    """The number the pattern's first match counts, searched from `start` (None: no match)."""
    if start is None:
        return None
    match = pattern.search(text, start)
    return _counted(match) if match is not None else None


def _counted(match: re.Match[str]) -> int | None:
    word = match.group(1).lower()
    return int(word) if word.isdigit() else language().plan.numbers.get(word)


# A count match (`twenty-five key points`) opens at most this many characters before its
# `point`, past its number word: a separator and `public ` (the longest word the count
# pattern allows between), with room to spare. (A number in digits may open further back.)
COUNT_REACH = 16


def _point_count(body: str, lowered_body: str | None) -> int | None:
    """_count(patterns()["count"], body, _point_count_start(body, lowered_body)): the same
    first match, searched for only in the few characters before each `point` (any case) in
    turn rather than through the rest of the body (the pattern, with no quick test for its
    opening, tries every character). Every match holds `point` (its `point` is none of the
    number words') with at most COUNT_REACH characters before it, or a run of digits, on its
    line; the one before the first `point` whose stretch holds a match is the first match
    (a later `point`'s match opens past this `point`). The stretch ends one character past
    `points` so that its closing `\b` sees what the whole body shows it. Only where the body
    lower-cased keeps its offsets (lowered_body, None otherwise: the whole search)."""
    pattern = patterns()["count"]
    if lowered_body is None or not _plain_numbers():
        return _count(pattern, body, _point_count_start(body, lowered_body))
    reach = COUNT_REACH + max(map(len, language().plan.numbers), default=0)
    at = lowered_body.find("point")
    while at >= 0:
        line = body.rfind("\n", 0, at) + 1
        start = max(line, at - reach)
        while start > line and body[start - 1].isdecimal():  # (what `\d` matches)
            start -= 1
        match = pattern.search(body, start, at + len("points") + 1)
        if match is not None and not _some_of(body, match):
            return _counted(match)
        at = lowered_body.find("point", at + 1)
    return None


# `interest in two points of his plan`, `rejected two key points of the plan`: a count of some
# of the plan's points (before `of`, with no `the`/`its`/`all` before it), not of all of them.
_SOME_OF = re.compile(r"\s+of\s")


@per_language
def _all_before() -> re.Pattern[str]:
    """A word before the count that makes it all of the points (plan.toml count_owners)."""
    return re.compile(rf"(?:\b(?:{alternation(plan_words().count_owners)})\s+)$", re.I)


def _some_of(body: str, match: re.Match[str]) -> bool:
    return _SOME_OF.match(body, match.end()) is not None and not _all_before().search(
        body, max(0, match.start() - 8), match.start())


def _point_count_start(body: str, lowered_body: str | None = None) -> int | None:
    """Where the count pattern's first match can start at the earliest: the start of the line
    of the first `point` (any case), or None when there is none. The pattern opens with `\b`
    and a case-blind alternation, which `re` tries at every character of the body; but each
    match holds `point` and no line break (its number words are plain words), so no line
    before that one holds a match. Exact only where lower() keeps every offset and matches
    what IGNORECASE matches (prefilter.exact_lower); elsewhere the whole body is searched.
    lowered_body: the body so lower-cased, when known (else found here)."""
    lowered = lowered_body if lowered_body is not None else exact_lower(body)
    if lowered is None or not _plain_numbers():
        return 0
    first = lowered.find("point")
    return None if first < 0 else body.rfind("\n", 0, first) + 1


@per_language
def _annex_reach() -> int | None:
    """How far before its noun an annexes match opens at the most (`three classified annexes`:
    a number word, a word of secrecy, two spaces); None when a word is not a plain one."""
    annexes, numbers = language().plan.annexes, language().plan.numbers
    words = [*annexes.secret, *annexes.nouns, *numbers]
    if not all(w.isascii() and w.replace("-", "").isalpha() for w in words):
        return None
    return max(map(len, numbers), default=0) + max(map(len, annexes.secret), default=0) + 2


def _annex_start(body: str, lowered_body: str | None) -> int | None:
    r"""Where the annexes pattern's first match can open at the earliest (None: nowhere), so
    that the pattern, which opens with `\b` and a case-blind alternation that `re` tries at
    every character, is not tried through the body before it: every match ends on a noun of
    plan.toml [annexes] nouns, its number word or the digits before it at most _annex_reach
    before that noun (a run of digits may open further back: taken whole). 0 (the whole
    body) where the body's lower-cased text is not known exactly."""
    reach = _annex_reach()
    if lowered_body is None or reach is None:
        return 0
    found = [at for noun in language().plan.annexes.nouns
             if (at := lowered_body.find(noun.lower())) >= 0]
    if not found:
        return None
    start = max(0, min(found) - reach)
    while start > 0 and body[start - 1].isdecimal():  # (what `\d` matches)
        start -= 1
    return start


def _lowered_body(doc: Doc) -> str | None:
    """The body lower-cased as exact_lower would (None where it would give None), cut from
    the article's lower-cased text (found once) rather than lower-cased anew. (Where the text
    is not exact the body may still be: None then only costs a search of the whole body.)"""
    low, exact = lowered(doc)
    return low[doc.paragraphs[0].start : doc.paragraphs[-1].end] if (
        exact and doc.paragraphs) else None


@per_language
def _plain_numbers() -> bool:
    """Are the number words of the count pattern all plain words (no line break, no regex)?"""
    return all(word.isalpha() for word in language().plan.numbers)


def _presenter(doc: Doc, resolver: Resolver,
               presenting: list[Sentence]) -> tuple[str, str | None] | None:
    for sentence in presenting:
        tokens = doc.tokens(sentence.start, sentence.end)
        # Phrasal verbs (`set out`, `laid out`) are found as phrases; their first word
        # is the verb whose subject presents.
        verbs = {a for a, _, _ in cues.presenting_verbs(doc.text, sentence.start, sentence.end)}
        for k, token in enumerate(tokens):
            if token.start not in verbs:
                continue
            ref = clauses.subject(tokens, k, doc.text)
            who = resolver.resolve(ref, token.start) if ref is not None else None
            if who is not None and who.name:
                return who.name, who.country
    return _possessor(doc, resolver)


def _possessor(doc: Doc, resolver: Resolver) -> tuple[str, str | None] | None:
    """`Zelenskyy’s “victory plan”`, `his proposed victory plan`: whose plan it is."""
    names = patterns()["name"].pattern
    possessives = grammar().noun_phrases.possessives
    owners = "|".join(f"[{w[:1].upper()}{w[:1]}]{re.escape(w[1:])}" for w in possessives)
    pattern = re.compile(rf"\b([A-Z][\w-]+|{owners})(?:['’]s)?\s+(?:[\w-]+\s+)?[“\"]?{names}")
    for sentence in doc.sentences:
        if search("name", doc.text, sentence.start, sentence.end) is None:
            continue  # (each match ends on a plan name in the sentence: most name none)
        for match in pattern.finditer(doc.text, sentence.start, sentence.end):
            word = match.group(1)
            if word in language().titles.not_names.words and word.lower() not in possessives:
                continue  # `The victory plan`: a sentence opener, not the plan's owner
            kind = "pronoun" if word.lower() in possessives else "person"
            pronoun = possessives.get(word.lower(), word)
            ref = np.Ref(kind, pronoun, match.start(1), match.end(1),
                         name=word if kind == "person" else None)
            who = resolver.resolve(ref, match.start())
            if who is not None and who.name:
                return who.name, who.country
    return None


def _presented_on(doc: Doc, presenting: list[Sentence], dates: DateContext) -> dt.date | None:
    """The date of the plan's first public presentation: a sentence that puts it before
    parliament or says it was unveiled/revealed (later tours of capitals do not count), or
    the sentence before it (`comments Wednesday …` / `… as he unveiled the plan`)."""
    # (Only the first such sentence is read: the rest are not searched.)
    showing = _first_showing()
    sentence = next((s for s in presenting if showing.search(doc.text, s.start, s.end)), None)
    if sentence is None:
        return None
    if _day_before().search(doc.text, sentence.start, sentence.end):
        anchor = find_date(doc.text, sentence.start, sentence.end, dates.published,
                           dates.year) or dates.published
        return anchor - dt.timedelta(days=1) if anchor else None
    index = doc.sentences.index(sentence)
    for candidate in (sentence, doc.sentences[index - 1] if index else None):
        if candidate is None:
            continue
        found = find_date(doc.text, candidate.start, candidate.end, dates.published,
                          dates.year)
        if found is not None:
            return found
    return None


def _venue(doc: Doc, country: str | None) -> str | None:
    lang = language()
    parliament = lang.plan.parliaments.get(country or "")
    if parliament is None:
        return None
    pats, in_parliament = patterns(), _parliament()
    if not in_article(doc, in_parliament):
        return None  # (one test of the text, not one per sentence: see in_article)
    for sentence in doc.sentences:
        words = doc.text[sentence.start : sentence.end]
        if in_parliament.search(words) and (
            pats["plan"].search(words)
            or re.search(r"\bin the parliament\b", words, re.I)
        ):
            return parliament
    return None


def _points(doc: Doc, planned: list[Sentence], presenter: str | None,
            owner_ok: Callable[[str, int], bool]) -> list[PlanPoint]:
    found: list[tuple[int | None, str, tuple[int, int]]] = []
    # Whether a label states a proposal, read once per label (the runs below ask it of the
    # points found so far, and the filter at the end of every point).
    checked: dict[str, bool] = {}

    def ok(label: str) -> bool:
        if label not in checked:
            checked[label] = bool(label) and proposal(label)
        return checked[label]

    found += _bullet_points(doc)
    listed = [f[2] for f in found]
    # Also `The third element is X` (an ordinal part of the plan) after the plan is named.
    # (One scan of the text after the plan is named, not one per sentence.)
    named_from = planned[0].end if planned else len(doc.text)
    parts = {doc.sentence_at(m.start()).start
             for m in finditer_in(doc, "ordinal_part", named_from, len(doc.text))}
    pointed = [s for s in doc.sentences if (doc.text.find("point", s.start, s.end) >= 0
               and re.search(r"\bpoints?\b", doc.text[s.start : s.end])) or s.start in parts]
    for sentence in sorted(set(planned) | set(pointed), key=lambda s: s.start):
        found += _sentence_points(doc, sentence, presenter)
        found += sentence_forms(doc, sentence)
        found += listed_points(doc, sentence)
    found += _it_points(doc, {s.start for s in planned}, {
        doc.sentence_at(f[2][0]).start for f in found if ok(f[1])})
    found += head_after_plan(doc, {s.start for s in planned})
    found += asked_points(doc, presenter, owner_ok,
                          {doc.sentence_at(f[2][0]).para for f in found},
                          frozenset(doc.sentence_at(f[2][0]).start for f in found
                                    if ok(f[1])))
    # Ordinals that drop their noun continue the series an ordinal point opened.
    numbered = {doc.sentence_at(f[2][0]).start: f[0] for f in found if f[0] is not None}
    found += elliptic(doc, numbered)
    found += pairs(doc)
    # An ordinal adverb series may also open right after a question about the plan or a line
    # that introduces it (`What does the plan ask for?` ⏎ `First, A. Second, B.`).
    named = {s.start for s in planned}
    following = {s.start for k, s in enumerate(doc.sentences[1:], 1)
                 if doc.sentences[k - 1].start in named and s.para - doc.sentences[k - 1].para <= 1
                 and doc.text[doc.sentences[k - 1].start : doc.sentences[k - 1].end].rstrip(
                     " ”\"’'").endswith(("?", ":"))}
    # So may one right after a sentence that counts the plan's points (`The plan consists of
    # eight points.` `First and foremost, he demanded A.`), in its paragraph.
    counted = _counted_points()
    following |= {s.start for k, s in enumerate(doc.sentences[1:], 1)
                  if doc.sentences[k - 1].start in named and s.para == doc.sentences[k - 1].para
                  and counted.search(doc.text, doc.sentences[k - 1].start,
                                     doc.sentences[k - 1].end)}
    found += adverbs(doc, doc.sentences, {s.start for s in (*planned, *pointed)} | following)
    found, also = merge_listed(found, listed)
    wrapped: dict[tuple[int, int], tuple[int, int]] = {}
    found = [_across_lines(doc, f, wrapped) for f in found]
    points: list[PlanPoint] = []
    taken: list[tuple[int, int]] = []
    reach = -1  # the furthest end of a taken span
    ordered = sorted(found, key=lambda f: f[2][0])
    # What only mentions, praises or rejects the plan is left out before two wordings of one
    # point are compared, so that a reaction never stands in for the point.
    ordered = [f for f in ordered if ok(f[1])]
    # `The plan includes a five-point strategy aimed at …`: what opens on the plan's count of
    # points is the plan told again, not one of its points.
    counted = patterns()["count"]
    ordered = [f for f in ordered if not counted.match(f[1])]
    # What a sentence naming only another plan lists is that plan's (`the peace formula,
    # which includes …`), even in an article about this one.
    # (Only where the article's lower-cased text holds another plan's name at all.)
    low = lowered(doc)[0]
    if any(name in low for name in language().plan.names.other):
        ordered = [f for f in ordered if not _names_only_other(doc, doc.sentence_at(f[2][0]))]
    # A point the excerpt stops inside (`… Ukraine's natural miner`) is kept only up to the
    # last whole item before it, or left out.
    cut = _cut_off(doc.text)
    ordered = [g for f in ordered if (g := _before_cut(doc.text, f) if f[2][1] >= cut else f)]
    for number, label, (a, b) in near_same(distinct(ordered, set(listed)), set(listed)):
        # The spans come by their starts, so every taken one starts at or before `a`: it
        # overlaps when one reaches past `a` (an empty span is checked against each).
        if a < reach and (a < b or any(a < y and x < b for x, y in taken)):
            continue
        spans = [(a, b), *([also[(a, b)]] if (a, b) in also else [])]
        evidence = [locate(doc.text, [span, *([wrapped[span]] if span in wrapped else [])])
                    for span in spans]
        if evidence[0] is None:
            continue
        taken.append((a, b))
        reach = max(reach, b)
        points.append(PlanPoint(number=number, summary=label, evidence=[
            Evidence(text=g[0], spans=g[1]) for g in evidence if g is not None]))
    return points


def _cut_off(text: str) -> int:
    """Where an excerpt that stops mid-sentence stops (its last character not one of
    _SENTENCE_ENDS); past the text's end when it ends a sentence, or a list item that ends on
    a word of content (`- Stronger air defences`: items often go without a full stop)."""
    end = len(text.rstrip())
    if not end or text[end - 1] in _SENTENCE_ENDS:
        return len(text) + 1
    line = text[text.rfind("\n", 0, end) + 1 : end]
    pack = proposal_words()
    if _LIST_ITEM.match(line) and line.split()[-1].lower() not in (
            pack.phrase_breaks | pack.dangling):
        return len(text) + 1
    return end


# A line that is an item of a list: a bullet or a number before its text.
_LIST_ITEM = re.compile(r"\s*(?:[-•*–—▪◦]|\d{1,2}[.)])\s")


def _before_cut(text: str, point: tuple[int | None, str, tuple[int, int]]) -> tuple[
        int | None, str, tuple[int, int]] | None:
    """A point the excerpt stops inside: without the item its last `and` opens (`Joint
    protection of critical resources and leveraging its`) when what stands before that `and`
    ends on a whole phrase (not `investing in and jointly protecting …`); as summary() trims it
    when the excerpt stops on a function word (`… against targets inside`: the words before it
    are whole); else None (`… in defending Ukraine`, `… natural miner`: its last word may be
    cut, and what it asked with it)."""
    number, label, (a, b) = point
    pack = proposal_words()
    loose = pack.phrase_breaks | pack.dangling
    at, mark = text.rfind(" and ", a, b), label.rfind(" and ")
    if at > a and mark > 0:
        words = text[a:at].split()
        if words and words[-1].lower().strip(",;") not in loose:
            return number, label[:mark].rstrip(" ,;"), (a, len(text[:at].rstrip(" ,;")))
    last = text[a:b].split()[-1:]
    return point if last and last[0].lower() in loose else None


# A line that opens with a label of its own (`Point 2 …`, `Step three:`, `Defence:`) starts
# anew; a label's number is a digit or a number word (plan.toml [numbers]).
_LINE_LABEL = re.compile(r"[A-Z][a-z]+\s+(?:\d+|[a-z]+)\b\s*[:.)—–-]\s|[A-Z][\w -]{0,30}:")
# A line that ends a sentence ends with one of these (else a hard-wrapped line may go on).
_SENTENCE_ENDS = ".!?…:;\"”’'»)"


def _across_lines(doc: Doc, point: tuple[int | None, str, tuple[int, int]],
                  wrapped: dict[tuple[int, int], tuple[int, int]],
                  ) -> tuple[int | None, str, tuple[int, int]]:
    """`The plan calls for lifting limits on the use of long-range⏎weapons against targets.`: a
    point whose evidence runs to the end of a line that stops mid-sentence (no closing
    punctuation) and whose next line (boilerplate skipped) goes on in lower case is told to the
    end of its clause there, so that a line break never cuts it mid-phrase. wrapped: gets the
    continuation's span, a second piece of the point's evidence."""
    number, label, (a, b) = point
    text = doc.text
    index = doc.sentence_at(a).para
    para = doc.paragraphs[index]
    end = para.start + len(text[para.start : para.end].rstrip())
    if b < end or index + 1 >= len(doc.paragraphs) or text[end - 1] in _SENTENCE_ENDS:
        return point
    after = doc.paragraphs[index + 1]
    if after.kind != "content" or not text[after.start : after.start + 1].isalnum():
        return point
    # `… to join the North Atlantic Treaty⏎Organization while …`: a next line in capitals goes
    # on only right below (one line break, no heading left out between) and not as a labelled
    # or numbered item of its own.
    if not text[after.start].islower() and (text.count("\n", end, after.start) != 1 or (
            _labelled(text, after.start, after.end)) or _title_case(text, para.start, end)):
        return point
    head = " ".join(label.split()[:3])
    at = text.find(head, a, b) if head else -1
    if at < 0:
        return point  # the label is not read from the text as it stands
    stop = clause_stop(text, after.start, after.end)
    wrapped[(a, b)] = (after.start, stop)
    return number, summary(text[at:end] + " " + text[after.start : stop]), (a, b)


# A line is in title case (a headline, a breadcrumb) when at least this many of its words of
# four letters or more are, and every one of them is capitalised.
TITLE_WORDS = 3


def _title_case(text: str, start: int, end: int) -> bool:
    """`Home / News / Plan Includes the Defence of the Ports`: a headline line, which stops
    without punctuation and is never continued by the next line's sentence (`The plan …`)."""
    words = [w for w in text[start:end].split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= TITLE_WORDS and all(w[0].isupper() for w in words)


def _labelled(text: str, start: int, end: int) -> bool:
    match = _LINE_LABEL.match(text, start, end)
    if match is None:
        return False
    words = match.group(0).rstrip(" :.)—–-").split()
    numbers = language().plan.numbers
    return len(words) == 1 or words[1].isdigit() or words[1].lower() in numbers


def _bullet_points(doc: Doc) -> list[tuple[int | None, str, tuple[int, int]]]:
    """Bullets right after a line that introduces the plan's content and ends with a colon, or
    right below a line that counts the plan's points (`The plan has five points.`, a heading
    `Here are the plan's five points`)."""
    pats = patterns()
    out: list[tuple[int | None, str, tuple[int, int]]] = []
    runs: list[int] = []  # the index of each run's first bullet
    for index, para in enumerate(doc.paragraphs):
        line = doc.text[para.start : para.end]
        if para.kind == "bullet":
            # `What the plan contains`, `Here is what it proposes.` also introduce the points.
            if (not index or doc.paragraphs[index - 1].kind != "bullet") and (_counting(
                    doc.text, para.start) or introduces_list(doc, index)):
                runs.append(index)
            continue
        if not line.rstrip().endswith(":") or not (
                pats["list"].search(line) or pats["list_taken_up"].search(line.rstrip())):
            continue
        # The plan is named in the introducing paragraph or the one before it
        # (`Zelensky presented his plan on Wednesday.` / `The five points are:`).
        before = doc.paragraphs[index - 1] if index else para
        named_before = search("plan", doc.text, before.start, before.end)
        if pats["plan"].search(line) or named_before:
            runs.append(index + 1)
    for first in sorted(set(runs)):
        semicolons = False  # the items so far are lines that end with a semicolon
        last = 0  # the number of the last numbered item, 0 for none
        for k, item in enumerate(doc.paragraphs[first:]):
            if item.kind != "bullet" and last and _next_heading(doc, first + k, last + 1):
                continue  # `1. NATO invitation` ⏎ what it means ⏎ `2. Defence`: headings
            if item.kind != "bullet":
                # `The plan has five points:` ⏎ `A;` ⏎ `B;` ⏎ `C.`: lines with no bullet,
                # each but the last ended by a semicolon, are a list too.
                ends = doc.text[item.start : item.end].rstrip().endswith(";")
                if not (semicolons or (ends and k == 0)):
                    break
                line = doc.text[item.start : item.end].rstrip().rstrip(";")
                out.append((None, summary(line), (item.start, item.start + len(line))))
                if not ends:
                    break  # the last item, with no semicolon: the list ends with it
                semicolons = True
                continue
            # A numbered item gives its number (the article's own); a bullet gives none.
            numbered = NUMBERED_ITEM.match(doc.text, item.start, item.end)
            start = numbered.end() - 1 if numbered else item.start + 1
            while doc.text[start].isspace():
                start += 1
            number = int(numbered.group(1)) if numbered else None
            last = number or 0
            out.append((number, summary(doc.text[start : item.end]), (start, item.end)))
    return out


# Numbered headings over the points may each have this many paragraphs of text under them.
HEADING_TEXT_PARAS = 2


def _next_heading(doc: Doc, index: int, number: int) -> bool:
    """Is the item numbered `number` a bullet within HEADING_TEXT_PARAS paragraphs from
    `index` (the paragraphs up to it being text, not bullets)?"""
    for para in doc.paragraphs[index : index + HEADING_TEXT_PARAS + 1]:
        if para.kind == "bullet":
            numbered = NUMBERED_ITEM.match(doc.text, para.start, para.end)
            return numbered is not None and int(numbered.group(1)) == number
    return False


# A line that counts the plan's points before a list of them has at most this many words.
COUNTING_WORDS = 16


@per_language
def _counted_points() -> re.Pattern[str]:
    """`five points`, `5 key demands` (not `a five-point plan`: a name, not a list to come)."""
    lang = language()
    numbers = "|".join(sorted(lang.plan.numbers, key=len, reverse=True))
    nouns = "|".join(sorted(lang.plan.points.nouns, key=len, reverse=True))
    return re.compile(rf"\b(?:{numbers}|\d+)\s+(?:[\w-]+\s+)?(?:{nouns})\b(?![- ]plan)", re.I)


def _counting(text: str, start: int) -> bool:
    """Does the line right above `start` (a list's first bullet) name the plan and end on the
    count of its points, as a short line of its own?"""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    line = text[text.rfind("\n", 0, end) + 1 : end].rstrip(".:")
    # The count ends the line (`The plan has five points.`), not `The plan has five points.
    # Here is how allies reacted.`
    counted = _counted_points().search(line)
    return (len(line.split()) <= COUNTING_WORDS and text.count("\n", end, start) == 1
            and counted is not None and counted.end() == len(line)
            and search("plan", line, 0, len(line)) is not None)


def _sentence_points(doc: Doc, sentence: Sentence, presenter: str | None = None,
                     ) -> list[tuple[int | None, str, tuple[int, int]]]:
    """presenter: the plan's presenter's name, if known (`the plan outlined by X includes …`
    lists the plan's points only when X is its presenter)."""
    text, a, b = doc.text, sentence.start, sentence.end
    out: list[tuple[int | None, str, tuple[int, int]]] = []
    words = text[a:b]
    ordinals = list(finditer("ordinal", text, a, b))
    if not _names_plan_in(text, a, b) and not re.search(r"\bpoints?\b", words, re.I):
        ordinals = [m for m in ordinals if _part_of_plan(m.group(0))]
        if not ordinals:
            return out
    for match in ordinals:
        number = language().plan.ordinals.get(match.group(1).lower())
        end = clause_stop(text, match.end(), b)
        # `…, while the second seeks B`: the next ordinal's clause is its own point (elliptic).
        link = ordinal_link().search(text, match.end(), end)
        end = link.start() if link else end
        # `…, and it concludes with point five, …`: a clause with a subject of its own after
        # `, and` tells more than this point.
        clause = _new_clause().search(text, match.end(), end)
        end = clause.start() if clause else end
        named = appositive(text, sentence, match, patterns()["plan"], end) or copular(
            text, sentence, match, end)
        label = ordinal_summary(text, match.end(), end)
        if named is None and label.split(" ", 1)[0].lower() in proposal_words().phrase_breaks and (
                _object_of(text, a, match) or not (
                    of_plan_at(text, match.end(), end)
                    or search("plan", text, match.start(), match.end()))):
            # `a debate of the fourth point of the plan on TV`: where it was talked of;
            # `the "first step to a world war"`: a step of no plan, toward something.
            continue
        out.append(named or (number, label, (match.start(), end)))
    listed = _inline_list(doc, sentence) or _inline_numbered(text, a, b)
    # (A sentence that lists the points inline is read for that list only.)
    for key in ("named", "includes", "aside_includes", "points_include", "one_of") if (
            not listed) else ():
        finder = _FINDERS.get(key)
        for match in finder(doc, a, b) if finder else finditer(key, text, a, b):
            if text.startswith("by ", match.end()):
                continue  # `the plan proposed by Zelensky`: who proposed it, not what
            by = match.group("by") if key == "includes" else None
            if by and presenter and not is_presenter(by.split()[-1], presenter):
                continue  # `the peace plan proposed by Orban includes …`: another's plan
            if _not_content(text[match.end() : b]):
                # `includes five points that depend on allies, including A and B`: a count,
                # then what it holds.
                out.extend((None, summary(text[x:y]), (x, y))
                           for x, y in _listed_items(text, match.end(), b))
                continue
            if key == "aside_includes" and not _subject(text, a, match.start()):
                continue  # `Critics of the plan, led by Hungary, call for …`
            if key == "points_include" and _ordinal_or_remark(match.group(0), text, match.end()):
                continue  # `Its first point is …` (an ordinal point), `… is that …`
            if key in ("points_include", "one_of") and not (
                    _the_plans(match.group(0)) or search("name", text, a, b)
                    or _after_named(doc, sentence)):
                continue  # `Its points include …` about another party's demands
            # `The plan's five points are A, B and C`: the points themselves, one word each
            # at the fewest.
            # (`The five points of the plan are`: the count stands right before the match.)
            before = text[a : match.start()].split()[-2:]
            least = 1 if key in ("points_include", "named") and _enumerates(
                " ".join([*before, match.group(0)])) else 2
            items = _listed_items(text, match.end(), b) or series(
                text, match.end(), b, least) or (
                action_pair(text, match.end(), b)) or verb_pair(text, match.end(), b) or (
                two_items(text, match.end(), b) if key in _PAIRED else []) or (
                # (`securing A and deterring B`: what the plan is for, see _aims)
                [] if _aims(text[match.end() : b]) else gerund_pair(text, match.end(), b))
            if items:
                out.extend((None, summary(text[x:y]), (x, y)) for x, y in items)
                continue
            if key == "points_include" and match.group(0).lower().rstrip().endswith(
                    language().plan.points.topic_verbs):
                continue  # `Its other two points concern the economy`: their topic
            if key in ("points_include", "named") and _short_series(text, match.end(), b):
                continue  # `Its points are clear, simple and achievable`: said of the points
            if _aims(text[match.end() : b]):
                continue  # `focuses on securing Ukraine's future and deterring aggression`
            # (`The plan calls first for A`: the verb itself tells its place.)
            first_place = re.search(r"\b(?:atop|top of the list|first)\b", text[match.end() : b]
                                    ) or re.search(r"\sfirst\s+for\s+$", match.group(0))
            # `First and foremost, the plan calls for A`: the sentence opens on its place.
            number = 1 if first_place or _first_opener().match(text, a, match.start()) else (
                _ordinal_section(text[a : match.start()]))
            # The evidence stops at a semicolon: a clause after it states its own point
            # (`Point 1 of the plan is A; point 3 asks for B`).
            semicolon = text.find(";", match.end(), b)
            stop = semicolon if semicolon >= 0 else b
            out.append((number, summary(text[match.end() : stop]), (a, stop)))
    for key in ("as_part", "goal"):
        for match in finditer(key, text, a, b):
            out.append((None, summary(match.group(1)), (match.start(1), match.end(1))))
    out += _opens_with(text, a, b)
    under = patterns()["under"].match(text, a, b)
    if under is not None:
        group = 1 if under.start(1) >= 0 else 2  # what the plan would do, or what it asks
        start = under.start(group)
        end = clause_end(text, start, b)
        out.append((None, summary(text[start:end]), (start, end)))
    return [p for p in map(_ordinal_item, out + listed) if p is not None]


# The forms read where they may open only (see plan_patterns.finditer_named).
_FINDERS: dict[str, Callable[[Doc, int, int], Iterator[re.Match[str]]]] = {
    "named": finditer_named, "points_include": finditer_points_include}


def _names_plan_in(text: str, start: int, end: int) -> bool:
    """Does text[start:end], taken out of the text, name the plan? Asked of the text itself
    (searched through its index of plan openings, not scanned) unless the character before
    `start` is one the plan pattern's look-back refuses before a phrase (a word character or
    a hyphen): cut out, the stretch has nothing before it; elsewhere the pattern looks at
    nothing outside the stretch (its look-ahead stops at `end`)."""
    if start and (text[start - 1].isalnum() or text[start - 1] in "_-"):  # (what `[\w-]` is)
        words = text[start:end]
        return search("plan", words, 0, len(words)) is not None
    return search("plan", text, start, end) is not None


def _object_of(text: str, start: int, match: re.Match[str]) -> bool:
    """Is the ordinal point the object of `of` (`a discussion of the fourth point`), with no
    copula or colon of its own after it? The sentence then tells what was said of the point,
    and a phrase after it (`… of the plan on a talk show`) is where, not what it asks."""
    own = match.group(0).rstrip()
    return text[start : match.start()].rstrip().lower().endswith((" of", "\nof")) and not (
        own.endswith((":", " is", " was", " being", "calling for")))


# The forms whose content `A and a B` is two points (`The plan includes a joint air shield and
# a drone fund`), not one.
_PAIRED = ("points_include", "includes")


@per_language
def _new_clause() -> re.Pattern[str]:
    """`, and it …`, `, and the plan …`: a clause with a subject of its own after an ordinal
    point (plan.toml clause_subjects)."""
    return re.compile(rf",\s+and\s+(?:{alternation(plan_words().clause_subjects)})\s+(?=[a-z])")


@per_language
def _opens() -> re.Pattern[str]:
    """`The plan opens with a call for A` (its first point), `… and ends with B` (its last)."""
    words = plan_words()
    return re.compile(rf"[”\"’']?\s+(?:(?P<first>{alternation(words.opening_verbs)})"
                      rf"|{alternation(words.closing_verbs)})\s+with\s+"
                      rf"(?P<asks>an?\s+(?:{alternation(words.asking_nouns)})\s+for\s+)?")


def _opens_with(text: str, a: int, b: int) -> list[tuple[int | None, str, tuple[int, int]]]:
    """`The plan opens with a call for an invitation to join NATO`: what the plan opens (or
    ends) with is its first (or a) point when it is a demand: its first phrase holds a noun of
    what Kyiv asks or of an action asked for (plan.toml [points] demand_nouns, action_nouns;
    not `opens with a preamble on history`), or it is told as asked (`a call for A`)."""
    if " with " not in text[a:b]:
        return []  # (most sentences: none of these verbs)
    named = search("plan", text, a, b)
    match = _opens().match(text, named.end(), b) if named else None
    if match is None:
        return []
    end = clause_end(text, match.end(), b)
    label = summary(text[match.end() : end])
    points = language().plan.points
    words = label.lower().split()
    head = set(words[: len(words) if (k := head_index(words)) is None else k])
    if not match.group("asks") and not head & (points.demand_nouns | points.action_nouns):
        return []
    return [(1 if match.group("first") else None, label, (match.end(), end))]


# `… as follows: 1) A; 2) B; 3) C.`: a number and a parenthesis (or a full stop) after a
# colon, semicolon, comma or space, opening each item of a list inside a sentence.
_INLINE_NUMBER = re.compile(r"(?<=[\s:;,])(\d{1,2})[.)]\s+")


def _inline_numbered(text: str, a: int, b: int) -> list[tuple[int | None, str, tuple[int, int]]]:
    """`The plan's five points are as follows: 1) A; 2) B; 3) C.`: the items of a list
    numbered inside the sentence (in a sentence the caller tied to the plan or its points),
    after a colon, numbered 1, 2, 3 … in turn (two items at least; not `1.5 million`)."""
    colon = text.find(":", a, b)
    if colon < 0 or (")" not in text[colon:b] and ". " not in text[colon:b]):
        return []  # (most sentences: no list after a colon)
    marks = list(_INLINE_NUMBER.finditer(text, colon, b))
    if len(marks) < 2 or [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
        return []
    if text[colon + 1 : marks[0].start()].strip():
        return []  # the list opens right after the colon
    out: list[tuple[int | None, str, tuple[int, int]]] = []
    for k, mark in enumerate(marks):
        stop = marks[k + 1].start() if k + 1 < len(marks) else clause_end(text, mark.end(), b)
        item = text[mark.end() : stop].rstrip(" ;,")
        item = re.sub(r"\s+(?:and|or)$", "", item)
        if item:
            out.append((int(mark.group(1)), summary(item), (mark.end(), mark.end() + len(item))))
    return out


def _ordinal_item(point: tuple[int | None, str, tuple[int, int]]) -> tuple[
        int | None, str, tuple[int, int]] | None:
    """`…: the first is A, the second is B, and the third concerns C`: an item of a series
    that opens with an ordinal and a verb that introduces a point is that numbered point, told
    after the verb; one that opens with an ordinal and no such verb (`the second and third
    focus on military aspects`, `the fifth pertains to security`) tells none."""
    number, label, span = point
    first, _, rest = label.partition(" ")
    ordinals = language().plan.ordinals
    if number is not None or first.lower() not in ordinals:
        return point
    lead = lead_verb(rest)
    if lead is None:
        return None
    return ordinals[first.lower()], summary(rest[lead:]), span


@per_language
def _ordinal_sections() -> re.Pattern[str]:
    lang = language()
    return re.compile(rf"\b({alternation(lang.plan.ordinals)})\s+"
                      rf"(?:{alternation(lang.plan.points.sections)})\s+of\s+\S+\s*$", re.I)


def _ordinal_section(words: str) -> int | None:
    """`Finally, the fifth part of` (before the plan and its verb): the number of the part of
    the plan that states the point (plan.toml [points] sections), None when none is named."""
    found = _ordinal_sections().search(words)
    return language().plan.ordinals.get(found.group(1).lower()) if found else None


@per_language
def _first_opener() -> re.Pattern[str]:
    """`First, `, `Firstly, `, `First and foremost, `: a sentence opening on the first place
    (plan.toml first_openers, capitalised)."""
    openers = [f"{w[:1].upper()}{w[1:]}" for w in plan_words().first_openers]
    return re.compile(rf"(?:{alternation(openers)}),\s")


def _aims(rest: str) -> bool:
    """`securing Ukraine's future and deterring Russian aggression`: two or more aims joined
    by `and`, each opened by a gerund of what the plan is for (plan.toml [aims] gerunds), say
    what the plan is for, not what it asks (one alone may be its point: `persuading allies to
    lift limits`)."""
    clause = re.split(r"[,;.]", rest, maxsplit=1)[0]
    parts = re.split(r"\s+and\s+", clause.strip())
    gerunds = language().plan.aims.gerunds
    return len(parts) > 1 and all(p.split(" ", 1)[0].lower() in gerunds for p in parts)


def _part_of_plan(words: str) -> bool:
    """`The third element is`: an ordinal with a noun that names a part of a plan even where
    the sentence does not name the plan (plan.toml [points] part_nouns; not `The first step
    is to convince Washington`)."""
    return bool(set(words.lower().split()) & language().plan.points.part_nouns)


def _ordinal_or_remark(words: str, text: str, end: int) -> bool:
    """`The plan's first point is`: an ordinal point, read as one (the `ordinal` pattern);
    `The plan's key point is that Ukraine must win`: a remark, not a proposal."""
    ordinals = language().plan.ordinals
    return any(w in ordinals for w in words.lower().split()) or (
        words.split()[-1].lower() in plan_words().copulas and text.startswith("that ", end))


# A series whose items all have at most this many words is one of words, not of points.
SHORT_ITEM_WORDS = 3


def _short_series(text: str, start: int, end: int) -> bool:
    """`clear, simple and achievable`, `military, economic and diplomatic issues`: a series of
    three short pieces or more, none of which is a point read alone (its first piece is not
    a whole point either)."""
    chunk = text[start : clause_stop(text, start, end)]
    pieces = [p for p in re.split(r",\s+(?:and\s+)?|\s+and\s+", chunk) if p.strip()]
    return len(pieces) >= 3 and all(len(p.split()) <= SHORT_ITEM_WORDS for p in pieces)


def _enumerates(words: str) -> bool:
    """`The plan's five points are`, `Its pillars include`: the series after it lists the
    points themselves (a count, or a verb of plan.toml [points] listing_verbs), not what is
    said of them (`Its points are clear, simple and achievable`)."""
    points = language().plan.points
    return any(w in points.listing_verbs or w in language().plan.numbers or w.isdigit()
               for w in words.lower().split())


def _the_plans(words: str) -> bool:
    """`The plan's five points are …`, `One of the plan's points is …`: the article's plan,
    named with the definite article (not `its`, nor `Trump's plan's`, which may be another
    party's)."""
    return _THE_PLANS.match(words) is not None


_THE_PLANS = re.compile(r"(?:one\s+of\s+)?the\s", re.I)


# The plan is its sentence's subject when named within this many words of its start.
SUBJECT_REACH = 4


def _subject(text: str, start: int, at: int) -> bool:
    """`The plan, …` / `Zelensky's plan, …` opening the sentence (at: where the plan is named),
    not `Critics of the plan, …`."""
    lead = text[start:at].lower().split()
    return len(lead) < SUBJECT_REACH and not set(lead) & grammar().clauses.prepositions


def _after_named(doc: Doc, sentence: Sentence) -> bool:
    """The sentence right before (same paragraph) names the plan by its name."""
    index = doc.sentences.index(sentence)
    prev = doc.sentences[index - 1] if index else None
    return prev is not None and prev.para == sentence.para and search(
        "name", doc.text, prev.start, prev.end) is not None




# `The plan boils down to three demands:`: the plan named at most this many words before the
# noun that introduces a list makes the list its own.
OWN_LIST_REACH = 6


def _plans_own(text: str, start: int, at: int) -> bool:
    """`The plan's demands:`, `The plan boils down to three demands:`: a list under a noun
    that may be anyone's (demands, goals) is the plan's when the plan is named just before it
    in the sentence, with no other owner or reaction between (not `Hungary rejected the plan
    and listed its own demands:`; plan.toml [points] not_introducing, [proposals] reactions)."""
    found = list(finditer("plan", text, start, at))
    if not found:
        return False
    plan = found[-1]  # the last one named before the list
    between = re.findall(r"[\w’'-]+", text[plan.end() : at].lower())
    stops = language().plan.points.not_introducing | proposal_words().reactions
    return len(between) <= OWN_LIST_REACH and not set(between) & (stops | {"own", "their"})


def _inline_list(doc: Doc, sentence: Sentence) -> list[tuple[int | None, str, tuple[int, int]]]:
    """`… the remaining points: A, B, and C.`, `… rests on five pillars: A, B and C.`"""
    text = doc.text
    match = search_list(doc, sentence.start, sentence.end)
    heads = language().plan.points.list_heads
    if match is None or not (any(w in heads for w in re.findall(r"\w+", match.group(0).lower()))
                             or _plans_own(text, sentence.start, match.start())):
        return []
    out: list[tuple[int | None, str, tuple[int, int]]] = []
    # `… rests on five pillars: defence, deterrence and …`: after a noun for the plan's points,
    # the items are the points themselves and may be one word each.
    least = 1 if set(re.findall(r"\w+", match.group(0).lower())) & set(
        language().plan.points.nouns) else 2
    end = clause_stop(text, match.end(), sentence.end)
    # `… five points: A; B; C; and D.`: items set apart by semicolons, whose commas are
    # their own (`A, with B; C`).
    semicolons = _semicolon_items(text, match.end(), sentence.end, least) if text.startswith(
        ";", end) else []
    if semicolons:
        return semicolons
    cursor = match.end()
    pieces = re.split(r",\s+(?:and\s+)?", text[match.end() : end])
    if len(pieces) > 1 and not re.search(r",\s+and\s", text[match.end() : end]):
        # `A, B and C`: with no comma before the last `and`, that `and` joins the last two
        # items; with one (`A, B, and C`), an `and` inside an item is the item's own
        # (`strengthening defence and targeting Russian territory`).
        last, _, tail = pieces[-1].rpartition(" and ")
        if len(last.split()) >= least and len(tail.split()) >= least:
            pieces[-1:] = [last, tail]
    for piece in pieces:
        start = text.index(piece, cursor)
        cursor = start + len(piece)
        if len(piece.split()) >= least:
            out.append((None, summary(piece), (start, start + len(piece))))
    return out


# A list set apart by semicolons needs this many items.
SEMICOLON_ITEMS = 3
# `and` (or `or`) opening the last item of a list after its semicolon or comma.
_LIST_GLUE = re.compile(r"(?:and|or)\s+", re.I)
# The last semicolon item's own series end: `…; C, and D.` (a comma and `and`).
_COMMA_AND = re.compile(r",\s+and\s+")


def _semicolon_items(text: str, start: int, end: int, least: int) -> list[
        tuple[int | None, str, tuple[int, int]]]:
    """The items of a list after a colon that semicolons set apart, to the sentence's end
    (`A; B; C; and D`, or `A; B; C, and D` where the last two are joined by a comma and
    `and`); each of `least` words at the fewest. [] when fewer than SEMICOLON_ITEMS remain
    (`demands: more drones; the union says no`: a clause of its own after one item)."""
    spans: list[tuple[int, int]] = []
    cursor = start
    while cursor < end:
        stop = clause_stop(text, cursor, end)
        last = not text.startswith(";", stop)
        lo = cursor
        while lo < stop and text[lo].isspace():
            lo += 1
        glue = _LIST_GLUE.match(text, lo, stop)
        lo = glue.end() if glue else lo
        hi = clause_end(text, lo, stop) if last else stop
        joined = _COMMA_AND.search(text, lo, hi) if last and spans else None
        if joined:
            spans += [(lo, joined.start()), (joined.end(), hi)]
        else:
            spans.append((lo, hi))
        if last:
            break
        cursor = stop + 1
    items = [(x, y) for x, y in spans if len(text[x:y].split()) >= least]
    if len(items) < SEMICOLON_ITEMS:
        return []
    return [(None, summary(text[x:y]), (x, y)) for x, y in items]


# A `such as` list item, and the pieces an `and` splits it into, need this many words each.
ITEM_WORDS = 2


def _listed_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`… contains requests that allies have declined, such as A and B.`: the items of a
    `such as` / `including` list that follows what the plan contains, as (start, end)."""
    link = search("such_as", text, start, end)
    if link is None or not _category(text[start : link.start()]):
        return []
    stop = clause_stop(text, link.end(), end)
    items: list[tuple[int, int]] = []
    cursor = link.end()
    for piece in series_pieces(text[link.end() : stop]):
        at = text.index(piece, cursor)
        cursor = at + len(piece)
        if len(piece.split()) >= ITEM_WORDS:
            items.append((at, at + len(piece)))
        elif items:
            items[-1] = (items[-1][0], at + len(piece))  # `A and B` too short to split
    return items if len(items) > 1 else []


def _category(words: str) -> bool:
    """`demands that partners have refused`, `key measures for defending Ukraine`: a phrase
    headed by a noun of the plan's points or one that names no content of its own (plan.toml
    [points] nouns, [forms] vague_heads), whose `such as` list tells what it holds (not
    `continued strikes on Russian soil, including the Kursk incursion`: an example of a point)."""
    head = head_word(words.lower().split())
    plan = language().plan
    return head is not None and (head in plan.points.nouns or head in plan.forms.by_name[
        "vague_heads"])


def _it_points(doc: Doc, planned: set[int], stated: set[int]) -> list[
        tuple[int | None, str, tuple[int, int]]]:
    """`He came with a plan. Not only does it ask for A, but it also calls for B.`: what `it`
    asks or calls for, when the plan is the last thing named (this sentence or the one
    before, in the same paragraph), each with its own clause as evidence. planned: the starts
    of the sentences that name the plan; stated: those of the sentences where a point was
    found (`At the heart of the plan is A.` ⏎ `It also calls for B.`: after a point told of
    the plan, `it` goes on telling it, also from the next paragraph)."""
    text = doc.text
    out: list[tuple[int | None, str, tuple[int, int]]] = []
    for index, sentence in enumerate(doc.sentences):
        prev = doc.sentences[index - 1] if index else None
        after_plan = prev is not None and prev.start in planned and (
            prev.para == sentence.para or (
                prev.start in stated and sentence.para == prev.para + 1))
        if not (after_plan or sentence.start in planned):
            continue
        words = text[sentence.start : sentence.end]
        for match in finditer_it(words):
            at = sentence.start + match.start(1)
            if not (after_plan or search("plan", text, sentence.start, at)):
                continue
            if _not_content(text[sentence.start + match.end() : sentence.end]):
                continue
            lo, hi = cues.clause_bounds(text, sentence.start, sentence.end, at)
            hi = clause_stop(text, at, hi)
            content = sentence.start + match.end()
            parts = items(text, content, hi, match.group(0).strip())
            out.extend((None, summary(text[x:y]), (x, y)) for x, y in parts)
            if not parts:
                out.append((None, summary(text[content:hi]), (lo, hi)))
    return out


def _not_content(rest: str) -> bool:
    """What follows `includes` is a list to come (`:`, `as follows`, `the following`: plan.toml
    [points] list_tails) or a count (`five main points`)."""
    rest = rest.lstrip()
    first = rest.split(" ", 1)[0].lower()
    return rest.startswith(":") or first in language().plan.numbers or first.isdigit() or (
        rest.lower().startswith(language().plan.points.list_tails))
