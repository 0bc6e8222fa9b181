"""Sources the lexicon's titles do not name: descriptions in general words next to a quote's
speech verb (`“…,” Republican strategist Fred Davis said`, `“…,” the organizer told them`,
`“…,” said one former executive who asked not to be named`), and abbreviated titles.

The words live in data/offline/sources.toml, read once into a validated pack.
"""

from __future__ import annotations

from summarizer.extract.offline import np
from summarizer.extract.offline.document import Token
from summarizer.extract.offline.language import grammar, language
from summarizer.extract.offline.lexicon import gazetteer
from summarizer.extract.offline.source_pack import pack


def _word(token: Token, stops: frozenset[str]) -> bool:
    text = token.text
    return (text[0].isalnum() or text in pack().titles.offices) and token.lower not in stops


def adverb(token: Token) -> bool:
    """A speech verb's adverb (`also`, `initially`, `confidently`): listed, or lower-case -ly."""
    lower = token.lower
    return lower in language().speech.adverbs.words or (
        token.text.islower() and lower.endswith("ly") and len(lower) > 4)


def before_verb(tokens: list[Token], text: str) -> np.Ref | None:
    """`Republican strategist Fred Davis said` / `the organizer told`: the words opening
    `tokens` up to a speech verb (adverbs between allowed) read as the source, when they are
    a short description and not a clause."""
    speech = language().speech
    rules = pack().description
    k = 0
    while k < len(tokens) and k <= rules.max_words and _word(tokens[k], rules.stop_words):
        if tokens[k].lower in speech.all_verbs:
            break
        k += 1
    if k < len(tokens) and tokens[k].lower not in speech.all_verbs:
        k = _past_body_name(tokens, k)
    verb = k
    if 0 < k < len(tokens) and tokens[k].text == ",":
        return _described_then_named(tokens, k, text)
    while k > 0 and adverb(tokens[k - 1]):
        k -= 1
    if k == 0 or verb >= len(tokens) or tokens[verb].lower not in speech.all_verbs:
        return None
    return read(tokens[:k], text, outlets=tokens[verb].lower in pack().outlets.verbs)


def _past_body_name(tokens: list[Token], k: int) -> int:
    """`Ann Roe of Kiel University's Institute for Security Policy said`: a name placed by
    `of` / `from` (or a description's noun by `of`, `from`, `in`, `at`: `the press office at
    Fort Lind Air Base`) in a body whose name runs past the description's words (or holds
    `and`, `on`): the index after that body's name when it opens with a capitalised word or
    `the` and runs on to the next token; else k. The name is the source (read() ends it
    before the preposition), or the whole description."""
    rules = pack().description
    at = next((j for j in range(1, min(k, len(tokens) - 1))
               if (tokens[j].lower in rules.placing and np.name_like(tokens[j - 1].text))
               or (tokens[j].lower in rules.locatives and tokens[j - 1].text.isalpha()
                   and tokens[j - 1].text.islower())), None)
    if at is None or not (tokens[at + 1].text[:1].isupper() or tokens[at + 1].lower == "the"):
        return k
    m = at + 1
    while m < len(tokens) and m - at <= 2 * rules.max_words and (
            tokens[m].text[:1].isupper() or tokens[m].lower in rules.body_name_links):
        m += 1
    return m if m > k else k


def _described_then_named(tokens: list[Token], k: int, text: str) -> np.Ref | None:
    """`his wife, Gabriela Roe, wrote` / `the presumptive nominee, Dan Roe, tweeted`: a
    description, a comma (tokens[k]), a name set off by commas, then a speech verb: the named
    person, with the description as role."""
    title = read(tokens[:k], text, outlets=False)
    if title is None or title.kind not in ("descriptor", "unnamed"):
        return None
    named = apposed_name(tokens, k, title, text)
    if named is None:
        return None
    m = k + 1 + len(np.np_right(tokens, k + 1))
    if m >= len(tokens) or tokens[m].text != ",":
        return None
    m += 1
    while m < len(tokens) and adverb(tokens[m]):
        m += 1
    return named if m < len(tokens) and tokens[m].lower in language().speech.all_verbs else None


def after_verb(tokens: list[Token], start: int, text: str) -> np.Ref | None:
    """`said one former executive who asked …` / `said the agency, which …`: the words after
    an inverted verb up to a comma, a clause word or the end, read as the source."""
    rules = pack().description
    k = start
    if _partitive(tokens[start:]):
        k = start + 3  # `said one of those advisers`: `those` opens the group, no clause
    while (k < len(tokens) and k - start < rules.max_words
           and _word(tokens[k], rules.stop_words)):
        k += 1
    if k == start:
        return None
    outlets = start > 0 and tokens[start - 1].lower in pack().outlets.verbs
    ref = read(tokens[start:k], text, outlets=outlets)
    if ref is not None and ref.kind in ("descriptor", "unnamed"):
        return apposed_name(tokens, k, ref, text) or ref
    return ref


def apposed_name(tokens: list[Token], k: int, title: np.Ref, text: str) -> np.Ref | None:
    """`said the bureau's director, James B. Colm, on Monday` / `said Holt's deputy campaign
    manager, Rich Bessel, who …`: a name set off by a comma (tokens[k]) right after a
    description is the person it describes; None when no name alone stands there."""
    if k >= len(tokens) or tokens[k].text != ",":
        return None
    phrase = np.np_right(tokens, k + 1)
    after = k + 1 + len(phrase)
    if not phrase or (after < len(tokens) and tokens[after].text not in {",", ".", ";"}):
        return None
    person = np.parse(phrase, text)
    if person is None or person.kind != "person" or not person.name:
        return None
    return np.Ref("person", text[title.start : person.end], title.start, person.end,
                  person.name, person.role or title.role,
                  person.affiliation or title.affiliation, person.country or title.country)


