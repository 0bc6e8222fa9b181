"""rules-7: stances stated by narrators in other outlets' wordings, and plan points written as
numbered lists, noun-less ordinals, ordinal adverbs and series. Invented sentences."""

from __future__ import annotations

from conftest import extract_text, stances


def points(text: str) -> list[tuple[int | None, str]]:
    plan = extract_text(text).plan
    assert plan is not None
    return [(p.number, p.summary) for p in plan.points]


# --- stances ---------------------------------------------------------------------------------

def test_openness_and_dismissal_are_positions() -> None:
    assert stances("Lisbon has signalled openness to a NATO invitation for Kyiv.") == {
        "PT": "supports"}
    assert stances("Croatian officials dismissed the idea of NATO membership for Kyiv.") == {
        "HR": "opposes"}


def test_declining_to_take_sides_is_neutral_not_a_negated_cue() -> None:
    assert stances("Vienna declined to take sides on the NATO invitation.") == {"AT": "neutral"}


def test_a_possessive_holds_a_cue_past_one_modifier() -> None:
    assert stances("Diplomats discussed Moldova's membership bid for NATO.") == {"MD": "supports"}


def test_support_limited_to_later_is_hesitant() -> None:
    # Open in principle, not now, with no no of its own: hesitant, as deferred support is
    # (test_offline_stance_deferred.py).
    got = stances("Sweden backs NATO membership for Kyiv but not yet, officials said.")
    assert got == {"SE": "hesitant"}
    # Without the limit it stays support.
    assert stances("Sweden backs NATO membership for Kyiv, officials said.") == {"SE": "supports"}


def test_a_verb_after_but_shares_the_subject_before_it() -> None:
    got = stances("Irish minister Aoife Dunleavy praised the resolve of Kyiv but "
                  "stopped short of endorsing its NATO bid.")
    assert got == {"IE": "hesitant"}
    # A clause with its own subject after `but` does not share.
    assert "IE" not in stances("Irish minister Aoife Dunleavy met the envoy, but the "
                               "allies were reluctant to discuss NATO membership.")


def test_an_obligation_on_the_step_backs_it_and_a_delay_denies_it() -> None:
    assert stances("Greek officials said an invitation to join NATO must come soon.") == {
        "GR": "supports"}
    assert stances("Greek officials said NATO membership should wait.") == {"GR": "opposes"}
    assert stances("Greek officials asked whether an invitation should come.") == {}
    # Whose membership is meant does not make it their view.
    assert stances("Norwegian officials said Moldova's membership of NATO should wait.") == {
        "NO": "opposes"}


def test_also_with_a_position_refers_back_to_the_question() -> None:
    text = ("Czechia pushed for a NATO invitation at the meeting. "
            "Cyprus and Malta are also reluctant, diplomats said.")
    assert stances(text) == {"CZ": "supports", "CY": "hesitant", "MT": "hesitant"}


def test_what_the_plan_asks_its_presenters_country_asks() -> None:
    text = ("Volodymyr Zelensky presented his victory plan on Wednesday. "
            "Belgium welcomed the plan's call for a NATO invitation.")
    assert stances(text) == {"UA": "supports", "BE": "supports"}
    # A plan whose presenter the article does not give speaks for no country.
    assert "UA" not in stances("Belgium welcomed the victory plan's call for a NATO invitation.")


# --- plan points -----------------------------------------------------------------------------

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
    # Two items, or a clause, are not a series.
    two = "The victory plan calls for joint air patrols and a reconstruction fund."
    assert len(points(two)) == 1
