"""Plan points told as a series: a numbered list under the plan, ordinals (one naming only the
plan, noun-less ones continuing a series in order, ordinal adverbs), and the items after
`calls for` or `asks for`, one point each; one demand with `and` inside stays one point.
Invented sentences, each with a near miss."""

from __future__ import annotations

from conftest import extract_text


def points(text: str) -> list[tuple[int | None, str]]:
    plan = extract_text(text).plan
    assert plan is not None
    return [(p.number, p.summary) for p in plan.points]


def test_a_numbered_list_under_the_plan_gives_numbered_points() -> None:
    text = ("The victory plan has three points:\n"
            "1. A fast-track invitation to the alliance.\n"
            "2) After the ceasefire, rebuilding the air force.\n"
            "3. A regional fund for minesweeping.\n")
    assert points(text) == [(1, "fast-track invitation to the alliance"),
                            (2, "rebuilding the air force"),
                            (3, "regional fund for minesweeping")]


def test_an_ordinal_that_names_only_the_plan_points_back_to_its_clause() -> None:
    text = "Kyiv wants a seat at the alliance table, the first point of the victory plan."
    assert points(text) == [(1, "Kyiv wants a seat at the alliance table")]


def test_noun_less_ordinals_continue_a_series_only_in_order() -> None:
    text = ("The victory plan has four points. The first point is a treaty with the alliance. "
            "The second deals with air defence over the western regions. "
            "The fourth round of talks is planned for May.")
    assert points(text) == [(1, "treaty with the alliance"),
                            (2, "air defence over the western regions")]


def test_ordinal_adverbs_split_a_sentence_tied_to_the_plan() -> None:
    text = ("In the victory plan, Kyiv asks partners, first, to open talks on membership; "
            "second, to train two new brigades; and lastly, to insure grain shipments.")
    assert points(text) == [(1, "to open talks on membership"), (2, "to train two new brigades"),
                            (None, "to insure grain shipments")]
    # Not tied to the plan: a sequence of events, not points.
    untied = ("Kyiv published its victory plan. The minister, first, met the press; second, "
              "flew to Oslo.")
    assert points(untied) == []


def test_a_series_after_calls_for_is_one_point_per_item() -> None:
    text = ("The victory plan calls for joint air patrols, a reconstruction fund and "
            "new training missions.")
    assert [s for _, s in points(text)] == ["joint air patrols", "reconstruction fund",
                                            "new training missions"]
    # Two items are not a series, but `A and a B` names two points (q-plan5: real coverage
    # joins two of the plan's proposals so); a clause is one point.
    two = "The victory plan calls for joint air patrols and a reconstruction fund."
    assert [s for _, s in points(two)] == ["joint air patrols", "reconstruction fund"]
    clause = "The victory plan calls for joint air patrols that would guard the western skies."
    assert len(points(clause)) == 1


def _points(text: str) -> list[str]:
    plan = extract_text(text).plan
    assert plan is not None
    return [p.evidence[0].text for p in plan.points]


def test_calls_for_a_and_for_b_are_two_points() -> None:
    text = ("Volodymyr Zelensky unveiled his victory plan. It also calls for new air defence "
            "systems for the cities and for joint arms production with European partners.")
    assert _points(text) == ["new air defence systems for the cities",
                             "joint arms production with European partners"]
    text = ("Volodymyr Zelensky unveiled his victory plan. It asks for sanctions on Russian "
            "banks, and also for frozen assets to be seized.")
    assert _points(text) == ["sanctions on Russian banks", "frozen assets to be seized"]


def test_a_series_whose_last_item_opens_with_a_time_phrase() -> None:
    text = ("Volodymyr Zelensky unveiled his victory plan. It asks for more artillery shells, "
            "long-range drones for the front and, after a ceasefire, a permanent role for "
            "Ukrainian engineers in rebuilding European defence industries.")
    assert _points(text) == [
        "more artillery shells", "long-range drones for the front",
        "after a ceasefire, a permanent role for Ukrainian engineers in rebuilding European "
        "defence industries"]


def test_one_demand_with_and_inside_is_one_point() -> None:
    text = ("Volodymyr Zelensky unveiled his victory plan. It calls for training and "
            "equipment for ten new brigades.")
    assert len(_points(text)) == 1


def test_a_noun_less_ordinal_after_a_comma_and_a_link_is_the_next_point() -> None:
    intro = "Zelensky presented his victory plan on Wednesday. "
    assert points(intro + "The plan's first point calls for an invitation to join NATO, while "
                  "the second seeks permission to strike targets inside Russia.") == [
        (1, "invitation to join NATO"), (2, "permission to strike targets inside Russia")]
    assert points(intro + "The first point of the plan is an invitation to join NATO, whereas "
                  "the second is about air defence, and the third proposes joint use of "
                  "critical minerals.") == [
        (1, "invitation to join NATO"), (2, "air defence"), (3, "joint use of critical minerals")]
    assert points(intro + "The plan's first point calls for NATO membership, while the second "
                  "calls on allies to lift restrictions on long-range strikes.") == [
        (1, "NATO membership"), (2, "lift restrictions on long-range strikes")]
    # Near misses: no verb introducing a point after the ordinal; an ordinal out of order.
    assert points(intro + "The first point calls for an invitation to join NATO, while the "
                  "second round of talks begins in November.") == [(1, "invitation to join NATO")]
    assert points(intro + "The first point calls for an invitation to join NATO, while the "
                  "third seeks more sanctions.") == [(1, "invitation to join NATO")]


