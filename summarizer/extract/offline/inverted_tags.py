"""Inverted tags with a verb the speech list does not hold: `“…,” mused Ann Roe.` /
`“…,” remembered Dan Lee, a former aide.` Right after a quote whose words end in a comma (or
`?`, `!`), a lower-case verb in the past or present tense followed by a person's name, and
nothing but the end of the sentence, a comma or a time after the name, is the quote's tag.

The name must be a person's (a name or a title with a name): `“…,” echoed the campaign's
statement` or `“…,” prompted Lee to resign` are not tags.
"""

from __future__ import annotations

from summarizer.extract.offline import np, sources
from summarizer.extract.offline.document import Token

# What may follow the speaker's name in such a tag.
_AFTER_NAME = frozenset([",", ".", ";", "on", "in", "at", "during"])
_TENSE_ENDINGS = ("ed", "es", "s")


def any_verb(tokens: list[Token], text: str) -> np.Ref | None:
    """The person named right after an unlisted verb opening `tokens` (the words after the
    quote), or None."""
    if len(tokens) < 2:
        return None
    verb = tokens[0].text
    if not (verb.isalpha() and verb.islower() and verb.endswith(_TENSE_ENDINGS)):
        return None
    ref = sources.after_verb(tokens, 1, text)
    if ref is None or ref.kind != "person" or not ref.name:
        return None
    rest = [t for t in tokens if t.start >= ref.end]
    if rest and rest[0].lower not in _AFTER_NAME:
        return None
    return ref
