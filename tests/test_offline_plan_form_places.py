"""The plan forms tried only at the places where a match may open (plan_patterns.finditer,
finditer_named, finditer_points_include, finditer_owned, finditer_the, finditer_it,
search_list, and the phrase alternation's shared look-backs) find what a plain search of the
same pattern finds, in any stretch of any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.extract.offline import document, plan_patterns, point_asks, point_forms
from summarizer.extract.offline.language import speaking
from summarizer.extract.offline.lexicon import phrase_regex
from summarizer.load import Article
from summarizer.schemas import ArticleMeta

# Pieces of the forms, their look-alikes and the characters that fold to ASCII letters.
PIECES = ["The plan", "the plan's ", "Its ", "ITS ", "its", "limits ", "victory plan", "Plan",
          "peace formula", "another key point of the plan is ", "A central element ", "point",
          "points ", "demands", "the ", "The ", "The document envisages ", "request to ",
          "requests for ", "the deterrence package it proposes ", " it calls for ",
          ", it also seeks ", "and it calls for ", "but\tIT asks for ", "—it demands ", "with ",
          "includes", " include ", "calls for", " are", " is ", "was ", ":", " : ", ". ", ", ",
          "; ", "\n", "  ", "-", "3", "12", "\u0130", "\u0131", "\u017f", "\u212a", "x", "a "]

_texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _doc(text: str) -> document.Doc:
    return document.build(Article(ArticleMeta(id="t"), text, 0))


def _spans(matches: object) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=300, deadline=None)
@given(_texts, st.integers(0, 800), st.integers(0, 800))
def test_forms_tried_at_their_places_find_what_a_search_finds(
        text: str, a: int, b: int) -> None:
    text = text + " " * 300  # long enough to be searched by its plan openings
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    with speaking(None):
        doc = _doc(text)
        text = doc.text
        start, end = min(start, len(text)), min(end, len(text))
        regexes = plan_patterns._filtered()
        forms, asks = point_forms._forms(), point_asks._forms()
        pairs = [
            (plan_patterns.finditer_named(doc, start, end), regexes["named"].regex),
            (plan_patterns.finditer_points_include(doc, start, end),
             regexes["points_include"].regex),
            (plan_patterns.finditer_owned(doc, forms["request"], start, end),
             forms["request"].regex),
            (plan_patterns.finditer_the(doc, forms["relative"], start, end),
             forms["relative"].regex),
            (plan_patterns.finditer_the(doc, asks["synonym"], start, end), asks["synonym"].regex),
            *((plan_patterns.finditer(key, text, start, end), regexes[key].regex)
              for key in ("plan", "name", "includes", "aside_includes")),
        ]
        for found, regex in pairs:
            assert _spans(found) == _spans(regex.finditer(text, start, end)), regex.pattern[:60]
        found = plan_patterns.search_list(doc, start, end)
        expected = regexes["list"].regex.search(text, start, end)
        assert (found and found.span()) == (expected and expected.span())
        words = text[start:end]
        assert _spans(plan_patterns.finditer_it(words)) == _spans(
            regexes["it"].regex.finditer(words))


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_phrases_sharing_a_look_back_match_as_one_by_one(text: str) -> None:
    with speaking(None):
        language = plan_patterns.language()
        phrases = [*language.plan.names.terms, *language.plan.names.generic]
        shared = re.compile(plan_patterns._phrases(phrases), re.I)
        plain = phrase_regex(phrases, re.I)
        assert _spans(shared.finditer(text)) == _spans(plain.finditer(text))
