"""Country stances: cues with negation and hedging, list distribution, metonyms, objects."""

from __future__ import annotations

from summarizer.extract.offline.rules import extract_article
from summarizer.load import Article
from summarizer.schemas import DEFAULT_QUESTION, ArticleMeta


def stances(text: str) -> dict[str, str]:
    result = extract_article(Article(ArticleMeta(id="t"), text, 0), DEFAULT_QUESTION)
    for stance in result.stances:
        assert stance.evidence, stance
    return {s.country: s.position for s in result.stances}


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
    assert stances("The NATO bid is facing resistance from Norway.") == {}


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
