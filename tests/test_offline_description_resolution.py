"""Unnamed descriptions as sources (`the columnist suggested: “…”`): a description headed by a
title, an epithet of a public figure or a noun that takes up anyone (`the man`) may stand for
the salient person nearby; one headed by another person noun (`the columnist`, `the supporter`)
stands for a named person only when that person was given the same noun, else it stays a
description with its noun as the role.

Each rule on invented sentences, with a near miss that the rule must leave alone.
"""

from __future__ import annotations

from conftest import direct_speakers

from summarizer.schemas import Speaker

QUOTE = "His streak shows that voters are tired of politics."
TAIL = (" But the rival has one thing in common with the voters, the columnist suggested: "
        f"“{QUOTE}”")


def speaker(text: str) -> Speaker | None:
    return direct_speakers(text, strip=".").get(QUOTE.rstrip("."))


def test_description_after_a_clause_and_a_comma_is_the_source() -> None:
    found = speaker("The paper ran a column on Monday." + TAIL)
    assert found is not None and found.name is None and found.role == "columnist"


def test_description_stands_for_the_person_given_that_noun_in_an_apposition() -> None:
    found = speaker("Jane Roe, a columnist for the Ledger, spoke on Monday." + TAIL)
    assert found is not None and found.name == "Jane Roe"


def test_description_stands_for_the_person_given_that_noun_before_the_name() -> None:
    found = speaker("Ledger columnist Jane Roe spoke on Monday." + TAIL)
    assert found is not None and found.name == "Jane Roe"


def test_near_miss_a_salient_person_with_another_role_is_not_the_columnist() -> None:
    found = speaker("Senator Dan Wells spoke in Ohio on Monday, and Wells met reporters." + TAIL)
    assert found is not None and found.name is None and found.role == "columnist"


def test_near_miss_a_columnist_met_by_the_person_is_not_the_person() -> None:
    found = speaker("Jane Roe met a columnist on Monday." + TAIL)
    assert found is not None and found.name is None


def test_a_noun_that_takes_up_anyone_still_stands_for_the_salient_person() -> None:
    text = ("Dan Wells toured the plant in Ohio on Monday. “We will bring the jobs back,” the "
            "man said.")
    found = direct_speakers(text).get("We will bring the jobs back")
    assert found is not None and found.name == "Dan Wells"


def test_a_description_headed_by_a_plural_stands_for_no_one_person() -> None:
    text = ("A school last week showed a photo of Dan Trull. Riverside High School fans also "
            "chanted, “Build the bridge,” referring to his vow, the Ledger reports.")
    got = direct_speakers(text)["Build the bridge"]
    assert got is not None and got.name is None and got.role == "Riverside High School fans"
    # near miss: a singular title still takes up the senator
    got = direct_speakers("Senator Dan Trull spoke first. “We will win,” the senator said.")[
        "We will win"]
    assert got is not None and got.name == "Dan Trull"
