"""One of several sources, a source an outlet cites, and an outlet named like a person:
`sources in the ministry said … “…,” the source said` is one source, not the plural;
`…, the agency said with reference to a diplomat` is the diplomat's paraphrase (as `citing`
is); `Oslo Wire`, `the Harbour Ledger` are outlets, never a person named `Wire`. Invented
sentences, with near misses."""

from __future__ import annotations

from conftest import extract_text

from summarizer.schemas import Speaker


def speakers(text: str, kind: str) -> list[Speaker]:
    return [s.speaker for s in extract_text(text).statements if s.kind == kind]


def test_the_source_after_plural_sources_is_one_source() -> None:
    text = ("Sources in the Harbour Ministry said the ferry plan was ready. “All the parts are "
            "linked,” the source said.")
    got = speakers(text, "direct")
    assert got and got[0].role == "source"


def test_near_miss_the_officials_after_officials_stay_plural() -> None:
    text = ("Officials said the ferry plan was ready. “All the parts are linked,” the "
            "officials said.")
    got = speakers(text, "direct")
    assert got and got[0].role is not None and got[0].role.lower() == "officials"


def test_an_agency_speaking_with_reference_to_a_source_carries_the_source_s_words() -> None:
    got = speakers("The ferry plan is dead, the agency said with reference to a diplomat.",
                   "paraphrase")
    assert got and got[0].role == "diplomat"


def test_an_agency_citing_a_source_after_a_day_carries_the_source_s_words() -> None:
    got = speakers("The ferry plan is dead, the agency said on Monday, citing a senior "
                   "diplomat.", "paraphrase")
    assert got and got[0].role == "senior diplomat"


def test_near_miss_an_agency_citing_an_outlet_keeps_its_words() -> None:
    got = speakers("The ferry plan is dead, the agency said citing the Harbour Ledger.",
                   "paraphrase")
    assert got and got[0].role == "agency"


def test_an_outlet_named_with_a_place_is_no_person() -> None:
    got = speakers("The ferry plan is dead, Oslo Wire said.", "paraphrase")
    assert got and got[0].name is None and got[0].affiliation == "Oslo Wire"


def test_an_outlet_named_like_a_person_is_an_outlet() -> None:
    got = speakers("The ferry plan is dead, the Harbour Ledger wrote.", "paraphrase")
    assert got and got[0].name is None and got[0].affiliation == "Harbour Ledger"
