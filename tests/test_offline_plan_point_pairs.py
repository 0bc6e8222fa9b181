"""Two plan points told as a pair after the text counts them (`The last two points … One is A;
the other, B.`). Invented sentences, each with a near miss that is not the plan's pair."""

from __future__ import annotations

from conftest import extract_text

INTRO = "Volodymyr Zelensky presented his victory plan to parliament on Wednesday. "


def _points(text: str) -> list[str]:
    result = extract_text(INTRO + text)
    return [p.summary for p in result.plan.points] if result.plan else []


def test_a_pair_after_the_count_of_the_plans_last_points() -> None:
    assert _points("The last two points look past the war. One is a partnership on critical "
                   "minerals; the other, a reconstruction fund run by donors.") == [
        "partnership on critical minerals", "reconstruction fund run by donors"]
    assert _points("The plan's other two points concern the economy. One is joint use of "
                   "critical minerals. The other is a reconstruction fund.") == [
        "joint use of critical minerals", "reconstruction fund"]
    assert _points("Two of the plan's points concern the economy. One is joint use of critical "
                   "minerals; the other concerns a reconstruction fund.") == [
        "joint use of critical minerals", "reconstruction fund"]


def test_a_pair_of_someone_elses_demands_is_not_the_plans() -> None:
    assert _points("Hungary has two demands. One is a veto on aid; the other, a rebate.") == []
    assert _points("Berlin has the other two demands in mind. One is a veto on aid; the "
                   "other, a rebate.") == []
    # No second of the pair: no pair.
    assert _points("The last two points look past the war. One is a partnership on "
                   "minerals.") == []
