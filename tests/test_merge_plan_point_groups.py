"""Which accounts' plan points the merger puts under one point: every source under a merged
point must be about that point; a point left as its own entry is better than a wrong source."""

from __future__ import annotations

import pytest
from test_merge import _extraction

from summarizer.merge import merge_extractions
from summarizer.merge.plan import point_key, same_point
from summarizer.schemas import Evidence, MergedPlanPoint, PlanPoint, VictoryPlan


def _plan(*points: tuple[str, int | None]) -> VictoryPlan:
    return VictoryPlan(points=[
        PlanPoint(summary=summary, number=number,
                  evidence=[Evidence(text=f"The plan seeks {summary}.", spans=[(0, 10)])])
        for summary, number in points
    ])


def _points(**accounts: list[tuple[str, int | None]]) -> list[MergedPlanPoint]:
    plan = merge_extractions(
        [_extraction(aid, plan=_plan(*points)) for aid, points in accounts.items()]).plan
    assert plan is not None
    return plan.points


def _cited(point: MergedPlanPoint) -> set[str]:
    return {s.article_id for s in point.sources}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A phrase names the concept no single word of it names.
        ("to bring Ukraine into NATO", "an invitation to join NATO"),
        ("bringing Kyiv into the Alliance quickly", "swift NATO membership"),
        # "the Alliance" is NATO.
        ("an invitation from the Alliance", "NATO membership"),
        # One action in other words.
        ("lift limits on long-range drones", "removal of bans on long-range drones"),
        ("more long-range drones", "deliveries of long-range drones"),
        # Protecting and defending a thing.
        ("joint protection of critical silos", "allies defending the silos"),
        # Other forms of "strengthen".
        ("increasing military capabilities", "strengthening defence"),
        ("help bolster the army", "strengthen Ukraine's military"),
        # A noun of deterring in any form; a plan's part noun ("aspect") adds nothing.
        ("a deterrent package", "deterrence package"),
        ("the defence aspect", "defence"),
        # One object in other words: minerals are resources, soil is territory.
        ("northern minerals", "northern resources"),
        ("raids on Russian soil", "raids into Russian territory"),
        ("continuation of the incursion in Bryansk", "continued operations in Bryansk"),
    ],
)
def test_one_demand_in_other_words_matches(a: str, b: str) -> None:
    assert same_point(point_key(a), point_key(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The adversary says where, not what: it is no second shared word.
        ("return of the districts Russian troops occupy", "strikes on Russian districts"),
        ("continued shelling of Russian border towns", "continued talks with Russian envoys"),
        # One word says too little to be placed under a fuller wording.
        ("defence", "leveraging the experience of the Defence Forces"),
        ("weapons", "special weapons deliveries"),
        # Protecting one thing is not protecting another.
        ("protection of grain silos", "defending the airspace over the capital"),
        # One verb of strengthening is one word, not a demand.
        ("increasing grain exports", "strengthening air defence"),
        # A path into NATO is no bringing of the war into Russia.
        ("bring the war into Russian regions", "to bring Ukraine into NATO"),
        # One object, two things asked of it: sending more is not lifting limits on its use.
        ("more long-range drones", "lifting limits on long-range drones"),
        ("deliveries of long-range drones", "permission to use long-range drones"),
        # Striking the adversary's soil from afar is not fighting on it.
        ("continued strikes on Russian soil", "continued operations on Russian soil"),
        ("long-range strikes into the border region", "an incursion into the border region"),
    ],
)
def test_different_demands_do_not_match(a: str, b: str) -> None:
    assert not same_point(point_key(a), point_key(b))


def test_a_one_word_point_joins_only_the_point_its_account_numbers_alike() -> None:
    points = _points(
        a=[("defence", 2)],
        b=[("strengthening the country's defence", 2)],
        c=[("leveraging the experience of the Defence Forces", None)],
    )
    by_source = {frozenset(_cited(p)) for p in points}
    assert by_source == {frozenset({"a", "b"}), frozenset({"c"})}
    # Unnumbered, the one word stays its own entry rather than join either.
    points = _points(a=[("defence", None)], b=[("strengthening the country's defence", 2)])
    assert sorted(len(_cited(p)) for p in points) == [1, 1]


