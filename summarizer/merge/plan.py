"""The plan as all accounts describe it: points reconciled, disagreements surfaced.

The same point in other words becomes one point with every account's wording. Accounts that
cannot all be right (more distinct points than the plan is said to have, or two enumerations
that mostly differ) become a 'plan_points' conflict naming each account's list; counts and
dates that differ become 'count' and 'date' conflicts. Nothing is silently picked.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from rapidfuzz import fuzz

from summarizer.merge.config import DEFAULT_THRESHOLDS, Thresholds, lexicon
from summarizer.merge.dates import dates_in_text
from summarizer.merge.speakers import name_tokens
from summarizer.merge.text import (
    TextKey,
    UnionFind,
    candidate_pairs,
    content_words,
    mode,
    norm,
    set_score,
    text_key,
)
from summarizer.schemas import (
    ArticleMeta,
    Conflict,
    ConflictSource,
    MergedAim,
    MergedPlan,
    MergedPlanPoint,
    PlanPoint,
    SourceRef,
    VictoryPlan,
)

# An account enumerates the plan when it lists at least this many public points.
ENUMERATION_MIN_POINTS = 2
# Two enumerations disagree when fewer than this share of the shorter list is in the longer.
ENUMERATION_MIN_OVERLAP = 0.5
# Two wordings of one point share at least this many (concept-folded) content words.
POINT_MIN_SHARED = 2
# A point's wording of fewer words is used only when no account words it more fully.
MIN_WORDING_WORDS = 3
# A point's wording cut mid-phrase is completed by at most this many words of its evidence.
MAX_COMPLETION_WORDS = 3
# The next word (with the spaces before it) up to punctuation that ends a phrase.
_NEXT_WORD = re.compile(r"[ \t]+[^\s,.;:!?()\"“”]+")
# A presentation verb and the date phrase after it ("revealed yesterday", "unveiled on 16 Oct").
_PRESENTED = re.compile(
    r"\b(?:unveil|reveal|present|deliver|announc|outlin|publish|submitt?)\w*\b([^.;]{0,60})", re.I
)

# A country word in a point's key ("Russian territory" and "inside Russia" are one word).
_COUNTRY = "country:"

PlanPair = tuple[ArticleMeta, VictoryPlan]


@dataclass(frozen=True)
class _Point:
    meta: ArticleMeta
    point: PlanPoint


def merge_plan(
    plans: Sequence[PlanPair], th: Thresholds = DEFAULT_THRESHOLDS
) -> tuple[MergedPlan | None, list[Conflict]]:
    if not plans:
        return None, []
    plans = sorted(plans, key=lambda p: p[0].id)
    points, point_conflicts = _merge_points(plans, th)
    dates = {meta.id: presented_on(meta, plan) for meta, plan in plans}
    presenter = _presenter(plans)
    day = _mode_date(d for d in dates.values() if d)
    venue = mode(plan.venue for _, plan in plans if plan.venue)
    public = _mode_int(plan.public_points for _, plan in plans)
    annexes = _mode_int(plan.classified_annexes for _, plan in plans)
    merged = MergedPlan(
        name=mode(plan.name for _, plan in plans) or "victory plan",
        presented_by=presenter,
        presented_on=day,
        venue=venue,
        points=points,
        public_points=public,
        classified_annexes=annexes,
        stated_aims=_merge_aims([(m.id, a) for m, plan in plans for a in plan.stated_aims], th),
        sources=[meta.id for meta, _ in plans],
        # Each fact cites only the accounts that state it (the memo cites these, not every
        # account of the plan).
        presented_by_sources=[m.id for m, p in plans if presenter and p.presented_by
                              and _person(p.presented_by) == _person(presenter)],
        presented_on_sources=[m.id for m, _ in plans if day and dates[m.id] == day],
        venue_sources=[m.id for m, p in plans if venue and p.venue == venue],
        public_points_sources=[m.id for m, p in plans if public and p.public_points == public],
        classified_annexes_sources=[m.id for m, p in plans
                                    if annexes and p.classified_annexes == annexes],
    )
    conflicts = point_conflicts + _enumeration_conflicts(plans, points, merged.public_points)
    conflicts += _value_conflicts(plans, "count", "public points", lambda p: p.public_points)
    conflicts += _value_conflicts(
        plans, "count", "classified annexes", lambda p: p.classified_annexes
    )
    dated = [(meta, dates[meta.id]) for meta, _ in plans]
    conflicts += _differing("date", "when the plan was presented", dated)
    return merged, conflicts


def presented_on(meta: ArticleMeta, plan: VictoryPlan) -> dt.date | None:
    """The presentation date, or one the account gives relative to its publication date."""
    if plan.presented_on or meta.published is None:
        return plan.presented_on
    texts = [plan.venue or ""] + [ev.text for p in plan.points for ev in p.evidence]
    for text in texts:
        for match in _PRESENTED.finditer(text):
            found = dates_in_text(match.group(1), meta.published)
            if found:
                return found[0]
    return None


def _merge_points(
    plans: Sequence[PlanPair], th: Thresholds
) -> tuple[list[MergedPlanPoint], list[Conflict]]:
    items = [_Point(meta, point) for meta, plan in plans for point in plan.points]
    items.sort(key=lambda it: (it.meta.id, it.point.number or 0, it.point.summary))
    groups = _group_points(items, th)
    enumerated = Counter(it.meta.id for it in items if not it.point.classified)
    merged: list[MergedPlanPoint] = []
    conflicts: list[Conflict] = []
    agreed = _agreed_numbers([[items[i] for i in group] for group in groups])
    for group, number in zip(groups, agreed, strict=True):
        members = [items[i] for i in group]
        point = _merged_point(members, enumerated)
        # The memo shows a point's number as the plan's own: only a number its accounts agree
        # on and no other point claims as much (outlets that number the points differently
        # would otherwise show as several `2.` of one list).
        point = point.model_copy(update={"number": number})
        merged.append(point)
        numbers = sorted({(m.meta.id, m.point.number) for m in members if m.point.number})
        if len({n for _, n in numbers}) > 1:
            conflicts.append(
                Conflict(
                    kind="plan_points",
                    description=f"Accounts number the point “{point.summary}” differently",
                    sources=[
                        ConflictSource(article_id=a, outlet=_outlet(members, a), says=f"point {n}")
                        for a, n in numbers
                    ],
                )
            )
    merged.sort(key=lambda p: (p.classified, p.number or 10**6, p.summary.casefold()))
    return merged, conflicts


def _agreed_numbers(groups: Sequence[Sequence[_Point]]) -> list[int | None]:
    """Each merged point's number in the plan, when the accounts agree on it: every account
    that numbers the point gives it that number, and a number two points are given is kept
    by the one that more accounts number so than all the others together (None for the rest:
    their accounts count the points another way, and the disagreement is a conflict)."""
    agreed: list[int | None] = []
    backers: list[int] = []
    for members in groups:
        numbers = {m.point.number for m in members if m.point.number is not None}
        agreed.append(next(iter(numbers)) if len(numbers) == 1 else None)
        backers.append(len({m.meta.id for m in members if m.point.number is not None}))
    claimed: dict[int, list[int]] = defaultdict(list)
    for k, number in enumerate(agreed):
        if number is not None:
            claimed[number].append(k)
    for claimants in claimed.values():
        total = sum(backers[k] for k in claimants)
        for k in claimants:
            if backers[k] * 2 <= total:
                agreed[k] = None
    return agreed


def point_key(summary: str) -> TextKey:
    """Content words of a point, each concept folded to one word ('invitation', 'join' and
    'membership' are one; so is a phrase such as 'into NATO'), leaving out words the plan's
    country puts in every point."""
    table = _plan_words()
    words = [w for w in content_words(norm(summary)) if w not in table["ignored"]]
    tokens = {table["concepts"].get(w, w) for w in words}
    # Phrases are read on the words left once the plan's country is out ("into Ukraine's
    # NATO" is rare, "bring Ukraine into NATO" common), stopwords kept ("into" is one).
    kept = " ".join(w for w in norm(summary).split() if w not in table["ignored"])
    tokens.update(concept for concept, pattern in table["phrases"] if pattern.search(kept))
    frozen = frozenset(tokens)
    return TextKey(" ".join(sorted(frozen)), " ".join(sorted(frozen)), frozen)


def same_point(a: TextKey, b: TextKey, th: Thresholds = DEFAULT_THRESHOLDS) -> bool:
    """Two wordings of one proposal: close content words, two of them shared, so that one
    common verb ('strengthening') is not enough.

    The plan's adversary counts for closeness but not as a shared word: it is in many of the
    points ('Russian territory', 'Russian aggression'), so it says where, not what. A
    wording of one word ('defence') says too little to be placed under a fuller one (it would
    join anything naming defence, weapons or armies): it matches the same word only (the
    caller also lets it join a point its account numbers alike, see `_numbered_alike`)."""
    own_a, own_b = _specific(a.tokens), _specific(b.tokens)
    if len(own_a) < POINT_MIN_SHARED or len(own_b) < POINT_MIN_SHARED:
        return bool(own_a) and own_a == own_b
    return (len(own_a & own_b) >= POINT_MIN_SHARED and not _other_actions(own_a, own_b)
            and set_score(a, b) >= th.plan_point)


def _other_actions(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both wordings say what is to be done with their object, and not the same thing
    ('more weapons' / 'lifting limits on weapons')."""
    actions: frozenset[str] = _plan_words()["actions"]
    done_a, done_b = a & actions, b & actions
    return bool(done_a) and bool(done_b) and not done_a & done_b


