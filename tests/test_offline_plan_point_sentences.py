"""Plan points stated in a sentence about the plan: its centrepiece or core, what it puts at the
top, an ordinal after a copula, the plan's request, whom the plan asks to act; and an ordinal
point one with the list item at its position. Invented sentences (two or more wordings, and a
near miss that must not fire)."""

from __future__ import annotations

from conftest import extract_text

from summarizer.extract.offline.plan import _inline_numbered

PLAN = "Volodymyr Zelensky presented his victory plan to parliament on Wednesday. "


def points(text: str) -> list[tuple[int | None, str]]:
    plan = extract_text(PLAN + text).plan
    return [(p.number, p.summary) for p in plan.points] if plan else []


def test_the_plans_centerpiece_is_a_point() -> None:
    assert points("The blueprint's cornerstone is a joint air shield over western Ukraine.") == [
        (None, "joint air shield over western Ukraine")]
    assert points("The core of Zelensky's victory plan is a binding security pact with "
                  "Washington.") == [(None, "binding security pact with Washington")]
    # near miss: the core of an objection to the plan is not a point of it
    assert points("The core of Berlin's objection to the plan is the cost of escalation.") == []


def test_what_the_plan_puts_at_the_top_is_point_one() -> None:
    assert points("The roadmap puts air defence at the top of its six points.") == [
        (1, "air defence")]
    assert points("In the victory plan, a binding security pact tops the list.") == [
        (1, "binding security pact")]
    # near miss: critics of the plan are not the plan
    assert points("Critics of the victory plan put price caps at the top of their demands.") == []


def test_a_copular_ordinal_numbers_what_stands_before_it() -> None:
    assert points("Air defence is the second of the plan's seven points.") == [(2, "Air defence")]
    assert points("A joint arms fund was the third point in Kyiv's blueprint.") == [
        (3, "joint arms fund")]
    # near miss: a point of contention, not of the plan: `Security` is not made a point
    got = points("Security is the first point of contention between the allies, not the plan.")
    assert (1, "Security") not in got


def test_the_plans_request_is_a_point() -> None:
    assert points("Several capitals balked at the plan's request for fighter jets.") == [
        (None, "fighter jets")]
    assert points("Whether the proposal's demand to lift the ban on Western missiles will be "
                  "met is unclear.") == [(None, "lift the ban on Western missiles")]
    # near miss: another country's request, and `its` before the plan is named
    assert points("Germany's request for more time was granted after the plan came out.") == []
    assert extract_text("Poland renewed its request for air defence. The victory plan was unveiled "
                "later.").plan.points == []  # type: ignore[union-attr]


def test_whom_the_plan_asks_to_act_gives_a_point() -> None:
    assert points("The blueprint, presented in Kyiv on Monday, asks partners to fund a drone "
                  "coalition.") == [(None, "fund a drone coalition")]
    assert points("Under the plan, Zelensky urges Western allies to close the sky over the "
                  "western regions.") == [(None, "close the sky over the western regions")]
    # near miss: asking before the plan is named; critics asking
    assert points("Zelensky asks allies to stay patient, a week after presenting his plan.") == []
    assert points("Critics of the plan urge the EU to wait.") == []


_LIST = ("\n\nThe plan's three points are:\n\n• A joint air shield over western Ukraine.\n"
         "• Funding for a drone coalition.\n• Sanctions on Russian banks.\n")


def test_an_ordinal_point_and_the_list_item_at_its_position_are_one_point() -> None:
    plan = extract_text(PLAN + "Its first point is the air shield itself." + _LIST).plan
    assert plan is not None
    got = [(p.number, p.summary, len(p.evidence)) for p in plan.points]
    assert got == [(1, "joint air shield over western Ukraine", 2),
                   (None, "Funding for a drone coalition", 1),
                   (None, "Sanctions on Russian banks", 1)]
    plan = extract_text(PLAN + "The plan's second point is the drone coalition." + _LIST).plan
    assert plan is not None
    assert [(p.number, p.summary) for p in plan.points][1] == (2, "Funding for a drone coalition")
    # near miss: an ordinal that shares no word with the item at its position stays its own
    plan = extract_text(PLAN + "Its first point is membership." + _LIST).plan
    assert plan is not None
    assert [p.number for p in plan.points] == [1, None, None, None]


def test_ordinals_in_one_sentence_each_give_their_numbered_point() -> None:
    # `The first point is A, the second is B, and the third is C`: a bare comma before the
    # next ordinal and its verb, or `and`.
    assert points("The first point of the plan concerns a seat at the summit, the second "
                     "is cheaper grain transit, and the third is a radar shield.") == [
        (1, "seat at the summit"), (2, "cheaper grain transit"), (3, "radar shield")]
    # A series after the points' count whose items open with an ordinal and no verb of content
    # tells no point (two numbers at once, a field).
    assert points("The plan has four points: the first is geopolitical, the second and "
                     "third focus on military aspects, and the fourth pertains to trade.") == []
    # Near miss: an ordinal that is not a point's (`the second largest`).
    assert points("The first point calls for a seat at the summit, the second largest "
                     "port stays closed.") == [(1, "seat at the summit")]


def test_what_a_point_is_known_to_be_is_the_point() -> None:
    assert points("The first point of the plan is known to be a seat at the summit.") == [
        (1, "seat at the summit")]
    assert points("The plan's third point is said to be a joint radar shield.") == [
        (3, "joint radar shield")]


def test_what_the_plan_opens_with_is_its_first_point() -> None:
    assert points("The plan opens with a call for a seat at the summit.") == [
        (1, "seat at the summit")]
    assert points("The victory plan begins with an invitation to join the Nordic defence "
                  "union.") == [(1, "invitation to join the Nordic defence union")]
    # Near miss: what it opens with is no demand.
    assert points("The plan opens with a long preamble on the history of the war.") == []


def test_a_clause_of_its_own_after_an_ordinal_point_is_not_part_of_it() -> None:
    # `…, and it concludes with point five, …`: the labelled point after it is its own.
    assert points("The plan's fourth point concerns grain transit, and it concludes with point "
                  "five, urging partners to fund a drone school in Lviv.") == [
        (4, "grain transit"), (5, "fund a drone school in Lviv")]


def test_a_list_numbered_inside_the_sentence_after_a_colon() -> None:
    assert points("Its three points are as follows: 1) a seat at the summit; 2) radar posts "
                  "on the Danube; and 3) cheaper grain transit.") == [
        (1, "seat at the summit"), (2, "radar posts on the Danube"), (3, "cheaper grain transit")]
    # Near misses: numbers that do not run 1, 2, 3; a number that is no item.
    text = "The plan's points: 2) a seat at the summit; 5) radar posts."
    assert _inline_numbered(text, 0, len(text)) == []
    assert points("The plan has a cost: 1.5 billion euros for 2 years.") == []


def test_an_ordinal_point_told_with_its_subject_and_verb() -> None:
    assert points("In the first point, Zelensky calls for a seat at the summit.\n\nIn the "
                  "second, he asks partners to fund radar posts on the Danube.") == [
        (1, "seat at the summit"), (2, "fund radar posts on the Danube")]


def test_the_numbered_part_of_the_plan_numbers_its_point() -> None:
    assert points("Finally, the fifth part of the plan includes radar posts on the "
                  "Danube.") == [(5, "radar posts on the Danube")]
    # Near miss: no ordinal part named before the plan.
    assert points("Finally, the plan includes radar posts on the Danube.") == [
        (None, "radar posts on the Danube")]
