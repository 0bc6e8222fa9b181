"""Sources given as a description (`said a Democratic strategist`, `the Republican presidential
candidate told`): the description is read whole, its capitalised party or place word is never
taken for the speaker's name.

Each rule on invented sentences, with a near miss that the rule must leave alone.
"""

from __future__ import annotations

from conftest import direct_speakers

from summarizer.extract.offline import document, np
from summarizer.load import Article
from summarizer.schemas import ArticleMeta, Speaker


def speakers(text: str) -> dict[str, Speaker | None]:
    return direct_speakers(text)


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


# --- a description with a title modifier and a person's noun is read whole --------------------


def test_subject_description_with_modifier_is_not_cut_at_its_party_word() -> None:
    text = ("Tom Varga says he is under attack because of his rise in the polls.\n\n"
            "“There is no question I get scrutiny,” the Republican presidential candidate told "
            "reporters on Sunday.")
    speaker = speakers(text)["There is no question I get scrutiny"]
    assert speaker is not None and speaker.name != "Republican"


def test_inverted_verb_reads_title_modifier_and_person_noun_whole() -> None:
    text = "“We will win the state,” said the Republican presidential nominee."
    speaker = speakers(text)["We will win the state"]
    assert speaker is not None and speaker.name != "Republican"
    assert speaker.role is not None and speaker.role.endswith("nominee")


def test_near_miss_a_party_word_before_a_name_stays_the_title() -> None:
    text = "“We will win the state,” said Republican presidential nominee Dana Morrow."
    speaker = speakers(text)["We will win the state"]
    assert speaker is not None and speaker.name == "Dana Morrow"



def _phrase(text: str) -> str:
    doc = document.build(Article(ArticleMeta(id="t"), text, 0))
    tokens = doc.tokens(0, len(text))
    return " ".join(t.text for t in np.np_right(tokens, 0))


def test_description_words_run_through_title_modifiers_to_a_persons_noun() -> None:
    assert _phrase("the Republican presidential candidate told reporters") == (
        "the Republican presidential candidate")
    assert _phrase("the billionaire businessman told reporters") == (
        "the billionaire businessman")


def test_near_miss_a_title_modifier_before_no_persons_noun_ends_the_description() -> None:
    assert _phrase("the Republican presidential debate ended late") == "the Republican"


def _ref(text: str) -> np.Ref | None:
    doc = document.build(Article(ArticleMeta(id="t"), text, 0))
    return np.parse(doc.tokens(0, len(text)), text)


def test_a_persons_noun_with_its_determiner_is_a_description_of_someone() -> None:
    ref = _ref("the billionaire businessman")
    assert ref is not None and ref.kind == "descriptor"
    assert ref.role == "billionaire businessman"
    unnamed = _ref("a longtime actress")
    assert unnamed is not None and unnamed.kind == "unnamed"


def test_near_miss_a_thing_after_a_persons_noun_is_no_one() -> None:
    ref = _ref("the billionaire plane")
    assert ref is None or ref.kind not in ("descriptor", "unnamed")


# --- a gendered noun stands for no one of the other gender -------------------------------------


def test_his_wife_is_not_the_man_named_just_before() -> None:
    text = ("Mr. Oren Dahl asked about the tour.\n\n"
            "“We will keep going until the very last vote is counted,” his wife said.")
    speaker = speakers(text)["We will keep going until the very last vote is counted"]
    assert speaker is None or speaker.name != "Oren Dahl"


def test_near_miss_her_husband_may_be_the_man_named_just_before() -> None:
    text = ("Mr. Oren Dahl asked about the tour.\n\n"
            "“We will keep going until the very last vote is counted,” her husband said.")
    speaker = speakers(text)["We will keep going until the very last vote is counted"]
    assert speaker is not None and speaker.name == "Oren Dahl"


# --- a quantifier standing alone for unnamed people -------------------------------------------


def test_a_quantifier_alone_is_an_unnamed_source_never_a_name() -> None:
    got = speakers("Some praised the plan. Others said, “It is far too late for that.”")
    speaker = got["It is far too late for that"]
    assert speaker is not None and speaker.name is None and speaker.role == "others"
    got = speakers("Voters were split online. Another tweeted, “She thinks she is above it.”")
    speaker = got["She thinks she is above it"]
    assert speaker is not None and speaker.name is None and speaker.role == "another"


def test_near_miss_a_quantifier_before_a_noun_keeps_the_noun() -> None:
    got = speakers("“It is far too late for that,” said some voters in Ohio.")
    speaker = got["It is far too late for that"]
    assert speaker is not None and speaker.role is not None and "voters" in speaker.role


def test_one_of_a_group_after_an_inverted_verb_is_a_member_of_the_group() -> None:
    got = direct_speakers("“There is no path left,” said one of those advisers, who spoke on "
                          "the condition of anonymity.")
    speaker = got["There is no path left"]
    assert speaker is not None and speaker.role == "advisers"
    # near miss: a plain description keeps its own head
    speaker = direct_speakers("“There is no path left,” said one adviser.")["There is no path left"]
    assert speaker is not None and speaker.role == "adviser"


def test_a_relative_clause_set_off_after_a_name_is_no_title() -> None:
    ref = _ref("Anna Korth, who's thinking about running for president,")
    assert ref is not None and ref.name == "Anna Korth" and ref.role is None
    # near miss: a title set off after the name is the person's
    ref = _ref("Anna Korth, the party's president,")
    assert ref is not None and ref.name == "Anna Korth" and ref.role is not None


def test_a_thing_owned_by_a_title_holder_is_no_speaker() -> None:
    text = ("Congress returned on Monday.\n\n"
            "In an interview on Monday, the Ohio Republican criticized the president’s foreign "
            "policy and said allies wanted to know if the country is “still in the game.”")
    speaker = direct_speakers(text)["still in the game"]
    assert speaker is not None and speaker.role == "Ohio Republican"