def _specific(tokens: frozenset[str]) -> frozenset[str]:
    """The words of a key that say what a point asks for (the adversary says where)."""
    setting: frozenset[str] = _plan_words()["setting"]
    return tokens - setting


def _numbered_alike(a: _Point, b: _Point, key_a: TextKey, key_b: TextKey) -> bool:
    """A one-word wording ('invitation', 'defence') that two accounts number alike and a
    fuller wording contains: 'point 2: defence' is the second point another account words
    'strengthening Ukraine's defence'. The number is the second shared fact that one word
    alone is not."""
    if a.point.number is None or a.point.number != b.point.number:
        return False
    own_a, own_b = _specific(key_a.tokens), _specific(key_b.tokens)
    short, full = sorted((own_a, own_b), key=len)
    return len(short) == 1 and short <= full


@cache
def _plan_words() -> dict[str, Any]:
    table = lexicon()["plan"]
    concepts = {w: name for name, words in table["concepts"].items() for w in words}
    # A country and its demonym are one word ("inside Russia" / "Russian territory").
    concepts.update({norm(surface): _COUNTRY + code for surface, code in _places().items()
                     if " " not in surface and norm(surface) not in concepts})
    phrases = [(name, re.compile(r"\b(?:" + "|".join(re.escape(norm(p)) for p in words)
                                 + r")\b"))
               for name, words in sorted(table.get("phrases", {}).items()) if words]
    setting = frozenset(concepts.get(norm(w), norm(w)) for w in table.get("setting", []))
    return {"concepts": concepts, "ignored": frozenset(table["ignored"]),
            "dangling": frozenset(table["dangling"]), "phrases": phrases, "setting": setting,
            "actions": frozenset(table.get("actions", [])),
            "never_first": frozenset(table.get("never_first", []))}


