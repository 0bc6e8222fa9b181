"""An article cut into what the rules work on: content paragraphs, quotes, sentences, tokens.

Page furniture (see boilerplate.py) is set aside before anything else so that no rule, and no
coreference chain, ever sees it. Sentences never split inside a quotation: a quote of three
sentences followed by `, she said.` is one sentence for attribution purposes.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from summarizer.extract.offline.boilerplate import classify_lines
from summarizer.extract.offline.lexicon import lexicon
from summarizer.extract.offline.quotes import Quote, find_quotes
from summarizer.load import Article

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[-'’.]\w+)*(?:['’](?=\s))?|[^\w\s]")
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9])")


class Token(NamedTuple):
    text: str
    start: int
    end: int
    lower: str  # text.lower(), computed once: rules compare it constantly


def _token(match: re.Match[str]) -> Token:
    word = match.group(0)
    return Token(word, match.start(), match.end(), word.lower())


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    kind: str  # "content" | "bullet"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    para: int


@dataclass
class Doc:
    article: Article
    text: str
    paragraphs: list[Paragraph]
    quotes: list[Quote]
    sentences: list[Sentence]
    _sentence_starts: list[int] = field(default_factory=list)
    # Every content token, tokenised once: starts for bisecting, and whether inside a quote.
    _tokens: list[Token] = field(default_factory=list)
    _token_starts: list[int] = field(default_factory=list)
    _token_quoted: list[bool] = field(default_factory=list)

    def sentence_index(self, pos: int) -> int:
        return max(bisect.bisect_right(self._sentence_starts, pos) - 1, 0)

    def sentence_at(self, pos: int) -> Sentence:
        return self.sentences[self.sentence_index(pos)]

    def tokens(self, start: int, end: int, skip_quotes: bool = True) -> list[Token]:
        """Tokens of text[start:end]; with skip_quotes, words inside quotation marks are
        left out."""
        lo = bisect.bisect_left(self._token_starts, start)
        hi = bisect.bisect_left(self._token_starts, end)
        out = [
            token
            for token, quoted in zip(self._tokens[lo:hi], self._token_quoted[lo:hi], strict=True)
            if token.end <= end and not (skip_quotes and quoted)
        ]
        return out

    def _index_tokens(self) -> None:
        text = self.text
        for para in self.paragraphs:
            self._tokens.extend(map(_token, _TOKEN.finditer(text, para.start, para.end)))
        self._token_starts = [t.start for t in self._tokens]
        self._token_quoted = [False] * len(self._tokens)
        for quote in self.quotes:
            lo = bisect.bisect_left(self._token_starts, quote.outer_start)
            hi = bisect.bisect_left(self._token_starts, quote.outer_end)
            self._token_quoted[lo:hi] = [True] * (hi - lo)


def build(article: Article) -> Doc:
    text = article.text
    paragraphs = [
        Paragraph(start, end, kind)
        for start, end, kind in classify_lines(text, article.body_start, article.meta.title)
        if kind in ("content", "bullet")
    ]
    quotes = find_quotes(text, [(p.start, p.end) for p in paragraphs])
    sentences = _sentences(text, paragraphs, quotes)
    doc = Doc(article, text, paragraphs, quotes, sentences)
    doc._sentence_starts = [s.start for s in sentences]
    doc._index_tokens()
    return doc


def _sentences(text: str, paragraphs: list[Paragraph], quotes: list[Quote]) -> list[Sentence]:
    inside = [(q.outer_start, q.outer_end) for q in quotes]
    abbreviations = lexicon().abbreviations
    out: list[Sentence] = []
    for index, para in enumerate(paragraphs):
        start = para.start
        for match in _BOUNDARY.finditer(text, para.start, para.end):
            cut = match.end()
            if any(a < cut < b - 1 for a, b in inside) or _abbreviation(text, match.start(),
                                                                      abbreviations):
                continue
            out.append(Sentence(start, cut, index))
            start = cut
            while start < para.end and text[start].isspace():
                start += 1
        if start < para.end:
            out.append(Sentence(start, para.end, index))
    return out


def _abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalnum() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot]
    # Initials ("J." "U.S.") and listed abbreviations ("Oct.") do not end a sentence.
    return word in abbreviations or len(word) == 1 or "." in word
