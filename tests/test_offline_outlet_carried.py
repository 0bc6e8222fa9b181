"""An outlet in a tag after a quote (`“…,” the paper said`, `…, the Ledger wrote`) only
carries words a speaker named before the quote in its own sentence said: the speaker is that
one, never the outlet; `X reports citing Y` names no speaker at all. A bare description
right after a preposition (`familiar with talks with foreign envoys said`) is no subject."""

from __future__ import annotations

from tests.conftest import direct_speakers


def test_inner_speaker_before_the_quote_wins_over_the_outlet_tag() -> None:
    text = ("Diplomats were cautious. One envoy called the offer a \u201cgenerous gesture,\u201d "
            "the newspaper said.")
    speaker = direct_speakers(text, ",")["generous gesture"]
    assert speaker is not None and speaker.role == "envoy"


def test_named_outlet_tag_gives_way_to_the_inner_source() -> None:
    text = ("Ann Roe, an aide to the minister, said the draft held \u201cno novelties\u201d and "
            "was not a \u201creal turning point,\u201d the Financial Times wrote.")
    speakers = direct_speakers(text, ",")
    for words in ("no novelties", "real turning point"):
        speaker = speakers[words]
        assert speaker is not None and speaker.name == "Ann Roe"


def test_no_inherited_speaker_across_an_unattributed_quote() -> None:
    text = ("One aide called the draft a \u201cshopping list,\u201d while a second source "
            "familiar with the calls said it held \u201cno novelties\u201d and was not a "
            "\u201creal turning point,\u201d the Financial Times wrote.")
    speaker = direct_speakers(text, ",").get("real turning point")
    assert speaker is None or speaker.role != "aide"


def test_outlet_alone_in_the_tag_stays_the_speaker() -> None:
    text = "\u201cThe bill is a mistake,\u201d the Financial Times wrote in an editorial."
    speaker = direct_speakers(text, ",")["The bill is a mistake"]
    assert speaker is not None and speaker.affiliation == "Financial Times"


def test_outlet_reports_phrase_is_no_speaker() -> None:
    text = ("Envoys saw little new. Some regard the draft as a \u201cshopping list,\u201d "
            "Kyiv Wire reports citing Reuters.")
    speaker = direct_speakers(text, ",").get("shopping list")
    assert speaker is None or speaker.role is None or "reports" not in speaker.role


def test_description_after_a_preposition_is_not_the_subject() -> None:
    text = ("Envoys were gloomy. A source familiar with the calls with foreign envoys said "
            "it held \u201cno novelties.\u201d")
    speaker = direct_speakers(text, ".").get("no novelties")
    assert speaker is None or speaker.role != "foreign envoys"


def test_partitive_of_keeps_its_subject() -> None:
    text = ("Lee said after the summit that a large number of member states had voiced their "
            "\u201cstrong backing\u201d for the draft.")
    speaker = direct_speakers(text)["strong backing"]
    assert speaker is not None and speaker.role == "member states"


def test_paraphrase_source_after_a_preposition_is_dropped() -> None:
    from tests.conftest import extract_text
    text = ("Diplomats met on Monday. One person familiar with Petrov\u2019s talks with foreign "
            "leaders, who asked not to be named while discussing private talks, said that the "
            "plan contained no real surprises.")
    roles = [s.speaker.role for s in extract_text(text).statements if s.speaker is not None]
    assert "foreign leaders" not in roles


def test_according_to_a_bare_plural_still_names_the_source() -> None:
    text = "According to officials, the talks were \u201cgoing nowhere.\u201d"
    speaker = direct_speakers(text, ".")["going nowhere"]
    assert speaker is not None and speaker.role == "officials"


def test_absolute_with_construction_keeps_its_subject() -> None:
    from tests.conftest import extract_text
    text = ("In response, the ministry dismissed the outline, with a spokesperson suggesting "
            "that Kyiv needs to rethink its stance.")
    roles = [s.speaker.role for s in extract_text(text).statements if s.speaker is not None]
    assert "spokesperson" in roles
