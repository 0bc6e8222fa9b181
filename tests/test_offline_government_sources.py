"""A body of a country named by its head noun (`the German government`, `Hungary's
government`, `the Czech administration`) speaks for that country: the speaker is the body as
the article names it, with the country; a body word with no country (`the government`) gets
none, and words before a conjunction are no part of the body's name."""

from __future__ import annotations

from tests.conftest import direct_speakers, extract_text


def test_adjective_country_government_is_that_country() -> None:
    text = "The Slovak government said in a statement: “We will not send ammunition.”"
    speaker = direct_speakers(text)["We will not send ammunition"]
    assert speaker is not None and speaker.country == "SK"
    assert speaker.affiliation == "Slovak government" and speaker.name is None


def test_possessive_country_government_is_that_country() -> None:
    text = "“The corridor stays open,” Romania's government said on Monday."
    speaker = direct_speakers(text)["The corridor stays open"]
    assert speaker is not None and speaker.country == "RO"


def test_body_after_a_conjunction_is_named_without_it() -> None:
    text = ("Talks resume in Geneva next week, and the Finnish government said it backed "
            "an invitation for Kyiv.")
    speakers = [s.speaker for s in extract_text(text).statements]
    assert speakers and all(s is not None and s.country == "FI"
                            and s.affiliation == "Finnish government" for s in speakers)


def test_government_without_a_country_gets_none() -> None:
    text = "“We will not send ammunition,” the government said in a statement."
    speaker = direct_speakers(text).get("We will not send ammunition")
    assert speaker is None or speaker.country is None


def test_listed_leaders_office_is_that_leaders_country() -> None:
    text = "“No deal about Ukraine without Ukraine,” Zelensky's office said in a statement."
    speaker = direct_speakers(text)["No deal about Ukraine without Ukraine"]
    assert speaker is not None and speaker.country == "UA" and speaker.name is None


def test_unlisted_persons_office_gets_no_country() -> None:
    text = "“No deal without us,” Halvorsen's office said in a statement."
    speaker = direct_speakers(text).get("No deal without us")
    assert speaker is None or speaker.country is None