def test_an_ordinal_part_of_the_plan_in_a_sentence_that_does_not_name_it() -> None:
    intro = "Zelensky presented his victory plan on Wednesday.\n\nMarkets were calm.\n\n"
    assert points(intro + "The third element is a non-nuclear deterrence package, whose details "
                  "are in a classified annex.") == [(3, "non-nuclear deterrence package")]
    # Near misses: an ordinal step or priority is not a part of the plan.
    assert points(intro + "The first step is to convince Washington.") == []
    assert points(intro + "The first priority is to survive the winter.") == []


def test_what_follows_the_last_item_of_a_series_is_said_of_it_not_an_item() -> None:
    # An appositive and a participle after the item that `and` opens: not items.
    text = ("The victory plan calls for joint air patrols, a reconstruction fund and new "
            "training missions, a step the Kremlin condemned, saying that it meant escalation.")
    assert [s for _, s in points(text)] == ["joint air patrols", "reconstruction fund",
                                            "new training missions"]
    # With a comma before the last `and`, a bare `and` is inside an item.
    text = ("The victory plan calls for joint air patrols, grain storage and shipping, and new "
            "training missions.")
    assert [s for _, s in points(text)] == ["joint air patrols", "grain storage and shipping",
                                            "new training missions"]
    # `including B` is an example of the item before it: one point, not a series of three.
    text = ("The victory plan calls for deeper raids into enemy territory, including the "
            "border incursion begun in May, and more drone attacks on refineries, a move "
            "Moscow called reckless.")
    assert [s for _, s in points(text)] == ["deeper raids into enemy territory"]


def test_a_such_as_list_after_a_category_gives_its_examples() -> None:
    text = ("The victory plan includes broad measures for defending the country, such as "
            "joining the bloc and doubling air defences.")
    assert [s for _, s in points(text)] == ["joining the bloc", "doubling air defences"]
    # Near miss: after a point of its own, `including` gives an example of that point.
    text = ("The victory plan calls for stronger Western backing, including the lifting of "
            "limits on long-range drones.")
    assert [s for _, s in points(text)] == ["stronger Western backing"]


def test_a_plan_that_entails_or_spells_out_a_series_with_a_long_item() -> None:
    text = ("The victory plan entails an invitation to the bloc before the fighting stops, "
            "hardening the grid through shelters in frontline regions and sharing radar data "
            "with neighbours, a joint arms fund, and tighter export bans.")
    assert [s for _, s in points(text)] == [
        "invitation to the bloc before the fighting stops",
        "hardening the grid through shelters in frontline regions and sharing radar data",
        "joint arms fund", "tighter export bans"]
    text = "The victory plan also spells out a regional air shield to stop drone raids."
    assert [s for _, s in points(text)] == ["regional air shield to stop drone raids"]


def test_what_the_plan_calls_for_past_an_adverb_a_said_or_a_long_aside() -> None:
    text = ("The victory plan calls most notably for joint air patrols, a reconstruction fund "
            "and new training missions.")
    assert [s for _, s in points(text)] == ["joint air patrols", "reconstruction fund",
                                            "new training missions"]
    text = ("He unveiled his victory plan which he said called for an immediate seat on the "
            "council.")
    assert [s for _, s in points(text)] == ["immediate seat on the council"]
    text = ("The victory plan, which the president talked over with leaders during a long tour of "
            "the Gulf states and Asia last month, also called for grain corridor escorts.")
    assert [s for _, s in points(text)] == ["grain corridor escorts"]
    # Near miss: a plan word after `which he said`, not the plan's verb.
    text = "He unveiled his victory plan which he said was ready."
    assert points(text) == []


def test_a_noun_less_ordinal_opening_the_next_paragraph_goes_on_with_the_series() -> None:
    text = ("The victory plan has four points.\n\nThe second point, the president said, is a "
            "treaty with the alliance.\n\nThe third is joint air patrols over the west.")
    assert points(text) == [(2, "treaty with the alliance"), (3, "joint air patrols over the west")]
    # Near miss: not the next number, or not opening its paragraph.
    text = ("The victory plan has four points.\n\nThe second point is a treaty with the "
            "alliance.\n\nThe fourth is joint air patrols.\n\nTalks went on. The third is later.")
    assert points(text) == [(2, "treaty with the alliance")]
