"""Shapes of real coverage around a plan's points: a list whose introducing line names the
points before a pronoun that takes them up (`There are three points in the plan, …, these
are:`); a purpose after a demand (`the use of drones, including X, to hit A and end B`), which
is said of the demand and is no demand of its own; a headline line that stops without
punctuation, which the next line's sentence never continues. Invented sentences, with near
misses."""

from __future__ import annotations

from conftest import extract_text

PLAN = "Maria Lindqvist presented her victory plan to parliament on Wednesday.\n"


def _points(text: str) -> list[str]:
    plan = extract_text(text).plan
    return [p.summary for p in plan.points] if plan else []


def test_a_list_taken_up_by_a_pronoun_after_the_points_is_the_plans() -> None:
    text = (PLAN + "There are three main points in the plan, the weekly reports, besides the "
            "defence of the ports, these are:\n"
            "  • new grain corridors from the union;\n"
            "  • modern cranes for the harbours;\n"
            "  • aid for the rebuilt docks.\n")
    assert _points(text) == ["new grain corridors from the union",
                             "modern cranes for the harbours", "aid for the rebuilt docks"]
    # near miss: a pronoun list with no points named before it is not the plan's
    text = (PLAN + "Critics raised several objections to the speech, these are:\n"
            "  • the cost of the corridors;\n"
            "  • the age of the cranes.\n")
    assert _points(text) == []


def test_a_purpose_after_a_demand_is_not_a_demand() -> None:
    text = (PLAN + "She is also seeking the unrestricted use of long-range drones, including "
            "heavy models, to hit the border depots and end the blockade.")
    assert _points(text) == ["unrestricted use of long-range drones"]


def test_a_headline_line_is_not_continued_by_the_next_lines_sentence() -> None:
    text = ("Report: Lindqvist’s “Victory Plan” Includes the Defence of the Northern Ports\n"
            "Home / News / Report: Lindqvist’s “Victory Plan” Includes the Defence of the "
            "Northern Ports\n"
            "The “victory plan”, which Maria Lindqvist will present in Geneva, includes the "
            "defence of the ports.")
    points = _points(text)
    assert points and all("victory plan" not in p.lower() for p in points)


def test_the_plan_told_again_by_its_count_is_not_a_point() -> None:
    text = (PLAN + "The victory plan, presented to the parliament and the council, includes a "
            "five-point strategy aimed at securing the ports and regional growth through "
            "alliances with the union.")
    assert _points(text) == []
    # near miss: a point that counts something else is a point
    text = PLAN + "The victory plan includes a two-year grain corridor for the northern ports."
    assert _points(text) == ["two-year grain corridor for the northern ports"]


def test_a_numbered_point_told_after_the_list_of_all_points_is_that_item() -> None:
    text = (PLAN + "The plan is built around three key points: union membership, safer "
            "northern ports and a fund for rebuilt harbours.\n"
            "The second point of the plan calls for new cranes and coastal radar for the "
            "harbours.\n")
    plan = extract_text(text).plan
    assert plan is not None
    assert [(p.number, p.summary) for p in plan.points] == [
        (None, "union membership"), (2, "safer northern ports"),
        (None, "fund for rebuilt harbours")]
    assert len(plan.points[1].evidence) == 2
    # near miss: a list shorter than the plan's count is not the plan's points in order
    text = text.replace("three key points", "four key points")
    plan = extract_text(text).plan
    assert plan is not None and sum(p.number == 2 for p in plan.points) == 1
    assert any(p.number is None and p.summary == "safer northern ports" for p in plan.points)


def test_lines_ended_by_semicolons_after_the_points_line_are_the_points() -> None:
    text = ("The victory plan has three points:\n"
            "A seat for Moldova at the summit;\n"
            "Radar posts along the Danube ports;\n"
            "Cheaper grain transit through Romania.\n")
    assert _points(text) == ["seat for Moldova at the summit", "Radar posts along the Danube ports",
                             "Cheaper grain transit through Romania"]
    # Near misses: lines with no semicolon; semicolon lines after a line about something else.
    assert _points("The victory plan has three points:\nA seat for Moldova at the summit.\n"
                   "Radar posts along the Danube ports.\n") == []
    assert _points("The weather report had two parts:\nRain in the west;\nSnow in the "
                   "hills.\n") == []