def _group_points(items: Sequence[_Point], th: Thresholds) -> list[list[int]]:
    """Fuzzy groups in which no account contributes two points: one account lists each once."""
    keys = [point_key(_completed(it.point)) for it in items]
    scored = []
    # Every word a point shares is a lead (points are short: no signature cut-off).
    pairs = candidate_pairs(keys, min_shared=1, df_cap=th.block_df_cap, signature=64)
    for i, j in pairs:
        if items[i].meta.id != items[j].meta.id and (
                same_point(keys[i], keys[j], th)
                or _numbered_alike(items[i], items[j], keys[i], keys[j])):
            scored.append((-set_score(keys[i], keys[j]), *_closeness(items, keys, i, j), i, j))
    uf = UnionFind(len(items))
    accounts: dict[int, set[str]] = {i: {it.meta.id} for i, it in enumerate(items)}
    # The distinct word sets of each group (copies of one story print one wording many times).
    words: dict[int, set[frozenset[str]]] = {i: {_specific(k.tokens)} for i, k in enumerate(keys)}
    # Groups found not to cohere never will (they only gain wordings): with many pairs between
    # two big groups, each is checked once.
    refused: set[tuple[int, int]] = set()
    for *_, i, j in sorted(scored):
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj or accounts[ri] & accounts[rj] or (ri, rj) in refused:
            continue
        if not _cohere(words[ri], words[rj]):
            refused.add((ri, rj))
            continue
        uf.union(ri, rj)
        root = uf.find(ri)
        accounts[root] = accounts[ri] | accounts[rj]
        words[root] = words[ri] | words[rj]
    return uf.groups()


def _closeness(
    items: Sequence[_Point], keys: Sequence[TextKey], i: int, j: int
) -> tuple[bool, float]:
    """Among pairs of one score, the closest first (a sort key, smaller is closer): numbered
    alike, then the same words in full. The token-set score is 100 whenever one wording's words
    are all in the other's, so an account's clean 'invitation to join NATO' and its clause that
    only mentions membership would otherwise tie, and the first in id order would take the
    group's place for that account."""
    numbered = items[i].point.number is not None and items[i].point.number == items[j].point.number
    return (not numbered, -fuzz.ratio(keys[i].content, keys[j].content))


