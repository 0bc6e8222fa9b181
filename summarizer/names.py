"""Whether a speaker's name occurs in an article, allowing for the ways names are spelled.

A model may write the full name where the article gives only the surname, transliterate it
differently (Zelenskyy / Zelensky), or drop diacritics (Sikorski / Sikorskí). A name counts as
in the article when its surname does, compared without case or diacritics, exactly or within
`SURNAME_MIN_SCORE` (rapidfuzz ratio) of one of the article's words. A name none of whose
spellings is in the article was invented, and the speaker is shipped unnamed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz, process

# rapidfuzz ratio (0-100) at which two spellings of a surname are the same name:
# "zelenskyy"/"zelensky" scores 94, "zelenskiy"/"zelensky" 88; "smith"/"smyth" 80 does not pass.
SURNAME_MIN_SCORE = 85.0
# Shorter surnames are compared exactly: two letters apart is a different short name.
FUZZY_MIN_LETTERS = 5
_WORD = re.compile(r"[^\W\d_]+")
# Generational suffixes and particles are not the surname.
_NOT_SURNAME = {"jr", "sr", "ii", "iii", "iv"}


def fold(text: str) -> str:
    """Lower case without diacritics (ł and ø have no decomposition: mapped by hand)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.translate(_EXTRA)


_EXTRA = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


@lru_cache(maxsize=16)
def _article_words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(fold(text)))


def surname(name: str) -> str | None:
    words = [w for w in _WORD.findall(fold(name)) if w not in _NOT_SURNAME]
    return words[-1] if words else None


# Every statement of an answer asks again, often for the same speaker.
@lru_cache(maxsize=1024)
def name_in_article(name: str, article_text: str) -> bool:
    """True when the name's surname (any spelling close enough) is a word of the article."""
    last = surname(name)
    if last is None:
        return False
    words = _article_words(article_text)
    if last in words:
        return True
    if len(last) < FUZZY_MIN_LETTERS:
        return False
    near = process.extractOne(
        last,
        [w for w in words if abs(len(w) - len(last)) <= 2 and w[0] == last[0]],
        scorer=fuzz.ratio,
        score_cutoff=SURNAME_MIN_SCORE,
    )
    return near is not None
