"""Places and group words are never people: a US state or a city (places.toml) is no speaker
and no antecedent of he/she, a word for a group (`Republicans`, `Latino`) starts no person's
name; and a place below a country holds no stance (it has no country).

Each rule on invented sentences, with a near miss that the rule must leave alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import direct_speakers

from summarizer.extract.offline.lexicon import gazetteer
from summarizer.extract.offline.np import name_like
from summarizer.extract.offline.pack_base import PackError, load_file
from summarizer.extract.offline.places_pack import Places, places
from summarizer.schemas import Speaker


def speakers(text: str) -> dict[str, Speaker | None]:
    return direct_speakers(text)


def name_of(text: str, quote: str) -> str | None:
    speaker = speakers(text).get(quote)
    return speaker.name if speaker is not None else None


# --- a state or a city is no person -------------------------------------------------------------


def test_a_state_before_the_speech_verb_is_no_speaker() -> None:
    text = ("Dana Whitcombe toured a factory on Friday.\n\n"
            "“The turnout was remarkable,” she said after New Hampshire voted.\n\n"
            "“We will keep knocking on doors,” Iowa said in its own way.")
    names = {s.name if s else None for s in speakers(text).values()}
    assert "Iowa" not in names
    assert name_of(text, "The turnout was remarkable") == "Dana Whitcombe"


def test_a_city_is_no_antecedent_of_she() -> None:
    text = ("Marla Quenby spoke to reporters on Monday.\n\n"
            "The rally in Brooklyn drew thousands, and San Diego was next.\n\n"
            "“This is only the start,” she said.")
    assert name_of(text, "This is only the start") == "Marla Quenby"


def test_a_state_before_a_title_is_the_persons_place_not_their_name() -> None:
    text = "“We have the votes,” said South Carolina state Sen. Ellis Prowdy."
    assert name_of(text, "We have the votes") == "Ellis Prowdy"


def test_near_miss_a_person_named_like_a_place_stays_a_person() -> None:
    # Jordan, Georgia, Virginia, Austin: given names as often as places, left out of the data.
    text = "“We have the votes,” Jordan Smith said.\n\n“We will win,” said Virginia Talley."
    assert name_of(text, "We have the votes") == "Jordan Smith"
    assert name_of(text, "We will win") == "Virginia Talley"


def test_near_miss_a_surname_that_is_also_a_city_elsewhere_stays_a_person() -> None:
    text = "“It is over,” said Carla Houston, a county clerk."
    assert name_of(text, "It is over") == "Carla Houston"


# --- a group word starts no name ----------------------------------------------------------------


def test_a_party_word_before_a_name_is_not_part_of_the_name() -> None:
    text = ("“The bill is dead,” said Republican Tomas Everly.\n\n"
            "“Not yet,” Democrat Ina Solberg said.")
    assert name_of(text, "The bill is dead") == "Tomas Everly"
    assert name_of(text, "Not yet") == "Ina Solberg"


def test_a_plural_group_word_glued_to_a_name_leaves_the_name() -> None:
    text = ("House Republicans Everly and Dunmore met on Tuesday.\n\n"
            "“We are united,” Republicans Everly said.")
    assert name_of(text, "We are united") != "Republicans Everly"


def test_group_words_are_not_name_words_and_names_still_are() -> None:
    for word in ("Republicans", "Democrats", "Latino", "Islander", "Muslims"):
        assert not name_like(word), word
    for word in ("Jordan", "Everly", "Christian"):  # near misses: given names and surnames
        assert name_like(word), word


# --- places hold no stance; the data stays unambiguous -----------------------------------------


def test_states_and_cities_are_places_without_a_country() -> None:
    _, known = gazetteer()
    for name in ("New Hampshire", "Iowa", "Calif.", "N.H.", "Brooklyn", "San Diego"):
        assert known[name].kind == "place" and known[name].country is None, name
    # near miss: a country or a capital keeps its reading (and so its stance)
    assert known["Ukraine"].kind == "country" and known["Ukraine"].country == "UA"
    assert known["Washington"].kind == "capital"


def test_no_single_word_place_is_a_listed_given_name() -> None:
    from summarizer.extract.offline.language import language

    first = language().people.first_names
    given = first.female | first.male
    single = {name for name in places().names if " " not in name}
    assert not single & given


def test_a_malformed_places_file_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "places.toml"
    bad.write_text('[us_states]\nIowa = "IA"\n[state_abbreviations]\n[cities]\nnames = []\n'
                   "[groups]\nwords = [\"Latinos\"]\n", encoding="utf-8")
    with pytest.raises(PackError, match=r"places\.toml"):
        load_file(Places, bad)


def test_a_hyphenated_modifier_is_no_name_word() -> None:
    text = ("“The phones keep ringing,” said Denton-area organizer Kim Arlow.\n\n"
            "“We are ready,” Denton-area said.")
    assert "Denton-area" not in {s.name if s else None for s in speakers(text).values()}
    assert not name_like("Iowa-based") and not name_like("Clinton-era")
    # near miss: a double-barrelled name keeps both its capitalised halves
    assert name_like("Lopez-Arlow")
    assert name_of("“We are ready,” said Rosa Lopez-Arlow.", "We are ready") == "Rosa Lopez-Arlow"


def test_a_sentence_opening_preposition_is_not_the_first_word_of_a_name() -> None:
    text = ("Mira Castellane and Otto Brandvik spoke on Sunday.\n\n"
            "Unlike Brandvik, she did not hesitate: “We will sign it,” Castellane said.")
    assert name_of(text, "We will sign it") == "Mira Castellane"
    for word in ("Besides", "Unlike", "Against"):
        assert not name_like(word), word
    # near miss: a surname that is an ordinary word elsewhere stays a name
    assert name_like("Castellane") and name_like("Hastings")


# --- a given name and a surname after `in` / `at` are a person -----------------------------------


def test_a_full_name_after_in_is_a_person_the_description_can_take_up() -> None:
    text = ("Party leaders hoped to draw in Greg Whitcombe supporters before the vote.\n\n"
            "Yet it was unclear whether Whitcombe was ready. The Ohio senator emailed "
            "supporters saying: “The fight goes on.”")
    assert name_of(text, "The fight goes on") == "Greg Whitcombe"


def test_near_miss_a_place_after_in_is_still_no_person() -> None:
    text = ("Dana Whitcombe toured a factory on Friday.\n\n"
            "Crowds gathered in Des Moines before the vote.\n\n"
            "“We will keep knocking on doors,” she said.")
    assert name_of(text, "We will keep knocking on doors") == "Dana Whitcombe"
