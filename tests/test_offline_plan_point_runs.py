"""Plan points told in runs and shapes real coverage uses (q-plan5): a demand right after a
sentence that told a point (`Zelensky then calls for …`), `In the first place is X`, `It also
outlines provisions to A, B and C`, an aside after the plan's verb, `The other items include
…`, a summary kept whole up to a proper name, quotation marks a cut left alone, and an ordinal
point that is only talked of. Invented sentences (each with a near miss that must not fire)."""

from __future__ import annotations

from conftest import plan_points as points

from summarizer.extract.offline.points import summary

PLAN = "Volodymyr Zelensky presented his victory plan to parliament on Wednesday. "
COUNT = PLAN + "In all, the plan has five points.\n\n"


def test_a_demand_right_after_a_told_point_goes_on_the_run() -> None:
    assert points(PLAN + "The first point is a joint air shield over the west. Zelensky then "
                  "calls for the release of frozen Russian assets. He also proposes to build "
                  "drones in Poland.") == [
        (1, "joint air shield over the west"), (None, "release of frozen Russian assets"),
        (None, "build drones in Poland")]
    # near miss: a critic's demand after the point is not the plan's
    assert points(PLAN + "The first point is a joint air shield over the west. Orban then "
                  "calls for talks with Moscow.") == [(1, "joint air shield over the west")]


def test_what_is_placed_first_is_point_one() -> None:
    assert points(COUNT + "In the first place is a joint air shield over the west.") == [
        (1, "joint air shield over the west")]
    assert points(COUNT + "First on the list is a fund for drone makers.") == [
        (1, "fund for drone makers")]
    # near miss: `In the first place,` as `firstly`, then a verdict
    assert points(COUNT + "In the first place, the plan is unrealistic.") == []


def test_it_also_outlines_provisions_to_act() -> None:
    text = (PLAN + "\n\nAt the heart of Zelensky's plan is Kyiv's wish for a seat at the peace "
            "table, which allies have resisted.\n\nIt also outlines provisions to expand drone "
            "output, build new shelters and grow the farm sector.")
    assert points(text) == [
        (None, "Kyiv's wish for a seat at the peace table"), (None, "expand drone output"),
        (None, "build new shelters"), (None, "grow the farm sector")]
    # near miss: what the plan outlines with no content of its own
    assert points(PLAN + "The plan outlines clear steps for a just end to the war.") == []
    assert points(PLAN + "The plan outlines a vision for the post-war order.") == []


def test_an_aside_after_the_plans_verb() -> None:
    assert points(PLAN + "The plan envisages, among other things, new drone plants, a grain "
                  "corridor, and, most importantly, a seat at the peace talks.") == [
        (None, "new drone plants"), (None, "grain corridor"), (None, "seat at the peace talks")]


def test_the_other_items_listed() -> None:
    assert points(PLAN + "The other items include a role in the world security order, "
                  "pressing Moscow to end the war by diplomacy, and an energy aspect.") == [
        (None, "role in the world security order"),
        (None, "pressing Moscow to end the war by diplomacy"), (None, "energy aspect")]
    # near miss: other things listed than the plan's points; reasons given, not proposals
    assert points(PLAN + "The other leaders include Rossi, Dupont and Weber.") == []
    assert points(PLAN + "The other points include arguments for why this would help the "
                  "alliance.") == []


def test_a_summary_runs_to_the_proper_name_it_ends_on() -> None:
    assert summary("Kyiv's hope for an invitation to join the Nordic Atlantic Defence League "
                   "(NADL)") == (
        "Kyiv's hope for an invitation to join the Nordic Atlantic Defence League (NADL)")
    # near miss: a participle's agent is still left off
    assert summary("the lifting of all the restrictions on the use of long-range rockets "
                   "supplied by Norway") == (
        "lifting of all the restrictions on the use of long-range rockets")


def test_a_quotation_mark_without_its_pair_is_left_out() -> None:
    assert summary('a seat at the peace talks "right away') == "seat at the peace talks right away"
    assert summary("Ukraine “deploy a drone wall") == "Ukraine deploy a drone wall"
    # near miss: a quotation closed within the summary stays
    assert summary('a "drone wall" on the border') == '"drone wall" on the border'


