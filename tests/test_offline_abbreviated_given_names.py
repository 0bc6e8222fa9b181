"""A given name that is also a month's abbreviation (`Jan`) is a name word before a surname in
every reading: the speech verb's subject is the whole titled name, as the entity registry reads
it, so the quote it tags is a direct quote only (no paraphrase of the same words with the tag)."""

from __future__ import annotations

import pytest

from summarizer.extract.offline.rules import extract_article
from summarizer.load import Article
from summarizer.schemas import DEFAULT_QUESTION, ArticleMeta


def _statements(text: str) -> list[tuple[str, str | None, str]]:
    out = extract_article(Article(ArticleMeta(id="t"), text), DEFAULT_QUESTION)
    return [(s.kind, s.speaker.name if s.speaker else None, s.text) for s in out.statements]


@pytest.mark.parametrize("text", [
    '"The harbour must open by spring," Trade Minister Jan Verhoef said.',
    '"The harbour must open by spring," said Jan Verhoef, the trade minister.',
])
def test_a_given_name_like_jan_opens_the_speakers_name(text: str) -> None:
    assert _statements(text) == [("direct", "Jan Verhoef", "The harbour must open by spring")]


def test_a_month_before_a_number_stays_a_date() -> None:
    statements = _statements(
        'The vote is set for Jan 20. "The harbour must open by spring," the minister said.')
    assert [(kind, speaker) for kind, speaker, _ in statements] == [("direct", None)]
