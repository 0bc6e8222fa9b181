"""The plan: presenter, date, venue, counts and points as the text ties them to the plan."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text, stances

from summarizer.schemas import VictoryPlan


def plan(text: str, published: dt.date | None = None) -> VictoryPlan | None:
    return extract_text(text, published).plan


def test_a_count_of_some_of_the_points_is_not_the_plans_count() -> None:
    got = plan("Senators liked two points of the victory plan.\n\nThe plan has six points.")
    assert got is not None and got.public_points == 6
    got = plan("Berlin rejected three key points of the victory plan and nothing else.")
    assert got is not None and got.public_points is None
    # Near misses: `the`/`its`/`all` before the count: all of the plan's points.
    got = plan("These are the four points of the victory plan.")
    assert got is not None and got.public_points == 4
    got = plan("The victory plan is out. All seven points of it were leaked.")
    assert got is not None and got.public_points == 7


def test_no_plan_named_no_plan() -> None:
    assert plan("Ministers met in Brussels on Monday.") is None


def test_the_count_is_found_on_a_later_line_than_the_first_point() -> None:
    # The first `point` (a line with no count) only tells where the search may start.
    body = ("The victory plan makes a point about Crimea.\n\nAt that point the minister said the "
            "victory plan has Five Points, and later that it had six points.")
    got = plan(body)
    assert got is not None and got.public_points == 5
    # A character IGNORECASE folds to an ASCII letter: the whole body is searched.
    got = plan("The victory plan (İ) has seven-point goals.\n\nNothing else.")
    assert got is not None and got.public_points == 7


def test_counts_search_from_the_line_of_the_first_point() -> None:
    from summarizer.extract.offline.plan import _point_count_start

    assert _point_count_start("No count.\nIt has 5 POINTS.\nMore points.") == 10
    assert _point_count_start("Spelled Point here.") == 0
    assert _point_count_start("No count at all.") is None
    assert _point_count_start("İ: a folding character, 5 points.") == 0


def test_presenter_date_venue_and_counts() -> None:
    got = plan("Ukrainian President Volodymyr Zelensky unveiled his victory plan to parliament "
               "on Wednesday. It has five points and two secret annexes.", dt.date(2024, 10, 17))
    assert got is not None
    assert got.presented_by == "Volodymyr Zelensky"
    assert got.presented_on == dt.date(2024, 10, 16)
    assert got.venue == "Verkhovna Rada"
    assert got.public_points == 5 and got.classified_annexes == 2


def test_bullets_after_a_colon_line_that_follows_the_plan_or_uses_a_copula() -> None:
    bullets = "\n\n- Grain corridors kept open.\n- Loans for rebuilding schools.\n"
    expected = ["Grain corridors kept open", "Loans for rebuilding schools"]
    separate = plan("Prime Minister Ana Vidal presented her victory plan on Monday.\n\n"
                    "Its three priorities are:" + bullets)
    same = plan("Ana Vidal presented her victory plan on Monday. The main elements are:" + bullets)
    for got in (separate, same):
        assert got is not None and [p.summary for p in got.points] == expected
    # Without the plan in the introducing paragraph or the one before it, a list is not its points.
    unrelated = plan("Ana Vidal presented her victory plan on Monday.\n\nThe weather was mild.\n\n"
                     "Her three priorities are:" + bullets)
    assert unrelated is not None and unrelated.points == []


def test_relative_date_stays_null_without_a_published_date() -> None:
    got = plan("Volodymyr Zelensky presented the victory plan yesterday.")
    assert got is not None and got.presented_on is None


def test_bulleted_points_after_an_introducing_line() -> None:
    got = plan("The victory plan includes:\n• More air defence.\n• Sanctions on oil.\n"
               "Officials reacted.")
    assert got is not None
    assert [p.summary for p in got.points] == ["More air defence", "Sanctions on oil"]


def test_ordinal_point_is_numbered_and_inline_list_is_split() -> None:
    got = plan("The victory plan opens with the first point calling for faster arms deliveries. "
               "It names the remaining points: tighter sanctions, energy aid, and new loans.")
    assert got is not None
    assert [(p.number, p.summary) for p in got.points] == [
        (1, "faster arms deliveries"), (None, "tighter sanctions"), (None, "energy aid"),
        (None, "new loans")]
    for point in got.points:
        assert point.evidence and point.evidence[0].spans


# --- points through pronouns and lists; aims, presenters and dates ------------------------


def _points(text: str) -> list[str]:
    found = plan(text)
    assert found is not None
    return [p.summary for p in found.points]


def test_points_introduced_by_it_standing_for_the_plan() -> None:
    text = ("The president arrived with a victory plan. Not only does it ask for more tanks for "
            "the eastern front, but it also calls for a fast invitation to join NATO.")
    assert _points(text) == ["more tanks for the eastern front", "fast invitation to join NATO"]


def test_it_with_another_antecedent_gives_no_point() -> None:
    assert _points("The victory plan was sent to NATO. NATO said it calls for patience.") == []


def test_it_followed_by_a_count_is_not_a_point() -> None:
    assert _points("The victory plan is ready. It consists of five points.") == []


def test_such_as_list_after_what_the_plan_contains_gives_one_point_per_item() -> None:
    text = ("Kostenko's victory plan contains demands that partners have refused, such as a "
            "formal invitation into the alliance and permission to fire Western missiles at "
            "airfields in Russia.")
    assert _points(text) == ["formal invitation into the alliance",
                             "permission to fire Western missiles at airfields in Russia"]


def test_plan_focused_on_states_its_point() -> None:
    assert _points("The victory plan is focused on persuading allies to lift limits on "
                   "long-range missiles.") == [
        "persuading allies to lift limits on long-range missiles"]


def test_the_same_demand_stated_twice_is_one_point_and_the_listed_one_wins() -> None:
    text = ("Kostenko's victory plan includes:\n• NATO invitation: an invitation before the war "
            "ends.\n• Defence: more air defence.\n\nA key element of the victory plan is an "
            "invitation to NATO for Ukraine before the war ends.")
    assert _points(text) == ["NATO invitation", "Defence"]


def test_sentence_opener_is_not_the_plans_owner() -> None:
    found = plan("The victory plan is focused on winning the war.")
    assert found is not None and found.presented_by is None


def test_plan_named_by_its_purpose() -> None:
    found = plan("The call follows Kostenko publicly detailing in Kyiv his plan for victory.")
    assert found is not None and found.presented_by == "Kostenko"


def test_stated_aims_attached_to_the_plan() -> None:
    found = plan("Kostenko presented his victory plan to end the war by next year. The "
                 "blueprint, which aims to force Moscow to the table, has five points.")
    assert found is not None
    assert found.stated_aims == ["end the war by next year", "force Moscow to the table"]


def test_someone_elses_plan_has_no_aims_here() -> None:
    found = plan("Kostenko presented his victory plan. Orbanyi has his own plan to end the war. "
                 "The victory plan was presented to end the talks.")
    assert found is not None and found.stated_aims == []


def test_presenter_through_a_phrasal_verb_after_a_time_phrase() -> None:
    got = extract_text("Olena Hordiienko on Monday set out her victory plan to allies.").plan
    assert got is not None and got.presented_by == "Olena Hordiienko"
    got = extract_text("Olena Hordiienko last week laid out her victory plan in Kyiv.").plan
    assert got is not None and got.presented_by == "Olena Hordiienko"


def test_presenter_of_a_relative_clause_on_the_plan() -> None:
    text = ("Poland moved on Friday to back the victory plan that Prime Minister Olena "
            "Hordiienko presented to her parliament.")
    got = extract_text(text)
    assert got.plan is not None and got.plan.presented_by == "Olena Hordiienko"
    assert stances(text)["PL"] == "supports"


def test_a_presentation_the_day_before_the_sentences_date() -> None:
    friday = dt.date(2024, 10, 18)
    text = ("Volodymyr Zelensky took his victory plan to Brussels on Friday, a day after "
            "unveiling it in parliament.")
    got = extract_text(text, friday).plan
    assert got is not None and got.presented_on == dt.date(2024, 10, 17)
    text = ("Lithuania on Friday backed the victory plan that Volodymyr Zelensky presented to "
            "parliament the day before.")
    got = extract_text(text, friday).plan
    assert got is not None and got.presented_on == dt.date(2024, 10, 17)


def test_a_presentation_with_no_day_before_keeps_its_own_date() -> None:
    text = "Volodymyr Zelensky unveiled his victory plan in parliament on Wednesday."
    got = extract_text(text, dt.date(2024, 10, 18)).plan
    assert got is not None and got.presented_on == dt.date(2024, 10, 16)
