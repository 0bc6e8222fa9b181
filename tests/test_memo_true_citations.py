"""True citations in the memo: who prints the words shown, excerpts that keep the claim,
citations capped with a count, copies cited as one source."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.render import render_memo
from summarizer.render.parts import Citer
from summarizer.render.wording import claim_excerpt, country_keys, printers, prints
from summarizer.schemas import (
    ArticleMeta,
    Briefing,
    CopyGroup,
    MergedPlan,
    MergedPlanPoint,
    MergedStatement,
    SourceRef,
    Speaker,
)


def test_a_wording_is_printed_only_by_sources_whose_own_text_holds_it() -> None:
    sources = [
        SourceRef(article_id="a", text="We continue to provide Ukraine with the necessary tools"),
        SourceRef(article_id="b", text="We provide all necessary assistance to Ukraine"),
        SourceRef(article_id="c", text="“We continue to provide Ukraine with the necessary "
                                       "tools,” she said"),
    ]
    assert printers("We continue to provide Ukraine with the necessary tools", sources) == (
        ["a", "c"], ["b"])
    assert prints("He said: don’t go — now", "don't go - now")  # quote marks and dashes
    assert not prints("accelerated NATO membership", "membership accelerated")


@pytest.mark.parametrize(
    ("text", "code", "kept"),
    [
        # The country sits past the word limit: the excerpt keeps it, and the verb after it.
        ("According to a report published on Tuesday by a newspaper in the capital, at least "
         "seven of the allies, including Spain and Portugal, are opposing the bid for an "
         "immediate invitation", "PT", ("Portugal", "opposing")),
        # The negation comes after a long first sentence: never cut before it.
        ("At the summit this summer, we made it clear that the country is on an irreversible "
         "path to membership of the alliance. However, Canada is not ready to extend an "
         "invitation in the short term", "CA", ("not", "Canada")),
    ],
)
def test_an_excerpt_is_never_cut_before_the_country_or_the_negation(
    text: str, code: str, kept: tuple[str, ...]
) -> None:
    excerpt = claim_excerpt(text, 12, country_keys(code))
    for word in kept:
        assert word in excerpt.text
    assert prints(text, excerpt.text)  # a piece of the text, cut at word boundaries
    assert excerpt.text.split()[0] in text.split() and excerpt.text.split()[-1] in text.split()


def test_a_short_text_or_a_claim_inside_the_limit_is_cut_at_a_sentence_end() -> None:
    text = ("The ministers met for two hours. They did not agree on the date. Talks go on next "
            "week in another city with other people around a larger table than before")
    excerpt = claim_excerpt(text, 14)
    assert excerpt.text == "The ministers met for two hours. They did not agree on the date."
    assert excerpt.cut_after and not excerpt.cut_before
    near_miss = claim_excerpt("Nothing here is denied at all.", 14)  # no cut needed
    assert near_miss.text == "Nothing here is denied at all." and not near_miss.cut_after


def test_citations_are_capped_with_a_count_and_copies_cite_their_group() -> None:
    articles = [ArticleMeta(id=f"a{i:02d}") for i in range(30)]
    citer = Citer(articles, [CopyGroup(article_id="a00", copies=["a01", "a02"])])
    assert citer.cite(["a01", "a02"]).numbers == (1,)  # a copy cites its group
    cites = citer.cite(f"a{i:02d}" for i in range(30))
    assert len(cites.numbers) == 5 and cites.more == 30 - 2 - 5
    assert cites.numbers[0] == 1  # a source already cited is shown first


def _statement_briefing() -> Briefing:
    speaker = Speaker(name="Jane Roe", role="Envoy")
    said = "We continue to provide Ukraine with the necessary tools to defend its territory"
    other = "We provide all necessary assistance to Ukraine to defend its territory"
    statement = MergedStatement(
        id="s1", speaker=speaker, text=said, kind="direct",
        sources=[SourceRef(article_id="a", text=said, kind="direct"),
                 SourceRef(article_id="b", text=other, kind="direct")],
    )
    plan = MergedPlan(
        presented_by="A. Person", public_points=5, classified_annexes=3,
        public_points_sources=["a", "b"], classified_annexes_sources=["b"],
        presented_by_sources=["a"], sources=["a", "b"],
        points=[MergedPlanPoint(number=1, summary="an invitation to join the alliance",
                                sources=[SourceRef(article_id="a", text="its first point is an "
                                                   "invitation to join the alliance", number=1),
                                         SourceRef(article_id="b", text="swift membership",
                                                   number=1)])],
    )
    return Briefing(articles=[ArticleMeta(id="a", outlet="Alpha"),
                              ArticleMeta(id="b", outlet="Beta")],
                    statements=[statement], plan=plan)


def test_the_memo_cites_words_to_their_printers_and_facts_to_who_states_them() -> None:
    md = render_memo(_statement_briefing(), "md")
    assert ("“We continue to provide Ukraine with the necessary tools to defend its territory” "
            "[1]; also reported, in other words, by [2]") in md
    assert "A. Person presented the victory plan [1]" in md
    assert "5 public points [1][2] plus 3 classified annexes [2]" in md
    assert "its first point: an invitation to join the alliance [1]." in md
    assert ("- **1.** an invitation to join the alliance [1]; also reported, in other words, "
            "by [2]") in md


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["Spain", "not", "opposes", "the", "bid.", "Allies,", "said", "we",
                              "“never”", "support", "U.S.", "a", "plan;", "today."]),
             min_size=0, max_size=60),
    st.integers(min_value=3, max_value=20),
)
def test_an_excerpt_is_always_a_run_of_the_texts_own_words(words: list[str], limit: int) -> None:
    text = " ".join(words)
    excerpt = claim_excerpt(text, limit, country_keys("ES"))
    if excerpt.text:
        assert prints(text, excerpt.text)
        # Whole words of the text (a trailing comma, semicolon or colon may be dropped).
        padded = f" {text} "
        at = padded.find(f" {excerpt.text}")
        assert at >= 0
        assert padded[at + len(excerpt.text) + 1] in " ,;:"
    assert len(excerpt.text.split()) <= len(words)
