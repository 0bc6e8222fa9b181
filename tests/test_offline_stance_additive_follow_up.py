"""An elliptical position that adds to others (`X and Y are also resisting, but …`) takes the
question of the sentence on it across one sentence that names none (`A and B are not the only
holdouts.`); an elliptical cue may close its clause before `, but …`. Invented sentences."""

from __future__ import annotations

from conftest import stances

_ON = ("Officials said the alliance is not yet prepared to offer Ukraine an invitation to join "
       "NATO.\n")
_BETWEEN = "The Netherlands and Denmark aren't the only holdouts.\n"


def test_an_additive_elliptical_position_reaches_across_one_sentence() -> None:
    got = stances(_ON + _BETWEEN + "Portugal and Greece are also resisting, but for reasons of "
                  "their own.\n")
    assert got.get("PT") == "opposes"
    assert got.get("GR") == "opposes"
    # The sentence between holds no cue: its countries take nothing.
    assert got.get("NL") is None and got.get("DK") is None


def test_an_elliptical_cue_before_but_follows_the_sentence_before_up() -> None:
    assert stances(_ON + "Portugal is wary, but for different reasons.\n").get(
        "PT") == "hesitant"


def test_without_an_additive_word_or_further_back_nothing() -> None:
    assert stances(_ON + _BETWEEN + "Portugal and Greece are resisting, but for reasons of "
                   "their own.\n").get("PT") is None
    assert stances(_ON + _BETWEEN + "Their leaders met on Monday.\n"
                   "Portugal and Greece are also resisting, but for reasons of their own.\n"
                   ).get("PT") is None
