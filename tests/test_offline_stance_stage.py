"""The stance stage read step by step: passages → holder and cue votes → polarity."""

from __future__ import annotations

from conftest import extract_text, stances
from hypothesis import given
from hypothesis import strategies as st

from summarizer.extract.offline import document
from summarizer.extract.offline.entities import Registry
from summarizer.extract.offline.stance_stage import (
    country_stances,
    distinct_evidence,
    on_question,
    passage_votes,
    passages,
)
from summarizer.extract.offline.stances import Vote
from summarizer.load import Article
from summarizer.schemas import DEFAULT_QUESTION, ArticleMeta


def _doc(text: str) -> document.Doc:
    return document.build(Article(ArticleMeta(id="t"), text, 0))


def _read(text: str) -> list[str]:
    doc = _doc(text)
    topical = on_question(doc, DEFAULT_QUESTION, [])
    found = passages(doc, topical)
    return [doc.text[doc.sentences[p.index].start : doc.sentences[p.index].end] for p in found]


def test_a_sentence_on_the_question_and_one_referring_back_are_read() -> None:
    text = ("Hungary opposes an invitation for Ukraine to join NATO. They are reluctant. "
            "The harbour froze in January.")
    assert _read(text) == ["Hungary opposes an invitation for Ukraine to join NATO.",
                           "They are reluctant."]


def test_near_miss_a_follow_up_after_an_unrelated_sentence_is_not_read() -> None:
    assert _read("The harbour froze in January. They are reluctant.") == []


def test_a_holder_takes_the_cue_of_its_passage() -> None:
    doc = _doc("Hungary opposes an invitation for Ukraine to join NATO.")
    registry = Registry(doc)
    (passage,) = passages(doc, on_question(doc, DEFAULT_QUESTION, []))
    votes = passage_votes(doc, registry, passage, None)
    assert [(v.code, v.position) for v in votes] == [("HU", "opposes")]


def test_mixed_evidence_gives_no_stance_and_agreeing_evidence_one() -> None:
    doc = _doc("Paris backs the invitation. Paris wants the invitation. Paris rejects it.")
    first, second, third = [(s.start, s.end) for s in doc.sentences]
    mixed = [Vote("FR", "supports", first, None), Vote("FR", "supports", second, None),
             Vote("FR", "opposes", third, None)]
    assert country_stances(doc, mixed) == []
    agreeing = [Vote("FR", "supports", first, None), Vote("FR", "supports", second, "Macron")]
    (stance,) = country_stances(doc, agreeing)
    assert stance.position == "supports" and stance.actors == ["Macron"]
    assert [e.text for e in stance.evidence] == ["Paris backs the invitation",
                                                 "Paris wants the invitation"]


def _distinct_by_pairs(votes: list[Vote]) -> list[Vote]:
    """distinct_evidence's rule, written as plainly as it reads: every kept vote against the
    new one."""
    out: list[Vote] = []
    for vote in votes:
        if any(o.position == vote.position and o.where[0] <= vote.where[0]
               and vote.where[1] <= o.where[1] for o in out):
            continue
        wider = [o for o in out if o.position == vote.position
                 and vote.where[0] <= o.where[0] and o.where[1] <= vote.where[1]]
        out = [o for o in out if o not in wider] + [vote]
    return out


_SPAN = st.tuples(st.integers(0, 30), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1]))
_VOTES = st.lists(st.builds(Vote, st.just("FR"), st.sampled_from(["supports", "opposes"]),
                            _SPAN, st.sampled_from([None, "X"])), max_size=25)


@given(_VOTES)
def test_distinct_evidence_keeps_what_the_pairwise_rule_keeps(votes: list[Vote]) -> None:
    assert distinct_evidence(votes) == _distinct_by_pairs(votes)


def test_a_follow_up_of_a_follow_up_is_read() -> None:
    # A group described, then a member named as one of them (`among those`): two links back
    # to the sentence on the question (stance_stage.FOLLOW_UP_DEPTH).
    text = ("Only a dozen allies are ready to issue the NATO invitation now. The rest, they "
            "said, are waiting to see what Washington decides. Italy is among those waiting, "
            "officials in Rome said, and would not be the first to move.")
    assert stances(text) == {"IT": "hesitant"}
    # Near miss: the second link by a bare `it`, which stands for what the sentence before
    # turned to (sanctions), is not read.
    assert stances("Germany backs the NATO invitation. It also wants sanctions on Russian gas. "
                   "France backs it too.") == {"DE": "supports"}


def test_a_stated_ask_is_cited_before_the_presentation_of_the_plan() -> None:
    # Three sentences present the plan (support only by implication: its first point is the
    # invitation) before the one that states the ask; evidence is capped, so the order decides
    # whether the ask is cited at all.
    text = ("Ukrainian President Petro Vardy presented his victory plan to parliament on Monday.\n"
            "Vardy unveiled the victory plan in a long speech.\n"
            "Vardy will present the victory plan to European leaders on Thursday.\n"
            "Vardy also urged NATO to invite Ukraine to join the alliance now.\n")
    found = {s.country: s for s in extract_text(text).stances}
    evidence = [e.text for e in found["UA"].evidence]
    assert found["UA"].position == "supports"
    assert evidence[0] == "Vardy also urged NATO to invite Ukraine to join the alliance now"


def test_votes_read_from_presenting_the_plan_still_decide_alone() -> None:
    text = "Ukrainian President Petro Vardy presented his victory plan to parliament on Monday.\n"
    found = {s.country: s for s in extract_text(text).stances}
    assert found["UA"].position == "supports"
    assert found["UA"].evidence[0].text.startswith("Ukrainian President Petro Vardy presented")
