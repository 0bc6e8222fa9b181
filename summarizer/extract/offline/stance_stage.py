"""The stance stage: where each country stands on the question, read as holder → cue → target,
with polarity and scope.

1. passages: the sentences on the question (its own words; once the article has named the plan,
   a word for the plan), and a sentence right after one of them that refers back to it
   (`They are reluctant.`, `Italy was wary too.`); a long sentence is read in windows, so that
   every search stays bounded (`Passage`);
2. holder → cue: in each window the possible holders (holders.py: a country named, as a
   demonym, a capital or national body, a person from it; a group subject and its listed
   members, groups.py) each take the nearest cue after them in their clause (cues.py, with the
   forms of stance_indirect.py and stance_forms.py); a national official's quoted words hold
   their own cues; a point of the plan asking for the invitation is its presenter's country's
   request (stances.py);
3. target and scope: a cue on something other than the invitation (aid to Ukraine in general,
   another request), a condition of the step, a rejection of a rejection, support only for
   later, states no position or the opposite (stance_scope.py); each holder that takes a cue
   makes a `Vote` (stances.py): its country, the position, the place;
4. polarity: per country the distinct pieces of evidence vote (stance_scope.decide); mixed
   evidence gives no stance rather than a guess; a stance ships only with its evidence found
   in the article.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import cast

from summarizer.countries import country_name
from summarizer.extract.offline.cues import refers_back
from summarizer.extract.offline.document import Doc, Sentence
from summarizer.extract.offline.entities import Registry
from summarizer.extract.offline.grounding import locate
from summarizer.extract.offline.groups import group_subject
from summarizer.extract.offline.stance_indirect import indirect_forms
from summarizer.extract.offline.stance_scope import decide, denies_now
from summarizer.extract.offline.stances import (
    WINDOW,
    Vote,
    additive,
    elliptical,
    group_votes,
    is_topical,
    may_vote,
    plan_marks,
    plural_votes,
    point_votes,
    reacts,
    stated_by_votes,
    stated_openers,
    statement_votes,
    window_votes,
    windows,
)
from summarizer.schemas import CountryStance, Evidence, Position, Statement, VictoryPlan

# Evidence sentences kept per stance.
MAX_EVIDENCE = 3


@dataclass(frozen=True)
class Passage:
    """A sentence read for stances: its index in doc.sentences, and its windows."""

    index: int
    windows: tuple[tuple[int, int], ...]
    # Within one window: its group subject or plural pronoun is read too (groups.py).
    short: bool


def extract_stances(
    doc: Doc, registry: Registry, statements: list[Statement], question: str,
    owner: tuple[str, str | None] | None = None, plan: VictoryPlan | None = None,
) -> list[CountryStance]:
    """owner: the plan's presenter (name, country), whose asks the plan states; plan: the
    plan as extracted (a point asking for the invitation is its presenter's request)."""
    # Once the article names the plan, "the plan", "his roadmap" are the plan too.
    marks = plan_marks(doc)
    topical = on_question(doc, question, marks)
    votes = [vote for passage in passages(
                 doc, topical, lambda s: may_vote(doc, registry, s.start, s.end, owner))
             for vote in passage_votes(doc, registry, passage, owner)]
    # `… not desirable now. This was stated by X at …`: the sentence before is X's.
    text, openers = doc.text, stated_openers()
    votes.extend(vote for index in range(1, len(doc.sentences))
                 if topical[doc.sentences[index - 1].start]
                 and text.startswith(openers, doc.sentences[index].start)
                 for vote in stated_by_votes(doc, registry, index))
    votes = without_candidate_claims(votes, statements)
    for statement in statements:
        votes.extend(statement_votes(doc, registry, statement, question, marks, topical))
    votes.extend(point_votes(doc, plan, owner))
    return country_stances(doc, without_candidate_doubts(votes))


def without_candidate_doubts(votes: list[Vote]) -> list[Vote]:
    """The candidate is the one asking to be invited: a doubt or a no that its mentions seem to
    hold is another's verdict on its request (`X described Zelensky's plan as unrealistic`,
    `"Ukraine is on its path," Smith said, "but we are not at that stage"`), never its own
    position (evals/README.md section 3: Ukraine supports whenever it seeks the invitation).
    Such votes are dropped, not turned into support (polarity is sacred)."""
    candidate = indirect_forms().candidate.country
    return [v for v in votes if v.code != candidate or v.position == "supports"]


def without_candidate_claims(votes: list[Vote], statements: list[Statement]) -> list[Vote]:
    """`"Germany supports our invitation," Zelensky said`: another country's support held in
    the candidate's own quoted words is the candidate's claim, not that country's position
    (as `Kyiv says Berlin supports it` is, stances._candidate_claim)."""
    candidate = indirect_forms().candidate.country
    quoted = sorted((a, b) for s in statements if s.kind == "direct"
                    and s.speaker.country == candidate for a, b in s.spans)
    if not quoted:
        return votes
    starts = [a for a, _ in quoted]

    def claimed(vote: Vote) -> bool:
        if vote.position != "supports" or vote.code == candidate or vote.held_at is None:
            return False
        k = bisect.bisect_right(starts, vote.held_at) - 1
        return k >= 0 and vote.held_at < quoted[k][1]

    return [v for v in votes if not claimed(v)]


def on_question(doc: Doc, question: str, marks: list[int]) -> dict[int, bool]:
    """Whether each sentence (by its start) is on the question."""
    return {s.start: is_topical(doc.text, s.start, s.end, question, marks)
            for s in doc.sentences}


def passages(doc: Doc, topical: dict[int, bool],
             voting: Callable[[Sentence], bool] | None = None) -> list[Passage]:
    """The sentences on the question, and those right after one that refer back to it.

    voting: whether a sentence's windows could give a vote (stances.may_vote; None: any
    could). A sentence that could give none is not read as an elliptical follow-up or a
    reaction when that reading could not change the next sentence's either (see _moot): its
    cues are then not sought, and the passages left out are those that give no vote."""
    out: list[Passage] = []
    # How many links back to a sentence on the question (0: on it; 1: follows one up), so that
    # a follow-up of a follow-up is read too (`… ready to issue the invitation now. The rest,
    # they said, are waiting. Italy is among those waiting, …`), but no longer chain.
    depth = FOLLOW_UP_DEPTH + 1
    # The index of the last sentence on the question.
    last = -2
    for index, sentence in enumerate(doc.sentences):
        if topical[sentence.start]:
            depth, last = 0, index
        elif depth < FOLLOW_UP_DEPTH and _follows_up(
                doc, sentence, depth > 0,
                None if voting is None else partial(_moot, doc, topical, index, voting)):
            depth += 1
        elif index == last + 2 and _adds_on(doc, sentence):
            # `… not prepared to offer an invitation. X and Y are not the only ones. Z and W
            # are also resisting, but …`: an elliptical position that adds to others takes the
            # question across one sentence that names none.
            depth = FOLLOW_UP_DEPTH
        else:
            depth = FOLLOW_UP_DEPTH + 1
            continue
        out.append(Passage(index, tuple(windows(doc.text, sentence.start, sentence.end)),
                           sentence.end - sentence.start <= WINDOW))
    return out


# At most this many sentences in a row follow one on the question up.
FOLLOW_UP_DEPTH = 2


def _follows_up(doc: Doc, sentence: Sentence, strict: bool = False,
                moot: Callable[[], bool] | None = None) -> bool:
    """`… the NATO invitation. It is premature.` / `They are reluctant.` (a group subject) /
    `Italy was wary too.`: a sentence that takes the question of the one before. strict (the
    one before only follows one up itself): not by a bare `it`, which may stand for whatever
    that sentence turned to. moot: whether reading the sentence as a follow-up could change no
    vote (then its cue readings, elliptical and reacts, are spared: False)."""
    start, end = sentence.start, sentence.end
    if refers_back(doc.text, start, end, strict) or group_subject(doc, start, end) is not None:
        return True
    # (strict: the cue search of `elliptical` is left out too: a second link is a reference.)
    if strict:
        return False
    # (both cue readings need a sentence of one window: a longer one is no follow-up by them)
    if end - start > WINDOW or (moot is not None and moot()):
        return False
    return elliptical(doc.text, start, end) or reacts(doc.text, start, end)


def _moot(doc: Doc, topical: dict[int, bool], index: int,
          voting: Callable[[Sentence], bool]) -> bool:
    """Could reading sentence `index` (right after one on the question, with no reference or
    group subject of its own) as a follow-up change no vote? So when it could give no vote
    itself (`voting`: no one to hold a cue, no plan mention; its group subject, the other
    reading of a short passage, was already found absent), and the next sentence, read as a
    passage only by a strict follow-up after a follow-up, is on the question, absent, or no
    strict follow-up: then the next sentence is read alike either way (by `_adds_on`, two
    sentences past the one on the question), and the chain stops there as well."""
    sentences = doc.sentences
    if voting(sentences[index]):
        return False
    if index + 1 >= len(sentences):
        return True
    after = sentences[index + 1]
    return topical[after.start] or not _follows_up(doc, after, strict=True)


def _adds_on(doc: Doc, sentence: Sentence) -> bool:
    """An elliptical sentence with an additive word (`Italy is also wary, but …`)."""
    start, end = sentence.start, sentence.end
    return additive(doc.text, start, end) and elliptical(doc.text, start, end)


def passage_votes(doc: Doc, registry: Registry, passage: Passage,
                  owner: tuple[str, str | None] | None) -> list[Vote]:
    """The holders' votes in each window, then the group's or the plural subject's."""
    votes = [vote for start, end in passage.windows
             for vote in window_votes(doc, registry, start, end, owner)]
    if passage.short:
        # (found once for both readings: most sentences have no group subject)
        sentence = doc.sentences[passage.index]
        group = group_subject(doc, sentence.start, sentence.end)
        if group is not None:
            votes.extend(group_votes(doc, registry, passage.index, group)
                         or plural_votes(doc, registry, passage.index, group))
    return votes


def distinct_evidence(votes: list[Vote]) -> list[Vote]:
    """One piece of evidence is one vote: a vote whose text lies inside another vote's text of
    the same position (a quotation's statement vote inside its sentence's vote) is not counted
    again, so that a sentence read twice cannot outvote a sentence read once. Votes keep their
    order; a later vote that holds earlier ones replaces them and comes last.

    The votes kept of one position never nest, so in order of their starts their ends rise too:
    the one that could hold a new vote, and the run the new vote holds, are found by bisection
    (time near-linear in the votes: an article of thousands of sentences on the question)."""
    kept: dict[int, Vote] = {}
    # By position: the kept votes' starts, ends and keys into `kept`, in order of their starts.
    spans: dict[str, tuple[list[int], list[int], list[int]]] = {}
    for key, vote in enumerate(votes):
        a, b = vote.where
        starts, ends, keys = spans.setdefault(vote.position, ([], [], []))
        k = bisect.bisect_right(starts, a) - 1
        if k >= 0 and ends[k] >= b:
            continue  # inside a vote kept
        lo, hi = bisect.bisect_left(starts, a), bisect.bisect_right(ends, b)
        for inside in keys[lo:hi]:
            del kept[inside]
        starts[lo:hi], ends[lo:hi], keys[lo:hi] = [a], [b], [key]
        kept[key] = vote
    return list(kept.values())


def country_stances(doc: Doc, votes: list[Vote]) -> list[CountryStance]:
    """Each country's position by its votes, with up to MAX_EVIDENCE pieces of evidence."""
    by_country: dict[str, list[Vote]] = {}
    for vote in votes:
        by_country.setdefault(vote.code, []).append(vote)
    out: list[CountryStance] = []
    article_id = doc.article.id
    for code, group in by_country.items():
        counted = distinct_evidence(group)
        positions = [v.position for v in counted]
        # Only support against opposition asks whether a no is about now.
        mixed = "supports" in positions and "opposes" in positions
        decided = decide(positions, [mixed and denies_now(doc.text, *v.where) for v in counted])
        if decided is None:
            continue  # mixed evidence: no stance rather than a guess
        position = cast(Position, decided)
        # A position stated (an ask, a refusal, the plan's own call) is cited before one read
        # from presenting the plan: `presented his plan` shows the ask only by implication.
        chosen = sorted([v for v in group if v.position == position] or group,
                        key=lambda v: v.presented)
        evidence: list[Evidence] = []
        for where, named in dict.fromkeys((v.where, v.named) for v in chosen):
            if len(evidence) >= MAX_EVIDENCE:
                break
            pieces = sorted([where, named]) if named and not (
                where[0] <= named[0] < where[1]) else [where]
            grounded = locate(doc.text, pieces)
            if grounded:
                evidence.append(Evidence(text=grounded[0], spans=grounded[1]))
        if not evidence:  # a stance ships only with evidence in the article
            continue
        actors = list(dict.fromkeys(v.actor for v in chosen if v.actor))
        out.append(CountryStance(
            country=code, country_name=country_name(code), position=position,
            actors=actors, evidence=evidence, article_id=article_id,
        ))
    return sorted(out, key=lambda s: s.country)
