"""Country stances on the question: the votes (a holder's position in one place) that the
stance stage (stance_stage.py) reads and decides.

Three sources of evidence:
- a sentence in which a country holds a cue: the country named, as a demonym, as a capital or
  national body used as a metonym, or through a person from it (`Belgium, Slovenia, and Spain are
  also reluctant`, `Washington and Berlin are slow-walking`, `Polish Prime Minister Donald Tusk
  expressed support`); a list shares its cue, and `countries hesitant … include Hungary` hands
  the cue to what the list link introduces; objects (`opposing Ukraine’s bid`, `hide behind the
  US`) and targets (`is facing resistance`) hold nothing;
- a statement by a national official whose own words carry a cue with no other holder
  (`we are not at the point where an official invitation will be extended`).
- what the plan asks (`the plan calls for an invitation`, `the plan's call for …`): its
  presenter's country asks it.
A cue's clause may run on past `but` + a verb (`praised X but stopped short of endorsing it`),
and support limited to later (`backs membership but not now`, `albeit not immediately`) is
hesitant, while support that denies the step itself now (`but not an invitation now`) is a no.
International bodies (NATO, the EU) and their officials are not countries.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from operator import attrgetter, itemgetter

from summarizer.extract.offline import np
from summarizer.extract.offline.cues import (
    Found,
    clause_bounds,
    find_cues,
    limited_to_later,
    on_topic,
    plan_mentions,
    presenting,
    presenting_verbs,
    shared_clause,
)
from summarizer.extract.offline.document import Doc, Token
from summarizer.extract.offline.entities import Registry
from summarizer.extract.offline.groups import GroupSubject, member_range
from summarizer.extract.offline.holders import (
    Holder,
    any_target,
    covered,
    is_target,
    names_one,
    refers_to_one,
    research_only,
)
from summarizer.extract.offline.holders import (
    governor as governor_of,
)
from summarizer.extract.offline.holders import (
    holders as find_holders,
)
from summarizer.extract.offline.holders import (
    subjects as subject_holders,
)
from summarizer.extract.offline.language import (
    grammar,
    language,
    per_language,
    per_language_lru,
)
from summarizer.extract.offline.lexicon import alternation, gazetteer
from summarizer.extract.offline.stance_forms import unofficial, unofficial_before
from summarizer.extract.offline.stance_indirect import (
    claimed_by_candidate,
    crossed_red_line_of,
    indirect_forms,
    judged_candidate,
    modifies_step,
    red_line_of,
    reported_of_others,
    reports,
    sourced_to_candidate,
)
from summarizer.extract.offline.stance_scope import (
    behind_others,
    conditional_subject,
    no_position,
    request_cues,
)
from summarizer.extract.offline.stance_turns import (
    absolute_subject,
    after_copula,
    crosses_complement,
    drop_co_subjects,
    expected,
    forecast,
    others_subject,
    passive_of_step,
    reaction_cue,
    reaction_follow_up,
    seeks,
    unborne,
)
from summarizer.extract.offline.word_packs import StanceSyntax, stance_scope
from summarizer.schemas import Statement, VictoryPlan

# A cue this many words or fewer after its holder belongs to it.
HOLDER_REACH = 15


def _syntax() -> StanceSyntax:
    return stance_scope().syntax


@dataclass(frozen=True)
class Vote:
    """A holder that took a cue, once its scope was judged: its country's position, read at
    `where` (a sentence, a window of one, or a quotation)."""

    code: str
    position: str
    where: tuple[int, int]
    actor: str | None
    # Where the article names the holder, when `where` does not (a bare quotation).
    named: tuple[int, int] | None = None
    # Where the holder's mention starts, for a holder found in a sentence.
    held_at: int | None = None
    # Read from presenting the plan (`Zelensky presented his plan`), not from an ask stated:
    # the weaker evidence, cited after the votes that state the position.
    presented: bool = False


# What may follow a cue that ends an elliptical sentence (`Italy was wary too.`).
_ELLIPSIS_TAIL = re.compile(r"[\s,]*(?:(?:too|either|as well|also)[\s,]*)?[.!?]?[”’\"']?\s*$"
                            # `…, with Washington and Budapest opposed, according to diplomats.`
                            r"|,\s+(?:according to|[^,.;!?]{0,60}?\b(?:said|says|told))\b[^.;!?]*+"
                            r"[.!?]?[”’\"']?\s*$"
                            # `Italy is also resisting, but for reasons of its own.`
                            r"|[\s,]*(?:(?:too|as well)[\s,]*)?,\s+but\s[^.;!?]*+"
                            r"[.!?]?[”’\"']?\s*$")
# An additive word that ties a sentence's position to one just stated (`Italy is also wary`).
_ADDITIVE = re.compile(r"\b(?:also|too|as well|likewise)\b")


# A range's cues are asked for again (a short passage's window and its group's clause, a
# follow-up test and its passage's window): found once per article. (Callers never change the
# list.)
@per_language_lru(maxsize=64, article=True)
def _cues(text: str, start: int, end: int) -> list[Found]:
    return find_cues(text, start, end)


def elliptical(text: str, start: int, end: int) -> bool:
    """`Germany was among the most skeptical.`, `She was sceptical.`: a sentence whose cue ends
    it, with no object of its own, takes the question of the sentence before it."""
    if end - start > WINDOW:
        return False
    cues = _cues(text, start, end)
    return bool(cues) and _ELLIPSIS_TAIL.match(text[cues[-1].end : end]) is not None


def reacts(text: str, start: int, end: int) -> bool:
    """`… the invitation. But resistance from Berlin remains.`: a sentence opening on a reaction
    noun with its source (stance_turns.reaction_follow_up)."""
    return end - start <= WINDOW and reaction_follow_up(text, start, end, _cues(text, start, end))


def additive(text: str, start: int, end: int) -> bool:
    """`Italy and Greece are also resisting.`: does the sentence hold an additive word (its
    position adds to one stated before)?"""
    return _ADDITIVE.search(text, start, end) is not None


# A sentence longer than this many characters (a page with no full stop) is read in windows
# cut after a comma or semicolon, so that every search stays bounded: time linear in the text.
WINDOW = 1000
_WINDOW_CUT = re.compile(r"[,;]\s|\s[—–]\s")


def windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] as itself, or when longer than WINDOW as consecutive windows of at most
    WINDOW characters, each ending after the last comma or semicolon it holds (else at its
    last space, else at WINDOW)."""
    out: list[tuple[int, int]] = []
    while end - start > WINDOW:
        limit = start + WINDOW
        cut = None
        for match in _WINDOW_CUT.finditer(text, start + WINDOW // 2, limit):
            cut = match.end()
        if cut is None:
            space = text.rfind(" ", start + 1, limit)
            cut = space + 1 if space > start else limit
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def point_votes(doc: Doc, plan: VictoryPlan | None,
                 owner: tuple[str, str | None] | None) -> list[Vote]:
    """A point of the plan that asks for the invitation (`The plan's centerpiece is an
    immediate invitation to join NATO`) is its presenter's country's request: that country
    supports, with the point's sentence as evidence. Only the first such point votes."""
    presenter = _candidates_plan(owner)
    if plan is None or presenter is None:
        return []
    asks = _asks()
    for point in plan.points:
        if point.evidence and point.evidence[0].spans and any(
                asks.search(e.text) for e in point.evidence):
            sentence = doc.sentence_at(point.evidence[0].spans[0][0])
            return [Vote(presenter[1], "supports", (sentence.start, sentence.end), presenter[0])]
    return []


@per_language
def _asks() -> re.Pattern[str]:
    words = sorted(stance_scope().plan_request.words)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b", re.I)


def group_votes(doc: Doc, registry: Registry, index: int, group: GroupSubject) -> list[Vote]:
    """`… key Western leaders such as X. None has endorsed the plan.`: the group's position
    for every member the list names (see groups.py); evidence is both sentences. group: the
    sentence's group subject (groups.group_subject)."""
    sentence = doc.sentences[index]
    ranges = [(sentence.start, group.start)]
    if index > 0 and doc.sentences[index - 1].para == sentence.para:
        ranges.append((doc.sentences[index - 1].start, doc.sentences[index - 1].end))
    found = next(((r, m) for r in ranges if (m := member_range(doc, *r)) is not None), None)
    position = _group_position(doc, group, sentence.start, sentence.end)
    if found is None or position is None:
        return []
    listed, members = found
    actors: dict[str, str | None] = {}
    for holder in find_holders(doc, registry, *members):
        if not holder.possessive or holder.code not in actors:
            actors[holder.code] = actors.get(holder.code) or holder.actor
    places = [(listed[0], sentence.end)] if listed[0] == sentence.start else [
        (listed[0], listed[1]), (sentence.start, sentence.end)]
    return [Vote(code, position, where, actor)
            for code, actor in actors.items() for where in places]


def plural_votes(doc: Doc, registry: Registry, index: int, group: GroupSubject) -> list[Vote]:
    """`Hungary and Slovakia voted against sanctions. They are also resisting a NATO
    invitation.`: a clause opened by a plural pronoun or quantifier (groups.py) states the
    position of the list of countries that is the subject of the sentence before it (same
    paragraph); evidence is both sentences. group: the sentence's group subject."""
    sentence = doc.sentences[index]
    if index == 0 or doc.sentences[index - 1].para != sentence.para:
        return []
    before = doc.sentences[index - 1]
    # `He met Scholz and Macron. Both were noncommittal.`: with no list as the subject, the
    # list that is the object (a single subject cannot be `both` or `they`).
    listed = (_listed_subjects(doc, registry, before.start, before.end)
              or _listed_subjects(doc, registry, before.start, before.end, objects=True))
    position = _group_position(doc, group, sentence.start, sentence.end) if listed else None
    if position is None:
        return []
    return [Vote(h.code, position, where, h.actor) for h in listed
            for where in ((before.start, before.end), (sentence.start, sentence.end))]


def _listed_subjects(doc: Doc, registry: Registry, start: int, end: int,
                     objects: bool = False) -> list[Holder]:
    """The first list of two or more countries among a sentence's possible holders (`Hungary
    and Slovakia`, `Germany, Spain or Italy`): mentions joined only by list glue. objects:
    among all its mentions, objects too."""
    mentions = find_holders(doc, registry, start, end)
    found = [h for h in (mentions if objects else subject_holders(doc, mentions, start, end))
             if not h.possessive]
    run: list[Holder] = []
    for holder in found:
        if run and not (holder.start == run[-1].start
                        or _glue(doc.text, run[-1].end, holder.start)):
            if len({h.code for h in run}) >= 2:
                break
            run = []
        run.append(holder)
    return run if len({h.code for h in run}) >= 2 else []


def _group_position(doc: Doc, group: GroupSubject, start: int, end: int) -> str | None:
    """The position the group's clause states: its first cue, denied by a negative
    quantifier that stands too far from the cue for the cue's own negation test to see it."""
    stance = language().stance
    _, hi = clause_bounds(doc.text, start, end, group.start)
    for cue in _cues(doc.text, start, end):
        if not group.end <= cue.start < hi or cue.owned_only or cue.candidate_only:
            continue
        gap = _words(doc.text, group.end, cue.start)
        cue = _behind(doc.text, cue, end)
        if len(gap) > HOLDER_REACH or _void(doc.text, cue, end):
            return None
        if group.negative and len(gap) >= stance.negation.window:
            return stance.negation.negated(cue.position, strong=False)
        return cue.position
    return None


def is_topical(text: str, start: int, end: int, question: str, marks: list[int]) -> bool:
    """On the question: its own words, or a mark of the plan (see plan_marks)."""
    if on_topic(text, start, end, question):
        return True
    i = bisect.bisect_left(marks, start)
    return i < len(marks) and marks[i] < end


def plan_marks(doc: Doc) -> list[int]:
    """Once the article has named the plan (whose first point is the invitation), a word for
    the plan (`the plan`, `his roadmap`) or for its presentation (`what he outlined in
    parliament was frightening`) puts a sentence on the question: their offsets, in order."""
    plan = language().plan
    text = doc.text
    start, end = (doc.paragraphs[0].start, doc.paragraphs[-1].end) if doc.paragraphs else (0, 0)
    plans = plan_mentions(text, start, end)
    if not any(phrase in plan.names.terms for _, _, phrase in plans):
        return []
    marks = [a for a, _, phrase in plans if phrase in plan.names.generic]
    unveiling = plan.presenting.unveiling
    marks += [a for a, _, verb in presenting_verbs(text, start, end) if verb in unveiling]
    return sorted(marks)


def _is_link(tokens: list[Token], index: int | None) -> bool:
    """Does a list link ("include", "such as", "as well as") end at tokens[index]?"""
    if index is None:
        return False
    for words in _list_links().get(tokens[index].lower, ()):
        first = index - len(words) + 1
        if first >= 0 and [t.lower for t in tokens[first : index + 1]] == words:
            return True
    return False


@per_language
def _list_links() -> dict[str, list[list[str]]]:
    """The list links' words, by their last word (the one a link must end with)."""
    links: dict[str, list[list[str]]] = {}
    for link in language().stance.holders.list_links:
        words = link.split()
        links.setdefault(words[-1], []).append(words)
    return links


def _behind(text: str, cue: Found, end: int) -> Found:
    """Support conditioned on others backing the step first (`would back it only if a majority
    of allies did`) hides behind them: hesitant (stance_scope.behind_others)."""
    if behind_others(text, cue, end):
        return replace(cue, position="hesitant")
    return cue


# The same cue is judged for a sentence's holders, its statements and its groups: once.
@per_language_lru(maxsize=1024, article=True)
def _void(text: str, cue: Found, end: int) -> bool:
    """Does the cue state no position, so that the holder that would take it takes nothing
    (rather than a cue further on)? Support for Ukraine in general (`support Ukraine with
    aid`), a request for something else (`called for more air defence`), a country's support
    as a condition of the step (`US backing is crucial if …`), and a rejection of a rejection
    (`dismissed the criticism of his plan`, `refused to drop its demand`): stance_scope.py.
    Judged only for the cue a holder takes: most cues are never taken."""
    return no_position(text, cue, end)


def _question(text: str, start: int, end: int) -> bool:
    """`Will Spain back an invitation at the summit?`, an interviewer's `Does Madrid support
    it?`: a question asserts no position, whatever its cue words (polarity is sacred)."""
    # (most ranges hold no `?` at all: found in C before the range is copied)
    return text.find("?", start, end) >= 0 and text[start:end].rstrip(_CLOSERS).endswith("?")


# Closing marks that may follow a question mark at a sentence's end.
_CLOSERS = " \n\t\"”’')]»"


# `… is a red line for Berlin`: a red line with an owner after it (stance_indirect.red_line_of).
_OWNED_RED_LINE = re.compile(r"\bred lines? (?:for|to|of)\b|['’]s red lines?\b")


def _owned_red_line(text: str, start: int, end: int) -> bool:
    """Does text[start:end] hold an owner's red line? Both branches of the pattern hold `red
    line`, found in C first: the pattern opens with `\\b`, so `re` tries it at every character
    (and most sentences name no red line)."""
    return text.find("red line", start, end) >= 0 and (
        _OWNED_RED_LINE.search(text, start, end) is not None)


# `Hungary's red lines`, after the possessor's mention.
_RED_LINE_AFTER = re.compile(r"['’]s\s+red\s+lines?\b")


def may_vote(doc: Doc, registry: Registry, start: int, end: int,
             owner: tuple[str, str | None] | None) -> bool:
    """Could window_votes(doc, registry, start, end, owner) give a vote? False only when it
    surely gives none: no one in the range to hold a cue and no mention of the candidate's
    plan (whose ask is its presenter's, _plan_votes). Read without the cues."""
    if names_one(doc, registry, start, end) or _planned(doc.text, start, end, owner):
        return True
    # Only a pronoun or anaphor could hold: whether one stands for a country is read at once
    # (the mentions cost a fraction of the cues they may spare; most pronouns stand for none).
    return refers_to_one(doc, start, end) and bool(find_holders(doc, registry, start, end))


def window_votes(doc: Doc, registry: Registry, start: int, end: int,
                  owner: tuple[str, str | None] | None) -> list[Vote]:
    """The votes of one sentence (or window of a long one): its holders' cues, and what the
    plan asks. The cheap tests come first: most windows have no cue, some no holder."""
    text = doc.text
    if _question(text, start, end):
        return []
    # With no one to hold a cue, only the plan's ask can vote (_plan_votes: a plan mention
    # needed): the range's cues, the dearest reading here, are then not sought at all.
    if not may_vote(doc, registry, start, end, owner):
        return []
    found = _cues(text, start, end)
    asked = [c for c in request_cues(text, start, end)
             if not any(f.start <= c.start < f.end for f in found)]
    presented = _plan_cues(text, start, end)
    if not (found or asked or presented or _owned_red_line(text, start, end)):
        return []  # (an owner's red line is no cue of the subject's: _sentence_votes)
    holders = find_holders(doc, registry, start, end)
    planned = _planned(text, start, end, owner) if found else []
    if not (holders or planned):
        return []
    # A cue's scope (_void) is judged only for the cue a holder takes: most cues are never taken.
    votes = _sentence_votes(doc, start, end, sorted(
        found + asked + presented, key=_CUE_START), holders) if holders else []
    if holders and found:
        votes += _tail_belief_votes(text, start, end, found, holders)
    if planned:
        votes += _plan_votes(text, start, end, owner, found, planned)
    return votes


_CUE_START = attrgetter("start")


@per_language
def stated_openers() -> tuple[str, ...]:
    """The first letters of a `This was stated by …` sentence (its subjects capitalised, a
    space after), tested in C before the form is read."""
    return tuple(f"{w[:1].upper()}{w[1:]} " for w in sorted(_syntax().stated_subjects))


@per_language
def _stated_by() -> re.Pattern[str]:
    syntax = _syntax()
    return re.compile(rf"(?:{alternation(syntax.stated_subjects)})\s+"
                      rf"(?:{alternation(syntax.stated_auxiliaries)})\s+"
                      rf"(?:{alternation(syntax.stated_verbs)})\s+by\b", re.I)


def stated_by_votes(doc: Doc, registry: Registry, index: int) -> list[Vote]:
    """`Membership is not desirable now. This was stated by Luxembourg's foreign minister at
    a meeting …`: the sentence before is the words of the mention right after `by`, when it
    names no other country than the candidate and its cues agree (stance.toml [scope.syntax]
    stated_*). Called only for a sentence after one on the question."""
    text = doc.text
    sentence, before = doc.sentences[index], doc.sentences[index - 1]
    match = _stated_by().match(text, sentence.start, sentence.end)
    if match is None or _question(text, before.start, before.end):
        return []
    agents = find_holders(doc, registry, match.end(), sentence.end)
    if not agents or agents[0].possessive or (
            len(_words(text, match.end(), agents[0].start)) > _syntax().stated_reach):
        return []  # (`reported by Reuters` is no verb here; a mention far on is no agent)
    cues = _cues(text, before.start, before.end)
    if not cues:
        return []
    candidate = indirect_forms().candidate.country
    if any(h.code != candidate for h in find_holders(doc, registry, before.start, before.end)):
        return []  # `Germany opposes it. This was stated by …`: Germany's, reported
    position = _agreed_position(text, cues, before.end)
    if position is None:
        return []
    agent = agents[0]
    return [Vote(agent.code, position, (before.start, before.end), agent.actor,
                 named=(sentence.start, sentence.end))]


def _tail_belief_votes(text: str, start: int, end: int, cues: list[Found],
                       holders: list[Holder]) -> list[Vote]:
    """`Now is the time to invite Ukraine to NATO, the Estonian president believes`: the
    mention before a closing verb of belief holds the position of the clause before its comma,
    when that clause names no other country than the candidate (stance.toml [scope.syntax]
    tail_beliefs) and its cues agree."""
    syntax = _syntax()
    tail = text[start:end].rstrip(_CLOSERS + ".!")
    last = _WORDS.findall(tail[-24:])[-1:]
    if not last or last[0].lower() not in syntax.tail_beliefs:
        return []  # (most sentences end otherwise)
    verb_at = start + len(tail) - len(last[0])
    comma = text.rfind(",", start, verb_at)
    if comma < 0 or len(_words(text, comma, verb_at)) > syntax.tail_reach:
        return []
    candidate = indirect_forms().candidate.country
    tailers = [h for h in holders if comma < h.start and h.end <= verb_at]
    if len({h.code for h in tailers}) != 1 or any(
            h.code != candidate for h in holders if h.end <= comma):
        return []  # no one, or `Germany opposes it, Poland believes`: Germany's, reported
    position = _agreed_position(text, [c for c in cues if c.end <= comma], end)
    if position is None:
        return []
    holder = tailers[0]
    return [Vote(holder.code, position, (start, end), holder.actor, held_at=holder.start)]


def _agreed_position(text: str, cues: list[Found], end: int) -> str | None:
    """The one position the cues state (none owned, presenting or void) for a holder named
    apart from them; None when they state none, or disagree: no guess."""
    positions = {c.position for c in cues
                 if not c.owned_only and not c.presents and not _void(text, c, end)}
    return positions.pop() if len(positions) == 1 else None


def _sentence_votes(doc: Doc, start: int, end: int, cues: list[Found],
                    holders: list[Holder]) -> list[Vote]:
    """cues: the range's cues in text order (scoped); holders: its mentions. In text order: a
    holder takes the nearest cue after it, whichever rule found the cue."""
    stance = language().stance
    text = doc.text
    if not cues and not _owned_red_line(text, start, end):
        return []
    tokens = doc.tokens(start, end, skip_quotes=False)
    ends = list(map(_TOKEN_END, tokens))
    inside = covered(holders)
    able: list[tuple[Holder, bool]] = []
    relative: list[Vote] = []
    forms = indirect_forms()
    candidate = forms.candidate.country
    prepositions = stance.holders.object_prepositions
    agents: set[Found] = set()
    forecasts: list[Holder] = []
    for holder in holders:
        # (_of_step asks only the candidate country itself: the others without a call)
        if holder.actor is None and holder.code == candidate and _of_step(text, holder, cues):
            continue
        at = governor_of(tokens, ends, inside, holder)
        # (no governing word: no link, copula, seeker, expecter or forecaster to ask about)
        governor = tokens[at].lower if at is not None else None
        linked = at is not None and (_is_link(tokens, at) or after_copula(tokens, at))
        if governor == "by" and (passive := _passive_cue(text, tokens, at, cues)):
            if not passive.presents or holder.code == candidate:
                # (presenting backs the invitation only as the candidate's own ask)
                relative.append(Vote(holder.code, passive.position, (start, end), holder.actor,
                                     presented=passive.presents))
            agents.add(passive)
            continue  # `the plan was dismissed by Slovak Prime Minister X`: the agent holds it
        if governor is not None and seeks(governor):
            continue  # `sought Germany's backing`: whose support is sought gives none
        if at is not None and not linked and not holder.possessive and (
                tokens[at].lower.endswith("ing")) and _gerund_object(text, tokens, at, holder):
            continue  # `of strengthening Russia by not endorsing it`: the verb's object
        if conditional_subject(text, holder.start):
            continue  # `would back it once the United States had endorsed it`: a condition
        before = tokens[at - 1].lower if at else None
        if governor is not None and holder.code != candidate and expected(governor, before):
            continue  # `Kyiv expects Germany to back it`: others' hope, not Germany's position
        if governor is not None and holder.code != candidate and forecast(governor, before):
            # `Latvia fears that Washington will block it`: Latvia's forecast; the cue is no
            # one's, so the mention still stands between the forecaster and it.
            forecasts.append(holder)
            continue
        if at is not None and (reaction := reaction_cue(
                text, cues, (tokens[at].lower, tokens[at].start, tokens[at].end),
                holder.start, holder.end)):
            if not _void(text, reaction, end):  # `faces resistance from Germany`
                relative.append(Vote(holder.code, reaction.position, (start, end), holder.actor))
            continue
        if holder.possessive and _RED_LINE_AFTER.match(text, holder.end) and (
                crossed_red_line_of(text, clause_bounds(text, start, end,
                                                            holder.start)[0], holder.start)):
            # `an invitation would cross Hungary's red lines`: the possessor's red line.
            relative.append(Vote(holder.code, "opposes", (start, end), holder.actor))
            continue
        if at is not None and governor in forms.adjudged.owners and (
                not holder.possessive) and (
                _words(text, tokens[at].end, holder.start) in ([], ["the"])) and red_line_of(
                text, clause_bounds(text, start, end, holder.start)[0],
                tokens[at].start):
            # `membership is a red line for Berlin`: the owner's red line (the subject's
            # judgement of the step is no one's when the red line is another's).
            relative.append(Vote(holder.code, "opposes", (start, end), holder.actor))
            continue
        if not linked and not holder.possessive and at is not None and any(
                c.start <= tokens[at].start < c.end for c in cues):
            continue  # `would support Ukraine`: the object of a cue verb holds nothing
        # `a letter from Kyiv's foreign minister urging allies to invite Ukraine`: the author
        # of a text, no object (stance.toml [holders] authored).
        authored = governor == "from" and at is not None and at > 0 and (
            tokens[at - 1].lower in stance.holders.authored)
        if not linked and not authored and (governor in prepositions or is_target(governor)) and (
                not _owns_cue(text, holder, cues)) and not (
                at is not None and absolute_subject(tokens, at)) and not (
                _perspective(text, tokens, at, holder, holders)):
            votes_relative = _relative_vote(text, holder, cues, start, end, holders)
            relative.extend(votes_relative)
            continue
        able.append((holder, linked))
    # `says Ukraine belongs in NATO`: the candidate judged holds nothing, and does not stand
    # between the one who judges and the cue.
    # (only the candidate country itself can be judged: the others without a call)
    judged = [h for h, _ in able
              if h.actor is None and h.code == candidate and _judged(text, h, cues)]
    if judged:
        able = [(h, linked) for h, linked in able if h not in judged]
    # Objects (`told reporters in Bratislava that …`) hold no cue, so they take none from the
    # subject before them either: only the mentions that may hold compete.
    candidates = [holder for holder, _ in able]
    if forecasts:
        candidates = sorted(candidates + forecasts, key=lambda h: h.start)
    votes: list[Vote] = relative
    # `Zelensky said his plan had been rejected by Hungary`: the agent's cue is no one else's,
    # nor is a cue in the passive of the step (`said the plan was rejected`).
    every = cues
    cues = [c for c in every if (not agents or c not in agents) and not (
        passive_of_step(text, start, c))]
    # `The invitation is supported by most allies, including Poland`, `… rejected by Hungary,
    # as well as Slovakia`: a mention a list link adds after a passive's `by` agent is an
    # agent too (the passive's cue is its).
    # (Built only when a linked holder may use it; kept cues are known by identity, not by
    # comparing every field.)
    agented = cues
    if any([linked for _, linked in able]):
        kept = set(map(id, cues))
        agented = [c for c in every if id(c) in kept or _AGENT.match(text, c.end)]
    for holder, linked in able:
        pool = agented if linked else cues
        cue = _cue_for(text, holder, pool, linked, start, end, candidates)
        if cue is None:
            continue
        # The cue's kind against the holder's country, asked first (attributes alone; every
        # test below is a pure reading that only drops the vote, so their order cannot change
        # which votes are made, and the scope is then judged for fewer cues):
        if (cue.undecided or cue.not_candidate) and holder.code == candidate:
            continue  # `Kyiv is still weighing whether to accept …`: not its own invitation
        if cue.candidate_only and holder.code != candidate:
            continue  # `Sweden, like Ukraine, wants to join NATO`: its own accession
        if cue.presents and holder.code != candidate:
            # Presenting a plan backs the invitation only as the candidate's own ask: another
            # country presenting a plan (`Orban presented his own peace plan`) backs its own.
            continue
        cue = _behind(text, cue, end)  # (a new position only: the kind asked above stays)
        if _void(text, cue, end) or (
                not holder.possessive and unborne(text, holder.end, cue)) or (
                crosses_complement(text, (holder.start, holder.end), cue.start)):
            continue  # `Zelensky criticised the reluctance of allies`: not his
        # Across a judged candidate only a plain report carries the cue: `Greece says Ukraine
        # belongs in NATO`, not `Greece doubts Ukraine belongs …` (a verdict of its own).
        across = [m for m in judged if holder.end <= m.start and m.end <= cue.start]
        if across and not reports(text, holder.end, across[0].start):
            continue
        if reported_of_others(text, holder.end, cue.start):
            continue  # `Zelensky said critics had called the plan dangerous`: theirs
        if cue.position == "supports" and _candidate_claim(text, holders, holder):
            continue  # `Kyiv says Berlin supports it`: an interested party's word for it
        if holder.code != candidate and _appealed_to(text, tokens, holder, cue, start, end):
            continue  # `urged its allies, including Germany, to invite it`: asked, not holding
        if _opening_participle_object(text, tokens, holders, holder, cue):
            continue  # `Addressing Spain and Italy, the Polish minister called for …`
        votes.append(Vote(holder.code, cue.position, (start, end), holder.actor,
                          held_at=holder.start, presented=cue.presents))
    return votes


# A token's end offset (Token is a named tuple: text, start, end, lower).
_TOKEN_END = itemgetter(2)


@per_language
def _appeal_words() -> dict[str, list[list[str]]]:
    """The verbs of appeal (stance.toml [holders] appeals), by their first word."""
    out: dict[str, list[list[str]]] = {}
    for phrase in language().stance.holders.appeals:
        words = phrase.split()
        out.setdefault(words[0], []).append(words)
    return out


def _appealed_to(text: str, tokens: list[Token], holder: Holder, cue: Found, start: int,
                 end: int) -> bool:
    """Is the mention an addressee of an appeal, asked to take the step the `to` infinitive
    after it names (`urged Germany, as well as France, to back it`, `called on its allies,
    including Italy, to invite it`)? The appeal stands in the mention's clause before it, not
    as the sentence's first word (`Asked about it, Germany said it wants to invite …` is a
    participle whose subject is the mention), and no verb of saying stands between the mention
    and the infinitive (`…, Italy said it wants to …`: Italy's own word). A list member after a
    link is read as any other mention: the list is the appeal's object."""
    if not (text.startswith("to ", cue.start) or text.endswith("to ", 0, cue.start)) or (
            cue.start < holder.end):
        return False
    lo = clause_bounds(text, start, end, holder.start)[0]
    words = _appeal_words()
    lowers = [t.lower for t in tokens]
    appealed = -1  # where the last appeal before the mention ends
    for k, token in enumerate(tokens):
        if token.start < lo or k == 0:
            continue
        if token.start >= holder.start:
            break
        if any(lowers[k : k + len(w)] == w for w in words.get(token.lower, ())):
            appealed = token.end
    # `urged allies to act, and Latvia wants to invite …`: the appeal's own infinitive, or a
    # new clause, came before the mention.
    if appealed < 0 or _APPEAL_CLOSED.search(text, appealed, holder.start):
        return False
    said = language().stance.negation.unsaid_verbs
    return not any(w.lower() in said for w in _words(text, holder.end, cue.start))


def _opening_participle_object(text: str, tokens: list[Token], holders: list[Holder],
                               holder: Holder, cue: Found) -> bool:
    """Is the mention the object of a participle phrase that opens the sentence (`Addressing
    Spain and Italy, the Polish foreign minister called for …`, `Addressing the signatories —
    namely the US and Britain — Kyiv's ministry called for …`)? The phrase ends at the comma
    or dash right before the clause's subject, the last mention before the cue with no comma
    or dash between it and the cue; the mention lies before the phrase's first comma, or a
    list link opens its list. Then the cue is that subject's, not the phrase's object's.
    `According to`, `Including` and other words in -ing that are no such verbs are not read
    (stance.toml [holders] not_gerunds, [turns] sourcing)."""
    first = tokens[0].text if tokens else ""
    if not (first.endswith("ing") and first[:1].isupper() and first.isalpha()) or (
            first.lower() in language().stance.holders.not_gerunds) or holder.start < (
            tokens[0].end):
        return False
    subject = None
    for h in holders:
        if holder.end <= h.start and h.end <= cue.start and not _PHRASE_END.search(
                text, h.end, cue.start):
            subject = h
    if subject is None or subject.code == holder.code:
        return False
    if not _CLOSED_BEFORE.search(text[holder.end : subject.start]):
        return False  # `Speaking in Kyiv, Germany, France and Italy backed it`: one list
    head = text[tokens[0].end : holder.start]
    if "," not in head and "—" not in head and "–" not in head:
        return True
    joined = f" {' '.join(w.lower() for w in _words(text, tokens[0].end, holder.start))} "
    return any(f" {link} " in joined for link in language().stance.holders.list_links)


# Between an appeal and a mention: its own infinitive, or a clause joined after a comma.
_APPEAL_CLOSED = re.compile(r"\bto\s|,\s*(?:and|but|while|whereas)\s")
# A comma or dash that may close an opening phrase, and one right before the clause's subject
# (a determiner may stand between).
_PHRASE_END = re.compile(r"[,—–]")
_CLOSED_BEFORE = re.compile(r"[,—–]\s*(?:the\s+)?$", re.I)


@per_language
def _apposition() -> re.Pattern[str]:
    """A noun phrase in apposition right after a mention, up to a cue word in it (`, a key`):
    stance.toml [holders] apposition_openers."""
    openers = alternation(language().stance.holders.apposition_openers)
    return re.compile(rf"\s*,\s*(?:{openers})\s[^,;.]*$", re.I)


_WHO = re.compile(r"\s*,\s*who\s+")
_WHICH = re.compile(r"\s*,\s*which\s+")
# Right after a passive's participle: its agent (`is supported by most allies, …`).
_AGENT = re.compile(r"\s+by\s")
# A relative clause opened by a relative pronoun, after a comma or not (`allies who hesitate`).
_RELATIVE_OPEN = re.compile(r"(?:,\s*|\s)(?:who|whom|whose|which)\b")


def _perspective(text: str, tokens: list[Token], at: int | None, holder: Holder,
                 holders: list[Holder]) -> bool:
    """`For Hungary, Ukrainian membership is a red line`: is the mention the object of a
    preposition of perspective that opens the sentence, with a comma right after it? Then the
    clause after the comma is its view, unless another country opens that clause (`For
    Ukraine, Germany remains hesitant`: Germany's; the candidate may modify the step)."""
    if not (at == 0 and tokens[0].lower in _syntax().perspective and not holder.possessive
            and text.startswith(",", holder.end)):
        return False
    after = len(text) - len(text[holder.end + 1 :].lstrip())
    candidate = indirect_forms().candidate.country
    return not any(h.start == after and h.code != candidate for h in holders)


def _gerund_object(text: str, tokens: list[Token], at: int | None, holder: Holder) -> bool:
    """`warned of strengthening Russia by not endorsing the plan`: is the mention governed by
    a lower-case verb in -ing and followed at once by a preposition? Then it is that verb's
    object, no subject of a cue after it (`saying Germany opposes it` keeps its subject: a
    verb follows the mention, not a preposition)."""
    if at is None:
        return False
    word = tokens[at].text
    if not (word.endswith("ing") and word.islower() and word.isalpha()) or (
            word in language().stance.holders.not_gerunds):
        return False
    after = _words(text, holder.end, min(len(text), holder.end + 30))[:1]
    return bool(after) and after[0].lower() in grammar().clauses.prepositions


def _candidate_claim(text: str, holders: list[Holder], holder: Holder) -> bool:
    """Is another country's support only the candidate's claim: the mention right before it
    is the candidate's, and the words between a plain report (`Kyiv says Berlin supports …`)?
    Kyiv has every reason to count allies as backers; their own words or a neutral source
    decide (polarity is sacred)."""
    candidate = indirect_forms().candidate.country
    if holder.code == candidate:
        return False
    before = [h for h in holders if h.end <= holder.start]
    # The list the holder is in is claimed as a whole (`Zelensky said France, Britain and
    # Italy have shown support`): read back to its first member.
    first = holder
    while before and before[-1].code != candidate and _glue(text, before[-1].end, first.start):
        first = before.pop()
    if not before or before[-1].code != candidate:
        return False
    if claimed_by_candidate(text, before[-1].end, first.start) or sourced_to_candidate(
            text, (before[-1].start, before[-1].end), first.start):
        return True
    # `Zelensky said he was grateful that the Nordic countries …`: the claim's verb follows
    # the candidate's first mention, a pronoun for it comes between.
    return len(before) > 1 and before[-2].code == candidate and claimed_by_candidate(
        text, before[-2].end, first.start)


def _in_others_relative(text: str, holder_end: int, at: int) -> bool:
    """Is `at` inside a relative clause (still open: no comma since) whose antecedent is not
    the mention ending at holder_end? Its cue is the antecedent's (`critics in Budapest, who
    called it reckless`, `said allies who hesitate were reckless`), while `Slovakia, which
    opposes the bid` keeps its own."""
    if text.find("wh", holder_end, at) < 0:
        return False  # no relative pronoun at all (the common case, found in C)
    opened = None
    for match in _RELATIVE_OPEN.finditer(text, holder_end, at):
        opened = match
    if opened is None or "," in text[opened.end() : at]:
        return False
    return opened.start() != holder_end and bool(text[holder_end : opened.start()].strip())


def _of_step(text: str, holder: Holder, cues: list[Found]) -> bool:
    """`Russian officials say Ukrainian membership of NATO is unacceptable`: the step's
    modifier is part of what a cue after it judges; it neither holds that cue nor stands
    between the cue and its holder (whatever verb reports the judgement)."""
    if holder.actor is not None or holder.code != indirect_forms().candidate.country:
        return False  # only the candidate country itself modifies the step (modifies_step)
    later = [c.start for c in cues if holder.end <= c.start]
    # Only a cue word a possessor can own makes the step noun the candidate's own (`Ukraine's
    # membership bid`), not a judgement of the step (`Ukrainian membership a red line`).
    owned = [c.start for c in cues if holder.end <= c.start and c.possessable]
    return bool(later) and modifies_step(text, holder.code, holder.actor, holder.end, owned)


def _judged(text: str, holder: Holder, cues: list[Found]) -> bool:
    # Only the candidate country itself (no person) can be the one judged: the others are
    # answered without a call per cue.
    if holder.actor is not None or holder.code != indirect_forms().candidate.country:
        return False
    return any(judged_candidate(text, holder.code, holder.actor, holder.end, c.start, c.end)
               for c in cues if holder.end <= c.start)


def _relative_vote(text: str, holder: Holder, cues: list[Found], start: int,
                   end: int, holders: list[Holder]) -> list[Vote]:
    """`presented the plan to Slovak Prime Minister X, who rejected it`: an object that a
    relative `who` clause follows holds that clause's cue (the first, a few words on); so do
    countries that a `which` clause follows (`contrasts with the Baltic states and Poland,
    which are its biggest supporters`), every one of the list it closes."""
    if holder.possessive:
        return []
    last = holder  # the end of the list the holder opens (`the Baltic states and Poland`)
    for other in holders:
        if other.start >= last.end and not other.possessive and (
                other.actor is None) == (holder.actor is None) and _glue(
                text, last.end, other.start):
            last = other
        elif other.start >= last.end:
            break
    match = (_WHO if holder.actor is not None else _WHICH).match(text, last.end, end)
    # Only a person takes `who` (`critics in Budapest, who …`: the critics, not the capital).
    if match is None:
        return []
    _, hi = clause_bounds(text, start, end, match.end())
    for cue in cues:
        if match.end() <= cue.start < hi and not cue.owned_only and not cue.candidate_only:
            if len(_words(text, match.end(), cue.start)) > HOLDER_REACH or _void(text, cue, end):
                return []
            return [Vote(holder.code, cue.position, (start, end), holder.actor,
                         presented=cue.presents)]
    return []


def _passive_cue(text: str, tokens: list[Token], by: int | None,
                 cues: list[Found]) -> Found | None:
    """The cue a passive's agent holds: `was dismissed (outright) by X`: a cue ending at most
    one word before `by`, with a passive auxiliary just before the cue."""
    if by is None:
        return None
    before = [c for c in cues if c.end <= tokens[by].start
              and len(_words(text, c.end, tokens[by].start)) <= 1]
    if not before or before[-1].owned_only or _void(text, before[-1], tokens[-1].end):
        return None
    cue = before[-1]
    if cue.presents and any(b == cue.end for _, b, _ in presenting_verbs(text, cue.start,
                                                                          cue.end)):
        return cue  # `the victory plan presented by Zelensky`: a participle needs no auxiliary
    syntax = _syntax()
    lead = [w.lower() for w in _words(text, max(0, cue.start - 40), cue.start)]
    return cue if any(w in syntax.passive_auxiliaries
                      for w in lead[-syntax.passive_gap :]) else None


def _owns_cue(text: str, holder: Holder, cues: list[Found]) -> bool:
    """`in response to Zelensky’s push for …`: a possessive right before a noun cue states the
    possessor's own position, whatever governs the phrase."""
    return holder.possessive and any(
        holder.end <= cue.start and cue.possessable
        and len(_gap(text, holder, cue.start)) <= (0 if cue.tight else 1)
        for cue in cues)


def _words(text: str, a: int, b: int) -> list[str]:
    # (the pattern reads no context: searching the range itself spares a copy of it)
    return _WORDS.findall(text, a, b) if a < b else []


_WORDS = re.compile(r"[\w’'-]+")


def _gap(text: str, holder: Holder, at: int) -> list[str]:
    """The words between a mention and a cue; a possessive's own `'s` is not one of them
    (`Ukraine's membership bid`: one word, `membership`, stands between)."""
    gap = _words(text, holder.end, at)
    return gap[1:] if holder.possessive and gap and gap[0] in ("'s", "’s") else gap


def _next_holder(text: str, holders: list[Holder], holder: Holder,
                 cues: list[Found]) -> Holder | None:
    """The next mention that could claim a cue first: possessives only modify a noun, unless
    that noun is a cue of their own (`Kyiv is frustrated by Berlin's caution`)."""
    for h in holders:
        if h.start >= holder.end and (not h.possessive or _owns_cue(text, h, cues)):
            return h
    return None


def _past_glued(text: str, holders: list[Holder], holder: Holder, nxt: Holder,
                cues: list[Found]) -> Holder | None:
    """The next mention after `nxt` not glued to the holder's list, when `nxt` is glued to the
    holder (its list, or the person a demonym and title describe: `German Chancellor Olaf
    Scholz`): so that `German Chancellor Olaf Scholz said Hungary opposes it` leaves `opposes`
    to Hungary, the mention nearer the cue. (Asked only when `nxt` is glued and before a cue.)"""
    last = nxt
    for h in holders:
        if h.start < nxt.end or (h.possessive and not _owns_cue(text, h, cues)):
            continue
        if h.start >= last.end and not _glue(text, last.end, h.start):
            return h
        last = h if h.end > last.end else last
    return None


def _glue(text: str, a: int, b: int) -> bool:
    """Only list punctuation, conjunctions or title words between two mentions?"""
    titles = language().titles
    # (the word sets fetched once, not per word)
    skip_left, role_tokens, keep = _syntax().skip_left, titles.role_tokens, titles.modifiers.keep
    # `Germany, along with Hungary, is reluctant`: the link is glue too.
    for word in drop_co_subjects(_words(text, a, b)):
        lower = np.strip_possessive(word.lower())
        if not (lower in skip_left or lower in role_tokens or lower in keep
                or np.name_like(word)):
            return False
    return True


def _cue_for(text: str, holder: Holder, cues: list[Found], linked: bool, start: int,
             end: int, candidates: list[Holder]) -> Found | None:
    lo, hi = clause_bounds(text, start, end, holder.start)
    after = [c for c in cues if holder.end <= c.start < hi]
    shared = None if holder.possessive or after else shared_clause(text, start, end, hi)
    if shared is not None:
        after = [c for c in cues if shared[0] <= c.start < shared[1] and not c.owned_only]
    # The next mention that could claim a cue first (sought only when a cue follows).
    nxt = _next_holder(text, candidates, holder, cues) if after else None
    for cue in after:
        if nxt is not None and nxt.end <= cue.start and _glue(text, holder.end, nxt.start):
            # A list or a described person is one subject: the mention past it decides.
            nxt = _past_glued(text, candidates, holder, nxt, cues)
        if nxt is not None and nxt.end <= cue.start and (
                not crosses_complement(text, (nxt.start, nxt.end), cue.start)) and not (
                _joined_in(text, holder, nxt, cue.start)):
            return None  # a nearer mention holds this cue ("Zelenskyy acknowledged German …")
        if _in_others_relative(text, holder.end, cue.start):
            continue  # `defended the plan against critics, who called it reckless`
        gap = _gap(text, holder, cue.start)
        adjacent = len(gap) <= (0 if cue.tight else 1)
        if holder.possessive or cue.owned_only:
            if not holder.possessive and _apposition().match(text, holder.end, cue.start) and (
                    "," in text[cue.end : hi]):
                continue  # `The Netherlands, a key supporter of Kyiv, backs it`: the verb's
            if not (adjacent and cue.possessable):
                return None
            return _predicated(text, cue, cues, hi) if cue.position == "supports" else cue
        if len(gap) > HOLDER_REACH or any_target(drop_co_subjects(gap)):
            return None
        if cue.position == "supports" and (
                limit := limited_to_later(text, hi, end, cue.end)) is not None:
            # Support qualified by a limit of time (`backs membership, but not now`, `albeit
            # not immediately`): open in principle, not now, with no no of its own: hesitant,
            # as support deferred to a later day is (stance_turns._deferred). The step itself
            # denied now (`but not an invitation now`) is a no.
            return replace(cue, position=limit)
        if cue.position != "supports":
            return cue
        if _undated(text, cue.end, hi):
            # `backs membership without setting a timeline`: as `avoided naming a date`.
            return replace(cue, position="hesitant")
        return _qualified(text, start, end, hi, cues, _predicated(text, cue, cues, hi))
    if linked and not holder.possessive and not _finite_after(text, holder.end, hi):
        before = [c for c in cues
                  if lo <= c.start < holder.start and not c.owned_only and c.backward]
        # The first: the group's own predicate (`those reluctant to invite Ukraine are …`),
        # not a cue inside its complement (`to invite`); within reach of the list, or it is a
        # verb of an earlier clause (`X dismissed the call, citing a summit where its backers
        # failed to convince skeptics, including the US`: not the US's dismissal).
        if before and len(_words(text, before[0].end, holder.start)) <= HOLDER_REACH:
            return before[0]
        if not before:
            # `prevail against opponents such as the USA and Germany`: a role noun the list
            # link follows at once names the list's members by their role.
            return next((c for c in cues if lo <= c.start < holder.start and c.owned_only
                         and _role_listed(text, c, holder)), None)
        return None
    return None


def _role_listed(text: str, cue: Found, holder: Holder) -> bool:
    """Is the owned cue a role noun (`opponents`, `supporters`) right before a list link that
    the list the holder is in follows (`opponents such as the USA and Germany`)?"""
    if text[cue.start : cue.end].lower() not in _role_nouns():
        return False
    words = [w.lower() for w in _words(text, cue.end, holder.start)]
    return any(words[: len(link)] == link for links in _list_links().values()
               for link in links)


@per_language
def _role_nouns() -> frozenset[str]:
    roles = language().stance.objects.roles
    return frozenset((*roles.supports, *roles.opposes, *roles.hesitant))


def _finite_after(text: str, at: int, hi: int) -> bool:
    """Is the word right after a mention (no comma between) a finite verb? Then the mention is
    the subject of its own clause (`Despite resistance from allies like Germany, the Baltic
    states have backed it`), not one more member of the list before it, and takes no cue of
    that list's."""
    after = _words(text, at, min(hi, at + 24))[:1]
    return bool(after) and after[0].lower() in grammar().paraphrase.finite


def _joined_in(text: str, holder: Holder, joined: Holder, at: int) -> bool:
    """`Italy joined Germany in opposing the invitation`, `Slovakia has joined Hungary and
    Austria in their resistance`: does the holder join the mention after it in the cue at
    `at`? Then the joined mention does not hold the cue alone: the holder shares it."""
    pack = indirect_forms().turns
    if holder.possessive or joined.possessive:
        return False
    lead = _words(text, holder.end, joined.start)
    if not lead or lead[-1].lower() not in pack.joiners:
        return False
    tail = " ".join(w.lower() for w in _words(text, joined.end, at))
    for link in pack.joiner_links:
        if tail == link or tail.endswith(f" {link}"):
            return _glue(text, joined.end, at - len(link) - 1 if tail != link else joined.end)
    return False


def _qualified(text: str, start: int, end: int, hi: int, cues: list[Found],
               support: Found) -> Found:
    """`France has backed eventual membership but has avoided naming a date`: support whose
    clause runs on past `but` into a clause of the same subject with a cue of another position
    is qualified by it (hesitant or opposed), as in `voiced support but stopped short of …`.
    Returns the qualifying cue, else `support`."""
    if not text[hi:end].lstrip(" ,").lower().startswith("but "):
        return support
    shared = shared_clause(text, start, end, hi) or _impersonal_clause(text, start, end, hi)
    if shared is None:
        return support
    later = [c for c in cues if shared[0] <= c.start < shared[1] and not c.owned_only
             and c.position in ("hesitant", "opposes") and not _void(text, c, end)]
    return later[0] if later else support




# Copulas (and adverbs between) by which a support noun is judged: `German support for the
# invitation remains tepid`, `Germany's backing is at best lukewarm`.
_COPULA_TAIL = re.compile(r"\b(?:is|was|are|were|remains|remained|has been|had been|seems|"
                          r"seemed|appears|appeared)(?:\s+(?:still|at best|only|rather|"
                          r"decidedly|distinctly|notably|now))?\s*$")


def _predicated(text: str, support: Found, cues: list[Found], hi: int) -> Found:
    """`Germany's support for the NATO invitation is lukewarm`: a support noun that is the
    subject of a copula whose complement is a cue of hesitation or a no is judged by it: that
    cue, else `support`."""
    for cue in cues:
        if support.end <= cue.start < hi and cue.position in ("hesitant", "opposes"):
            between = text[support.end : cue.start]
            if "," not in between and _COPULA_TAIL.search(between.lower()):
                return cue
            break
    return support


def _undated(text: str, at: int, hi: int) -> bool:
    """Does the clause from `at` go on to support without a date (`without setting a
    timeline`, `but no date`)? stance.toml [continuation] undated."""
    pack = language().stance.continuation
    stop = min(hi, at + 160)
    # A lead's first word is in the stretch lowered as one piece whenever it is one of its
    # words lowered: most clauses hold none, found in C before the words are split and joined.
    heads = _undated_heads()
    if heads is not None and not any(map(text[at:stop].lower().__contains__, heads)):
        return False
    rest = f" {' '.join(w.lower() for w in _words(text, at, stop))} "
    for lead in pack.undated:
        k = rest.find(f" {lead} ")
        if k < 0:
            continue
        tail = rest[k + len(lead) + 2 :].split()
        for n in range(3):
            if any(" ".join(tail[n:]).startswith(o + " ") or " ".join(tail[n:]) == o
                   for o in pack.undated_objects):
                return True
    return False


@per_language
def _undated_heads() -> frozenset[str] | None:
    """The first words of the undated leads (`without`, `but`, `though`); None (no test) when
    one holds a sigma, the one letter whose lower case depends on its neighbours, so that a
    word lowered alone could differ from the same word lowered in its stretch."""
    heads = frozenset(lead.split()[0] for lead in language().stance.continuation.undated)
    return None if any(ch in "Σσς" for head in heads for ch in head) else heads


def _impersonal_clause(text: str, start: int, end: int, hi: int) -> tuple[int, int] | None:
    """`supports membership, but the time is not right`, `…, but now is not the moment`: a
    clause after `but` whose subject is the moment or the step, not a holder, qualifies the
    support before it as a clause sharing its subject does. Its (start, end), else None."""
    rest = text[hi:end].lstrip(" ,")
    after = rest[4:].lower().replace("’", "'")  # past `but `
    for opener in language().stance.continuation.impersonal:
        if after.startswith(opener) and not after[len(opener) : len(opener) + 1].isalnum():
            at = end - len(rest) + 4
            return at, clause_bounds(text, start, end, at)[1]
    return None


def _candidates_plan(owner: tuple[str, str | None] | None) -> tuple[str, str] | None:
    """The plan's presenter (as plan.plan_owner found it: name, country) when it is the
    candidate's, else None. What a plan asks is its presenter's country's ask only for the
    candidate's own plan: a presenter from elsewhere (`Orban presented his own peace plan`) is
    no voice of the candidate's request."""
    if owner is None or owner[1] != indirect_forms().candidate.country:
        return None
    return owner[0], owner[1]


def _planned(text: str, start: int, end: int,
             owner: tuple[str, str | None] | None) -> list[tuple[int, int, str]]:
    """The plan's mentions in the range, when the plan has a presenter with a country."""
    if _candidates_plan(owner) is None:
        return []
    return plan_mentions(text, start, end)


def _plan_votes(text: str, start: int, end: int, owner: tuple[str, str | None] | None,
                found: list[Found], planned: list[tuple[int, int, str]]) -> list[Vote]:
    """`the victory plan calls for an invitation`, `welcomed the plan's call for …`: what the
    plan asks for, its presenter's country asks for (the plan is the presenter's own)."""
    presenter = _candidates_plan(owner)
    if presenter is None:
        return []
    supports = [c for c in found if c.position == "supports"]
    if not supports:
        return []
    plan = language().plan
    for a, b, phrase in planned:
        before = _words(text, start, a)[-1:]
        named = before and before[0].lower() in _syntax().plan_determiners
        if phrase in plan.names.generic and not named:
            continue
        _, hi = clause_bounds(text, start, end, a)
        for cue in supports:
            if not b <= cue.start < hi:
                continue
            gap = [w for w in _words(text, b, cue.start) if w not in ("'s", "’s", "also")]
            # The scope (_void) is judged last, for the cue right after the plan alone.
            if not gap and not _void(text, cue, end):
                return [Vote(presenter[1], "supports", (start, end), presenter[0])]
    return []


def _plan_cues(text: str, start: int, end: int) -> list[Found]:
    """Presenting or pushing the plan (whose first point is the invitation) backs it."""
    return [Found(a, b, "supports", False, backward=False, presents=True)
            for a, b in presenting(text, start, end)]


def statement_votes(doc: Doc, registry: Registry, statement: Statement,
                     question: str, marks: list[int], topical: dict[int, bool]) -> list[Vote]:
    """topical: whether each sentence (by its start) is on the question."""
    country = statement.speaker.country
    if not country or not statement.spans or unofficial(statement.speaker.role):
        return []  # an analyst's or expert's words are not their country's position
    start, end = statement.spans[0][0], statement.spans[-1][1]
    sentence = doc.sentence_at(start)
    if not (topical.get(sentence.start) or is_topical(doc.text, start, end, question, marks)):
        return []
    # A quotation longer than a window is read only in its first (searches stay bounded).
    end = windows(doc.text, start, end)[0][1]
    cues = find_cues(doc.text, start, end)
    if not cues:
        return []  # most statements hold no cue: no need for their mentions
    if _predicate_of_other(doc, registry, sentence.start, sentence.end, start, country):
        return []  # `Tusk said Germany "remains skeptical"`: the words are Germany's predicate
    mentions = find_holders(doc, registry, start, end)
    holders = [h for h in subject_holders(doc, mentions, start, end)
               if not (_judged(doc.text, h, cues) or _of_step(doc.text, h, cues))]
    objects = [h for h in mentions if h.code == country]
    if not statement.speaker.name and any(unofficial_before(doc.text, h.start) for h in objects):
        return []  # `…, analysts in Berlin say`: where they work, not whom they speak for
    if not statement.speaker.role and research_only(doc, sentence.start, sentence.end, country):
        return []  # `Hans Meier of the German Marshall Fund said …`: a research body's
    actor = _actor(statement.speaker.name, statement.speaker.affiliation, country)
    votes: list[Vote] = []
    named: tuple[int, int] | None = None  # (the same for every vote: found for the first)
    for cue in cues:
        lo, _ = clause_bounds(doc.text, start, end, cue.start)
        if any(lo <= h.start < cue.start for h in holders) or cue.owned_only or (
                passive_of_step(doc.text, lo, cue)) or unborne(doc.text, lo, cue) or (
                _said_of_others(doc.text, lo, cue.start)) or others_subject(doc.text, lo,
                                                                            cue.start):
            continue  # `"Some partners say it is dangerous," Zelensky said`: theirs
        cue = _behind(doc.text, cue, end)
        if _void(doc.text, cue, end):
            break  # `"We will support the president"`: the speaker's first cue states nothing
        if (cue.undecided or cue.not_candidate) and (
                country == indirect_forms().candidate.country):
            continue  # the candidate is not undecided about its own invitation
        if cue.candidate_only and country != indirect_forms().candidate.country:
            continue  # `"Ukraine wants to join NATO," the Swedish minister said`: not Sweden's
        if _names_own_object(doc.text, objects, country, cue, end):
            continue
        if not votes:
            named = _speaker_named(doc, statement, start, end)
        votes.append(Vote(country, cue.position, (start, end), actor, named))
    return votes


def _predicate_of_other(doc: Doc, registry: Registry, start: int, end: int, at: int,
                        country: str) -> bool:
    """Is a quotation opening at `at` (inside the sentence text[start:end]) the predicate of
    another country named before it in its clause (`Germany still "has doubts"`, `said Berlin
    was "not ready"`)? Then its cues are that country's (the sentence's own vote), not the
    speaker's."""
    if not doc.text[at : at + 1].islower():
        return False  # a quoted sentence of its own (`"We back it," …`), no predicate fragment
    lo, _ = clause_bounds(doc.text, start, end, at)
    if lo >= at:
        return False
    mentions = find_holders(doc, registry, lo, at)
    return any(h.code != country and not h.possessive
               for h in subject_holders(doc, mentions, lo, at))


def _actor(name: str | None, affiliation: str | None, country: str) -> str | None:
    """The speaker's name; for an unnamed speaker, the affiliation only when it says more than
    the country (`a Kremlin spokesman`, not `a Bulgarian official` → `Bulgaria`). The country
    is recognised by the language's gazetteer (no pycountry load on the extraction path)."""
    if name or not affiliation:
        return name or None
    index, places = gazetteer()
    whole = [key for a, b, key in index.find(affiliation, 0, len(affiliation))
             if a == 0 and b == len(affiliation)]
    named = any(places[key].kind == "country" and places[key].country == country for key in whole)
    return None if named else affiliation


def _names_own_object(text: str, objects: list[Holder], country: str, cue: Found,
                      end: int) -> bool:
    """`membership would anger Berlin, analysts say`: the speaker's country named after the cue
    in its phrase (up to a comma or the sentence's end) is what the words are about; a speaker
    credited with that country (from those very words) is no sure holder of the cue. A later
    sentence of the quotation is not the cue's phrase (`"… would mean NATO was at war with
    Russia. It would mean the United States was at war …," Sullivan said`)."""
    found = _PHRASE_STOP.search(text, cue.end, end)
    stop = end if found is None else found.start()
    return any(h.code == country and cue.end <= h.start < stop for h in objects)


# Where a cue's phrase ends: a comma, or the end of its sentence.
_PHRASE_STOP = re.compile(r"[,;]|[.!?](?=\s)")


def _speaker_named(doc: Doc, statement: Statement, start: int,
                   end: int) -> tuple[int, int] | None:
    """Where the speaker's name is printed next to a quotation (its sentence, else the sentence
    before in the same paragraph), so that the stance's evidence says whose stance it is: the
    evidence is then the name and the quotation (`Claire Vautrin … a path is not a date`)."""
    name = statement.speaker.name
    if not name:
        return None
    index = doc.sentence_index(start)
    sentence = doc.sentences[index]
    places = [sentence]
    if index > 0 and doc.sentences[index - 1].para == sentence.para:
        places.append(doc.sentences[index - 1])
    for place in places:
        for lo, hi in ((place.start, start), (end, place.end)):
            at = doc.text.find(name, lo, hi) if hi > lo else -1
            if at >= 0:
                return at, at + len(name)
    return None




def _said_of_others(text: str, lo: int, at: int) -> bool:
    """`Every capital that hesitates should explain …`: a cue in a relative clause on a
    generic group (every, any, those …) describes others, not the speaker's own position."""
    words = [w.lower() for w in _words(text, lo, at)]
    syntax = _syntax()
    for k in range(len(words) - 1, max(len(words) - 2 - syntax.relative_gap, -1), -1):
        if words[k] in syntax.relative_pronouns:
            quantifiers = language().stance.others.quantifiers
            return any(w in quantifiers for w in words[max(0, k - 3) : k])
    return False
