"""One point, one entry; one remark, several wordings; each plan fact cites who states it."""

from __future__ import annotations

import pytest
from conftest import SEED_DIR
from test_merge import _extraction, _statement
from test_merge_seeds import A0, A1, A2, A4, seed_extractions

from summarizer.extract.offline.rules import extract_article
from summarizer.load import Article, load_articles
from summarizer.merge import merge_extractions
from summarizer.merge.plan import point_key, same_point
from summarizer.merge.statements import differ_in_substance
from summarizer.merge.text import norm
from summarizer.schemas import DEFAULT_QUESTION, Evidence, PlanPoint, VictoryPlan


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("an invitation to join the alliance now", "swift alliance membership"),
        ("Kyiv's accession to the EU", "EU membership for Ukraine"),
        ("strengthening the country's defence industry", "strengthening its military industry"),
        ("lifting limits on long-range weapons strikes", "lifting limits on long-range arms"),
    ],
)
def test_the_same_proposal_in_other_words_is_one_point(a: str, b: str) -> None:
    assert same_point(point_key(a), point_key(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # One shared verb is not a shared proposal.
        ("strengthening the economy", "strengthening defence"),
        # Membership of different bodies.
        ("membership of the European Union", "NATO membership"),
        ("reconstruction funds from frozen assets", "sanctions on Russian assets and oil"),
    ],
)
def test_different_proposals_stay_apart(a: str, b: str) -> None:
    assert not same_point(point_key(a), point_key(b))


def _plan(article_id: str, *points: tuple[str, str, int | None], **kw: object) -> VictoryPlan:
    return VictoryPlan(
        points=[PlanPoint(summary=s, number=n, evidence=[Evidence(text=e, spans=[(0, len(e))])])
                for s, e, n in points],
        **kw,  # type: ignore[arg-type]
    )


def test_a_point_cut_mid_phrase_is_completed_from_its_own_evidence() -> None:
    plan = _plan("a", ("weapons use inside Russian",
                       "It seeks permission for weapons use inside Russian territory, officials "
                       "said", None))
    merged = merge_extractions([_extraction("a", plan=plan)]).plan
    assert merged is not None
    assert merged.points[0].summary == "weapons use inside Russian territory"


def test_a_merged_point_is_worded_as_an_account_that_numbers_it_prints_it() -> None:
    first = _plan("a", ("accelerated alliance membership",
                        "the plan seeks accelerated alliance membership", None))
    second = _plan("b", ("an invitation to join the alliance",
                         "its first point is an invitation to join the alliance", 1))
    merged = merge_extractions([_extraction("a", plan=first), _extraction("b", plan=second)]).plan
    assert merged is not None and len(merged.points) == 1
    point = merged.points[0]
    assert point.number == 1 and point.summary == "an invitation to join the alliance"
    assert {(s.article_id, s.number) for s in point.sources} == {("a", None), ("b", 1)}


def test_seed_plan_lists_one_entry_per_proposal() -> None:
    """The offline extractor's accounts of the seeds: five points as 004 enumerates them, plus
    the three 002 lists instead (the honest difference between the accounts, reported as a
    plan_points conflict), each with every account's wording."""
    extractions = [extract_article(article, DEFAULT_QUESTION)
                   for article in load_articles([str(SEED_DIR)]) if isinstance(article, Article)]
    briefing = merge_extractions(extractions)
    plan = briefing.plan
    assert plan is not None
    public = [p for p in plan.points if not p.classified]
    assert len(public) == 8
    invitation = [p for p in public if {s.article_id for s in p.sources} >= {A0, A1, A2, A4}]
    assert len(invitation) == 1 and invitation[0].number == 1
    military = [p for p in public if "Russian territory" in " ".join(s.text for s in p.sources)]
    assert len(military) == 1 and {s.article_id for s in military[0].sources} == {A0, A2, A4}
    lists = [c for c in briefing.conflicts if c.kind == "plan_points"]
    assert len(lists) == 1 and "8 distinct public points" in lists[0].description
    assert {c.kind for c in briefing.conflicts} == {"plan_points"}


def test_hand_made_seed_accounts_merge_the_invitation_and_defence_points() -> None:
    plan = merge_extractions(seed_extractions()).plan
    assert plan is not None
    invitation = [p for p in plan.points if {s.article_id for s in p.sources} >= {A0, A1, A2, A4}]
    assert len(invitation) == 1 and invitation[0].number == 1
    defence = [p for p in plan.points if {s.article_id for s in p.sources} == {A2, A4}]
    assert len(defence) == 1


def test_each_plan_fact_cites_only_the_accounts_that_state_it() -> None:
    plan = merge_extractions(seed_extractions()).plan
    assert plan is not None
    assert plan.classified_annexes == 3 and plan.classified_annexes_sources == [A4]
    assert plan.public_points == 5 and A4 in plan.public_points_sources
    assert set(plan.public_points_sources) < set(plan.sources)


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        ("We are not at the stage where we invite them", "We are not at the point of inviting",
         False),
        ("We provide all necessary assistance", "We continue to provide the necessary tools",
         False),
        ("We will invite Ukraine this year", "We will not invite Ukraine this year", True),
        ("Five allies object to the bid", "Seven allies object to the bid", True),
        ("Five allies object to the bid", "5 allies object to the bid", False),
    ],
)
def test_wordings_differ_in_substance_only_by_negation_or_number(
    a: str, b: str, differ: bool
) -> None:
    assert differ_in_substance(norm(a), norm(b)) is differ


def test_another_wording_of_one_remark_is_not_a_disagreement() -> None:
    said = "We provide all necessary assistance to Ukraine to defend its territory today"
    other = "We continue to provide Ukraine with necessary assistance to defend its territory"
    negated = "We do not provide Ukraine with necessary assistance to defend its territory"
    briefing = merge_extractions([
        _extraction("a", statements=[_statement("a", "s1", "Jane Roe", said)]),
        _extraction("b", statements=[_statement("b", "s1", "Jane Roe", other)]),
    ])
    assert len(briefing.statements) == 1 and len(briefing.statements[0].sources) == 2
    assert not briefing.conflicts
    disputed = merge_extractions([
        _extraction("a", statements=[_statement("a", "s1", "Jane Roe", other)]),
        _extraction("b", statements=[_statement("b", "s1", "Jane Roe", negated)]),
    ])
    # An excerpt of a longer quote whose other sentence holds a negation agrees with it.
    longer = "We stand by our allies in every way. We will not send troops to the front line"
    excerpt = "We stand by our allies in every way"
    agreeing = merge_extractions([
        _extraction("a", statements=[_statement("a", "s1", "Jane Roe", longer)]),
        _extraction("b", statements=[_statement("b", "s1", "Jane Roe", excerpt + ", always")]),
    ])
    assert len(agreeing.statements) == 1 and not agreeing.conflicts
    # The same remark, one account negating it: one statement, and a disagreement.
    assert len(disputed.statements) == 1
    assert [c.kind for c in disputed.conflicts] == ["quote"]
