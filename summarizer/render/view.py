"""The memo's content as plain data, built from a Briefing; templates only lay it out.

Everything here is format-neutral and unescaped: the Markdown and HTML templates escape every
value themselves. Sections are built in reading order so citation numbers run 1, 2, 3...
Lists are capped (see :class:`Limits`) to keep the memo to one or two pages, and each cap
reports how many items it left out.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from summarizer.countries import country_name, lookup_country
from summarizer.merge.text import text_key
from summarizer.render.bluf import bottom_line, public_point_count
from summarizer.render.parts import (
    Citer,
    Cites,
    Part,
    Sentence,
    phrases,
    position_info,
    sentence,
    source_refs,
    stance_refs,
)
from summarizer.render.text import (
    format_date,
    join_and,
    plural,
    truncate_words,
    venue_in_prose,
)
from summarizer.render.wording import (
    claim_excerpt,
    country_keys,
    has_claim_word,
    mentions,
    printed_by,
    shown_wording,
)
from summarizer.schemas import (
    ArticleMeta,
    Briefing,
    Conflict,
    MergedPlan,
    MergedPlanPoint,
    MergedStance,
    MergedStatement,
    SourceRef,
    Speaker,
)

# A quote shorter than this many words is a fragment ("fundamental"): shown after sentences.
FRAGMENT_WORDS = 4


@dataclass(frozen=True)
class Limits:
    """Caps that keep the memo to one or two printed pages (a full one prints on three)."""

    plan_points: int = 8
    aims: int = 3
    speakers: int = 6
    quotes_per_speaker: int = 2
    quote_words: int = 45
    stances: int = 12
    evidence_words: int = 16
    conflicts: int = 4
    says_words: int = 20
    sources: int = 20


@dataclass(frozen=True)
class PlanPointView:
    number: int | None
    summary: str
    classified: bool
    cites: Cites  # the sources that print `summary`
    others: Cites  # the sources that state the point in other words


@dataclass(frozen=True)
class ConflictView:
    label: str
    description: str
    accounts: list[tuple[Cites, str]]  # (which source, what it says)
    verbatim: bool  # what each says is its own printed words (else the merger's summary)


@dataclass(frozen=True)
class AimView:
    text: str
    cites: Cites


@dataclass(frozen=True)
class PlanView:
    name: str
    intro: list[Sentence]  # "presented by X [n] to Y [n] on Z [n]: 5 public points [n] …"
    cites: Cites  # every account of the plan
    points: list[PlanPointView]
    more_points: int
    aims: list[AimView]
    more_aims: int
    conflicts: list[ConflictView]


@dataclass(frozen=True)
class QuoteView:
    text: str
    direct: bool
    elided: bool
    said_on: str | None
    cites: Cites  # the sources that print `text`
    others: Cites  # the sources that report the words otherwise
    cut_before: bool


@dataclass(frozen=True)
class SpeakerView:
    name: str
    description: str
    quotes: list[QuoteView]
    more: int


@dataclass(frozen=True)
class StanceRow:
    country: str
    actors: str
    position: str  # the merged position key, e.g. "opposes" (used as a CSS class)
    label: str
    confidence: str
    conflict: bool
    accounts: list[tuple[str, Cites]]  # when disputed: each position and who reports it
    evidence: str | None
    evidence_elided: bool
    cites: Cites  # every source reporting the position
    evidence_cites: Cites  # the sources that print `evidence`
    evidence_cut_before: bool


@dataclass(frozen=True)
class SourceView:
    number: int
    label: str  # outlet, or the article id when the outlet is unknown
    title: str | None
    date: str | None
    location: str | None  # URL or file
    is_url: bool
    link: str | None  # only http(s) URLs become links
    cited: bool


@dataclass
class Memo:
    question: str
    overview: str
    bluf: list[Sentence]
    plan: PlanView | None
    speakers: list[SpeakerView]
    more_speakers: int
    stances: list[StanceRow]
    more_stances: int
    conflicts: list[ConflictView]
    more_conflicts: int
    plan_conflicts: int
    sources: list[SourceView] = field(default_factory=list)
    more_sources: int = 0
    also: str = ""  # how "also reported, in other words, by" reads


def build_memo(briefing: Briefing, limits: Limits | None = None) -> Memo:
    limits = limits or Limits()
    citer = Citer(briefing.articles, briefing.copies)
    bluf = bottom_line(briefing, citer)
    # Disagreements about the plan sit under the plan, when there is a plan section to hold them.
    with_plan = briefing.plan is not None
    plan_kinds = [c for c in briefing.conflicts if with_plan and _is_plan_conflict(c)]
    other = [c for c in briefing.conflicts if not (with_plan and _is_plan_conflict(c))]
    plan = _plan(briefing.plan, plan_kinds, citer, limits) if briefing.plan else None
    # Only what is shown gets built: building cites, and every cite must appear in the memo.
    groups = _speaker_groups(briefing.statements)
    speakers = [_speaker_view(g, citer, limits) for g in groups[: limits.speakers]]
    shown = _sorted_stances(briefing.stances)[: limits.stances]
    stances = [_stance(s, citer, limits) for s in shown]
    conflicts = [_conflict(c, citer, limits) for c in other[: limits.conflicts]]
    memo = Memo(
        question=briefing.question,
        overview=_overview(briefing),
        bluf=bluf,
        plan=plan,
        speakers=speakers,
        more_speakers=len(groups) - len(speakers),
        stances=stances,
        more_stances=len(briefing.stances) - len(stances),
        conflicts=conflicts,
        more_conflicts=max(0, len(other) - limits.conflicts),
        plan_conflicts=len(plan_kinds),
    )
    memo.sources, memo.more_sources = _sources(briefing.articles, citer, limits)
    memo.also = phrases()["excerpt"]["also"]
    return memo


def _is_plan_conflict(conflict: Conflict) -> bool:
    return conflict.kind in phrases()["plan_conflict_kinds"]


def _overview(briefing: Briefing) -> str:
    outlets = {a.outlet for a in briefing.articles if a.outlet}
    dates = sorted(a.published for a in briefing.articles if a.published)
    text = f"Built from {plural(len(briefing.articles), 'article')}"
    copies = sum(len(group.copies) for group in briefing.copies)
    if copies:
        distinct = len(briefing.articles) - copies
        text += f" ({plural(distinct, 'distinct text')} once copies are grouped)"
    if outlets:
        text += f" ({plural(len(outlets), 'outlet')} named)"
    if dates:
        span = _date_span(dates[0], dates[-1])
        text += f", published {span}"
    counts = [
        plural(len(briefing.statements), "statement"),
        plural(len(briefing.stances), "country stance"),
        plural(len(briefing.conflicts), "disagreement"),
    ]
    return f"{text}. Extracted: {join_and(counts)}."


def _date_span(first: dt.date, last: dt.date) -> str:
    if first == last:
        return format_date(first) or ""
    return f"{format_date(first)} to {format_date(last)}"


def _plan(
    plan: MergedPlan, conflicts: list[Conflict], citer: Citer, limits: Limits
) -> PlanView:
    parts: list[Part] = []
    if plan.presented_by:
        parts += [", presented by ", plan.presented_by, citer.cite(plan.presented_by_sources)]
    if plan.venue:
        parts += [" to " if parts else ", presented to ", venue_in_prose(plan.venue),
                  citer.cite(plan.venue_sources)]
    if plan.presented_on:
        parts += [" on " if parts else ", presented on ", format_date(plan.presented_on) or "",
                  citer.cite(plan.presented_on_sources)]
    counts = _plan_counts(plan, citer)
    if counts:
        parts += [": ", *counts]
    cites = citer.cite(plan.sources)
    if parts:
        parts += ["; described by", cites]
    points = [_point_view(p, citer) for p in _sorted_points(plan.points)[: limits.plan_points]]
    return PlanView(
        name=plan.name[:1].upper() + plan.name[1:],  # "victory plan" → "Victory plan"
        intro=[sentence(parts)] if parts else [],
        cites=cites,
        points=points,
        more_points=max(0, len(plan.points) - limits.plan_points),
        aims=[AimView(a.text, citer.cite(a.sources)) for a in plan.stated_aims[: limits.aims]],
        more_aims=max(0, len(plan.stated_aims) - limits.aims),
        conflicts=[_conflict(c, citer, limits) for c in conflicts[: limits.conflicts]],
    )


def _plan_counts(plan: MergedPlan, citer: Citer) -> list[Part]:
    """'5 public points [1][2] and 3 classified annexes [5]': each count cites who states it."""
    counts: list[list[Part]] = []
    if plan.public_points:
        counts.append([plural(plan.public_points, "public point"),
                       citer.cite(plan.public_points_sources)])
    elif public := public_point_count(plan):
        counts.append([plural(public, "public point") + " described"])
    if plan.classified_annexes:
        counts.append([plural(plan.classified_annexes, "classified annex", "classified annexes"),
                       citer.cite(plan.classified_annexes_sources)])
    parts: list[Part] = []
    for index, count in enumerate(counts):
        parts += ([" and "] if index else []) + count
    return parts


def _point_view(point: MergedPlanPoint, citer: Citer) -> PlanPointView:
    # When no account prints the summary, it is a summary: every account is cited.
    printing = printed_by(point.summary, point.sources) or point.sources
    cites = citer.cite_refs(source_refs(printing, point.summary))
    return PlanPointView(point.number, point.summary, point.classified, cites,
                         _others(point.sources, printing, citer))


def _others(sources: list[SourceRef], printing: list[SourceRef], citer: Citer) -> Cites:
    """Sources of the same item in other words, leaving out groups already cited as printing;
    each links to the span of its own words."""
    shown = {citer.source_of(s.article_id) for s in printing}
    return citer.cite_refs(source_refs(s for s in sources if citer.source_of(s.article_id)
                                       not in shown))


def _sorted_points(points: list[MergedPlanPoint]) -> list[MergedPlanPoint]:
    """Numbered points in plan order, then unnumbered ones; among points of one number (or
    none) the one more accounts report first, then as the merger listed them. The memo shows
    the first few: a point six outlets list must not give way to one a single clause
    mentions because its wording sorts first."""
    order = {id(p): i for i, p in enumerate(points)}
    return sorted(points, key=lambda p: (p.number is None, p.number or 0,
                                         -len({s.article_id for s in p.sources}), order[id(p)]))


def _speaker_groups(statements: list[MergedStatement]) -> list[list[MergedStatement]]:
    groups: dict[str, list[MergedStatement]] = defaultdict(list)
    for statement in statements:
        groups[_speaker_key(statement.speaker)].append(statement)
    # Named speakers first: an analyst can weigh "who" only when the article says who.
    ranked = sorted(
        groups.values(),
        key=lambda group: (
            group[0].speaker.name is None,
            -sum(len(s.sources) for s in group),
            _speaker_name(group[0].speaker),
        ),
    )
    return ranked


def _speaker_view(group: list[MergedStatement], citer: Citer, limits: Limits) -> SpeakerView:
    # Whole sentences before fragments ("fundamental"), then by how many articles carry them.
    ranked = sorted(group, key=lambda s: (len(s.text.split()) < FRAGMENT_WORDS,
                                          -len(s.sources), s.kind != "direct"))
    quotes = []
    for statement in ranked[: limits.quotes_per_speaker]:
        excerpt = claim_excerpt(shown_wording(statement), limits.quote_words)
        printing = printed_by(excerpt.text, statement.sources)
        quotes.append(
            QuoteView(
                text=excerpt.text,
                direct=statement.kind == "direct",
                elided=excerpt.cut_after,
                said_on=format_date(statement.said_on),
                cites=citer.cite_refs(source_refs(printing, excerpt.text)),
                others=_others(statement.sources, printing, citer),
                cut_before=excerpt.cut_before,
            )
        )
    speakers = [s.speaker for s in group]
    return SpeakerView(
        name=_speaker_name(speakers[0]),
        description=_speaker_description(speakers),
        quotes=quotes,
        more=max(0, len(group) - limits.quotes_per_speaker),
    )


def _speaker_key(speaker: Speaker) -> str:
    if speaker.name:
        return speaker.name.casefold()
    return "unnamed:" + (speaker.affiliation or speaker.role or speaker.country or "").casefold()


def _speaker_name(speaker: Speaker) -> str:
    if speaker.name:
        return speaker.name
    who = speaker.affiliation or speaker.role or speaker.country
    return f"Unnamed source ({who})" if who else "Unnamed source"


def _speaker_description(speakers: list[Speaker]) -> str:
    """The most common role, then affiliation and country when the role does not say them."""
    parts: list[str] = []
    for attr in ("role", "affiliation", "country"):
        values = Counter(v for s in speakers if (v := getattr(s, attr)))
        if not values:
            continue
        value = values.most_common(1)[0][0]
        value = country_name(value) if attr == "country" else value
        if not any(value.casefold() in p.casefold() for p in parts):
            parts.append(value)
    return ", ".join(parts)


def _sorted_stances(stances: list[MergedStance]) -> list[MergedStance]:
    return sorted(
        stances,
        key=lambda s: (position_info(s.position)["order"], -s.confidence, s.country_name),
    )


def _stance(stance: MergedStance, citer: Citer, limits: Limits) -> StanceRow:
    keys = country_keys(stance.country, stance.actors)
    best = _best_evidence(stance, keys)
    evidence, elided, cut_before, evidence_cites = None, False, False, Cites(())
    if best is not None:
        excerpt = claim_excerpt(best, limits.evidence_words, keys)
        evidence, elided, cut_before = excerpt.text, excerpt.cut_after, excerpt.cut_before
        refs = [SourceRef(article_id=s.article_id, text=ev.text, spans=ev.spans)
                for s in stance.sources for ev in s.evidence]
        evidence_cites = citer.cite_refs(source_refs(printed_by(evidence, refs), evidence))
    cites = citer.cite_refs(stance_refs(stance.sources))
    accounts: list[tuple[str, Cites]] = []
    if stance.conflict:
        by_position: dict[str, list[str]] = defaultdict(list)
        for source in stance.sources:
            by_position[source.position].append(source.article_id)
        accounts = [
            (position_info(pos)["label"].lower(), citer.cite(ids))
            for pos, ids in sorted(by_position.items(), key=lambda kv: -len(kv[1]))
        ]
    named = stance.actors or [a for s in stance.sources for a in s.actors]
    # An unnamed official's stance may carry the country itself as its actor: `Bulgaria
    # (Bulgaria)` says nothing twice.
    actors = [a for a in dict.fromkeys(named) if lookup_country(a) != stance.country]
    return StanceRow(
        country=stance.country_name,
        actors=", ".join(actors[:3]),
        position=stance.position,
        label=position_info(stance.position)["label"],
        confidence=f"{stance.confidence:.0%}",
        conflict=stance.conflict,
        accounts=accounts,
        evidence=evidence,
        evidence_elided=elided,
        cites=cites,
        evidence_cites=evidence_cites,
        evidence_cut_before=cut_before,
    )


def _best_evidence(stance: MergedStance, keys: list[str]) -> str | None:
    """The evidence that best shows the position: from a source giving the merged position,
    naming the country or its speaker, holding a position word or negation, printed by the
    most sources, shortest."""
    texts: dict[str, set[str]] = defaultdict(set)
    agree: set[str] = set()
    for source in stance.sources:
        for ev in source.evidence:
            texts[ev.text].add(source.article_id)
            if source.position == stance.position:
                agree.add(ev.text)
    if not texts:
        return None
    position = stance.position
    asked = text_key(stance.question).tokens  # words of the question (NATO, invited, join…)
    return min(texts, key=lambda t: (t not in agree, not mentions(t, keys),
                                     not has_claim_word(t, position),
                                     -len(asked & text_key(t).tokens), -len(texts[t]), len(t), t))


def _conflict(conflict: Conflict, citer: Citer, limits: Limits) -> ConflictView:
    labels: dict[str, str] = phrases()["conflict_kinds"]
    label = labels.get(conflict.kind, conflict.kind.replace("_", " ").capitalize())
    # Sources saying the same thing (copies of one text, outlets agreeing) are one account.
    saying: dict[str, list[str]] = defaultdict(list)
    for source in conflict.sources:
        saying[source.says].append(source.article_id)
    accounts = []
    for says_what, ids in sorted(saying.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        says, elided = truncate_words(says_what, limits.says_words)
        accounts.append((citer.cite(ids), says + (" …" if elided else "")))
    return ConflictView(label=label, description=conflict.description, accounts=accounts,
                        verbatim=conflict.kind in phrases()["verbatim_conflict_kinds"])


def _sources(
    articles: list[ArticleMeta], citer: Citer, limits: Limits
) -> tuple[list[SourceView], int]:
    """Every cited source, then uncited articles while the cap allows (numbered after them)."""
    cited = citer.cited_ids()
    # A copy is listed with the article that stands for its group, never on its own.
    uncited = [a.id for a in articles if a.id not in set(cited) and a.id not in citer.group_of]
    room = max(0, limits.sources - len(cited))
    for article_id in uncited[:room]:
        citer.number(article_id)
    views = [
        _source_view(citer.number(article_id), article_id, citer, cited=article_id in cited)
        for article_id in citer.cited_ids()
    ]
    return views, max(0, len(uncited) - room)


# How many other publishers of a copied text the sources list names before counting the rest.
PUBLISHERS_NAMED = 3


def _publishers(copies: list[str], citer: Citer) -> str:
    """'X, Y and Z' or 'X, Y, Z and 23 more': the outlets (else files) that print a copy."""
    names = list(dict.fromkeys(
        (meta.outlet if meta and meta.outlet else article_id)
        for article_id in copies
        for meta in [citer.articles.get(article_id)]
    ))
    named = names[:PUBLISHERS_NAMED]
    if len(names) > PUBLISHERS_NAMED:
        return ", ".join(named) + f" and {len(names) - PUBLISHERS_NAMED} more"
    return join_and(named)


def _source_view(number: int, article_id: str, citer: Citer, *, cited: bool) -> SourceView:
    meta = citer.articles.get(article_id) or ArticleMeta(id=article_id)
    location = meta.url or meta.source_path
    link = meta.url if meta.url and meta.url.lower().startswith(("https://", "http://")) else None
    label = meta.outlet or (article_id if not meta.title else "")
    copies = citer.copies.get(article_id, [])
    if copies:
        label = (label or article_id) + ", also published by " + _publishers(copies, citer)
    return SourceView(
        number=number,
        label=label,
        title=meta.title,
        date=format_date(meta.published),
        location=location,
        is_url=bool(meta.url),
        link=link,
        cited=cited,
    )
