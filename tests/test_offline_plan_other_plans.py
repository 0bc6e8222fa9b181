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


def test_an_article_naming_only_another_plan_has_no_plan_record() -> None:
    assert extract_text(OTHER, dt.date(2031, 3, 4)).plan is None


def test_an_article_naming_only_the_peace_formula_has_no_plan_record() -> None:
    # the formula of an earlier year is another plan, whichever of its names the article uses
    for name in ("peace formula", "formula for peace"):
        text = (f"Volodymyr Zelensky presented his {name} at the summit on 3 March. It has "
                "six points: first, grain corridors; second, the release of all detainees.")
        assert extract_text(text, dt.date(2031, 3, 4)).plan is None, name


def test_what_the_peace_formula_includes_is_not_the_victory_plans() -> None:
    text = ("Volodymyr Zelensky presented his victory plan to parliament on 3 March. "
            "The plan calls for an invitation to join the alliance. "
            "It follows his peace formula, which includes the return of all deported children, "
            "and which aims to restore the borders of 1991.")
    plan = extract_text(text, dt.date(2031, 3, 4)).plan
    assert plan is not None
    words = " ".join(p.summary for p in plan.points)
    assert "invitation" in words and "children" not in words
    assert not any("borders" in aim for aim in plan.stated_aims)


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
