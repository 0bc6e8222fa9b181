"""The cheaper forms of the attribution readings read what the plain forms read: before_quote,
read lazily nearest word first, yields the sources the eager reading yielded, in the same order;
paraphrase._words is the first word-like tokens; a Quote's stored offsets are its properties'."""

from __future__ import annotations

from itertools import compress, islice
from operator import attrgetter
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from summarizer.extract.offline import attribution, clauses, document, np, paraphrase
from summarizer.extract.offline.attribution_pack import attribution_pack
from summarizer.extract.offline.attribution_readings import Cue, Source
from summarizer.extract.offline.document import Doc, Token
from summarizer.extract.offline.language import language, speaking
from summarizer.extract.offline.quotes import Quote
from summarizer.load import Article, load_articles
from summarizer.schemas import ArticleMeta

ROOT = Path(__file__).resolve().parents[1]
_LOWER = attrgetter("lower")


def _eager_before_quote(doc: Doc, quote: Quote) -> list[Source]:
    """before_quote as it was written before it read lazily: every speech word of the
    sentence read first, then the sources listed."""
    sentence = doc.sentence_at(quote.outer_start)
    window_start = sentence.start
    k = doc.quote_index(quote) - 1
    while k >= 0 and doc.quotes[k].outer_end > quote.outer_start:
        k -= 1
    if k >= 0 and sentence.start <= doc.quotes[k].outer_end:
        window_start = max(window_start, doc.quotes[k].outer_end)
    tokens = doc.tokens(sentence.start, quote.outer_start)
    verbs: list[tuple[int, np.Ref]] = []
    nouns: list[tuple[int, np.Ref]] = []
    earlier: list[tuple[int, np.Ref]] = []
    triggers = clauses.triggers()
    for k in compress(range(len(tokens)), map(triggers.__contains__, map(_LOWER, tokens))):
        token = tokens[k]
        cited = (clauses.cited_source(tokens, k + 1, doc.text)
                 if token.lower in attribution_pack().citing.verbs else None)
        found = (token.lower, cited) if cited is not None else clauses.event_at(
            tokens, k, doc.text)
        if found is not None and found[0] != "according to" and (
                attribution.object_of_preposition(tokens, found[1])):
            found = None
        if found is None:
            if (token.start < window_start and token.lower in language().speech.inverted.verbs
                    and not clauses.passive(tokens, k)):
                earlier.clear()  # (an unread `said` nearer the quote governs it)
            continue
        is_noun = found[0] in language().speech.nouns.words
        if is_noun and not attribution._noun_reports(tokens, k):
            continue
        if token.start >= window_start:
            (nouns if is_noun else verbs).append((token.start, found[1]))
        elif not is_noun:
            earlier.append((token.start, found[1]))
    if not (verbs or nouns) and attribution._same_clause(doc, window_start, quote.outer_start):
        verbs = earlier
    if not (verbs or nouns):
        verbs = list(attribution._reporting_that(doc, tokens, window_start))
    out = []
    for verb_at, ref in [*(verbs or nouns)[::-1],
                         *attribution._distant(doc, tokens, window_start)]:
        clause = (min(ref.start, verb_at), quote.outer_start)
        out.append(Source(Cue("before", clause, sentence.para), ref, verb_at))
    return out


def _fixture_docs() -> list[Doc]:
    paths = [str(ROOT / "fixtures/articles"), str(ROOT / "fixtures/articles-dev")]
    return [document.build(a) for a in load_articles(paths) if isinstance(a, Article)]


def test_before_quote_yields_what_the_eager_reading_did() -> None:
    with speaking(None):
        docs = _fixture_docs()
        read = 0
        for doc in docs:
            for quote in doc.quotes:
                assert list(attribution.before_quote(doc, quote)) == _eager_before_quote(
                    doc, quote)
                read += 1
        assert read > 20


def test_before_quote_on_made_up_sentences() -> None:
    texts = [
        'Ann Roe, a senator, told reporters and added, citing "sources," that "it is over."',
        'According to the minister, officials said Lee had voiced "full support" and argued '
        'that it was "a good start," while Roe, speaking to Fox News, said "no."',
        '"We will stay," the ministry said. The envoy, in a statement, warned "it is late."',
        'The Ledger reported, citing a diplomat: "The door is shut," and quoting aides.',
        'Hewlett sniped that Fiorina was "learning on the job" and "lost."',
    ]
    with speaking(None):
        for text in texts:
            doc = document.build(_article(text))
            for quote in doc.quotes:
                assert list(attribution.before_quote(doc, quote)) == _eager_before_quote(
                    doc, quote)


def _article(text: str) -> Article:
    return Article(ArticleMeta(id="t", title="T"), text, 0)


_TOKEN = st.builds(
    lambda text, start: Token(text, start, start + len(text), text.lower()),
    st.text(alphabet="aB1,.“’-é ", min_size=1, max_size=4), st.integers(0, 50))


@given(st.lists(_TOKEN, max_size=12), st.integers(0, 7))
def test_words_are_the_first_word_like_tokens(tokens: list[Token], count: int) -> None:
    plain = list(islice((t for t in tokens if t.text[0].isalnum()), count))
    assert paraphrase._words(tokens, count) == plain


@given(st.lists(st.tuples(st.integers(0, 99), st.integers(0, 99)), min_size=1, max_size=4),
       st.one_of(st.none(), st.integers(0, 99)), st.one_of(st.none(), st.integers(0, 99)))
def test_quote_offsets_are_read_from_its_fields(
        pieces: list[tuple[int, int]], open_at: int | None, close_at: int | None) -> None:
    quote = Quote(tuple(pieces), open_at, close_at, 0, 1)
    assert quote.start == pieces[0][0] and quote.end == pieces[-1][1]
    assert quote.outer_start == (open_at if open_at is not None else pieces[0][0])
    assert quote.outer_end == (close_at + 1 if close_at is not None else pieces[-1][1])
    assert quote == Quote(tuple(pieces), open_at, close_at, 0, 1)
    assert "outer_start" not in repr(quote)  # (stored, neither compared nor shown)