def _cohere(a: set[frozenset[str]], b: set[frozenset[str]]) -> bool:
    """Every wording of one group shares a word with every wording of the other, and none
    asks another thing be done with it.

    Matching is pairwise, so a wording that names two demands ('defence and a deterrence
    package') would chain the groups of both into one; a wording with nothing in common with
    another can be no account of the same point."""
    return all(x & y and not _other_actions(x, y) for x in a for y in b)


def _merged_point(members: Sequence[_Point], enumerated: dict[str, int]) -> MergedPlanPoint:
    sources = []
    for m in members:
        refs = m.point.evidence or []
        number = m.point.number
        if not refs:
            sources.append(_ref(m.meta, m.point.summary, [], number))
        sources.extend(_ref(m.meta, ev.text, ev.spans, number) for ev in refs)
    number = _mode_int(m.point.number for m in members)
    return MergedPlanPoint(
        number=number,
        summary=_wording(members, number, enumerated),
        classified=sum(m.point.classified for m in members) * 2 > len(members),
        sources=sorted(sources, key=lambda s: (s.article_id, s.spans, s.text)),
    )


def _wording(
    members: Sequence[_Point], number: int | None, enumerated: dict[str, int]
) -> str:
    """The point in one account's own words (so the memo can cite who prints them): an account
    numbering it as the merged number first, then the wording most accounts print, then the
    fullest. A wording an extractor cut mid-phrase is completed from its own evidence.

    Copies of one story repeat the same wordings and evidence hundreds of times: each distinct
    text is normalised and compared once."""
    evidence: dict[str, set[str]] = defaultdict(set)  # normalised evidence → article ids
    for m in members:
        for ev in m.point.evidence:
            evidence[norm(ev.text)].add(m.meta.id)
    # (wording, its account's number, how many points its account lists, grounded in its own
    # evidence), once per distinct combination.
    candidates: set[tuple[str, int | None, int, bool]] = set()
    for m in members:
        wording = _completed(m.point)
        own = {norm(ev.text) for ev in m.point.evidence}
        grounded = any(norm(wording) in text for text in own)
        candidates.add((wording, m.point.number, enumerated.get(m.meta.id, 0), grounded))
    if any(c[3] for c in candidates):
        candidates = {c for c in candidates if c[3]}
    printers: dict[str, int] = {}
    for wording, *_ in candidates:
        if wording not in printers:
            key = norm(wording)
            printers[wording] = len(set().union(*(ids for text, ids in evidence.items()
                                                  if key in text)))

    def rank(c: tuple[str, int | None, int, bool]) -> tuple[bool, bool, bool, int, int, int, str]:
        wording, own_number, listed, _ = c
        numbered = number is not None and own_number == number
        # A wording of a few words says what the point is (one word, "invitation", is printed
        # by every account and says little). Then an account that enumerates the plan (lists
        # the most points): its list is the one a reader can check the point against.
        terse = len(wording.split()) < MIN_WORDING_WORDS
        return (_cut(wording), not numbered, terse, -printers[wording], -listed, -len(wording),
                wording)

    return min(candidates, key=rank)[0]


def _cut(wording: str) -> bool:
    """A wording an extractor cut from its phrase: it starts on a preposition ('on "deliveries
    of weapons') or leaves a quotation open. Any whole wording of the point reads better."""
    words = wording.split()
    first = norm(words[0]) if words else ""
    straight = wording.count('"') % 2 == 1
    curly = wording.count("\u201c") != wording.count("\u201d")
    return first in _plan_words()["never_first"] or straight or curly


def _completed(point: PlanPoint) -> str:
    """The summary, extended along its evidence while it ends on a word that cannot end a
    phrase (an article, a preposition, a demonym: 'weapons inside Russian')."""
    return _complete(point.summary.strip(), tuple(ev.text for ev in point.evidence))


@lru_cache(maxsize=4096)
def _complete(summary: str, evidence: tuple[str, ...]) -> str:
    dangling = _plan_words()["dangling"]
    for text in evidence:
        at = text.casefold().find(summary.casefold())
        if at < 0:
            continue
        end = at + len(summary)
        for _ in range(MAX_COMPLETION_WORDS):
            last = summary.split()[-1] if summary.split() else ""
            if last.casefold() not in dangling and last not in _demonyms():
                break
            following = _NEXT_WORD.match(text, end)
            if not following:
                break
            end = following.end()
            summary = text[at:end]
        return summary
    return summary


@cache
def _demonyms() -> frozenset[str]:
    from summarizer.extract.offline.language import language

    return frozenset(language().geo.demonyms)


def _places() -> dict[str, str]:
    """Country names and demonyms → alpha-2 (the offline extractor's gazetteer)."""
    from summarizer.extract.offline.language import language

    geo = language().geo
    return {**geo.countries, **geo.demonyms}


