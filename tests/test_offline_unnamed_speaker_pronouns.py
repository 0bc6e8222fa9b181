"""A he/she after an unnamed person brought in as a speaker takes that person up though people
were named since only as objects or possessors (`as set out by Foreign Minister Ann Roe`, `a
call with Roe`, `Roe's visit`); a name in the pronoun's own paragraph, a subject named since,
or the person the source asked is whom it takes up instead. A name after a preposition and a
title (`by Foreign Minister Ann Roe`) is no subject of its sentence.

Each rule on invented sentences, with a near miss that the rule must leave alone.
"""

from __future__ import annotations

from conftest import direct_speakers, extract_text

from summarizer.extract.offline import document
from summarizer.extract.offline.entities import OTHER, SUBJECT, Registry
from summarizer.load import Article
from summarizer.schemas import ArticleMeta


def _speaker_of(text: str, start: str) -> tuple[str | None, str | None]:
    for statement in extract_text(text).statements:
        if statement.text.startswith(start):
            return statement.speaker.name, statement.speaker.role
    raise AssertionError(f"no statement starting {start!r}")


def test_pronoun_takes_up_the_unnamed_speaker_past_names_as_objects() -> None:
    text = ("The cabinet met on Tuesday.\n\n"
            "A senior ministry official said that the talks covered every part of the plan, as "
            "set out by Foreign Minister Paul Ostrander. The talks took place during "
            "Ostrander's trip and in a call with Carla Medina.\n\n"
            "He noted that some parts of the plan are already being carried out.")
    name, role = _speaker_of(text, "He noted that some parts")
    assert name is None and role is not None and role.endswith("official")


def test_near_miss_a_name_in_the_pronouns_own_paragraph_is_taken_up() -> None:
    text = ("A senior ministry official said the talks would go on.\n\n"
            "For Paul Ostrander, the plan is the best chance in years. Whatever happens next, he "
            "said, “the work has only begun.”")
    speaker = direct_speakers(text)["the work has only begun"]
    assert speaker is not None and speaker.name == "Paul Ostrander"


def test_near_miss_the_person_an_unnamed_source_asked_answers() -> None:
    text = ("A reporter asked Paul Ostrander how the talks went.\n\n"
            "He replied: “Better than we hoped.”")
    speaker = direct_speakers(text)["Better than we hoped"]
    assert speaker is not None and speaker.name == "Paul Ostrander"


def test_a_name_after_a_preposition_and_its_title_is_no_subject() -> None:
    text = "The plan was set out by Foreign Minister Paul Ostrander on Monday."
    assert Registry(document.build(Article(ArticleMeta(id="t"), text, 0))).top_rank(
        0, len(text)) == OTHER


def test_near_miss_a_preposition_inside_a_title_leaves_the_subject() -> None:
    text = "Secretary of State Paul Ostrander arrived on Monday."
    assert Registry(document.build(Article(ArticleMeta(id="t"), text, 0))).top_rank(
        0, len(text)) == SUBJECT
