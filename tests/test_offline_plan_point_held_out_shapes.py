"""Plan points told in shapes a held-out set showed the rules missing (q-plan6): `His
proposals involve A, B, as well as C`, `The plan features proposals for A and B`, `Main point
1: A` headings, `He is also asking the EU and the U.S. to A` after a told point; and no point
for what the plan is said to be (`a sure way to reach peace`, often a quoted verdict's tail).
Invented sentences, each with near misses that must not give points."""

from __future__ import annotations

from conftest import plan_points as points

PLAN = "Volodymyr Zelensky presented his victory plan to parliament on Wednesday. "


def test_his_proposals_involve_a_series() -> None:
    assert points(PLAN + "His proposals involve a fund for drone makers, new air shields, as "
                  "well as a seat at the peace table.") == [
        (None, "fund for drone makers"), (None, "new air shields"),
        (None, "seat at the peace table")]
    assert points(PLAN + "His proposals involve a fund for drone makers and a grain corridor "
                  "to Asia.") == [(None, "fund for drone makers"), (None, "grain corridor to Asia")]
    # near misses: a critic's proposals; what is said of the proposals
    assert points("Viktor Orban rejected the victory plan on Thursday. His proposals involve "
                  "talks with Moscow, a truce along the front, as well as new elections.") == []
    assert points(PLAN + "His proposals are bold, vague and costly.") == []


def test_the_plan_features_proposals_for() -> None:
    assert points(PLAN + "The plan features proposals for a fund for drone makers and a grain "
                  "corridor to Asia.") == [
        (None, "fund for drone makers"), (None, "grain corridor to Asia")]
    # near misses: where the plan figured, not what it holds
    assert points(PLAN + "The plan featured prominently in talks with the chancellor.") == []
    assert points(PLAN + "The plan featured in talks with the chancellor in Berlin.") == []
    # one bare noun after `provisions for` keeps the whole phrase; `measures for` is the point
    assert points(PLAN + "The plan contains provisions for weapons, a seat at the table, and "
                  "new funds for farms.")[0] == (None, "provisions for weapons")
    assert points(PLAN + "The plan includes measures for the energy sector and a new tax "
                  "regime.") == [(None, "measures for the energy sector"), (None, "new tax regime")]


def test_main_point_headings() -> None:
    assert points(PLAN + "\n\nMain point 1: A joint air shield over the west.\n\nMain point 2: "
                  "A fund for drone makers.") == [
        (1, "joint air shield over the west"), (2, "fund for drone makers")]
    # near miss: a numbered main point of someone else's list
    assert points(PLAN + "\n\nMain point 1 of the critics: the plan came too late.") == []


def test_also_asking_two_addressees_after_a_told_point() -> None:
    told = PLAN + "The first point is a joint air shield over the west. "
    assert points(told + "He is also urging allies and partners to fund drone plants.") == [
        (1, "joint air shield over the west"), (None, "fund drone plants")]
    assert points(told + "Zelensky is also asking the EU and the U.S. to release frozen "
                  "Russian assets.") == [
        (1, "joint air shield over the west"), (None, "release frozen Russian assets")]
    # near misses: a critic's ask; a plea with no content
    assert points(told + "Orban is also asking the EU and the U.S. to lift sanctions.") == [
        (1, "joint air shield over the west")]
    assert points(told + "Zelensky is also asking the EU and the U.S. to act quickly.") == [
        (1, "joint air shield over the west")]


def test_a_way_to_peace_is_no_point() -> None:
    assert points(PLAN + '"If we act now, the plan offers a sure way to reach a lasting peace," '
                  "Zelensky said.") == []
    assert points(PLAN + "The plan proposes a sure way to reach a lasting peace.") == []
    # a real point told the same way is kept
    assert points(PLAN + "The plan proposes a fund to rebuild the power grid.") == [
        (None, "fund to rebuild the power grid")]


def test_the_first_point_of_the_plan_told_of_after_its_name() -> None:
    assert points("Inviting Ukraine to the EU is the first point of the Victory Plan, which "
                  "Zelensky presented in October.") == [(1, "Inviting Ukraine to the EU")]
    assert points(PLAN + "Inviting Ukraine to the EU is the first point of the Victory Plan "
                  "presented by Volodymyr Zelensky in October.") == [
        (1, "Inviting Ukraine to the EU")]
    # near misses: a pronoun subject; a point of contention, the plan only named after it
    assert points(PLAN + "This is the first point of the victory plan presented by Zelensky in "
                  "October.") == []
    assert points(PLAN + "Security is the first point of contention, which critics raise about "
                  "the plan.") == []


def test_the_first_point_of_the_plan_and_a_second_predicate() -> None:
    # `… and a sure path to peace` says more of the point; it is no point of its own.
    assert points(PLAN + "Inviting Ukraine to the EU is the first point of the Victory Plan and "
                  "a sure path to a lasting peace.") == [(1, "Inviting Ukraine to the EU")]
    # near miss: a point of contention, coordinated with the plan's name after it
    assert points(PLAN + "Security is the first point of contention and the plan's weakest "
                  "part.") == []


def test_the_first_point_of_the_plan_someone_did_something_to() -> None:
    # A relative clause without `which` after the plan's name tells of the plan: the point is
    # the subject, not the clause (`critics attacked on Thursday` had been point 1).
    assert points(PLAN + "Security is the first point of the victory plan critics attacked on "
                  "Thursday.") == [(1, "Security")]
    assert points(PLAN + "An invitation to NATO is the first point of the victory plan Zelensky "
                  "unveiled on Wednesday.") == [(1, "invitation to NATO")]
    # near miss: a point of contention, with no plan named after the ordinal
    assert points(PLAN + "Security is the first point of contention critics raised on "
                  "Thursday.") == []
