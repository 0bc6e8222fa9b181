"""An ordinal point told only by the kind of point it is (`The first point is geopolitical`)
asks for nothing: no point. The content after an ordinal or a `Point two` label told by a verb
of content (`The fifth includes an offer to …`, `Point two requests that …`) is the point, the
verb left out. Invented sentences, with near misses."""

from __future__ import annotations

from conftest import extract_text

PLAN = "Maria Lindqvist presented her victory plan to parliament on Wednesday. "


def _points(text: str) -> list[tuple[int | None, str]]:
    plan = extract_text(PLAN + text).plan
    return [(p.number, p.summary) for p in plan.points] if plan else []


def test_a_point_told_only_by_its_field_is_no_point() -> None:
    assert _points("The first point is diplomatic. The second point is financial.") == []
    # near miss: a field's noun phrase is a point
    assert _points("The first point is financial aid for the northern ports.") == [
        (1, "financial aid for the northern ports")]
    # `military` is also a noun: what strengthens it is a point
    assert _points("The first point calls for allies to help strengthen the military.") != []


def test_a_verb_of_content_after_an_ordinal_is_not_part_of_the_point() -> None:
    points = _points("The first point calls for an invitation to join the union. "
                     "The second includes an offer to station engineers in the ports.")
    assert points == [(1, "invitation to join the union"),
                      (2, "offer to station engineers in the ports")]


def test_a_numbered_label_with_a_that_clause_is_a_point() -> None:
    points = _points("Point one asks for an invitation to join the union. "
                     "Point two requests that the ports be given new cranes.")
    assert (2, "ports be given new cranes") in points


def test_a_labelled_series_goes_on_past_one_paragraph_about_its_points() -> None:
    text = ("Point one asks for an invitation to join the union.\n"
            "Point two requests that the ports be given new cranes.\n"
            "Points one and two both have annexes that were shared with allies.\n"
            "Point three requests that grain corridors are opened to the south.\n")
    assert [n for n, _ in _points(text)] == [1, 2, 3]
    # near miss: a label two paragraphs of other news away from its series is not its point
    text = ("Point one asks for an invitation to join the union.\n"
            "Point two requests that the ports be given new cranes.\n"
            "The speech lasted an hour.\nDeputies applauded twice.\n"
            "Point three requests that grain corridors are opened to the south.\n")
    assert [n for n, _ in _points(text)] == [1, 2]


def test_an_aside_between_dashes_before_the_copula_is_left_out() -> None:
    assert _points("“The first point – and a very weighty one – is the invitation to the "
                   "union,” Lindqvist said.") == [(1, "invitation to the union")]
    assert _points("The second point — a costly one — is new cranes for the ports.") == [
        (2, "new cranes for the ports")]
    # near miss: what the aside leads to is a verdict, not a point
    assert _points("The first point – the speech's longest – is unrealistic.") == []


def test_a_purpose_cut_before_its_to_does_not_end_a_point() -> None:
    points = _points("The third point states that foreign engineers must be deployed to the "
                     "northern ports in order to prevent any further sabotage of the cranes.")
    assert points == [(3, "foreign engineers must be deployed to the northern ports")]
