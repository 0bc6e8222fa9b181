"""An article cut into what the rules work on: content paragraphs, quotes, sentences, tokens.

Page furniture (see boilerplate.py) is set aside before anything else so that no rule, and no
coreference chain, ever sees it. Sentences never split inside a quotation: a quote of three
sentences followed by `, she said.` is one sentence for attribution purposes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import repeat
from typing import NamedTuple, TypeVar, cast

from summarizer.extract.offline.boilerplate import classify_lines, goes_on, wrapped_after
from summarizer.extract.offline.frozen import quick_init
from summarizer.extract.offline.language import language, per_language
from summarizer.extract.offline.quotes import Quote, find_quotes
from summarizer.extract.offline.source_pack import pack
from summarizer.extract.offline.token_spans import capturing, spans
from summarizer.load import Article

# Initials ("U.S."), words (with inner hyphens, apostrophes or dots), single punctuation marks.
# Written for speed, matching exactly what (?:[A-Z]\.){2,}|\w+(?:[-'’.]\w+)*(?:['’](?=\s))?|[^\w\s]
# matches: `[A-Z]\.(?:[A-Z]\.)+` is rejected at once at most positions, and the quantifiers are
# possessive because a word's parts after `\w+` are all optional, so giving characters back can
# never turn a failure into a match (it only cost time).
_TOKEN = re.compile(r"[A-Z]\.(?:[A-Z]\.)+|\w++(?:[-'’.]\w++)*+(?:['’](?=\s))?+|[^\w\s]")
# Sentence ends. The pattern starts with a plain character class so that `re` can skip
# straight to the candidates (3x faster); the lookbehind right after it lets a run of marks
# (`......`) be tried from its first mark only, and the possessive runs never give characters
# back (a shorter run is followed by another mark, never by the space the lookahead needs):
# without both, a long run of dots cost time quadratic in its length.
_BOUNDARY = re.compile(
    r"[.!?…](?<![.!?…][.!?…])[.!?…]*+[\"'”’»)\]]*+(?=\s+[\"'“‘«(\[]?[A-Z0-9])")
# A stretch without a sentence end longer than this (a list run together, a page that lost
# its punctuation) is cut at a space: every rule reads a sentence at a time, and one that
# held the whole article would make them quadratic. Real sentences, quotes included, stay
# well below it.
MAX_SENTENCE = 2000
# An abbreviation before a full stop is a word of at most this many characters.
ABBREVIATION_CHARS = 12


@cache
def _run_of(chars: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(chars)}]*")


def blank(text: str, start: int, end: int, chars: str = " \t\n\r\f\v") -> bool:
    """Does text[start:end] hold only `chars` (whitespace by default)? Reads only the run of
    those characters from `start` (no copy of the range): a paragraph's many quotes may each
    ask about the stretch back to the paragraph start."""
    match = _run_of(chars).match(text, start, max(start, end))
    return match is not None and match.end() >= end


@per_language
def _token_regex() -> re.Pattern[str]:
    """_TOKEN, with an abbreviated title (`Sen.`, `Mr.`; sources.toml) and a middle initial
    (`James B. Comey`) read as one token each, full stop included: the stop is part of the
    word, so a name is not cut in two at it. In a capturing group, for token_spans."""
    titles = pack().titles
    words = sorted({t[:-1] for t in titles.offices | titles.courtesy if t.endswith(".")},
                   key=len, reverse=True)
    if all(_WORD_RUN.fullmatch(word) for word in words):
        return capturing(re.compile(_fast_token_pattern(words)))
    return capturing(re.compile(_plain_token_pattern(words)))


_WORD_RUN = re.compile(r"\w+")


def _plain_token_pattern(words: list[str]) -> str:
    """The token pattern as read: a title and its stop, an initial, or a _TOKEN."""
    alternation = "|".join(map(re.escape, words))
    return rf"(?:{alternation})\.(?=\s)|[A-Z]\.(?=\s[A-Z][a-z])|{_TOKEN.pattern}"


def _fast_token_pattern(words: list[str]) -> str:
    r"""What _plain_token_pattern(words) matches, for titles that are word characters only,
    written so that a token costs one try of one branch (the plain form tried the titles,
    the initials and the word branch in turn on every capitalised word):

    - it opens with `\S`, a bare class, so `re` skips the spaces between tokens by a class
      test instead of trying the whole pattern at each;
    - every token but a lone mark is a run of word characters and what follows it: the run
      is read once, and only a run followed by a full stop is looked back over for a
      one-letter initial (`B.`, `U.S.`) or a title. `\b` in those lookbehinds holds at the
      run's first letter only: a token never starts right after a word character (each one
      ends with a mark or at the end of a run).
    """
    by_length: dict[int, list[str]] = {}
    for word in sorted(words):
        by_length.setdefault(len(word), []).append(re.escape(word))
    # (a lookbehind takes alternatives of one length only)
    titles = [rf"(?<=\b(?:{'|'.join(same)}))"
              for _, same in sorted(by_length.items(), reverse=True)]
    title = rf"|(?:{'|'.join(titles)})\.(?=\s)" if titles else ""
    initials = r"(?<=\b[A-Z])\.(?:(?=\s[A-Z][a-z])|(?:[A-Z]\.)+)"
    # _TOKEN's word branch after the run, tried only when one of its marks comes next
    rest = r"(?=[-'’.])(?:[-'’.]\w++)*+(?:['’](?=\s))?+"
    return rf"\S(?:(?<=\w)\w*+(?:(?=\.)(?:{initials}{title})|{rest}|)|)"


class Token(NamedTuple):
    text: str
    start: int
    end: int
    lower: str  # text.lower(), computed once: rules compare it constantly


# Token(*fields) without the generated __new__'s Python frame (tokens are made by the hundred):
# map(_tuple_new, repeat(Token), fields). (A partial(tuple.__new__, Token) cost about a fifth
# more per token: the partial builds a new argument list at every call.)
_tuple_new = cast(Callable[[type[Token], tuple[str, int, int, str]], Token], tuple.__new__)


_T = TypeVar("_T")


@quick_init  # (made by the dozen per article: a cheaper __init__)
@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    kind: str  # "content" | "bullet"


@quick_init
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
    # Offsets of the quotes' opening marks (their outer starts), in order, for bisecting.
    _quote_starts: list[int] = field(default_factory=list)
    # Every content token, tokenised once, with their starts for bisecting; and the same for
    # the tokens outside quotation marks.
    _tokens: list[Token] = field(default_factory=list)
    _token_starts: list[int] = field(default_factory=list)
    _free_tokens: list[Token] = field(default_factory=list)
    _free_starts: list[int] = field(default_factory=list)
    # What several stages ask of the whole article, computed once (see `once`).
    _once: dict[str, object] = field(default_factory=dict)

    def once(self, key: str, compute: Callable[[], _T]) -> _T:
        """compute(), the first time `key` is asked for on this article; the same result
        after. The cache lives and dies with the article (not a global keyed on its text)."""
        if key not in self._once:
            self._once[key] = compute()
        return cast(_T, self._once[key])

    def sentence_index(self, pos: int) -> int:
        # (a conditional, not max(): asked per mention and cue, a builtin call cost half)
        k = bisect_right(self._sentence_starts, pos)
        return k - 1 if k else 0

    def sentence_at(self, pos: int) -> Sentence:
        return self.sentences[self.sentence_index(pos)]

    def quote_index(self, quote: Quote) -> int:
        """The position of `quote` in `quotes`."""
        k = bisect_left(self._quote_starts, quote.outer_start)
        while self.quotes[k] is not quote:
            k += 1
        return k

    def quote_before(self, pos: int) -> Quote | None:
        """The last quote whose opening mark lies before pos."""
        k = bisect_left(self._quote_starts, pos)
        return self.quotes[k - 1] if k > 0 else None

    def quotes_from(self, start: int, end: int) -> list[Quote]:
        """The quotes whose opening mark lies in [start, end), in order."""
        lo = bisect_left(self._quote_starts, start)
        hi = bisect_left(self._quote_starts, end)
        return self.quotes[lo:hi]

    def tokens(self, start: int, end: int, skip_quotes: bool = True) -> list[Token]:
        """Tokens of text[start:end]; with skip_quotes, words inside quotation marks are
        left out."""
        if skip_quotes:
            tokens, starts = self._free_tokens, self._free_starts
        else:
            tokens, starts = self._tokens, self._token_starts
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end)
        # Tokens do not overlap, so only the last one can run past `end`.
        if hi > lo and tokens[hi - 1].end > end:
            hi -= 1
        return tokens[lo:hi]

    def iter_tokens(self, start: int, end: int) -> Iterator[Token]:
        """The tokens of `tokens(start, end)` (quoted words left out), one at a time: for a
        search that stops early, so that it costs what it reads, not the whole range."""
        tokens, starts = self._free_tokens, self._free_starts
        k = bisect_left(starts, start)
        while k < len(tokens) and starts[k] < end and tokens[k].end <= end:
            yield tokens[k]
            k += 1

    def _index_tokens(self) -> None:
        text = self.text
        tokens: list[Token] = []
        starts: list[int] = []
        token_split = _token_regex()
        # A paragraph at a time, without match objects (token_spans) and with C-level maps: a
        # Python call per token cost more than the regex. The pattern looks at nothing before
        # a token, and ahead only at spaces, which a slice ends like the paragraph's end.
        for para in self.paragraphs:
            words, word_starts, ends = spans(token_split, text[para.start : para.end], para.start)
            fields = zip(words, word_starts, ends, map(str.lower, words), strict=True)
            tokens.extend(map(_tuple_new, repeat(Token), fields))
            starts += word_starts
        self._tokens = tokens
        self._token_starts = starts
        # The tokens outside quotation marks: the runs between the quotes' ranges of tokens,
        # taken as slices (a few per article; no pass over a mask of every token).
        free_tokens: list[Token] = []
        free_starts: list[int] = []
        done = 0  # tokens before this one are taken or quoted
        for lo, hi in sorted((bisect_left(starts, quote.outer_start),
                              bisect_left(starts, quote.outer_end)) for quote in self.quotes):
            if lo > done:
                free_tokens += tokens[done:lo]
                free_starts += starts[done:lo]
            if hi > done:
                done = hi
        free_tokens += tokens[done:]
        free_starts += starts[done:]
        self._free_tokens = free_tokens
        self._free_starts = free_starts


def build(article: Article) -> Doc:
    text = article.text
    paragraphs = _unwrapped(text, [
        Paragraph(start, end, kind)
        for start, end, kind in classify_lines(text, article.body_start, article.meta.title)
        if kind in ("content", "bullet")
    ])
    quotes = find_quotes(text, [(p.start, p.end) for p in paragraphs])
    sentences = _sentences(text, paragraphs, quotes)
    doc = Doc(article, text, paragraphs, quotes, sentences)
    doc._sentence_starts = [s.start for s in sentences]
    doc._quote_starts = [q.outer_start for q in quotes]
    doc._index_tokens()
    return doc


def _unwrapped(text: str, lines: list[Paragraph]) -> list[Paragraph]:
    """Hard-wrapped prose as paragraphs: a content line right below a line (one line break, no
    blank line) that stops mid-sentence goes on that line's paragraph (`The plan calls for⏎an
    invitation to join NATO.`; boilerplate.goes_on)."""
    out: list[Paragraph] = []
    for line in lines:
        last = out[-1] if out else None
        if last is not None and line.kind == "content" and wrapped_after(
                text, last.end, line.start) and goes_on(text[last.start : last.end],
                                                        text[line.start : line.end]):
            out[-1] = Paragraph(last.start, line.end, last.kind)
        else:
            out.append(line)
    return out


def _sentences(text: str, paragraphs: list[Paragraph], quotes: list[Quote]) -> list[Sentence]:
    # Quotes are in text order and do not overlap: the one a cut may fall in is found by
    # bisecting their starts.
    starts = [q.outer_start for q in quotes]
    ends = [q.outer_end for q in quotes]
    abbreviations = language().text.abbreviations.words
    out: list[Sentence] = []
    for index, para in enumerate(paragraphs):
        start = para.start
        for match in _BOUNDARY.finditer(text, para.start, para.end):
            cut = match.end()
            k = bisect_left(starts, cut) - 1
            if (k >= 0 and cut < ends[k] - 1) or _abbreviation(text, match.start(),
                                                                 abbreviations):
                continue
            _add(out, text, start, cut, index)
            start = cut
            while start < para.end and text[start].isspace():
                start += 1
        if start < para.end:
            _add(out, text, start, para.end, index)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, para: int) -> None:
    """Append the sentence [start, end), cut at spaces into pieces of at most MAX_SENTENCE."""
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        out.append(Sentence(start, cut, para))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(start, end, para))


_CLAUSE_STOP = re.compile(r"[.;](?:\s|$)")


def clause_stop(text: str, start: int, end: int) -> int:
    """Where the first full stop or semicolon followed by a space (or the end) falls in
    text[start:end]; an abbreviation's dot (`U.S.`, `Gen.`, `e.g.`) is no stop, as it ends
    no sentence. `end` when there is none."""
    abbreviations = language().text.abbreviations.words
    for match in _CLAUSE_STOP.finditer(text, start, end):
        if not _abbreviation(text, match.start(), abbreviations):
            return match.start()
    return end


def _abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    if text[dot] != ".":
        return False
    word_start = dot
    stop = max(dot - ABBREVIATION_CHARS, 0)
    while word_start > stop and (text[word_start - 1].isalnum() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot]
    # Initials ("J." "U.S."), listed abbreviations ("Oct.") and abbreviated titles ("Rev.",
    # sources.toml) do not end a sentence.
    titles = pack().titles
    return (word in abbreviations or len(word) == 1 or "." in word
            or f"{word}." in titles.offices or f"{word}." in titles.courtesy)
