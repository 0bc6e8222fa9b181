"""A bare definite body noun (`the ministry said`) is the body the article named last with
that head (`Latvia's defence ministry`); a title in other words (`the head of state`) is the
person holding that title; `citing <someone>:` names the quote's speaker, not the outlet."""

from __future__ import annotations

from tests.conftest import direct_speakers


def test_the_ministry_is_the_ministry_named_before() -> None:
    text = ("Latvia\u2019s defence ministry dismissed the idea on Friday. \u201cWe see no "
            "substitute for full membership,\u201d the ministry stated.")
    speaker = direct_speakers(text, ",")["We see no substitute for full membership"]
    assert speaker is not None and speaker.country == "LV"
    assert speaker.role == "defence ministry"


def test_the_ministry_takes_up_a_name_that_runs_past_its_head() -> None:
    text = ("The Ministry of Foreign Affairs of Latvia issued a note. \u201cWe back the "
            "bid,\u201d the ministry said.")
    speaker = direct_speakers(text, ",")["We back the bid"]
    assert speaker is not None and speaker.country == "LV"


def test_the_ministry_with_no_ministry_named_stays_unnamed() -> None:
    text = "The talks went on. \u201cWe back the bid,\u201d the ministry said."
    speaker = direct_speakers(text, ",")["We back the bid"]
    assert speaker is not None and speaker.country is None and speaker.role == "ministry"


def test_head_of_state_is_the_president_named_before() -> None:
    text = ("President Ivan Petrenko met Mark Rutte on Thursday. \u201cWe deserve this,\u201d "
            "the head of state said.")
    speaker = direct_speakers(text, ",")["We deserve this"]
    assert speaker is not None and speaker.name == "Ivan Petrenko"


def test_head_of_state_as_printed_title_still_resolves() -> None:
    text = ("On Tuesday the head of state Ivan Petrenko spoke in parliament. Mark Rutte "
            "listened. \u201cWe will hold,\u201d the head of state said.")
    speaker = direct_speakers(text, ",")["We will hold"]
    assert speaker is not None and speaker.name == "Ivan Petrenko"


def test_citing_names_the_speaker_not_the_outlet() -> None:
    text = "Kyiv Wire reported, citing a diplomat: \u201cThe door is shut.\u201d"
    speaker = direct_speakers(text, ".")["The door is shut"]
    assert speaker is not None and speaker.role == "diplomat"


def test_citing_a_source_as_saying() -> None:
    text = ("The agency reported, citing a source close to the talks as saying: "
            "\u201cNobody wants this.\u201d")
    speaker = direct_speakers(text, ".")["Nobody wants this"]
    assert speaker is not None and speaker.role == "source"


def test_citing_a_document_leaves_the_reporter() -> None:
    text = "The agency reported, citing a letter: \u201cThe door is shut.\u201d"
    speaker = direct_speakers(text, ".")["The door is shut"]
    assert speaker is not None and speaker.role == "agency"


def test_citing_at_the_end_of_a_paragraph_names_the_next_paragraphs_speaker() -> None:
    text = ("Kyiv Wire reported on Monday, citing a senior diplomat:\n"
            "\u201cThe door is shut for now.\u201d")
    speaker = direct_speakers(text, ".")["The door is shut for now"]
    assert speaker is not None and speaker.role == "senior diplomat"
