"""A group or a thing that no title list holds as the subject of a speech verb around a quote
(the attribution stage's last reading): `Proponents of the bill, however, say it would act as
an “umpire.”`, `Many commentators called him “the grownup on the stage,”`, `“…,” a voice-over
in the ad says.` News writing quotes such unnamed voices as often as named ones; the speaker
is the description as the article gives it, up to its head noun (`Proponents`, `Many
commentators`, `voice-over`), and no one the article names.

Only a plain description: an optional determiner or quantifier, at most a few modifiers and a
lower-case head noun, then an optional prepositional phrase or a short phrase set off by commas,
then the speech verb. A name or a pronoun is the other readings' business (they resolve it or
leave the quote); a head opening the sentence in capitals may be a name and is left alone.

Words: attribution.toml [plain_subjects].
"""

from __future__ import annotations

from summarizer.extract.offline import clauses, colon
from summarizer.extract.offline.attribution_pack import attribution_pack
from summarizer.extract.offline.attribution_readings import Cue, Source
from summarizer.extract.offline.document import Doc, Token
from summarizer.extract.offline.language import grammar, language
from summarizer.extract.offline.quotes import Quote
from summarizer.extract.offline.speakers import Who


def before(doc: Doc, quote: Quote) -> Source | None:
    """`Many commentators called him “…”`: a plain description that opens a clause of the
    quote's sentence (the sentence start, after an opener, a comma or a conjunction) is the
    subject of the last speech verb before the quote."""
    sentence = doc.sentence_at(quote.outer_start)
    if doc.quotes_from(sentence.start, quote.outer_start):
        return None  # an earlier quote in the sentence: its readings decide
    tokens = doc.tokens(sentence.start, quote.outer_start)
    if not tokens:
        return None
    verbs = language().speech.all_verbs
    verb = next((k for k in range(len(tokens) - 1, 0, -1) if tokens[k].lower in verbs), None)
    rules = attribution_pack().plain_subjects
    if verb is None or len(tokens) - verb > rules.verb_reach:
        return None
    opening = colon.opener(tokens)
    for start in range(verb - 1, max(opening, verb - rules.reach) - 1, -1):
        if start != opening and tokens[start - 1].lower not in rules.clause_starts:
            continue
        found = _subject(tokens, start)
        if found is not None and found[1] == verb:
            return _known("before", found[0], (tokens[start].start, tokens[verb].end),
                          sentence.para)
    return None


# Marks ending a quote that a tag after it may complete (`“…,” the ad says`).
_TAG_ENDS = (",", "?", "!", "—", "–")
_NESTED_CLOSE = " \t\n'’\"”)]"


def after(doc: Doc, quote: Quote) -> Source | None:
    """`“…,” a voice-over in the ad says`: a plain description right after a quote that ends
    in a comma (or `?`, `!`, a dash), then a speech verb."""
    if quote.close_at is None:
        return None
    if not doc.text[quote.start : quote.end].rstrip(_NESTED_CLOSE).endswith(_TAG_ENDS):
        return None
    sentence = doc.sentence_at(quote.outer_end - 1)
    tokens = doc.tokens(quote.outer_end, sentence.end)
    k = 0
    while k < len(tokens) and tokens[k].text in (",", "—", "–"):
        k += 1
    if k >= len(tokens) or tokens[k].text[:1].isupper():
        return None  # a capitalised word may begin a name: the tag readings decide
    found = _subject(tokens, k)
    if found is None or tokens[found[1]].lower.endswith("ing"):
        return None  # (`“…,” a nod to the rival acknowledging …`: an apposition, no tag)
    role, verb = found
    return _known("after", role, (tokens[k].start, tokens[verb].end), sentence.para)