def test_numbered_headings_with_text_under_each_are_the_points() -> None:
    text = ("The victory plan has three points.\n\n"
            "1. Summit seat\n\n"
            "Kyiv wants its delegates at the table from the first day.\n\n"
            "2. Danube radar\n\n"
            "Radar posts would watch the river ports around the clock.\n\n"
            "3. Grain transit\n")
    plan = extract_text(text).plan
    assert plan is not None and [(p.number, p.summary) for p in plan.points if p.number] == [
        (1, "Summit seat"), (2, "Danube radar"), (3, "Grain transit")]
    # Near miss: a numbered line far below, after more text, is not the next heading.
    far = ("The victory plan has three points.\n\n1. Summit seat\n\nOne.\n\nTwo.\n\n"
           "Three.\n\n2. Danube radar\n")
    assert "Danube radar" not in _points(far)


def test_a_semicolon_list_after_a_colon_gives_each_item() -> None:
    text = (PLAN + "The plan has four points: new grain corridors; modern cranes for the "
            "harbours; aid for the rebuilt docks; and a seat on the council.")
    assert _points(text) == ["new grain corridors", "modern cranes for the harbours",
                             "aid for the rebuilt docks", "seat on the council"]
    # the last two joined by a comma and `and`; an item's own comma stays in it
    text = (PLAN + "The plan rests on three pillars: union guarantees for the ports; more "
            "patrols in the strait, to serve as a lever; the delivery of modern drones, and "
            "grain aid for the docks.")
    assert _points(text) == ["union guarantees for the ports", "more patrols in the strait",
                             "delivery of modern drones", "grain aid for the docks"]
    # near miss: one item, then a clause of its own after the semicolon
    text = PLAN + "The plan's demands: more drones for the navy; the union says no."
    assert _points(text) == ["more drones for the navy"]


def test_two_actions_in_ing_joined_by_and_are_two_points() -> None:
    text = (PLAN + "Her plan includes opening new grain corridors and replacing old cranes "
            "at the harbours.")
    assert _points(text) == ["opening new grain corridors", "replacing old cranes at the harbours"]
    text = PLAN + "The plan calls for opening talks with the union and signing a port treaty."
    assert _points(text) == ["opening talks with the union", "signing a port treaty"]
    # near misses: one action on one object; an -ing word that is a noun or a preposition
    text = PLAN + "The plan includes training and equipping new brigades."
    assert _points(text) == ["training and equipping new brigades"]
    text = PLAN + "The plan includes opening the corridors during the spring and the summer."
    assert _points(text) == ["opening the corridors during the spring and the summer"]


def test_a_point_named_a_key_part_of_the_plan_in_an_appositive() -> None:
    text = ("Maria Lindqvist flew to Geneva to win support for her victory plan, but a seat on "
            "the council, a key part of it, looks distant.")
    assert _points(text) == ["seat on the council"]
    text = (PLAN + "Union officials discussed the grain corridors, a central element of her "
            "victory plan, on Friday.")
    assert _points(text) == ["grain corridors"]
    # near misses: another's plan; a clause before the appositive; `it` with no plan before
    text = PLAN + "Rivals listed new tariffs, a key part of the union's plan, on Friday."
    assert _points(text) == []
    text = PLAN + "The union imposed new tariffs, a key part of the plan, on Friday."
    assert _points(text) == []
    text = PLAN + "Critics say the toll road, a key part of it, is costly."
    assert _points(text) == []


def test_a_vague_plural_with_nothing_after_it_is_no_point() -> None:
    text = (PLAN + "A union spokesman said the plan includes “some useful measures,” and the "
            "union would study it.")
    assert _points(text) == []
    # near misses: the measures are said to be for something; a plural that names a demand
    assert _points(PLAN + "The plan includes new measures for the ports.") == [
        "new measures for the ports"]
    assert _points(PLAN + "The plan includes security commitments.") == ["security commitments"]
