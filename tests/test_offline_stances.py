"""Country stances: cues with negation and hedging, list distribution, metonyms, objects."""

from __future__ import annotations

from conftest import extract_text, stances


def test_list_distributes_the_cue_to_every_country() -> None:
    got = stances("Portugal, Greece, and Norway are reluctant to back the NATO bid.")
    assert got == {"PT": "hesitant", "GR": "hesitant", "NO": "hesitant"}


def test_list_link_hands_an_earlier_cue_to_what_follows() -> None:
    got = stances("Members skeptical about the NATO invitation include Greece and Portugal.")
    assert got == {"GR": "hesitant", "PT": "hesitant"}


def test_capitals_as_metonyms() -> None:
    got = stances("Washington and Berlin are slow-walking the membership talks.")
    assert got == {"US": "hesitant", "DE": "hesitant"}


def test_person_speaks_for_their_country() -> None:
    got = stances("Polish President Andrzej Duda voiced support for Ukraine joining NATO.")
    assert got["PL"] == "supports"


def test_negation_flips_support() -> None:
    assert stances("Norway does not support a NATO invitation now.")["NO"] == "opposes"


def test_hedged_cue_is_no_position() -> None:
    assert "FR" not in stances("Only pressure could convince France to back the NATO bid.")


def test_objects_and_targets_hold_no_position() -> None:
    got = stances("Greece opposes the plan to invite Ukraine into NATO, officials said.")
    assert got == {"GR": "opposes"}
    # The target of resistance holds nothing (its source does: test_offline_stance_turns.py).
    assert stances("Kyiv is facing resistance over the NATO bid.") == {}


def test_national_officials_words_give_their_country_a_stance() -> None:
    text = ("“We are not at the stage of inviting anyone to NATO,” "
            "German Foreign Minister Annalena Baerbock said.")
    assert stances(text)["DE"] == "opposes"


def test_international_officials_words_give_no_country_stance() -> None:
    assert stances("“I support the NATO bid,” NATO chief Mark Rutte said.") == {}


def test_off_topic_support_is_ignored() -> None:
    assert stances("Spain pledged military support and air defense to Ukraine.") == {}


def test_reported_intention_is_a_position() -> None:
    got = stances("Greek Premier Kyriakos Mitsotakis said Athens would veto a NATO invitation.")
    assert got["GR"] == "opposes"


def test_a_possessive_in_between_does_not_take_the_subjects_cue() -> None:
    got = stances("Czech President Petr Pavel said Orbán's NATO plan was “reckless.”")
    assert got == {"CZ": "opposes"}


# --- groups, subjects and what `it` stands for --------------------------------------------

_PLAN = "Kostenko presented his victory plan to parliament. "


def test_group_position_reaches_the_members_an_earlier_list_names() -> None:
    got = stances(_PLAN + "He has shown it to key allied leaders such as French President Paul "
                  "Ridley. So far, none has given the plan a warm endorsement.")
    assert got["FR"] == "hesitant"


def test_group_position_with_a_positive_quantifier() -> None:
    got = stances(_PLAN + "He showed it to several governments, including Portugal and Greece. "
                  "They all oppose the plan.")
    assert (got["PT"], got["GR"]) == ("opposes", "opposes")


def test_group_members_need_a_list_link_after_a_group_noun() -> None:
    got = stances(_PLAN + "He met Paul Ridley of France on Monday. None has endorsed the plan.")
    assert "FR" not in got


def test_capital_and_demonym_subjects() -> None:
    got = stances(_PLAN + "Berlin remains cautious about the plan. Spanish diplomats said it "
                  "was premature to set a date for membership.")
    assert (got["DE"], got["ES"]) == ("hesitant", "hesitant")


def test_not_endorsing_is_hesitant_not_opposed() -> None:
    assert stances(_PLAN + "Washington has not endorsed the plan.")["US"] == "hesitant"
    assert stances(_PLAN + "Oslo does not support the plan.")["NO"] == "opposes"