def _subject(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """The plain description starting at tokens[i] and the index of its speech verb, or None."""
    rules = attribution_pack().plain_subjects
    n = len(tokens)
    start = i
    while i < n and tokens[i].lower in rules.leads:
        i += 1
    words = i
    while i < n and i - words < rules.max_words and _word(tokens[i]):
        i += 1
    if i == words:
        return None
    head = tokens[i - 1]
    if not (head.text.islower() or (words == start and head.lower in rules.source_heads)):
        return None  # (a capitalised head may be a name, save a source noun opening it)
    if any(t.text[:1].isupper() for t in tokens[words + 1 : i]):
        return None  # (`Ann Roe look-alike`, `Global Times tabloid`: a name's, not a group's)
    if i < n and tokens[i].lower in rules.post_modifiers:
        i += 1  # `a source familiar with …`
    role_start = tokens[words].start
    i = _skip_modifier(tokens, i)
    speech = language().speech
    while i < n and tokens[i].lower in speech.adverbs.words:
        i += 1
    if i >= n or tokens[i].lower not in speech.all_verbs or clauses.passive(tokens, i):
        return None
    role = " ".join(t.text for t in tokens if role_start <= t.start < head.end)
    return role, i


def _word(token: Token) -> bool:
    """A modifier or head noun: a word that is no determiner, preposition, pronoun, auxiliary,
    adverb or verb form (`-ed`, `-ing`: `Ann Roe shared a syllabus`, `refusing to say`)."""
    text, lower = token.text, token.lower
    rules = attribution_pack().plain_subjects
    if not text.replace("-", "").isalpha() or lower.endswith(("ly", "ed", "ing")):
        return False
    return not (lower in rules.leads or lower in rules.not_heads or lower in rules.post_modifiers
                or lower in grammar().clauses.prepositions
                or lower in grammar().noun_phrases.pronouns
                or lower in language().speech.adverbs.words
                or lower in language().speech.all_verbs)


def _skip_modifier(tokens: list[Token], i: int) -> int:
    """The index after what may stand between a head and its verb: a prepositional phrase
    (`of the new bill`) and a short phrase set off by commas (`, however,`)."""
    rules = attribution_pack().plain_subjects
    n = len(tokens)
    if i < n and tokens[i].lower in grammar().clauses.prepositions:
        j = i + 1
        while j < n and j <= i + rules.phrase_words and tokens[j].text[0].isalnum() and (
                tokens[j].lower not in language().speech.all_verbs):
            if tokens[j].lower.split("’")[0].split("'")[0] in rules.not_heads:
                return i  # (`for what’s today called …`: a clause, no phrase of the head's)
            j += 1
        if j > i + rules.phrase_words or j == i + 1:
            return i
        i = j
    if i < n and tokens[i].text == ",":
        for j in range(i + 1, min(n, i + 2 + rules.set_off_words)):
            if tokens[j].text == ",":
                return j + 1
            if not tokens[j].text[0].isalnum():
                break
    return i


def according(doc: Doc, quote: Quote) -> Source | None:
    """`“…,” according to her lawyers in a court filing` / `According to the newspaper, “…”`:
    a plain description after `according to`, right after the quote or before it in its
    sentence (the nearest one, no quote between), is the source of the quoted words."""
    sentence = doc.sentence_at(quote.outer_start)
    if quote.close_at is not None:
        after = doc.tokens(quote.outer_end, doc.sentence_at(quote.outer_end - 1).end)
        k = 0
        while k < len(after) and not after[k].text[0].isalnum():
            k += 1
        found = _according_at(after, k)
        if found is not None:
            return _known("after", found, (after[k].start, after[-1].end), sentence.para)
    if doc.quotes_from(sentence.start, quote.outer_start):
        return None
    before = doc.tokens(sentence.start, quote.outer_start)
    for k in range(len(before) - 2, -1, -1):
        if before[k].lower != "according":
            continue  # (what _according_at asks first, without a call per word)
        found = _according_at(before, k)
        if found is not None:
            return _known("after", found, (before[k].start, quote.outer_start), sentence.para)
    return None


def _according_at(tokens: list[Token], k: int) -> str | None:
    """The plain description after `according to` at tokens[k], up to its head noun."""
    if k + 2 >= len(tokens) or tokens[k].lower != "according" or tokens[k + 1].lower != "to":
        return None
    rules = attribution_pack().plain_subjects
    i = k + 2
    while i < len(tokens) and tokens[i].lower in rules.leads:
        i += 1
    words = i
    while i < len(tokens) and i - words < rules.max_words and _word(tokens[i]):
        i += 1
    if i == words or not tokens[i - 1].text.islower() or (
            i < len(tokens) and tokens[i].lower in rules.not_heads):
        return None  # (a name, an outlet or a body: the other readings' business; `the exit
        # polls`: no head that speaks)
    if any(t.text[:1].isupper() for t in tokens[words + 1 : i]):
        return None
    return " ".join(t.text for t in tokens[words:i])


def _known(how: str, role: str, clause: tuple[int, int], para: int) -> Source:
    """The description as the article gives it: a speaker known as it stands, no one the
    resolver need look up."""
    return Source(Cue(how, clause, para), None, clause[0], known=Who(None, role))
