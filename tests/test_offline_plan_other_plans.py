"""An article about another plan of the presenter's (the resilience plan he put to parliament a
month after the victory plan) gives that plan's points and count, not the victory plan's: when
that plan is the first one it names, its `his plan`, `the second point` and `a 7-point plan`
are left out. Invented sentences, with the near miss where the victory plan comes first."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text

OTHER = ("Zelensky sets out a 7-point internal resilience plan\n\n"
         "Volodymyr Zelensky presented his internal resilience plan to parliament on 3 March. "
         "Schools are the first point in his plan, which foresees new shelters in every town. "
         "The second point is rail, with faster repairs of damaged bridges.")


def test_the_points_and_count_of_another_plan_are_not_the_plans() -> None:
    plan = extract_text(OTHER, dt.date(2031, 3, 4)).plan
    assert plan is None or (plan.points == [] and plan.public_points is None
                            and plan.presented_on is None)


def test_the_victory_plan_named_by_such_an_article_is_still_dated() -> None:
    text = OTHER + " A month earlier, on 5 February, he unveiled his victory plan in parliament."
    plan = extract_text(text, dt.date(2031, 3, 4)).plan
    assert plan is not None and plan.points == []
    assert plan.presented_on == dt.date(2031, 2, 5)


def test_an_article_that_names_the_victory_plan_first_keeps_its_points() -> None:
    # near miss: the other plan named only after the victory plan changes nothing
    text = ("Volodymyr Zelensky presented his 7-point victory plan to parliament on 3 March. "
            "Schools are the first point in his plan, which foresees new shelters in every town. "
            "He will present an internal resilience plan later.")
    plan = extract_text(text).plan
    assert plan is not None and plan.public_points == 7 and plan.points
