"""Sources given as a description (`said a Democratic strategist`, `the Republican presidential
candidate told`): the description is read whole, its capitalised party or place word is never
taken for the speaker's name.

Each rule on invented sentences, with a near miss that the rule must leave alone.
"""

from __future__ import annotations

from conftest import extract_text

from summarizer.schemas import Speaker


def speakers(text: str) -> dict[str, Speaker | None]:
    result = extract_text(text)
    return {s.text: s.speaker for s in result.statements if s.kind == "direct"}


# --- an inverted verb before an unnamed description ----------------------------------------------


def test_unnamed_description_after_inverted_verb_keeps_its_noun() -> None:
    text = ("“We spent too little on the ads,” said a Democratic strategist who spoke on the "
            "condition of anonymity.")
    speaker = speakers(text)["We spent too little on the ads"]
    assert speaker is not None
    assert speaker.name is None
    assert speaker.role is not None and speaker.role.endswith("strategist")


def test_near_miss_a_title_then_a_name_after_inverted_verb_is_the_named_person() -> None:
    text = "“We spent too little on the ads,” said Democratic strategist Ann Velder."
    speaker = speakers(text)["We spent too little on the ads"]
    assert speaker is not None and speaker.name == "Ann Velder"
