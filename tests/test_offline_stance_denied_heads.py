"""A cue governed by a denied noun (stance.toml [negation.heads]): `there is no consensus among
the allies at this stage to invite Ukraine` is the allies' state, neither the speaker's support
nor surely its no; the holder's own denied noun (`no appetite`, `no reason`) is its no only
within the negation window. Also: a denied means to the step (`sees no possibility of inviting
Ukraine`), a demonstrative that is a determiner (`against this background`), a national body's
`of` (`the government of X`), a situation imagined (`a scenario where X vetoes it`), a particle
`back` (`Russia comes back`) and a role noun before a list link (`opponents such as X and Y`).
Invented sentences."""

from __future__ import annotations

import pytest
from conftest import stances


@pytest.mark.parametrize("text", [
    # A shared noun denied, far from the cue: not the speaker's support.
    "An Italian official said there is no consensus among the allies at this stage to extend "
    "an invitation to Kyiv.",
    "There is no agreement within the alliance yet to invite Ukraine, the French foreign "
    "minister said.",
    # Near the cue too: the allies' state is no position of the speaker's.
    "A Dutch official said there is no consensus to invite Ukraine now.",
    "The Czech minister said no decision to invite Ukraine to NATO has been taken.",
    # An own noun denied far from the cue, across a phrase naming another: whose?
    "Rome said there was no appetite in Madrid at this point to invite Ukraine.",
])
def test_a_cue_governed_by_a_denied_noun_states_nothing(text: str) -> None:
    assert stances(text) == {}


@pytest.mark.parametrize(("text", "expected"), [
    # The holder's own denied noun within the window stays its no.
    ("Madrid sees no reason to invite Ukraine this year.", {"ES": "opposes"}),
    # A clause between the denied noun and the cue: the cue is the clause's own.
    ("No decision was taken, but Portugal wants to invite Ukraine now.", {"PT": "supports"}),
    ("There is no doubt that Portugal wants to invite Ukraine now.", {"PT": "supports"}),
])
def test_a_denied_noun_that_does_not_govern_the_cue(text: str,
                                                     expected: dict[str, str]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Belgian prime minister sees no possibility of inviting Ukraine to NATO this year.",
     {"BE": "opposes"}),
    ("The government of Portugal opposes Ukraine's accession to NATO.", {"PT": "opposes"}),
    ("The leadership of Greece rejected the invitation to join NATO.", {"GR": "opposes"}),
    # A demonstrative before a word for a step still points back to it.
    ("The Danish minister spoke against this proposal to invite Ukraine.", {"DK": "opposes"}),
    ("At the summit, backers of a fast invitation were unable to prevail against opponents such "
     "as Spain and Italy.", {"ES": "opposes", "IT": "opposes"}),
])
def test_holders_and_denials_found(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize("text", [
    # `this background` is no pronoun for the question.
    "Against this background, the Danish minister said Ukraine's accession to NATO would be "
    "debated.",
    # A situation imagined: no one's position.
    "Oslo will not accept a scenario where Hungary vetoes the invitation.",
    "Polish officials said Warsaw would never tolerate a world in which Russia blocks Ukraine's "
    "NATO accession.",
    # A role noun whose object is Ukraine in general, not the step.
    "Zelensky thanked supporters of Ukraine such as Norway for the invitation push.",
])
def test_no_position(text: str) -> None:
    assert stances(text) == {}


def test_a_particle_back_is_no_support() -> None:
    assert stances("Norway wants Ukraine in NATO so that Russia never comes back.") == {
        "NO": "supports"}


@pytest.mark.parametrize(("text", "expected"), [
    # Working to obtain the step is seeking it.
    ("Kyiv aims to get an invitation to NATO before the spring.", {"UA": "supports"}),
    ("The Ukrainian foreign minister is pushing to secure an invitation to join NATO.",
     {"UA": "supports"}),
    # Denied by an official: it will not come now.
    ("Ukraine will not get an invitation at the summit, a Dutch official said.",
     {"NL": "opposes"}),
    # No new decision on the step is needed: no step now.
    ("The Austrian chancellor sees no need to make new decisions on Ukraine's membership in "
     "NATO.", {"AT": "opposes"}),
])
def test_obtaining_the_step_and_no_new_decision(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A closing verb of belief: the mention before it holds the clause before the comma.
    ("It is time to invite Ukraine to NATO, the Latvian prime minister believes.",
     {"LV": "supports"}),
    ("Ukraine should be invited to NATO now, Lisbon thinks.", {"PT": "supports"}),
    # Another country's position before the comma is reported, not held.
    ("Greece opposes an invitation for Ukraine to join NATO, Cyprus believes.",
     {"GR": "opposes"}),
    # An unofficial voice speaks for no government.
    ("Ukraine should be invited to NATO now, Latvian analysts believe.", {}),
    # A split infinitive is the same step.
    ("The Latvian president said it is time to formally invite Ukraine to NATO.",
     {"LV": "supports"}),
])
def test_a_closing_belief_and_a_split_infinitive(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected


def test_a_consequence_of_a_longer_step_subject() -> None:
    # `an invitation for Ukraine to join NATO` (five words) is the step whose modal leads to
    # a harm.
    assert stances("Bulgaria said an invitation for Ukraine to join NATO would risk a war with "
                   "Russia.") == {"BG": "opposes"}


@pytest.mark.parametrize(("text", "expected"), [
    # `such a step` points back to the question of the sentence before.
    ("Kyiv wants an invitation to NATO. Croatia is reluctant to take such a step.",
     {"HR": "hesitant", "UA": "supports"}),
    # Joining as the step whose modal leads to a harm, in a minister's quoted words.
    ("“I think that joining NATO would only raise tensions with Moscow,” said Slovenian "
     "Foreign Minister Ana Novak.", {"SI": "opposes"}),
])
def test_a_step_referred_back_to_and_joining_as_the_step(text: str,
                                                          expected: dict[str, str]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # `This was stated by X`: the sentence before is X's words.
    ("An invitation for Ukraine to join NATO is not desirable now. This was stated by the "
     "Maltese foreign minister at a meeting in Brussels.", {"MT": "opposes"}),
    ("An invitation to join NATO is desirable this year. It was said by the Latvian president "
     "on Monday.", {"LV": "supports"}),
    # Another country's position told before is reported, not held.
    ("Greece opposes an invitation for Ukraine to join NATO. This was stated by the Cypriot "
     "foreign minister.", {"GR": "opposes"}),
    # An outlet reporting is no holder.
    ("An invitation to NATO is not desirable now. This was reported by a Maltese newspaper.", {}),
])
def test_stated_by_the_agent(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The prime minister of Croatia said he categorically does not agree with Ukraine becoming "
     "a member of NATO.", {"HR": "opposes"}),
    ("Romania agrees with Ukraine joining NATO now.", {"RO": "supports"}),
])
def test_consent_to_the_step_told_as_a_clause(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # `however` after a copula is an adverb inside the clause.
    ("Several allies, led by Portugal, are however reluctant to invite Ukraine to NATO.",
     {"PT": "hesitant"}),
    # Opening a clause of its own it still parts the two positions.
    ("Kyiv wants an invitation to NATO however Portugal is reluctant to invite Ukraine.",
     {"PT": "hesitant", "UA": "supports"}),
])
def test_however_after_a_copula(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected
