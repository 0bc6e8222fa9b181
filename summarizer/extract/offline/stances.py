"""Country stances on the question, with the sentences that show them.

Two sources of evidence:
- a sentence in which a country holds a cue: the country named, as a demonym, as a capital or
  national body used as a metonym, or through a person from it (`Belgium, Slovenia, and Spain are
  also reluctant`, `Washington and Berlin are slow-walking`, `Polish Prime Minister Donald Tusk
  expressed support`); a list shares its cue, and `countries hesitant … include Hungary` hands
  the cue to what the list link introduces; objects (`opposing Ukraine’s bid`, `hide behind the
  US`) and targets (`is facing resistance`) hold nothing;
- a statement by a national official whose own words carry a cue with no other holder
  (`we are not at the point where an official invitation will be extended`).
International bodies (NATO, the EU) and their officials are not countries.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from summarizer.countries import country_name
from summarizer.extract.offline import np
from summarizer.extract.offline.cues import (
    Found,
    clause_bounds,
    find_cues,
    on_topic,
    presenting,
    refers_back,
)
from summarizer.extract.offline.document import Doc, Token
from summarizer.extract.offline.entities import Registry
from summarizer.extract.offline.grounding import locate
from summarizer.extract.offline.lexicon import gazetteer, lexicon
from summarizer.extract.offline.phrases import PhraseIndex
from summarizer.schemas import CountryStance, Evidence, Position, Statement

# A cue this many words or fewer after its holder belongs to it.
HOLDER_REACH = 15
# Evidence sentences kept per stance.
MAX_EVIDENCE = 3
_SKIP_LEFT = {"the", "a", "an", ",", "and", "or", "both", "also"}
_HOLDER_KINDS = ("country", "demonym", "capital", "body")


@dataclass(frozen=True)
class Holder:
    start: int
    end: int
    code: str
    actor: str | None
    possessive: bool


@dataclass(frozen=True)
class Vote:
    code: str
    position: str
    where: tuple[int, int]
    actor: str | None


def extract_stances(
    doc: Doc, registry: Registry, statements: list[Statement], question: str
) -> list[CountryStance]:
    votes: list[Vote] = []
    previous = False
    # Once the article names the plan, "the plan", "his roadmap" are the plan too.
    plan_named = any(_plan_name_regex().search(doc.text, p.start, p.end) for p in doc.paragraphs)
    for sentence in doc.sentences:
        here = on_topic(doc.text, sentence.start, sentence.end, question) or (
            plan_named and _plan_word_regex().search(doc.text, sentence.start, sentence.end)
        )
        if here or (previous and refers_back(doc.text, sentence.start, sentence.end)):
            votes.extend(_sentence_votes(doc, registry, sentence.start, sentence.end))
        previous = here
    for statement in statements:
        votes.extend(_statement_votes(doc, registry, statement, question))
    return _aggregate(doc, votes)


def _holders(doc: Doc, registry: Registry, start: int, end: int) -> list[Holder]:
    index, places = gazetteer()
    out: list[Holder] = []
    for a, b, key in index.find(doc.text, start, end):
        place = places[key]
        if place.kind in _HOLDER_KINDS and place.country:
            out.append(Holder(a, b, place.country, None, _possessive_at(doc.text, b)))
    for entity in registry.entities.values():
        if not entity.country or entity.speaks_for:
            continue
        for mention in entity.mentions:
            if start <= mention.offset < end:
                stop = _name_end(doc, mention.offset, end)
                out.append(Holder(mention.offset, stop, entity.country, entity.name,
                                  _possessive_at(doc.text, stop)))
    for token in doc.tokens(start, end):
        if token.lower in ("he", "she"):
            meant = registry.pronoun(np.PRONOUNS[token.lower], token.start)
            if meant is not None and meant.country and not meant.speaks_for:
                out.append(Holder(token.start, token.end, meant.country, meant.name, False))
    return sorted(out, key=lambda h: h.start)


def _possessive_at(text: str, end: int) -> bool:
    return text.startswith(("’s", "'s"), end)


def _name_end(doc: Doc, offset: int, limit: int) -> int:
    """End of the name mentioned at offset (a possessive 's left outside)."""
    end = offset
    for token in doc.tokens(offset, limit, skip_quotes=False):
        if not (np.name_like(token.text) or (end > offset and token.text in lexicon().particles)):
            break
        end = token.end
        if np.is_possessive(token.text):
            return end - 2
    return end


def _governor(tokens: list[Token], ends: list[int], inside: set[int], holder: Holder) -> int | None:
    """Index of the word that governs a mention: left of it, past determiners, list commas,
    other mentions of the same list, and the title words of a person's description.

    ends: every token's end offset; inside: every offset covered by a mention."""
    lex = lexicon()
    # Tokens ending at or before the mention are a prefix of the (ordered) tokens.
    for index in range(bisect.bisect_right(ends, holder.start) - 1, -1, -1):
        token = tokens[index]
        lower = token.lower
        if lower in _SKIP_LEFT or token.start in inside:
            continue
        base = np.strip_possessive(lower)
        if base in lex.role_tokens or base in lex.role_keep or np.name_like(token.text):
            continue
        return index
    return None


def _is_link(tokens: list[Token], index: int | None) -> bool:
    """Does a list link ("include", "such as", "as well as") end at tokens[index]?"""
    if index is None:
        return False
    for words in _list_links().get(tokens[index].lower, ()):
        first = index - len(words) + 1
        if first >= 0 and [t.lower for t in tokens[first : index + 1]] == words:
            return True
    return False


@cache
def _list_links() -> dict[str, list[list[str]]]:
    """The list links' words, by their last word (the one a link must end with)."""
    links: dict[str, list[list[str]]] = {}
    for link in lexicon().list_links:
        words = link.split()
        links.setdefault(words[-1], []).append(words)
    return links


def _sentence_votes(doc: Doc, registry: Registry, start: int, end: int) -> list[Vote]:
    lex = lexicon()
    cues = find_cues(doc.text, start, end) + _plan_cues(doc.text, start, end)
    if not cues:
        return []
    holders = _holders(doc, registry, start, end)
    tokens = doc.tokens(start, end, skip_quotes=False)
    ends = [t.end for t in tokens]
    inside = {i for h in holders for i in range(h.start, h.end)}
    votes: list[Vote] = []
    for holder in holders:
        at = _governor(tokens, ends, inside, holder)
        governor = tokens[at].lower if at is not None else None
        linked = _is_link(tokens, at)
        if not linked and (governor in lex.object_prepositions or _is_target(governor)):
            continue
        cue = _cue_for(doc.text, holder, cues, linked, start, end, _next_holder(holders, holder))
        if cue is not None:
            votes.append(Vote(holder.code, cue.position, (start, end), holder.actor))
    return votes


def _is_target(word: str | None) -> bool:
    return word is not None and word in _target_heads()


@cache
def _target_heads() -> frozenset[str]:
    """The last word of each target verb ("met with" → "with")."""
    return frozenset(v.split()[-1] for v in lexicon().target_verbs)


def _words(text: str, a: int, b: int) -> list[str]:
    return re.findall(r"[\w’'-]+", text[a:b])


def _next_holder(holders: list[Holder], holder: Holder) -> Holder | None:
    """The next mention that could claim a cue first (possessives only modify a noun)."""
    later = [h for h in holders if h.start >= holder.end and not h.possessive]
    return later[0] if later else None


def _glue(text: str, a: int, b: int) -> bool:
    """Only list punctuation, conjunctions or title words between two mentions?"""
    lex = lexicon()
    for word in _words(text, a, b):
        lower = np.strip_possessive(word.lower())
        if not (lower in _SKIP_LEFT or lower in lex.role_tokens or lower in lex.role_keep
                or np.name_like(word)):
            return False
    return True


def _cue_for(text: str, holder: Holder, cues: list[Found], linked: bool, start: int,
             end: int, nxt: Holder | None) -> Found | None:
    lo, hi = clause_bounds(text, start, end, holder.start)
    after = [c for c in cues if holder.end <= c.start < hi]
    for cue in after:
        if nxt is not None and nxt.end <= cue.start and not _glue(text, holder.end, nxt.start):
            return None  # a nearer mention holds this cue ("Zelenskyy acknowledged German …")
        gap = _words(text, holder.end, cue.start)
        adjacent = len(gap) <= 1
        if holder.possessive or cue.owned_only:
            return cue if adjacent else None
        if len(gap) > HOLDER_REACH or any(_is_target(w.lower()) for w in gap):
            return None
        return cue
    if linked and not holder.possessive:
        before = [c for c in cues
                  if lo <= c.start < holder.start and not c.owned_only and c.backward]
        return before[-1] if before else None
    return None


@cache
def _plan_name_regex() -> PhraseIndex:
    return PhraseIndex(lexicon().plan_names, ignore_case=True)


@cache
def _plan_word_regex() -> PhraseIndex:
    return PhraseIndex(lexicon().plan_generic, ignore_case=True)


def _plan_cues(text: str, start: int, end: int) -> list[Found]:
    """Presenting or pushing the plan (whose first point is the invitation) backs it."""
    return [Found(a, b, "supports", False, backward=False) for a, b in presenting(text, start, end)]


def _statement_votes(doc: Doc, registry: Registry, statement: Statement,
                     question: str) -> list[Vote]:
    country = statement.speaker.country
    if not country or not statement.spans:
        return []
    start, end = statement.spans[0][0], statement.spans[-1][1]
    sentence = doc.sentence_at(start)
    if not (on_topic(doc.text, start, end, question)
            or on_topic(doc.text, sentence.start, sentence.end, question)):
        return []
    holders = _holders(doc, registry, start, end)
    votes: list[Vote] = []
    for cue in find_cues(doc.text, start, end):
        lo, _ = clause_bounds(doc.text, start, end, cue.start)
        if any(lo <= h.start < cue.start for h in holders) or cue.owned_only:
            continue
        actor = statement.speaker.name or statement.speaker.affiliation
        votes.append(Vote(country, cue.position, (start, end), actor))
    return votes


def _decide(positions: list[str]) -> Position:
    counts = Counter(positions)
    supports, opposes, hesitant = counts["supports"], counts["opposes"], counts["hesitant"]
    if opposes and opposes >= supports:
        return "opposes"
    if hesitant and hesitant >= supports:
        return "hesitant"
    if supports:
        return "supports"
    return "neutral" if counts["neutral"] else "unclear"


def _aggregate(doc: Doc, votes: list[Vote]) -> list[CountryStance]:
    by_country: dict[str, list[Vote]] = {}
    for vote in votes:
        by_country.setdefault(vote.code, []).append(vote)
    out: list[CountryStance] = []
    for code, group in by_country.items():
        position = _decide([v.position for v in group])
        chosen = [v for v in group if v.position == position] or group
        evidence: list[Evidence] = []
        for where in dict.fromkeys(v.where for v in chosen):
            grounded = locate(doc.text, [where])
            if grounded and len(evidence) < MAX_EVIDENCE:
                evidence.append(Evidence(text=grounded[0], spans=grounded[1]))
        actors = list(dict.fromkeys(v.actor for v in chosen if v.actor))
        out.append(CountryStance(
            country=code, country_name=country_name(code), position=position,
            actors=actors, evidence=evidence, article_id=doc.article.id,
        ))
    return sorted(out, key=lambda s: s.country)
