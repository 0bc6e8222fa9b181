"""Bottom line up front: three to five sentences composed by rule from the briefing's facts.

Who proposed what, who objects, who supports, what is unsettled, and the most widely reported
words; each clause carries the citations of the sources it rests on. The wording comes from
templates/phrases.toml; every value filled in is an extracted fact.
"""

from __future__ import annotations

from collections.abc import Iterable

from summarizer.countries import country_in_prose
from summarizer.render.parts import (
    Citer,
    Cites,
    Part,
    Sentence,
    fill,
    phrases,
    position_info,
    sentence,
    source_refs,
)
from summarizer.render.text import (
    format_date,
    join_and,
    plural,
    truncate_words,
    venue_in_prose,
)
from summarizer.render.wording import claim_excerpt, printed_by, shown_wording
from summarizer.schemas import Briefing, MergedPlan, MergedStance, MergedStatement

MIN_SENTENCES = 3
MAX_SENTENCES = 5
COUNTRIES_PER_CLAUSE = 8
CONFLICTS_IN_BLUF = 2
QUOTE_WORDS = 25


def bottom_line(briefing: Briefing, citer: Citer) -> list[Sentence]:
    """Fewer than three sentences only when the briefing holds fewer facts than that."""
    found = [_proposal(briefing, citer), _opposition(briefing, citer),
             _support(briefing, citer), _unsettled(briefing, citer)]
    sentences = [s for s in found if s]
    # Quotes fill up to three sentences; one quote is added anyway while there is room.
    for quoted, statement in enumerate(_quotable(briefing.statements, citer)):
        if len(sentences) >= MAX_SENTENCES or (len(sentences) >= MIN_SENTENCES and quoted):
            break
        sentences.append(_quote(statement, citer))
    return sentences


def _proposal(briefing: Briefing, citer: Citer) -> Sentence | None:
    plan, words = briefing.plan, phrases()["bluf"]
    if plan is None or not (plan.presented_by or plan.points):
        return None
    # Each fact cites only the accounts that state it.
    if plan.presented_by:
        parts = fill(words["proposal"], presenter=plan.presented_by, plan=plan.name)
        parts.append(citer.cite(plan.presented_by_sources))
    else:
        parts = fill(words["proposal_unknown_presenter"], plan=plan.name)
    if plan.venue:
        parts += fill(words["venue"], venue=venue_in_prose(plan.venue))
        parts.append(citer.cite(plan.venue_sources))
    if plan.presented_on:
        parts += fill(words["date"], date=format_date(plan.presented_on) or "")
        parts.append(citer.cite(plan.presented_on_sources))
    if plan.public_points:
        parts += fill(words["points"], points=plural(plan.public_points, "public point"))
        parts.append(citer.cite(plan.public_points_sources))
    if plan.classified_annexes:
        annexes = plural(plan.classified_annexes, "classified annex", "classified annexes")
        parts += fill(words["annexes"], annexes=annexes)
        parts.append(citer.cite(plan.classified_annexes_sources))
    if not any(isinstance(part, Cites) and part for part in parts):
        parts.append(citer.cite(plan.sources))
    parts += _leading_point(plan, citer)
    return sentence([*parts, "."])


def _leading_point(plan: MergedPlan, citer: Citer) -> list[Part]:
    """The first point, as the accounts that number it first word it; without such accounts,
    the point most accounts describe. Cites only the accounts printing the words shown."""
    words = phrases()["bluf"]
    public = [p for p in plan.points if not p.classified]
    firsts = [p for p in public if any(s.number == 1 for s in p.sources)]
    if firsts:
        point = max(firsts, key=lambda p: _independent(
            (s.article_id for s in p.sources if s.number == 1), citer))
        # "Its first point: X" rests on accounts that print X and number it first.
        printing = printed_by(point.summary, [s for s in point.sources if s.number == 1])
        if printing:
            return [*fill(words["first_point"], summary=point.summary.rstrip(".")),
                    citer.cite_refs(source_refs(printing, point.summary))]
        # No account both prints these words and numbers them first: no "first" claim.
        template = words["main_point"]
    elif public:
        point = max(public, key=lambda p: _independent((s.article_id for s in p.sources), citer))
        template = words["main_point"]
    else:
        return []
    printing = printed_by(point.summary, point.sources)
    if not printing:
        return []  # a summary no account prints is not put in the bottom line
    return [*fill(template, summary=point.summary.rstrip(".")),
            citer.cite_refs(source_refs(printing, point.summary))]


def public_point_count(plan: MergedPlan) -> int:
    """The stated count when accounts give one, else the public points they describe."""
    if plan.public_points is not None:
        return plan.public_points
    return sum(1 for point in plan.points if not point.classified)


def _by_position(briefing: Briefing, position: str) -> list[MergedStance]:
    chosen = [s for s in briefing.stances if s.position == position]
    return sorted(chosen, key=lambda s: (-s.confidence, s.country_name))


