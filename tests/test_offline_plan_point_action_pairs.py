"""Two demands joined by `and` where the second is told as an action noun (`A and the lifting
of restrictions on B`, `A and the deployment of C`): two points, while an `and` inside one
phrase (`ties between Kyiv and the West`) keeps it one. Invented sentences, with near misses."""

from __future__ import annotations

from conftest import extract_text

PLAN = "Volodymyr Zelensky presented his victory plan to parliament on Wednesday. "


def _points(text: str) -> list[str]:
    plan = extract_text(PLAN + text).plan
    return [p.summary for p in plan.points] if plan else []


def test_a_demand_and_an_action_noun_are_two_points() -> None:
    assert _points("The plan seeks an invitation to join NATO and the lifting of restrictions "
                   "on long-range weapons.") == [
        "invitation to join NATO", "lifting of restrictions on long-range weapons"]
    assert _points("The plan calls for more air defence and the deployment of Western "
                   "instructors in western Ukraine.") == [
        "more air defence", "deployment of Western instructors in western Ukraine"]
    assert _points("The blueprint also proposes tougher sanctions on Moscow, and the use of "
                   "frozen Russian assets for reconstruction.") == [
        "tougher sanctions on Moscow", "use of frozen Russian assets for reconstruction"]
    assert _points("The plan includes sanctions and the use of frozen Russian assets.") == [
        "sanctions", "use of frozen Russian assets"]
    # After `Kyiv wants` right after the plan, too.
    assert _points("Kyiv wants security guarantees from Washington and the supply of more "
                   "Patriot systems.") == [
        "security guarantees from Washington", "supply of more Patriot systems"]


def test_an_and_inside_one_phrase_keeps_one_point() -> None:
    assert _points("The plan seeks closer ties between Kyiv and the West.") == [
        "closer ties between Kyiv and the West"]
    # `supply` not followed by its link: a noun of the first phrase, not a second demand.
    assert _points("The plan calls for cooperation between Ukraine and the supply chains of "
                   "Europe.") == ["cooperation between Ukraine and the supply chains of Europe"]
