"""Quoted names of shows, books and films: `Trump told NBC's “Today”`, `he said on “Meet the
Press.”`, `the co-author of “Going Viral”`. News writing puts such names in quotation marks;
they are nobody's words. statements.py already drops a quoted run of two to six capitalised
words with no stop inside the marks; this reads the context for the rest (one word, a stop
inside the marks, as American style prints it): the word before the opening mark is one that
introduces a title, or the possessive of a broadcaster, an outlet or a day.
"""

from __future__ import annotations

import re
from itertools import islice

from summarizer.extract.offline.attribution_pack import attribution_pack
from summarizer.extract.offline.document import Doc
from summarizer.extract.offline.language import language
from summarizer.extract.offline.quotes import Quote
from summarizer.extract.offline.source_pack import pack

_POSSESSIVE = ("'s", "’s")


def markup_value(doc: Doc, quote: Quote) -> bool:
    """`<tweet author="ann_roe" tweet_id="7603">`: a quoted value right after `=` is markup
    left in the text by a scraper, nobody's words; so are the words a stray mark closes when
    they end in `=` or hold a tag's `<` (`<tweet pic="`)."""
    if quote.open_at is not None and doc.text[max(quote.open_at - 1, 0) : quote.open_at] == "=":
        return True
    inside = doc.text[quote.start : quote.end]
    return inside.endswith("=") or _TAG.search(inside) is not None


# A tag's opening: `<` and a letter or `/` (`<tweet`, `</p`), which prose does not print.
_TAG = re.compile(r"<[/A-Za-z]")


def no_words(doc: Doc, quote: Quote) -> bool:
    """`for “R,” or “D,”`, a mark around a lone control character: fewer than two letters or
    digits inside the marks are a letter named or a stray mark, nobody's words."""
    found = _WORD_CHARACTER.finditer(doc.text, quote.start, quote.end)
    return len(list(islice(found, MIN_WORD_CHARACTERS))) < MIN_WORD_CHARACTERS


_WORD_CHARACTER = re.compile(r"[^\W_]")


# A quotation has at least this many letters or digits (`“No.”`, `“15%!”` have two).
MIN_WORD_CHARACTERS = 2


def quoted_title(doc: Doc, quote: Quote) -> bool:
    """Is the quote a title of a show, book or film (see the module doc)?"""
    if quote.open_at is None or len(quote.pieces) != 1:
        return False
    inside = doc.text[quote.start : quote.end]
    if "!" in inside or "?" in inside:
        return False  # `chants of “Marco! Marco!”`: words shouted, not a name
    words = inside.rstrip(".,").split()
    rules = attribution_pack().titles
    small = pack().titles.small_words
    if not words or len(words) > rules.max_words or not words[0][:1].isupper() or not all(
            w.lstrip("([")[:1].isupper() or w in small for w in words):
        return False
    # (the word before the mark, past a comma: `her memoir, “Tough Choices”`)
    before = [t for t in doc.tokens(max(0, quote.open_at - 40), quote.open_at) if t.text != ","]
    if not before or doc.text[before[-1].end : quote.open_at].replace(",", " ").strip():
        return False
    last = before[-1].text
    if last.lower() in rules.after_words:
        return True
    return last.endswith(_POSSESSIVE) and _broadcaster_or_day(last[:-2])


def _broadcaster_or_day(word: str) -> bool:
    rules = attribution_pack().titles
    return (word.lower() in rules.days or word in language().geo.media.names
            or word.lower() in rules.broadcaster_heads
            or (word.isupper() and word.isalpha() and len(word) <= rules.acronym_letters))