def _countries(stances: list[MergedStance], citer: Citer) -> list[Part]:
    """'Germany and Hungary [4], Slovakia [2][4]': countries sharing citations share them."""
    groups: dict[tuple[int, ...], list[str]] = {}
    cites = {}
    for stance in stances[:COUNTRIES_PER_CLAUSE]:
        # Only the sources that report this position (a disputed one has others too).
        cited = citer.cite(s.article_id for s in stance.sources if s.position == stance.position)
        name = country_in_prose(stance.country) + (" (disputed)" if stance.conflict else "")
        groups.setdefault(cited.numbers, []).append(name)
        cites[cited.numbers] = cited
    parts: list[Part] = []
    for key, names in groups.items():
        parts += [", "] if parts else []
        parts += [join_and(names), cites[key]]
    if len(stances) > COUNTRIES_PER_CLAUSE:
        more = str(len(stances) - COUNTRIES_PER_CLAUSE)
        parts += fill(phrases()["bluf"]["more_countries"], count=more)
    return parts


def _opposition(briefing: Briefing, citer: Citer) -> Sentence | None:
    words = phrases()["bluf"]
    parts: list[Part] = []
    for position in ("opposes", "hesitant"):
        stances = _by_position(briefing, position)
        if not stances:
            continue
        template = words["stances_more"] if parts else words["stances_lead"]
        parts += fill(template, question=briefing.question.rstrip("?") + "?",
                      phrase=position_info(position)["phrase"],
                      countries=_countries(stances, citer))
    return sentence([*parts, "."]) if parts else None


def _support(briefing: Briefing, citer: Citer) -> Sentence | None:
    stances = _by_position(briefing, "supports")
    if not stances:
        return None
    parts = fill(phrases()["bluf"]["support_lead"], phrase=position_info("supports")["phrase"],
                 countries=_countries(stances, citer))
    return sentence([*parts, "."])


def _unsettled(briefing: Briefing, citer: Citer) -> Sentence | None:
    words = phrases()["bluf"]
    items: list[list[Part]] = []
    priority = phrases()["bluf_conflict_priority"]
    ranked = sorted(briefing.conflicts,
                    key=lambda c: priority.index(c.kind) if c.kind in priority else len(priority))
    for conflict in ranked[:CONFLICTS_IN_BLUF]:
        description, _ = truncate_words(_mid_sentence(conflict.description.rstrip(". ")), 30)
        items.append([description, citer.cite(s.article_id for s in conflict.sources)])
    # Disputed stances are already among the conflicts (the merger reports each one).
    unclear = [s for s in _by_position(briefing, "unclear") + _by_position(briefing, "neutral")
               if not s.conflict]
    if unclear:
        items.append(fill(words["undecided_unclear"], countries=_countries(unclear, citer)))
    extra = len(briefing.conflicts) - CONFLICTS_IN_BLUF
    if extra > 0:
        items.append(fill(words["undecided_more"], more=plural(extra, "more disagreement")))
    if not items:
        return None
    parts: list[Part] = [words["undecided_lead"]]
    for index, item in enumerate(items):
        parts += (["; "] if index else []) + item
    return sentence([*parts, "."])


def _mid_sentence(text: str) -> str:
    """'Sources disagree…' reads 'sources disagree…' after 'Unsettled:'; names keep capitals."""
    first, _, rest = text.partition(" ")
    if first in phrases()["bluf"]["lowercase_openers"]:
        return f"{first.lower()} {rest}".rstrip()
    return text


def _independent(article_ids: Iterable[str], citer: Citer) -> int:
    """How many sources state something, copies of one text (a wire story's reprints) as one:
    the best-sourced fact is the one most outlets report, not the one most reprinted."""
    return len({citer.source_of(article_id) for article_id in article_ids})


def _quotable(statements: list[MergedStatement], citer: Citer) -> list[MergedStatement]:
    """Named speakers' most widely reported words, one statement per speaker."""
    ranked = sorted(
        (s for s in statements if s.speaker.name),
        key=lambda s: (-_independent((r.article_id for r in s.sources), citer),
                       s.kind != "direct"),
    )
    seen: set[str] = set()
    chosen = []
    for statement in ranked:
        name = (statement.speaker.name or "").casefold()
        if name not in seen:
            seen.add(name)
            chosen.append(statement)
    return chosen


def _quote(statement: MergedStatement, citer: Citer) -> Sentence:
    words = phrases()["bluf"]
    speaker = statement.speaker.name or ""
    if statement.speaker.role:
        speaker += f" ({statement.speaker.role})"
    excerpt = claim_excerpt(shown_wording(statement), QUOTE_WORDS)
    text = ("… " if excerpt.cut_before else "") + excerpt.text.rstrip(" .,")
    text += " …" if excerpt.cut_after else ""
    template = words["quote"] if statement.kind == "direct" else words["paraphrase"]
    parts = fill(template, speaker=speaker, quote=text)
    printing = printed_by(excerpt.text, statement.sources)
    return sentence([*parts, citer.cite_refs(source_refs(printing, excerpt.text)), "."])
