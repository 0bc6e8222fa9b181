"""The plan's part named by a noun of its points before a copula or a verb of content (`The
plan's main demand is X`, `A key proposal of the plan is X`, `The plan's proposals include A, B
and C`), and what the plan is told in the past or as what it would do (`The plan, which called
for X, …`, `The plan would see X`). Invented sentences, with near misses."""

from __future__ import annotations

from conftest import extract_text

PLAN = "Volodymyr Zelensky presented his victory plan to parliament on Wednesday. "


def _points(text: str) -> list[tuple[int | None, str]]:
    plan = extract_text(PLAN + text).plan
    return [(p.number, p.summary) for p in plan.points] if plan else []


def test_the_plans_main_demand_or_proposal_is_a_point() -> None:
    assert _points("The plan's main demand is an immediate invitation to join NATO.") == [
        (None, "immediate invitation to join NATO")]
    assert _points("A key proposal of the plan is a non-nuclear deterrence package.") == [
        (None, "non-nuclear deterrence package")]
    assert _points("The plan's proposals include an invitation to join NATO, more air defence "
                   "and a deterrence package.") == [
        (None, "invitation to join NATO"), (None, "more air defence"), (None, "deterrence package")]
    # An ordinal keeps its number.
    assert _points("The plan's first proposal is an immediate invitation to join NATO.") == [
        (1, "immediate invitation to join NATO")]


def test_what_is_said_of_the_plans_demand_is_no_point() -> None:
    assert _points("The plan's main demand is unrealistic.") == []
    assert _points("The plan's key point is that Ukraine must win.") == []
    assert _points("Hungary's main demand is an end to arms deliveries.") == []


def test_the_plan_told_in_the_past_or_as_what_it_would_do() -> None:
    assert _points("The plan, which called for an immediate invitation to join NATO, was "
                   "criticised.") == [(None, "immediate invitation to join NATO")]
    assert _points("The plan envisaged a non-nuclear deterrence package.") == [
        (None, "non-nuclear deterrence package")]
    assert _points("The plan would see Ukrainian troops replace some US forces in Europe after "
                   "the war.") == [
        (None, "Ukrainian troops replace some US forces in Europe after the war")]
    # Near misses: verbs that say how the plan fared, not what it asks.
    assert _points("The plan featured prominently in talks with allies.") == []
    assert _points("The plan involved months of work by his aides.") == []


def test_a_section_of_the_plan_states_its_content() -> None:
    assert _points("The plan's economic section proposes joint use of critical minerals.") == [
        (None, "joint use of critical minerals")]
    assert _points("The plan's military part calls for more air defence systems.") == [
        (None, "more air defence systems")]
    # Near miss: a section of another document.
    assert _points("The budget's military section proposes higher pay for soldiers.") == []


def test_what_the_plan_would_have_done_according_to_it() -> None:
    assert _points("According to the plan, allies should lift restrictions on long-range "
                   "strikes.") == [(None, "allies should lift restrictions on long-range strikes")]
    # Near miss: according to someone else.
    assert _points("According to Hungary, allies should lift sanctions on Russian oil.") == []


def test_the_main_points_of_the_quoted_plan_are_its_points() -> None:
    assert _points('The main points of the "Victory Plan" are the admission of Ukraine to the '
                   'bloc and the deployment of air defence units.') == [
        (None, "admission of Ukraine to the bloc"), (None, "deployment of air defence units")]
    # Near miss: a verdict after the copula.
    assert _points('The main points of the "Victory Plan" are unrealistic.') == []


def test_a_count_of_points_then_what_they_include() -> None:
    assert _points("He said the plan includes six points that rest on partners, including a "
                   "seat on the council and joint air patrols.") == [
        (None, "seat on the council"), (None, "joint air patrols")]
    # Near miss: a count alone.
    assert _points("He said the plan includes six points that rest on partners.") == []


def test_what_the_plan_involves_is_its_content() -> None:
    assert _points("The plan involves opening grain corridors, rebuilding the ports, and "
                   "training harbour pilots.") == [
        (None, "opening grain corridors"), (None, "rebuilding the ports"),
        (None, "training harbour pilots")]
    # near miss: what making the plan involved is no point of it
    assert _points("The plan involved months of work by his aides.") == []
