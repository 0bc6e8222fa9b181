"""The attribution stage read step by step: quote → cue → source → speaker."""

from __future__ import annotations

from conftest import direct_speakers

from summarizer.extract.offline import document
from summarizer.extract.offline.attribution_stage import attribute, sources, speaker
from summarizer.extract.offline.clauses import speech_events
from summarizer.extract.offline.entities import Registry
from summarizer.extract.offline.speakers import Resolver
from summarizer.load import Article
from summarizer.schemas import ArticleMeta


def _read(text: str) -> tuple[document.Doc, Resolver]:
    doc = document.build(Article(ArticleMeta(id="t"), text, 0))
    return doc, Resolver(Registry(doc), speech_events(doc))


def test_the_tag_after_a_quote_is_its_first_cue_and_names_its_source() -> None:
    doc, resolver = _read("Anna Berg met Tom Lee. “We will wait,” Berg said to Lee.")
    first = next(sources(doc, resolver, doc.quotes[0], None))
    assert first.cue.how == "after"
    assert first.ref is not None and first.ref.text == "Berg"
    assert doc.text[first.cue.clause[0] : first.cue.clause[1]].startswith(" Berg said")


def test_the_first_source_that_resolves_makes_the_attribution() -> None:
    doc, resolver = _read("Anna Berg met Tom Lee. Lee said that “the talks will go on.”")
    found = speaker(resolver, doc.quotes[0], sources(doc, resolver, doc.quotes[0], None))
    assert found is not None and found.how == "before" and found.who.name == "Tom Lee"


def test_a_quote_with_no_cue_takes_the_previous_speaker_only_nearby() -> None:
    doc, resolver = _read("“We wait,” Anna Berg said. “We see.”")
    got = attribute(doc, resolver)
    assert [(a.how, a.who.name) for a in got] == [
        ("after", "Anna Berg"), ("continued", "Anna Berg")]
    # near miss: a long stretch of narrative between the two quotes ends the continuation
    filler = "The weather over the harbour had turned grey and cold by the early afternoon"
    speakers = direct_speakers(f"“We wait,” Anna Berg said. {filler}, and rain fell on the "
                               f"roofs of the old town for hours. “We see.”")
    assert "We wait" in speakers and "We see." not in speakers  # left unattributed


def test_tokens_one_at_a_time_are_the_tokens_of_the_range() -> None:
    doc, _ = _read("“We wait,” Anna Berg said, and left. Lee's “plan” is U.S.-made.")
    n = len(doc.text)
    for start in range(n + 1):
        for end in range(start, n + 1):
            assert list(doc.iter_tokens(start, end)) == doc.tokens(start, end)
