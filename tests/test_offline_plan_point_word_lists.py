"""A list that is explicitly the plan's points (`rests on five pillars: A, B and C`, `The plan's
five points are …`, `Its points cover …`) gives its items as points even when they are one word
each (`defence`, `deterrence`); a series said of the points (`clear, simple and achievable`) is
none. Invented sentences, with near misses."""

from __future__ import annotations

from conftest import extract_text

PLAN = "Volodymyr Zelensky presented his victory plan to parliament on Wednesday. "


def _points(text: str) -> list[str]:
    plan = extract_text(PLAN + text).plan
    return [p.summary for p in plan.points] if plan else []


def test_one_word_items_of_a_list_of_the_plans_points() -> None:
    assert _points("The plan rests on five pillars: defence, deterrence and economic "
                   "cooperation.") == ["defence", "deterrence", "economic cooperation"]
    assert _points("The plan's five points are defence, deterrence, sanctions and economic "
                   "cooperation.") == ["defence", "deterrence", "sanctions", "economic cooperation"]
    assert _points("The plan's pillars cover security, reconstruction and energy.") == [
        "security", "reconstruction", "energy"]


def test_a_series_after_a_dash_or_a_link_from_the_counted_points() -> None:
    assert _points("The plan rests on three pillars — defence, deterrence and economic "
                   "cooperation — that allies must fund.") == [
        "defence", "deterrence", "economic cooperation"]
    assert _points("The plan has five points, covering defence, deterrence, sanctions and "
                   "economic cooperation.") == [
        "defence", "deterrence", "sanctions", "economic cooperation"]
    assert _points("The five points of the plan are defence, deterrence, sanctions and "
                   "security guarantees.") == [
        "defence", "deterrence", "sanctions", "security guarantees"]
    # Near misses: a dash that opens no series; someone else's counted demands.
    assert _points("The plan has five points — and allies dislike most of them.") == []
    assert _points("Hungary's five demands — an end to arms deliveries, talks and a ceasefire "
                   "— clash with the plan.") == []


def test_a_series_said_of_the_points_or_a_list_not_of_points() -> None:
    # Words said of the points, with no count or verb that lists them.
    assert _points("The plan's points are clear, simple and achievable.") == []
    assert _points("Its points are vague, hurried and unpopular.") == []
    # One-word items that modify the last item's noun: one phrase, not three points.
    assert _points("The plan's five points cover military, economic and diplomatic issues.") == []
    assert _points("The plan's points are NATO, EU and G7 membership.") == []
    # A topic verb with no series: what the points are about, not the points.
    assert _points("The plan's other two points concern the economy.") == []


def test_a_list_under_a_noun_anyone_may_use_is_the_plans_when_the_plan_owns_it() -> None:
    assert _points("The plan boils down to three demands: an invitation to join NATO, "
                   "long-range weapons and a deterrence package.") == [
        "invitation to join NATO", "long-range weapons", "deterrence package"]
    assert _points("The plan's demands: an invitation to join NATO, long-range weapons and a "
                   "deterrence package.") == [
        "invitation to join NATO", "long-range weapons", "deterrence package"]
    # Near misses: another party's own demands or goals, after the plan is named.
    assert _points("Hungary rejected the plan and listed its own demands: a ceasefire, talks "
                   "with Moscow and an end to sanctions.") == []
    assert _points("Critics of the plan have their own goals: a ceasefire, talks with Moscow "
                   "and an end to sanctions.") == []
