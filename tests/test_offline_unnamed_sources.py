"""Unnamed and described sources of speech: a relative clause between the subject and its speech
verb belongs to the subject; a source placed in a city is the speaker, not the city, and keeps
a country of its own in another capital; `the official` refers back to the unnamed source
just introduced, another title does not. Invented sentences, each with a near miss."""

from __future__ import annotations

from conftest import extract_text

from summarizer.schemas import Speaker


def speakers(text: str) -> list[tuple[str, Speaker]]:
    return [(s.kind, s.speaker) for s in extract_text(text).statements]


def test_a_relative_clause_between_subject_and_speech_verb_belongs_to_the_subject() -> None:
    got = speakers("A senior Danish official, who spoke on condition of anonymity, said "
                   "Copenhagen had made up its mind.")
    assert [(k, s.role, s.country) for k, s in got] == [
        ("paraphrase", "senior Danish official", "DK")]
    got = speakers("Mirela Stanescu, who chairs the Romanian senate's defence panel, said the "
                   "talks were \"long overdue\".")
    assert [(k, s.name) for k, s in got] == [("direct", "Mirela Stanescu")]


def test_a_source_placed_in_a_city_is_the_speaker_not_the_city() -> None:
    got = speakers("A Czech diplomat in Vienna said the talks had \"stalled completely\".")
    assert [(s.role, s.country) for _, s in got] == [("Czech diplomat in Vienna", "CZ")]
    got = speakers("Officials in Oslo said they would wait for the summit.")
    assert [(s.role, s.country) for _, s in got] == [("Officials in Oslo", "NO")]


def test_a_source_with_its_own_country_keeps_it_in_another_capital() -> None:
    got = speakers("A Greek official in Brussels said the summit would run late.")
    assert [s.country for _, s in got] == ["GR"]


def test_the_official_is_the_unnamed_source_just_introduced() -> None:
    text = ("A senior Portuguese official said the government had made its decision. \"We "
            "will not wait for others,\" the official said.")
    assert [s.country for _, s in speakers(text)] == ["PT", "PT"]
    text = ("A Latvian diplomat said the talks had gone well. \"We are patient,\" the "
            "diplomat added.")
    assert [s.country for _, s in speakers(text)] == ["LV", "LV"]


def test_another_title_is_not_the_unnamed_source() -> None:
    text = ("A Latvian diplomat said the talks had gone well. \"We are patient,\" the "
            "minister said.")
    assert [s.country for _, s in speakers(text)] == ["LV", None]