def test_a_wording_of_two_demands_does_not_chain_their_points() -> None:
    points = _points(
        a=[("relief from the naval blockade", None)],
        b=[("naval blockade relief for the ports", None)],
        c=[("naval blockade relief and grain corridor guarantees", None)],
        d=[("guarantees for the grain corridor", None)],
        e=[("grain corridor guarantees from partners", None)],
    )
    blockade = [p for p in points if "a" in _cited(p)]
    corridor = [p for p in points if "d" in _cited(p)]
    assert len(blockade) == len(corridor) == 1
    assert blockade[0] is not corridor[0]
    assert {"a", "b"} <= _cited(blockade[0]) and {"d", "e"} <= _cited(corridor[0])
    # The two-demand wording sits under one of them, never both.
    assert sum("c" in _cited(p) for p in points) == 1


def test_an_account_is_cited_by_its_clean_wording_of_the_point() -> None:
    """One account lists the demand and also a clause that mentions it: the point cites the
    wording that is the demand (both tie on word containment, the closer wins)."""
    points = _points(
        a=[("an immediate invitation to join NATO", 1),
           ("NATO membership as the envoy recalled the summit idea", None)],
        b=[("Ukraine's NATO invitation", 1)],
        c=[("an unconditional NATO invitation", None)],
    )
    invitation = next(p for p in points if "b" in _cited(p))
    assert _cited(invitation) == {"a", "b", "c"}
    assert {s.text for s in invitation.sources if s.article_id == "a"} == {
        "The plan seeks an immediate invitation to join NATO."}


def test_a_group_never_holds_two_things_asked_of_one_object() -> None:
    """A wording that names no action ('long-range drones') matches both 'more long-range
    drones' and 'lifting limits on long-range drones'; it joins one, and the two stay apart."""
    points = _points(
        a=[("more long-range drones", None)],
        b=[("long-range drones for the front", None)],
        c=[("lifting limits on long-range drones", None)],
    )
    assert not any({"a", "c"} <= _cited(p) for p in points)
    assert any(len(_cited(p)) == 2 for p in points)


@pytest.mark.parametrize("cut", ['on "shipments of grain trucks', "grain trucks “for farms"])
def test_a_point_is_worded_by_a_whole_wording_not_one_cut_from_its_phrase(cut: str) -> None:
    """An extractor's fragment (starting on a preposition, or leaving a quotation open) is
    shown only when no account words the point whole, even when its account numbers it."""
    points = _points(a=[(cut, 3)], b=[("more grain trucks", None)],
                     c=[("more grain trucks for farms", None)])
    assert len(points) == 1 and points[0].summary == "more grain trucks"
    assert points[0].number == 3


def test_a_number_accounts_give_two_points_is_kept_by_the_one_most_number_so() -> None:
    # Three outlets number `grain corridors` second, one numbers `river ports` second: the memo
    # must not show two `2.` as if one numbering held both.
    points = _points(
        a=[("grain corridors for farmers", 2)], b=[("grain corridors for farmers", 2)],
        c=[("grain corridors for farmers", 2)], d=[("river ports reopened", 2)])
    numbers = {p.summary: p.number for p in points}
    assert numbers == {"grain corridors for farmers": 2, "river ports reopened": None}


def test_a_number_two_points_are_given_as_often_is_kept_by_neither() -> None:
    points = _points(a=[("grain corridors for farmers", 2)], b=[("river ports reopened", 2)])
    assert [p.number for p in points] == [None, None]


def test_a_point_its_accounts_number_differently_has_no_number() -> None:
    points = _points(a=[("grain corridors for farmers", 2)], b=[("grain corridors for farmers", 3)])
    assert len(points) == 1 and points[0].number is None


def test_a_point_its_accounts_number_alike_keeps_its_number() -> None:
    points = _points(a=[("grain corridors for farmers", 2)],
                     b=[("grain corridors for farmers", None)])
    assert len(points) == 1 and points[0].number == 2
