"""A surname that is also a place (`Rep. Tom Israel`, `Jeremy Paris`): after a listed given
name the place word is the person's surname, so the surname used alone later is the person,
not the country; a given name that is also a finite verb (`Will`) opens a question, not a
name."""

from __future__ import annotations

from conftest import direct_speakers

from summarizer.extract.offline import document
from summarizer.extract.offline.entities import Registry
from summarizer.load import Article
from summarizer.schemas import ArticleMeta


def _registry(text: str) -> Registry:
    return Registry(document.build(Article(ArticleMeta(id="t"), text, 0)))


def test_a_country_after_a_given_name_is_a_surname() -> None:
    text = ("Rep. Tom Israel spoke after the vote. “We are close to a deal,” Israel said.")
    speaker = direct_speakers(text)["We are close to a deal"]
    assert speaker is not None and speaker.name == "Tom Israel"


def test_a_city_after_a_given_name_is_a_surname_before_a_set_off_phrase() -> None:
    text = ("Jeremy Paris moved to the city last year. “We are getting ready,” Paris, who "
            "used to work for a senator, said.")
    speaker = direct_speakers(text)["We are getting ready"]
    assert speaker is not None and speaker.name == "Jeremy Paris"


def test_a_country_alone_stays_a_country() -> None:
    # near miss: no person of that surname was named, the word is the country
    text = "Officials met on Monday. “We are close to a deal,” Israel said."
    speaker = direct_speakers(text)["We are close to a deal"]
    assert speaker is not None and speaker.name is None and speaker.country == "IL"


def test_a_given_name_that_is_a_finite_verb_opens_no_name_before_a_country() -> None:
    # near miss: `Will` opens a question; `Will Poland` is no person
    registry = _registry("Will Poland send more troops to the east? Nobody knows yet.")
    assert registry.named_before("Poland", 60) is None
    assert "Will Poland" not in registry.entities