def test_an_ordinal_point_only_talked_of_is_no_point() -> None:
    assert points(PLAN + "Olena Bondar joined a debate of the fourth point of the victory plan "
                  "on a morning show with Petro Savchuk.") == []
    assert points(PLAN + "Allies fear the plan is the \"first step to a wider war\".") == []
    # near miss: the point's topic after `of the plan on`, talked of by a speaker
    assert points(PLAN + "Speaking about the third point of the plan on deliveries of "
                  "long-range missiles, the minister said allies hesitate.") == [
        (3, "on deliveries of long-range missiles")]
    # the proposal put to someone: what follows `that`
    assert points(PLAN + "For the third point, Zelensky proposed to the West that Ukraine "
                  "host a drone wall on its border.") == [
        (3, "Ukraine host a drone wall on its border")]


def test_an_adverb_series_over_paragraphs_after_the_count() -> None:
    text = (PLAN + "He said the plan has five points. First and foremost, the Ukrainian leader "
            "demanded that allies fund a drone coalition, a move many resist.\n\nSecond, he "
            "also stressed the need to build shelters in every city.\n\nFourth, he suggested "
            "that Ukraine sign a grain deal with its backers.")
    assert points(text) == [
        (1, "allies fund a drone coalition"), (2, "build shelters in every city"),
        (4, "Ukraine sign a grain deal with its backers")]
    # near miss: a series three paragraphs on is another series
    far = (PLAN + "He said the plan has five points. First, he demanded a drone coalition."
           "\n\nThe weather was cold.\n\nThe rain went on.\n\nNobody came.\n\nSecond, the "
           "minister thanked the staff.")
    assert (2, "minister thanked the staff") not in points(far)


def test_an_ordinal_point_of_the_plan_before_a_colon() -> None:
    assert points(PLAN + "He outlined the first point of his five-point plan: a joint air "
                  "shield over the west.") == [(1, "joint air shield over the west")]


def test_a_series_closed_by_as_well_as() -> None:
    assert points(PLAN + "The plan calls for a joint air shield over the west, more drone "
                  "plants, as well as commitments for a grain fund.") == [
        (None, "joint air shield over the west"), (None, "more drone plants"),
        (None, "commitments for a grain fund")]
    # near miss: `as well as` in one item, no series
    assert points(PLAN + "The plan calls for a joint air shield over the west as well as the "
                  "east.") == [(None, "joint air shield over the west as well as the east")]


def test_it_also_advocates_for() -> None:
    assert points(PLAN + "The plan also calls for a joint air shield over the west. It also "
                  "advocates for a grain fund for farmers.") == [
        (None, "joint air shield over the west"), (None, "grain fund for farmers")]
    # near miss: the plan advocated for by someone is no point
    assert points(PLAN + "The plan advocated for by Kyiv has five points.") == []


def test_the_plan_includes_a_and_a_b() -> None:
    assert points(PLAN + "The plan includes a joint air shield over the west and a fund for "
                  "drone makers in Poland.") == [
        (None, "joint air shield over the west"), (None, "fund for drone makers in Poland")]
    assert points(PLAN + "The plan calls for a joint air shield and a grain fund for farmers "
                  "among other things.") == [
        (None, "joint air shield"), (None, "grain fund for farmers")]
    # near miss: `and a` too short to stand as a point of its own stays in the item
    assert points(PLAN + "The plan includes a joint air shield over the west and a seat.") == [
        (None, "joint air shield over the west and a seat")]


def test_a_point_told_in_the_passive() -> None:
    assert points(PLAN + "Under the plan, limits on drone strikes are to be lifted.") == [
        (None, "limits on drone strikes are to be lifted")]
    assert points(PLAN + "Limits on drone strikes are to be lifted as part of the plan.") == [
        (None, "Limits on drone strikes are to be lifted")]
    assert points(PLAN + "Kyiv should be invited to join the alliance, according to the "
                  "plan.") == [(None, "Kyiv should be invited to join the alliance")]
    # near miss: a passive said of the plan, or not the plan's
    assert points(PLAN + "The plan should be read in full, according to the plan's "
                  "authors.") == []
    assert points(PLAN + "Kyiv should be praised for the victory plan.") == []