def read(words: list[Token], text: str, outlets: bool = True) -> np.Ref | None:
    """A description in general words as a source: a name when one ends it or the lexicon
    reads it; else an unnamed source whose role is the description without its determiner
    (`the organizer` → organizer). None when its last word cannot head a noun phrase.

    outlets: a news outlet may be the source (`“…,” the Guardian wrote`); not where it is
    more often the one reporting (`Reuters reported`, before a quote, a paraphrase)."""
    words = _before_locative(words)
    rules = pack().description
    if _partitive(words) and len(words) > 3:
        words = words[2:]  # `one of those advisers`: the source is one of the advisers
    if not words or words[0].lower in rules.not_first:
        return None  # `(wrote) in a letter`: a preposition opens no source
    while len(words) > 1 and words[-1].lower in rules.complement_adjectives:
        words = words[:-1]  # `a person close (to the Clintons)`: the head is `person`
    if len(words) == 1 and words[0].lower in rules.quantifiers:
        # (`Another tweeted`, `Others said`: unnamed people, never a name `Others`)
        return np.Ref("unnamed", words[0].text, words[0].start, words[0].end, None,
                      words[0].lower)
    ref = np.parse(words, text)
    if ref is not None and ref.kind != "media":
        return ref
    if ref is not None:
        named = [t for t in words if t.lower not in rules.determiners]
        name = text[named[0].start : named[-1].end] if named else ref.text
        outlet = np.Ref("org", ref.text, ref.start, ref.end, affiliation=name)
        return outlet if outlets else None
    head = words[-1]
    # (an age heads a description though it opens with a digit: `the 46-year-old`; a manner
    # adverb never does: `said flatly`)
    if (words[0].lower in rules.not_first
            or not (head.text[0].isalpha() or person_noun(head.lower))
            or (adverb(head) and not person_noun(head.lower))
            or head.lower in rules.determiners or np.is_possessive(head.text)
            or head.lower in rules.things or head.lower in language().plan.names.generic):
        return None
    content = [t for t in words if t.lower not in rules.determiners]
    if not content:
        return None
    start, end = words[0].start, words[-1].end
    role = text[content[0].start : content[-1].end]
    kind = "descriptor" if words[0].lower == "the" and person_noun(head.lower) else "unnamed"
    return np.Ref(kind, text[start:end], start, end, None, role)


def _partitive(words: list[Token]) -> bool:
    """`one of those advisers`, `some of the organizers`: a quantifier, `of` and a
    determiner open the description."""
    rules = pack().description
    return (len(words) > 2 and words[0].lower in rules.quantifiers and words[1].lower == "of"
            and words[2].lower in rules.determiners)


def _before_locative(words: list[Token]) -> list[Token]:
    """`Ann Roe of Maryland`, `Ann Roe in a statement`: the description ends at a preposition
    right after a name."""
    locatives = pack().description.locatives
    for k in range(1, len(words)):
        if words[k].lower in locatives and np.name_like(words[k - 1].text):
            return words[:k]
    return words


def person_noun(word: str) -> bool:
    """A lower-case noun for a person (`organizer`, `strategist`, `tycoon`; not `newspaper`)."""
    rules = pack().description
    if word in rules.not_people:
        return False
    return word in rules.person_nouns or word.endswith(rules.person_endings)


def left_of(tokens: list[Token], verb: int, text: str) -> np.Ref | None:
    """`In a statement, the bank said` / `The newspaper wrote`: the words before the speech
    verb at tokens[verb] (adverbs between allowed) read as its subject, when they open a
    clause (sentence start, comma, `and`) and are a short description."""
    rules = pack().description
    k = verb - 1
    while k >= 0 and adverb(tokens[k]):
        k -= 1
    end = k + 1
    while k >= 0 and end - k <= rules.max_words and _word(tokens[k], rules.stop_words):
        k -= 1
    if k + 1 == end or (k >= 0 and tokens[k].lower not in grammar().sources.clause_starts):
        return None
    ref = read(tokens[k + 1 : end], text, outlets=False)
    return ref if ref is None or ref.kind in ("unnamed", "descriptor", "person", "org") else None


def outlet(ref: np.Ref | None) -> bool:
    """Does the phrase name a news outlet (`Bloomberg`, `the publication`, `UNN reports`)?
    An outlet as a tag's subject carries words someone else said whenever the quote's own
    sentence names a speaker before it (attribution_stage.py)."""
    if ref is None or ref.kind == "media":
        return ref is not None
    outlets = pack().outlets
    if ref.kind == "org":
        words = (ref.affiliation or "").split()
        if words and words[-1] in pack().names.press_heads:
            return True  # (`the Daily Courier`: read as an organisation, np._body)
        places = gazetteer()[1]
        # (`the Financial Times`: the name as listed is the affiliation, without `the`)
        return any(p is not None and p.kind == "media"
                   for p in (places.get(ref.text), places.get(ref.affiliation or "")))
    if ref.kind in ("unnamed", "descriptor") and ref.role:
        return ref.role.split()[-1].lower() in outlets.nouns or reports(ref)
    return False


def reports(ref: np.Ref) -> bool:
    """`UNN reports`: a phrase read as a tag's subject that ends in a report verb is an
    outlet's report of words it carries, never a speaker."""
    words = ref.text.split()
    return len(words) > 1 and words[-1].lower() in pack().outlets.report_words