def test_the_country_and_it_stand_for_the_country_just_named() -> None:
    got = stances(_PLAN + "Slovenia was asked about the invitation, and it remains reluctant.")
    assert got["SI"] == "hesitant"
    got = stances("Ukraine's NATO bid was discussed. Estonia has long been close to Kyiv. "
                  "The country backs the NATO bid.")
    assert got["EE"] == "supports"


def test_it_after_the_plan_is_the_plan_not_a_country() -> None:
    got = stances("Norway received the victory plan on Monday. It calls for a NATO invitation.")
    assert "NO" not in got


def test_negation_inside_a_relative_clause_stays_there() -> None:
    got = stances(_PLAN + "Austria, which is not a NATO member, declined to comment on the plan.")
    assert got["AT"] == "neutral"


def test_condemning_what_was_unveiled_is_a_stance_on_the_plan() -> None:
    got = stances(_PLAN + "“What he unveiled yesterday was reckless,” Czech Prime Minister Petr "
                  "Hola said of Kostenko.")
    assert got["CZ"] == "opposes"


def test_unveiling_words_count_only_once_the_plan_is_named() -> None:
    got = stances("“What he unveiled yesterday was reckless,” Czech Prime Minister Petr Hola "
                  "said of the new budget.")
    assert "CZ" not in got


def test_mention_inside_a_prepositional_phrase_holds_nothing() -> None:
    got = stances(_PLAN + "Lena Holm said the debate in the Latvian parliament was dangerous "
                  "for the plan.")
    assert "LV" not in got


def test_possessor_of_a_bid_holds_it_whatever_governs_the_phrase() -> None:
    got = stances("The summit came in response to Moldova’s push for NATO membership.")
    assert got["MD"] == "supports"


# --- objects and cue order ----------------------------------------------------------------


def _actors(text: str) -> dict[str, tuple[str, list[str]]]:
    result = extract_text(text)
    return {s.country: (s.position, s.actors) for s in result.stances}


def test_an_object_between_the_subject_and_its_cue_does_not_take_the_cue() -> None:
    # `in Riga` is an object: it holds nothing, so it must not block the subject either.
    got = _actors("Latvian Foreign Minister Ilze Berzina told a conference in Riga on Friday "
                  "that her cabinet firmly backed Ukraine's NATO bid.")
    # `Ukraine's NATO bid` reports Ukraine seeking membership (a possessive before its
    # modified noun cue): Ukraine supports too.
    assert got == {"LV": ("supports", ["Ilze Berzina"]), "UA": ("supports", [])}


def test_a_possessor_takes_the_nearest_cue_whichever_rule_found_it() -> None:
    # The plan cue (`victory plan, presented`) comes first in the text, `call for` later.
    # (The presenter is the candidate's: another country's plan backs no invitation,
    # test_offline_stance_verdict_holders.py.)
    got = _actors("The coverage of Ukrainian President Volodymyr Zelensky's victory plan, "
                  "presented in Kyiv last week, has centred on the call for a NATO invitation.")
    assert got == {"UA": ("supports", ["Volodymyr Zelensky"])}


def test_it_opening_a_paragraph_does_not_reach_back_over_the_break() -> None:
    got = stances("Estonia hosted the summit.\n\n"
                  "It is hard to see support for an invitation for Ukraine among the allies.")
    assert "EE" not in got


def test_an_unnamed_officials_country_is_not_also_the_stances_actor() -> None:
    # `Denmark (Denmark)` in the memo said nothing twice; a body that is not the country stays.
    got = _actors("“We will back an invitation for Ukraine at the summit,” a Danish official said.")
    assert got == {"DK": ("supports", [])}
    got = _actors("“We will oppose any invitation for Ukraine at the summit,” a Kremlin spokesman "
                  "said.")
    assert got == {"RU": ("opposes", ["Kremlin"])}
