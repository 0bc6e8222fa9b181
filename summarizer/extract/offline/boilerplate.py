"""Tell article content from page furniture, line by line.

Patterns (ads, donation appeals, teasers, bylines, captions) come from boilerplate.toml. Beyond
them, three layout facts hold across outlets: a line repeating the headline is a headline; a
short line with no closing punctuation is a heading, dateline or teaser, not prose (unless it ends
on a word that leaves its phrase open: hard-wrapped prose); and a short
line made only of capitalised words ("NATO Secretary-General Mark Rutte.") is a photo caption.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from summarizer.extract.offline.language import language
from summarizer.extract.offline.prefilter import ascii_lowered
from summarizer.extract.offline.source_pack import pack
from summarizer.extract.offline.token_spans import line_spans

# A line with no sentence-closing punctuation and at most this many words is a heading.
HEADING_MAX_WORDS = 14
# A caption made only of capitalised words has at most this many words.
CAPTION_MAX_WORDS = 8
_END_PUNCT = tuple(".!?:;…\"”’'»)")
_QUOTE_MARKS = "\"'“”‘’«»"
_DOUBLE_MARKS = "\"“”«»"
# A numbered list item: `1. …`, `2) …` (one or two digits, so `2024. …` is not one).
NUMBERED_ITEM = re.compile(r"(\d{1,2})[.)]\s")


def classify_lines(text: str, body_start: int, title: str | None) -> list[tuple[int, int, str]]:
    """(start, end, kind) for every non-blank line after the header.

    kind is "content", "bullet", "heading" or "boiler".
    """
    lang = language()
    tail, box, boiler = lang.boilerplate.tail, lang.boilerplate.box, lang.boilerplate.line
    lines = line_spans(text, body_start)
    # (the text lowered for finding ASCII letters and words; None in the rare case it cannot be)
    folded = ascii_lowered(text)
    repeated = _repeated(text, lines, title, folded)
    # (per line: may a floating `line` pattern match it? asked of the whole text at once)
    hints = boiler.hinted(text, lines, folded)
    hinted: Sequence[bool | None] = [None] * len(lines) if hints is None else hints
    out: list[tuple[int, int, str]] = []
    in_tail = in_box = False
    last = len(lines) - 1
    # Squashed repeated lines without a closing stop met so far (see _lead_copy).
    unstopped: set[str] = set()
    for index, ((start, end), again, hint) in enumerate(zip(lines, repeated, hinted,
                                                            strict=True)):
        raw = text[start:end]
        stripped = raw.strip()
        if again:
            again = not _lead_copy(stripped, unstopped)
        a = start + (len(raw) - len(raw.lstrip()))
        b = a + len(stripped)
        if not in_tail and tail.matches(stripped):
            in_tail = True
        bullet = (stripped[0] in lang.text.bullets.marks and stripped[1:2].isspace()) or bool(
            NUMBERED_ITEM.match(stripped))
        # (in the tail every line is boiler: whether a box goes on no longer matters)
        in_box = not in_tail and ((in_box and bullet) or box.matches(stripped))
        if in_tail or in_box or boiler.matches(stripped, hint):
            out.append((a, b, "boiler"))
        elif bullet:
            out.append((a, b, "bullet"))
        elif again or (
            # A heading heads something: the last line of an excerpt is cut-off prose.
            index < last and _is_heading(stripped) and not _wrapped(text, lines, index, out)
        ):
            out.append((a, b, "heading"))
        elif _is_caption(stripped, lang.titles.not_names.words):
            out.append((a, b, "boiler"))
        else:
            out.append((a, b, "content"))
    return out


def _lead_copy(line: str, unstopped: set[str]) -> bool:
    """Is this repeated line the body's lead sentence printed again below its headline-like
    copy (`X called on NATO to invite Kyiv` then `X called on NATO to invite Kyiv .`)? The
    later copy closes with a stop that an earlier one lacks: the page shows a heading, then
    the same words as prose, so only the heading is the copy. (Copies that all close with a
    stop, such as a photo caption printed twice, stay boilerplate.) Records `line` in
    `unstopped` when it has no closing stop."""
    if line.endswith(_SENTENCE_STOPS):
        return bool(unstopped) and _squash(line) in unstopped
    unstopped.add(_squash(line))
    return False


# Marks that close a sentence of prose (a headline has none).
_SENTENCE_STOPS = (".", "!", "?")


def _repeated(text: str, lines: list[tuple[int, int]], title: str | None,
              folded: str | None = None) -> list[bool]:
    """For each line: does it repeat the headline or another line, words compared (_squash)?

    Squashing every line was the costliest step here. Lines that squash alike hold as many
    letters e of either case, and as many letters a (no other character lower-cases to an `e`
    or an `a`, and squashing keeps every letter), so a line whose count of e's, or else of e's
    and a's together, neither the title nor any other line shares repeats nothing and is left
    unsquashed. (The e's alone leave about half the lines alike; the a's are counted only for
    those.) folded: prefilter.ascii_lowered(text), in which each `e` or `a` stands for one of
    either case in text, at the same offset: one count in a one-byte string instead of two."""
    if folded is None:
        counts = [text.count("e", a, b) + text.count("E", a, b) for a, b in lines]
    else:
        counts = [folded.count("e", a, b) for a, b in lines]
    title_count = title.count("e") + title.count("E") if title else -1
    shared = Counter(counts)
    alike = {k: (n, text.count("a", *lines[k]) + text.count("A", *lines[k]) if folded is None
                 else folded.count("a", *lines[k]))
             for k, n in enumerate(counts) if shared[n] > 1 or n == title_count}
    title_pair = (title_count, title.count("a") + title.count("A")) if title else None
    shared_pairs = Counter(alike.values())
    keys: list[str | None] = [None] * len(lines)
    for k, pair in alike.items():
        if shared_pairs[pair] > 1 or pair == title_pair:
            keys[k] = _squash(text[lines[k][0] : lines[k][1]])
    title_key = _squash(title) if title else None
    repeats = Counter(keys)
    return [key is not None and (key == title_key or repeats[key] > 1) for key in keys]


def _squash(text: str) -> str:
    """Lower-cased words (runs of letters and digits) joined by single spaces."""
    # Same as re.sub(r"[\W_]+", " ", text.lower()).strip(), whose per-character class test
    # was the costliest step here: `[^\W_]` is exactly str.isalnum.
    lowered = text.lower()
    if not lowered.isascii():
        # The typographic marks that make most lines non-ASCII are turned into the space they
        # become anyway, so that the line usually is ASCII then.
        lowered = _TYPOGRAPHIC.sub(" ", lowered)
        if not lowered.isascii():
            # (str.translate maps such a string a character at a time through the table)
            return " ".join(lowered.translate(_NOT_ALNUM_TO_SPACE).split())
    # An ASCII line as bytes, through a byte table: no dictionary lookup at all (~17% less
    # time per line than str.translate).
    return " ".join(lowered.encode("ascii").translate(_ASCII_NOT_ALNUM_TO_SPACE)
                    .decode("ascii").split())


# Curly quotes, dashes, ellipsis, bullet, guillemets, no-break space: none a letter or digit.
_TYPOGRAPHIC = re.compile("[\u00a0\u00ab\u00bb\u2010-\u2015\u2018-\u201f\u2022\u2026]")


class _NotAlnumToSpace(dict[int, int]):
    """str.translate table: every character that is not a letter or digit becomes a space
    (filled in as characters are met)."""

    def __missing__(self, code: int) -> int:
        value = code if chr(code).isalnum() else ord(" ")
        if len(self) < _TABLE_LIMIT:  # an article is written in a few hundred characters
            self[code] = value
        return value


_TABLE_LIMIT = 8192
_NOT_ALNUM_TO_SPACE = _NotAlnumToSpace()
# The same for ASCII (a bytes.translate table: the other 128 bytes never occur).
_ASCII_NOT_ALNUM_TO_SPACE = bytes(c if chr(c).isalnum() else ord(" ") for c in range(128)) + bytes(
    range(128, 256))


# A sentence break inside a line (`… next year. The plan`): a lower-case word, its stop, a capital.
_MID_BREAK = re.compile(r"\b[a-z]{2,}[.!?][\"”’']?\s+[\"“‘']?[A-Z]")


def wrapped_after(text: str, end: int, start: int) -> bool:
    """Does the line that starts at `start` come right below the one that ends at `end` (one
    line break, no blank line between)?"""
    return text.count("\n", end, start) == 1


def goes_on(above: str, below: str) -> bool:
    """Is `below` the rest of a sentence hard-wrapped at the end of `above`? `above` stops with
    no closing punctuation, and `below` opens in lower case; or `above` stops on a lower-case
    word, a comma or a hyphen (`… to join the`, `… inside`) and most of the longer words of
    `below` are not capitalised (prose, not a headline in title case, `Christie Would Issue A
    Quarantine`)."""
    above, below = above.rstrip(), below.lstrip()
    if above.endswith(_END_PUNCT):
        return False
    if below[:1].islower():
        return True
    last = above.rsplit(None, 1)[-1] if above else ""
    if not (last.islower() or above.endswith((",", "-", "–", "—"))):
        return False
    words = [w for w in below.split() if len(w) >= _LONG_WORD and w[:1].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) * 2 < len(words)


# Words this long count in telling prose from a headline in title case.
_LONG_WORD = 4


def _wrapped(text: str, lines: list[tuple[int, int]], index: int,
             out: list[tuple[int, int, str]]) -> bool:
    """A short line with no closing punctuation in hard-wrapped prose, not a heading: the line
    right below opens in lower case (the sentence goes on), the line holds a sentence break
    (`… next year. The plan`), or it goes on the prose of the line right above (goes_on)."""
    start, end = lines[index]
    below = lines[index + 1][0] if index + 1 < len(lines) else None
    if below is not None and wrapped_after(text, end, below) and (
            text[below : below + 1].islower() or _MID_BREAK.search(text, start, end)):
        return True
    if index and out and out[-1][2] == "content":
        above = out[-1]
        return wrapped_after(text, above[1], start) and goes_on(text[above[0] : above[1]],
                                                                text[start:end])
    return False


# A line in headline case has from this many to this many words (fewer: a name or a caption).
HEADLINE_CASE_WORDS = (4, 24)


def headline_case(line: str) -> bool:
    """Is the line in headline case, every word capitalised but the small ones (sources.toml),
    whatever its last mark (`Lee Says Talks Are ‘Over.’`)? Prose never capitalises every word
    of a sentence."""
    words = [w for w in (w.strip(_WORD_EDGES) for w in line.split()) if w]
    low, high = HEADLINE_CASE_WORDS
    if not low <= len(words) <= high or not words[0][:1].isupper():
        return False
    small = pack().titles.small_words
    return all(w[:1].isupper() or not w[:1].isalpha() or w in small for w in words)


_WORD_EDGES = _QUOTE_MARKS + ".,;:!?()[]—–-…"


def _is_heading(line: str) -> bool:
    # No more words than a test needs are split off (a paragraph of prose has hundreds): a
    # longer line is one piece longer than that, whose last piece holds several words (and
    # so is no single cut-off word either). Most lines are prose that closes with a stop:
    # str.isupper tells them, giving up at the first lower-case letter, with no split.
    if line[0] in _QUOTE_MARKS and line[-1] in _QUOTE_MARKS and len(
        line.split(None, CAPTION_MAX_WORDS)
    ) <= CAPTION_MAX_WORDS and sum(line.count(m) for m in _QUOTE_MARKS) == 2:
        # a pull quote or a quoted sub-heading standing alone on its line; but a sentence in
        # double marks, closed by its stop, is a short paragraph of quoted speech (`“This is
        # irresponsible.”` after `…, he told reporters.`; the last paragraph of a quote run
        # over several), unless shouted in capitals or a lone word (`“Nooooo!”`)
        return not (line[0] in _DOUBLE_MARKS and line[-2:-1] in _SENTENCE_STOPS
                    and not line.isupper() and " " in line)
    if line.endswith(_END_PUNCT):
        return line.isupper() and len(line.split(None, 3)) <= 3
    words = line.split(None, HEADING_MAX_WORDS)
    if words[-1].lower() in language().boilerplate.layout.cut_ends:
        return False  # `… an invitation to join the`: prose cut by a hard line break
    return len(words) <= HEADING_MAX_WORDS


def _is_caption(line: str, _not_names: frozenset[str]) -> bool:
    if not line.endswith("."):  # (asked first: such a line is told with no copy, no split)
        return False
    words = line.rstrip(".").split(None, CAPTION_MAX_WORDS)  # (more: too long, as in _is_heading)
    if not 1 < len(words) <= CAPTION_MAX_WORDS:
        return False
    return all(w[0].isupper() or not w[0].isalpha() for w in words)
