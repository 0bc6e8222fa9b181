"""Two shapes of page and of source: a `Read more:` heading heads a list of other stories'
headlines, whose `…, envoy says` items are no statements of this article; and a body's plural
group word (`NATO countries`, `EU nations`) speaks for that body."""

from __future__ import annotations

from tests.conftest import extract_text


def test_headlines_listed_under_read_more_are_no_statements() -> None:
    text = ("Minister Ivo Horvat said the talks would resume next week. "
            "“We are close,” he said.\n"
            "Read more:\n"
            "- Border deal near, envoy says\n"
            "- Ivo Horvat: talks will resume soon, minister says")
    statements = extract_text(text).statements
    assert [s.text for s in statements if s.text.startswith("-")] == []
    assert any(s.text == "We are close" for s in statements)


def test_prose_after_a_read_more_list_is_still_read() -> None:
    text = ("Read more:\n"
            "- Border deal near, envoy says\n"
            "Minister Ivo Horvat spoke on Monday. “We are close,” he said.")
    speakers = {s.text: s.speaker.name for s in extract_text(text).statements}
    assert speakers.get("We are close") == "Ivo Horvat"


def test_a_body_s_countries_speak_for_the_body() -> None:
    text = ("EU nations have declared the vote to be “free and fair” in a joint text. "
            "Officials in Vienna were relieved.")
    speaker = next(s.speaker for s in extract_text(text).statements if s.text == "free and fair")
    assert speaker.name is None and speaker.affiliation == "EU"