def _ref(
    meta: ArticleMeta, text: str, spans: list[tuple[int, int]], number: int | None = None
) -> SourceRef:
    return SourceRef(
        article_id=meta.id, outlet=meta.outlet, published=meta.published, text=text, spans=spans,
        number=number,
    )


def _enumeration_conflicts(
    plans: Sequence[PlanPair], points: Sequence[MergedPlanPoint], public_count: int | None
) -> list[Conflict]:
    public = [p for p in points if not p.classified]
    lists: dict[str, set[int]] = defaultdict(set)
    for index, point in enumerate(public):
        for ref in point.sources:
            lists[ref.article_id].add(index)
    enumerating = sorted(a for a, s in lists.items() if len(s) >= ENUMERATION_MIN_POINTS)
    too_many = public_count is not None and len(public) > public_count
    # Each distinct list once: copies of one story give the same list hundreds of times.
    distinct = sorted({frozenset(lists[a]) for a in enumerating}, key=sorted)
    disjoint = any(
        len(a & b) < ENUMERATION_MIN_OVERLAP * min(len(a), len(b))
        for i, a in enumerate(distinct)
        for b in distinct[i + 1 :]
    )
    if not enumerating or not (too_many or disjoint):
        return []
    outlets = {meta.id: meta.outlet for meta, _ in plans}
    count_note = f" for a plan said to have {public_count}" if public_count is not None else ""
    return [
        Conflict(
            kind="plan_points",
            description=f"Accounts list different points: {len(public)} distinct public points "
            f"across accounts{count_note}",
            sources=[
                ConflictSource(
                    article_id=a,
                    outlet=outlets.get(a),
                    says="; ".join(public[i].summary for i in sorted(lists[a])),
                )
                for a in sorted(lists)
            ],
        )
    ]


def _value_conflicts(
    plans: Sequence[PlanPair], kind: str, what: str, get: Callable[[VictoryPlan], int | None]
) -> list[Conflict]:
    return _differing(kind, f"the number of {what}", [(meta, get(plan)) for meta, plan in plans])


def _differing(
    kind: str, what: str, values: Sequence[tuple[ArticleMeta, object | None]]
) -> list[Conflict]:
    given = sorted((meta.id, meta.outlet, str(v)) for meta, v in values if v is not None)
    if len({v for *_, v in given}) < 2:
        return []
    return [
        Conflict(
            kind=kind,
            description=f"Accounts disagree on {what}",
            sources=[ConflictSource(article_id=a, outlet=o, says=v) for a, o, v in given],
        )
    ]


def _merge_aims(aims: Sequence[tuple[str, str]], th: Thresholds) -> list[MergedAim]:
    """(article id, aim) pairs → each aim once, worded by its longest account, with the
    articles that state it (so the memo cites those, not every account of the plan)."""
    keys = [text_key(aim) for _, aim in aims]
    uf = UnionFind(len(aims))
    for i, j in candidate_pairs(keys, min_shared=1, df_cap=len(keys) + 1):
        if set_score(keys[i], keys[j]) >= th.aim:
            uf.union(i, j)
    merged = [
        MergedAim(
            text=min((aims[i][1] for i in group), key=lambda s: (-len(s), s)),
            sources=sorted({aims[i][0] for i in group}),
        )
        for group in uf.groups()
    ]
    return sorted(merged, key=lambda aim: aim.text.casefold())


def _presenter(plans: Sequence[PlanPair]) -> str | None:
    """The most frequent presenter, with name variants counted as one person."""
    names = [plan.presented_by for _, plan in plans if plan.presented_by]
    by_person: dict[str, list[str]] = defaultdict(list)
    for name in names:
        by_person[_person(name)].append(name)
    if not by_person:
        return None
    person = min(by_person, key=lambda k: (-len(by_person[k]), k))
    return mode(by_person[person])


def _person(name: str) -> str:
    """Name variants of one person ('Zelensky', 'Volodymyr Zelenskyy') share this key."""
    tokens = name_tokens(name)
    return tokens[-1] if tokens else name.casefold()


def _mode_int(values: Iterable[int | None]) -> int | None:
    counts = Counter(v for v in values if v is not None)
    # Most frequent; a tie goes to the smaller number, whatever the order of the accounts.
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def _mode_date(values: Iterable[dt.date]) -> dt.date | None:
    found = mode(v.isoformat() for v in values)
    return dt.date.fromisoformat(found) if found else None


def _outlet(members: Sequence[_Point], article_id: str) -> str | None:
    return next(m.meta.outlet for m in members if m.meta.id == article_id)
