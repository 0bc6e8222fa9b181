"""A run of bullets is the plan's points when the line right above it introduces them without
a colon list form: a heading or sentence that ends on what the plan holds (`What the plan
contains`, `Here is what it proposes.`, `The plan's points, in brief:`). Not when that line states
a point of its own, names no plan, or is about others' views of the points. Invented texts."""

from __future__ import annotations

from conftest import extract_text

HEAD = "Zelensky presents victory plan\n\n"
PLAN = "Volodymyr Zelensky presented his victory plan to parliament on Wednesday."
BULLETS = ("\n\n• An immediate invitation to join NATO.\n• Permission to use long-range weapons "
           "inside Russia.\n• A non-nuclear deterrence package.\n\nAllies were cautious.\n")
POINTS = ["immediate invitation to join NATO", "Permission to use long-range weapons inside Russia",
          "non-nuclear deterrence package"]


def _points(text: str) -> list[str]:
    plan = extract_text(HEAD + text).plan
    return [p.summary for p in plan.points] if plan else []


def test_a_line_that_ends_on_what_the_plan_holds_introduces_its_points() -> None:
    assert _points(PLAN + "\n\nWhat the plan contains" + BULLETS) == POINTS
    assert _points(PLAN + " Here is what it proposes." + BULLETS) == POINTS
    assert _points(PLAN + "\n\nThe plan's points, in brief:" + BULLETS) == POINTS
    assert _points(PLAN + "\n\nThe main points of the plan are as follows:" + BULLETS) == POINTS


def test_a_heading_about_what_the_plan_holds_introduces_its_points() -> None:
    assert _points(PLAN + "\n\nKey points of the plan" + BULLETS) == POINTS
    assert _points(PLAN + "\n\nWhat's in Zelensky's victory plan?" + BULLETS) == POINTS
    # Near misses: a heading about reactions; one naming the plan only (`five-point plan`).
    assert _points(PLAN + "\n\nReactions to the plan" + BULLETS) == []
    assert _points(PLAN + "\n\nZelensky's five-point plan goes to Brussels" + BULLETS) == []


def test_a_line_that_does_not_introduce_the_plans_points() -> None:
    # A point of its own: the bullets below are something else.
    assert _points(PLAN + "\n\nThe plan calls for more air defence." + BULLETS) == [
        "more air defence"]
    # No plan named; others' views of the points.
    assert _points(PLAN + "\n\nKey events" + BULLETS) == []
    assert _points(PLAN + "\n\nWhat allies think of the plan's demands" + BULLETS) == []
    # `it` with no plan in the sentence before.
    assert _points(PLAN + "\n\nThe weather was cold. Here is what it proposes." + BULLETS) == []
