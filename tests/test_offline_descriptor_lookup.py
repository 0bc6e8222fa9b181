"""A bare title or a country's leader ('the minister', 'the Ukrainian leader') stands for the
right person however many people the article names: the registry looks only at the people of
that title or country (descriptor), else at the people mentioned nearby (described)."""

from __future__ import annotations

from summarizer.extract.offline import document, np
from summarizer.extract.offline.entities import Registry
from summarizer.load import Article
from summarizer.schemas import ArticleMeta


def registry(text: str) -> Registry:
    return Registry(document.build(Article(ArticleMeta(id="t"), text, 0)))


def ref(role: str | None = None, country: str | None = None) -> np.Ref:
    return np.Ref("descriptor", "the one", 0, 0, role=role, country=country)


# Invented people with invented names (none of them is in the people lexicon).
CROWD = "\n\n".join(f"Dorin Velk{chr(97 + i % 26)}{chr(97 + i // 26)} met donors on Monday."
                     for i in range(60))


def test_a_title_means_the_latest_person_holding_it() -> None:
    text = (f"{CROWD}\n\nThe defence minister, Arvo Teller, spoke first.\n\n"
            "Then the finance minister, Lene Maask, answered him.\n\nThe minister said more.")
    reg = registry(text)
    found = reg.descriptor(ref(role="minister"), text.index("The minister said"))
    assert found is not None and found.name == "Lene Maask"
    # Before Lene Maask is named, the title can only mean Arvo Teller.
    earlier = reg.descriptor(ref(role="minister"), text.index("Then the finance"))
    assert earlier is not None and earlier.name == "Arvo Teller"


def test_with_no_one_of_that_title_an_untitled_person_nearby_is_meant() -> None:
    text = f"{CROWD}\n\nKarl Osten arrived late.\n\nThe minister said he was sorry."
    reg = registry(text)
    at = text.index("The minister said")
    assert reg.descriptor(ref(role="minister"), at) is None  # no one holds that title
    found = reg.described(ref(role="minister"), at)
    assert found is not None and found.name == "Karl Osten"


def test_an_untitled_person_paragraphs_back_is_not_meant() -> None:
    text = (f"Karl Osten arrived late.\n\n{CROWD}\n\nNo one spoke.\n\nTalks ended.\n\n"
            "The minister said he was sorry.")
    reg = registry(text)
    crowd_only = reg.described(ref(role="minister"), text.index("The minister said"))
    # The crowd is further back than one paragraph too: no one is meant.
    assert crowd_only is None


def test_no_title_and_no_country_means_no_one() -> None:
    text = f"{CROWD}\n\nKarl Osten arrived late. The official said little."
    assert registry(text).descriptor(ref(), text.index("The official")) is None


def test_a_present_title_is_not_the_person_who_held_it_before() -> None:
    text = ("Governor Arvo Teller toured the plant on Monday.\n\n"
            "Lene Maask, the former governor, called the visit a stunt.\n\n"
            "The governor said more.")
    reg = registry(text)
    found = reg.descriptor(ref(role="governor"), text.index("The governor said"))
    assert found is not None and found.name == "Arvo Teller"


def test_near_miss_a_former_title_still_finds_the_former_holder() -> None:
    text = ("Governor Arvo Teller toured the plant on Monday.\n\n"
            "Lene Maask, the former governor, called the visit a stunt.\n\n"
            "The former governor said more.")
    reg = registry(text)
    found = reg.descriptor(ref(role="former governor"), text.index("The former governor"))
    assert found is not None and found.name == "Lene Maask"
