"""`“…,” Roe was quoted as saying`: the participle after `as` reports its subject's quoted
words, so the sentence is a direct quote of Roe's and no paraphrase besides; a participle
coordinated after another verb (`…, and saying that …`) still brings its own clause."""

from __future__ import annotations

from tests.conftest import extract_text


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(s.kind, s.speaker.name if s.speaker else None) for s in extract_text(text).statements]


def test_quote_before_quoted_as_saying_is_a_direct_quote_only() -> None:
    text = "“The corridor will stay shut,” Deputy Minister Ivan Sorokin was quoted as saying."
    assert _kinds(text) == [("direct", "Ivan Sorokin")]


def test_quote_before_cited_as_saying_by_an_agency_is_a_direct_quote_only() -> None:
    text = "“There is nothing to discuss,” Ivan Sorokin was cited as saying by a state agency."
    assert _kinds(text) == [("direct", "Ivan Sorokin")]


def test_quoted_as_saying_that_is_still_a_paraphrase() -> None:
    text = "Ivan Sorokin was quoted as saying that the corridor would stay shut all winter."
    assert _kinds(text) == [("paraphrase", "Ivan Sorokin")]


def test_coordinated_participle_after_a_quote_keeps_its_clause() -> None:
    text = ("“The talks failed,” Ivan Sorokin said, calling the mood tense and saying that "
            "Moscow would respond.")
    assert sorted(_kinds(text)) == [("direct", "Ivan Sorokin"), ("paraphrase", "Ivan Sorokin")]
