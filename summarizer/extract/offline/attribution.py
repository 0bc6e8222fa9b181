"""Who said each quote: the readings of an attribution after the quote, before it, in the next
paragraph, or by continuation from the quote before. attribution_stage.py runs them in order and
resolves the source each one reads (quote → cue → source → speaker).

Order of attempts, most to least specific:
1. after the closing mark, in the same sentence: `“…,” Smith said` / `“…,” said Smith` /
   `“…,” according to Smith`;
2. before the opening mark, in the same sentence: `Smith warned that NATO “…”`,
   `…, saying: “…”`, `comments from Smith that … “…”`; after a colon, in the sentence
   (`Lee was blunt: “…”`) or ending the paragraph before (`She told us:`, colon.py); a tag
   that closes the quote's sentence after a paraphrase carrying it (`So are a “small handful”
   of sponsors, Gilbert said.`, tags.py);
3. a quote that ends its paragraph and a next paragraph opening with `Smith said.` (no quote
   of its own there; and a speaker the article brings in only there, `A senior official …`,
   only when the quote's sentence runs on into that paragraph: `…,”`); or a quote paragraph
   credited on the next line with a dash (`- Bernie Sanders.`, credit_lines.py);
4. continuation: a quote with no attribution of its own, in the paragraph of the previous
   quote or of its attribution, is the same speaker's;
5. a quote that is a whole sentence right after a report of someone's words (`Greene added
   that …. “…”`) is the reported speaker's (report_continuation.py).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter

from summarizer.extract.offline import (
    clause_subjects,
    clauses,
    colon,
    distant_subjects,
    inverted_tags,
    np,
    sources,
    tags,
)
from summarizer.extract.offline.attribution_pack import attribution_pack
from summarizer.extract.offline.attribution_readings import Cue, Source
from summarizer.extract.offline.document import Doc, Token, blank
from summarizer.extract.offline.language import grammar, language, per_language
from summarizer.extract.offline.lexicon import gazetteer
from summarizer.extract.offline.quotes import Quote
from summarizer.extract.offline.source_pack import pack as source_pack
from summarizer.extract.offline.speakers import Resolver, Who

_LEADING_PUNCT = {",", ".", "—", "–", "-", ";", "(", ")"}


@dataclass(frozen=True)
class Attribution:
    """A quote's speaker: the first of its sources that resolves to someone (the stage's
    result, with its cue)."""

    quote: Quote
    who: Who
    how: str  # after | before | next | continued | report
    clause: tuple[int, int]  # where the attribution was read (for dates)
    para: int  # paragraph of the attribution


# --- 1. after the quote ---------------------------------------------------------------------


def _after_window(doc: Doc, quote: Quote) -> tuple[int, int]:
    sentence = doc.sentence_at(max(quote.outer_end - 1, 0))
    end = sentence.end
    later = doc.quotes_from(quote.outer_end, end)
    if later:
        end = later[0].outer_start
    return quote.outer_end, end


# A sentence after a quote that ends in `?` or `!` is its attribution only when it is short.
MARK_TAG_WORDS = 12


def after_quote(doc: Doc, resolver: Resolver, quote: Quote) -> Iterator[Source]:
    """The sources the words after the quote name, most specific first."""
    start, end = _after_window(doc, quote)
    tokens = doc.tokens(start, end)
    while tokens and tokens[0].text in _LEADING_PUNCT:
        tokens = tokens[1:]
    if not tokens:
        tokens = _after_mark(doc, quote)
        start, end = (tokens[0].start, tokens[-1].end) if tokens else (start, end)
    if not tokens:
        return
    if tokens[0].lower in attribution_pack().set_off.clause_openers:
        # (`“…” until Lee said she would run`: a clause of its own, whose speaker is not the
        # quote's; the quote's tag, if any, is an inverted one or `according to` after it:
        # `“…” if she lost, said Roe`)
        comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
        if comma is None or comma + 1 >= len(tokens) or (
                tokens[comma + 1].lower not in language().speech.inverted.verbs
                and tokens[comma + 1].lower != "according"):
            return
        tokens = tokens[comma + 1 :]
        start = tokens[0].start
    cue = Cue("after", (start, end), doc.sentence_at(start).para)
    ref = _after_ref(tokens, doc.text)
    if ref is None or ref.kind not in ("person", "pronoun"):
        surname = _surname_tag(resolver, tokens, quote.start)
        if surname is not None:
            yield Source(cue, surname, quote.start)
    if ref is not None:
        yield Source(cue, ref, quote.start)
    if _last_mark(doc, quote).endswith(_TAG_ENDS):
        ref = _any_verb_tag(tokens, doc.text) or inverted_tags.any_verb(tokens, doc.text)
        if ref is not None:
            yield Source(cue, ref, quote.start)
    yield from _cut_off(doc, resolver, quote, tokens)


# How far after the quote the speech verb of a clause of its own may stand (its subject
# before it: `one of the former prosecutors for Lee said`).
OWN_REPORT_WORDS = 12


def own_report_after(doc: Doc, quote: Quote) -> bool:
    """`But even as Roe claimed that “…,” a lawyer for Lee said the cases were different`: a
    quote that a speech verb right before it governs (`claimed that “`, `called “`), and words
    after it that open a clause of their own, whose speech verb reports words of its own (`said
    the cases were …`, `said: “…”`, `said that …`): those words are no tag of this quote,
    whose speaker is the verb's before it. Not a plain tag (`“…,” Lee said.`, `“…,” Lee told
    the paper.`, `“…,” Lee said in a statement.`)."""
    sentence = doc.sentence_at(quote.outer_start)
    before = doc.tokens(sentence.start, quote.outer_start)
    verbs = language().speech.all_verbs
    if not before:
        return False
    last = before[-1].lower
    if last in _GOVERNING and len(before) > 1:
        governed = any(t.lower in verbs for t in before[-4:-1])
    else:
        governed = last in verbs
    if not governed:
        return False
    start, end = _after_window(doc, quote)
    tokens = doc.tokens(start, end)
    while tokens and tokens[0].text in _LEADING_PUNCT:
        tokens = tokens[1:]
    if not tokens or tokens[0].lower in verbs or tokens[0].lower == "according":
        return False  # (an inverted tag, `said Lee`, or `according to Lee`)
    v = next((k for k, t in enumerate(tokens[:OWN_REPORT_WORDS])
              if t.lower in verbs and k > 0), None)
    if v is None or v + 1 >= len(tokens) or any(
            t.text in _CLAUSE_MARKS for t in tokens[:v]) or (
            tokens[v].lower.endswith("ing") or tokens[v - 1].text == ","):
        return False  # (`…,” Lee seized on it, repeating that …`: a participle, no clause)
    after = tokens[v + 1]
    if after.text == ":" or after.lower == "that":
        return True
    if not (after.text.isalpha() and after.text.islower()) or (
            after.lower in grammar().clauses.prepositions):
        return False
    finite = grammar().paraphrase.finite
    return any(t.lower in finite or (t.text.isalpha() and t.text.islower()
                                      and t.text.endswith("ed"))
               for t in tokens[v + 2 :])


# Words between a speech verb and the quote it governs (`claimed on Tuesday that “…”`,
# `slammed as “…”`).
_GOVERNING = frozenset(["that", "as"])


def _surname_tag(resolver: Resolver, tokens: list[Token], pos: int) -> np.Ref | None:
    """`“…,” Guardian said` / `“…,” From added`: a lone capitalised word and a speech verb
    right after a quote are a surname and its tag when the article named a person of that
    surname in full before, even where the word reads otherwise alone (an outlet, a place, a
    preposition, a verb); a phrase set off by commas may stand before the verb."""
    word = tokens[0].text
    if len(tokens) < 2 or not (word.isalpha() and word[0].isupper() and word[1:].islower()):
        return None
    speech = language().speech
    k = 1
    if tokens[1].text in _SET_OFF_MARKS:
        # (`“…,” Paris, who used to work for the senator, said`: the verb after the phrase)
        k = next((m for m in range(2, min(len(tokens), 2 + LONG_SET_OFF_WORDS))
                  if tokens[m].lower in speech.all_verbs or tokens[m].text in _CLAUSE_MARKS),
                 len(tokens))
        j = k - 1
        while j > 1 and tokens[j].lower in speech.adverbs.words:
            j -= 1
        if k >= len(tokens) or tokens[j].text not in _SET_OFF_MARKS:
            return None
    while k < len(tokens) and tokens[k].lower in speech.adverbs.words:
        k += 1
    if k >= len(tokens) or tokens[k].lower not in speech.all_verbs:
        return None
    entity = resolver.registry.named_before(word, pos)
    if entity is None:
        return None
    return np.Ref("person", word, tokens[0].start, tokens[0].end, name=entity.name)


# Marks that may close a quotation nested at the end of a quote (`“…: ‘What can we do?’”`).
_NESTED_CLOSE = " \t\n'’\"”)]"


def _last_mark(doc: Doc, quote: Quote) -> str:
    """The quote's words without the closing marks of a quotation nested at their end: its
    last punctuation tells how the sentence goes on (`…?’”` ends in a question)."""
    return doc.text[quote.start : quote.end].rstrip(_NESTED_CLOSE)


# A quote whose words end with one of these inside the marks is closed by a tag in the same
# sentence (`“…,” Kelly charged`), whatever the verb.
_TAG_ENDS = (",", "?", "!", "—", "–")


def _any_verb_tag(tokens: list[Token], text: str) -> np.Ref | None:
    """`“…,” Toomey fumed on Tuesday` / `“…,” Hannity started`: after a quote that ends in a
    comma (or `?`, `!`), a named speaker and a past-tense verb are its tag, even a verb the
    speech list does not hold."""
    phrase = np.np_right(tokens, 0)
    k = len(phrase)
    speech = language().speech
    while k < len(tokens) and tokens[k].lower in speech.adverbs.words:
        k += 1
    if not phrase or k >= len(tokens):
        return None
    verb = tokens[k].text
    if not (verb.isalpha() and verb.islower() and verb.endswith("ed")):
        return None
    ref = np.parse(phrase, text)
    return ref if ref is not None and ref.kind in ("person", "pronoun") else None


# Marks that end a quote's last sentence inside the marks; a tag may still follow the quote
# (`“Are we ready?” Smith asked.`, and in transcripts and hurried copy `“We will see…” Roe
# said.` / `“We will win.” Roe said.`).
_SENTENCE_ENDS = ("?", "!", ".", "…")


def _after_mark(doc: Doc, quote: Quote) -> list[Token]:
    """`“Are we ready?” Smith asked.`: a quote ending in `?`, `!`, `.` or `…` ends the sentence
    as far as the marks go, but a short sentence right after it that is only a speaker and a
    speech verb is its attribution (not `Smith asked that …`, a clause of its own)."""
    if not _last_mark(doc, quote).endswith(_SENTENCE_ENDS):
        return []
    index = doc.sentence_index(quote.outer_end)
    if index + 1 >= len(doc.sentences) or doc.sentences[index].end > quote.outer_end:
        return []
    nxt = doc.sentences[index + 1]
    if nxt.para != doc.sentence_at(quote.outer_start).para:
        return []
    tokens = doc.tokens(nxt.start, nxt.end)
    # (a quotation in a participle phrase after the tag, `Roe remarked, alluding to his film
    # “Zero.”`, is no quote of the sentence's own)
    verbs = language().speech.all_verbs
    k = next((k for k, t in enumerate(tokens) if t.lower in verbs), None)
    participle = (k is not None and k + 2 < len(tokens) and tokens[k + 1].text == ","
                  and tokens[k + 2].text.islower() and tokens[k + 2].text.endswith("ing"))
    if doc.quotes_from(nxt.start, tokens[k + 2].end if participle and k is not None
                       else nxt.end):
        return []
    words = [t for t in tokens if t.text[0].isalnum()]
    if not words or _own_clause(tokens):
        return []
    if not _last_mark(doc, quote).endswith(("?", "!")) and not _bare_tag(tokens):
        return []
    if len(words) > MARK_TAG_WORDS and not tags.opens_with_tag(doc, tokens):
        return []
    return tokens


def _cut_off(doc: Doc, resolver: Resolver, quote: Quote, tokens: list[Token]) -> Iterator[Source]:
    """An excerpt that stops inside the attribution (`…,” the White Hou`): the words after
    the quote, running to the very end of the text, name the speaker, the last word possibly
    cut short."""
    last = doc.paragraphs[-1].end
    if tokens[-1].end != last or doc.text[last:].strip():
        return
    phrase = np.np_right(tokens, 0)
    if len(phrase) != len(tokens):
        return
    ref = _completed(phrase) or np.parse(phrase, doc.text)
    if ref is None or ref.kind not in ("person", "org") or (
            ref.kind == "person" and not _known(resolver, ref.name)):
        return
    span = (tokens[0].start, last)
    yield Source(Cue("after", span, doc.sentence_at(span[0]).para), ref, quote.start)


def _known(resolver: Resolver, name: str | None) -> bool:
    """A name the article mentioned before, or a listed person (not a cut-off fragment)."""
    if not name:
        return False
    return name in language().people.by_spelling or any(
        e.name == name or e.surname == name for e in resolver.registry.entities.values())


# A cut-off word must keep at least this many letters to be completed.
CUT_MIN_LETTERS = 2


def _completed(phrase: list[Token]) -> np.Ref | None:
    """The known name or body that the phrase's cut-off last word begins (one match only)."""
    stem = phrase[-1].text
    if len(stem) < CUT_MIN_LETTERS:
        return None
    _, places = gazetteer()
    people = language().people
    matches: list[np.Ref] = []
    start, end = phrase[0].start, phrase[-1].end
    # The names whose words before the last are the phrase's words before its cut-off one and
    # whose last word begins as it does, for each length of name that fits the phrase, in the
    # order of [*places, *people].
    texts = [t.text for t in phrase]
    by_head = _names_by_head()
    opening = stem[:CUT_MIN_LETTERS]
    found = sorted(entry for n in range(len(texts))
                   for entry in by_head.get((tuple(texts[n:-1]), opening), ()))
    for _, surface, last in found:
        if last == stem or not last.startswith(stem):
            continue
        place = places.get(surface)
        if place is None:
            matches.append(np.Ref("person", surface, start, end, people.by_spelling[surface].name))
        elif place.kind in ("body", "org", "country", "capital"):
            affiliation = surface if place.kind == "body" else (
                place.value if place.kind == "org" else None)
            matches.append(np.Ref("org", surface, start, end, affiliation=affiliation,
                                  country=place.country))
    return matches[0] if len({(m.name, m.affiliation, m.country) for m in matches}) == 1 else None


@per_language
def _names_by_head() -> dict[tuple[tuple[str, ...], str], list[tuple[int, str, str]]]:
    """Every place, body and person name (the gazetteer's, then the people list's), keyed by
    its words before the last one and the first CUT_MIN_LETTERS letters of its last word (a
    cut-off word keeps at least that many, which the last word must begin with), as (its rank
    in that order, the name, its last word): _completed looks up the few names that can end a
    cut-off phrase, where reading all of them (some ten thousand, split each time) cost more
    than the rest of the attribution."""
    _, places = gazetteer()
    index: dict[tuple[tuple[str, ...], str], list[tuple[int, str, str]]] = {}
    for rank, surface in enumerate([*places, *language().people.by_spelling]):
        words = surface.split()
        if words:
            key = (tuple(words[:-1]), words[-1][:CUT_MIN_LETTERS])
            index.setdefault(key, []).append((rank, surface, words[-1]))
    return index


def _after_ref(tokens: list[Token], text: str, general: bool = True) -> np.Ref | None:
    """The source `tokens` open with: `Smith said`, `said Smith`, `according to Smith`.

    general: also a source in words the titles do not list (sources.py), as right after a
    quote; not where the words may open a narrative sentence of their own (next paragraph)."""
    speech = language().speech
    first = tokens[0].lower
    if first == "according" and len(tokens) > 2 and tokens[1].lower == "to":
        return np.parse(np.with_issuer(tokens, 2, text), text)
    if first in speech.inverted.verbs:
        # (the general reading first when it finds a person: `said Democratic strategist Ann
        # Roe` is Ann Roe, where the title words stop at `strategist` and leave `Democratic`)
        person = sources.after_verb(tokens, 1, text) if general else None
        if person is not None and person.kind == "person":
            return person
        ref = np.parse(np.np_right(tokens, 1), text)
        if ref is not None and ref.kind not in ("pronoun", "media"):
            # (`said the Democratic nominee`: the description words run on past the capitalised
            # ones, which are then no name: the whole description is the source)
            # (`said a Democratic strategist who …`: likewise for an unnamed source)
            if (person is not None and person.kind in ("descriptor", "unnamed")
                    and person.end > ref.end):
                return person
            return ref
        if general and (ref is None or ref.kind == "media"):
            return sources.after_verb(tokens, 1, text)
    phrase = np.np_right(tokens, 0)
    k = clause_subjects.skip_parenthesis_right(tokens, len(phrase)) if phrase else 0
    comma = None
    if phrase and k < len(tokens) and tokens[k].text == ",":
        comma = k
        phrase, k = _set_off(tokens, phrase, k, text)
    while k < len(tokens) and tokens[k].lower in speech.adverbs.words:
        k += 1
    if phrase and k < len(tokens) and tokens[k].lower in speech.all_verbs:
        ref = np.parse(phrase, text)
        if ref is not None and comma is not None and ref.kind in ("descriptor", "unnamed"):
            # (`the Minister of Foreign Affairs, Ann Roe, underlined`: the title's own `of`
            # phrase kept the name out of the description; the name set off is the speaker)
            ref = sources.apposed_name(tokens, comma, ref, text) or ref
        if ref is not None and (ref.kind != "media" or not general):
            return ref
    if not general:
        return None
    return (_name_far_from_verb(tokens, text) or sources.before_verb(tokens, text)
            or _inverted_at_end(tokens, text) or _set_off_tag(tokens, text))


def _set_off_tag(tokens: list[Token], text: str) -> np.Ref | None:
    """`“…,” Senate Majority Leader Ann Roe, R-Ky., said`: a tag whose subject stands apart
    from its verb (clause_subjects.set_off_subject), the verb being the first speech verb
    after the quote and no clause mark before it."""
    verbs = language().speech.all_verbs
    for k, token in enumerate(tokens):
        if token.lower in verbs:
            return clause_subjects.set_off_subject(tokens, k, text) if k > 0 else None
        if token.text in _CLAUSE_MARKS and not clause_subjects.abbreviation_stop(tokens, k):
            return None
    return None


# A name right after a quote may stand this many words from its speech verb, the words between
# set off by commas or dashes (`“…,” Anne Roe, assistant secretary of state for population,
# refugees and migration, said`).
LONG_SET_OFF_WORDS = 30
_SET_OFF_MARKS = frozenset([",", "—", "–"])
_CLAUSE_MARKS = frozenset([".", ";", ":", "?", "!", "(", ")"])
# Words opening a set-off phrase whose closing comma may be missing before the verb.
_UNCLOSED_OPENERS = frozenset(["who", "the", "a", "an"])


def _name_far_from_verb(tokens: list[Token], text: str) -> np.Ref | None:
    phrase = np.np_right(tokens, 0)
    k = len(phrase)
    if not phrase or k >= len(tokens) or tokens[k].text not in _SET_OFF_MARKS:
        return None
    ref = np.parse(phrase, text)
    if ref is None or ref.kind != "person" or not ref.name:
        return None
    speech = language().speech
    for m in range(k + 1, min(len(tokens), k + 1 + LONG_SET_OFF_WORDS)):
        if tokens[m].lower in speech.all_verbs:
            j = m - 1
            while j > k and tokens[j].lower in speech.adverbs.words:
                j -= 1
            # (hurried copy leaves the closing comma out after a relative clause or a title:
            # `“…,” Ann Roe, who chairs the Better Future Fund said`)
            unclosed = m > k + 2 and tokens[k + 1].lower in _UNCLOSED_OPENERS
            return ref if tokens[j].text in _SET_OFF_MARKS or unclosed else None
        if tokens[m].text in _CLAUSE_MARKS:
            return None
    return None


def _inverted_at_end(tokens: list[Token], text: str) -> np.Ref | None:
    """`“…” if she wins by less, said Dana Roe, an analyst.`: the quote's sentence runs on and
    ends with an inverted attribution after a comma; the first speech verb after the quote."""
    speech = language().speech
    for m, token in enumerate(tokens):
        if token.lower in speech.all_verbs:
            if m > 0 and tokens[m - 1].text == "," and token.lower in speech.inverted.verbs:
                return sources.after_verb(tokens, m + 1, text)
            return None
        if token.text in _CLAUSE_MARKS:
            return None
    return None


# Words a phrase set off by commas may hold (`, who chairs the group,`).
SET_OFF_WORDS = 8


def _set_off(tokens: list[Token], phrase: list[Token], k: int,
             text: str) -> tuple[list[Token], int]:
    """`the Dutch minister, Karel Visser, told` / `Visser, who chairs the group, said`: a
    subject with an apposition or relative clause between commas before its verb. Returns the
    subject's description and the index after the second comma (unchanged when none fits)."""
    close = next((m for m in range(k + 1, min(len(tokens), k + 2 + SET_OFF_WORDS))
                  if tokens[m].text == ","), None)
    if close is None:
        return _long_apposition(tokens, phrase, k, text)
    if any(t.lower in language().speech.all_verbs for t in tokens[k + 1 : close]):
        return phrase, k
    inner = np.np_right(tokens, k + 1)
    if len(inner) == close - k - 1 and np.parse(inner, text) is not None:
        if _other_person(phrase, tokens[:close], text):
            return phrase, close + 1  # `Briggs, a spokesman for Sanders,`: Briggs speaks
        return tokens[: close], close + 1  # an apposition: part of the description
    if tokens[k + 1].lower in {"who", "which", "whose"}:
        return phrase, close + 1
    return _long_apposition(tokens, phrase, k, text)


def _long_apposition(tokens: list[Token], phrase: list[Token], k: int,
                     text: str) -> tuple[list[Token], int]:
    """`Anna Berg, a member of the Swedish parliament's defence committee, told`: a named
    person's title between commas, too long or too possessive for np_right (clauses.
    apposition_end)."""
    close = clauses.apposition_end(tokens, k)
    if close is None:
        return phrase, k
    ref = np.parse(tokens[:close], text)
    if ref is None or ref.kind != "person" or not ref.name:
        return phrase, k
    if _other_person(phrase, tokens[:close], text):
        return phrase, close + 1
    return tokens[:close], close + 1


def _other_person(name: list[Token], whole: list[Token], text: str) -> bool:
    """Does a named subject's apposition name someone else, whom the description would take
    over (`Michael Briggs, a spokesman for Sanders,`; `Ann Roe, an adviser to Walker,`)? The
    subject is the one speaking."""
    first = np.parse(name, text)
    combined = np.parse(whole, text)
    return (first is not None and first.kind == "person" and bool(first.name)
            and combined is not None and combined.kind == "person"
            and combined.name != first.name)


_LOWER = attrgetter("lower")


# --- 2. before the quote --------------------------------------------------------------------


def before_quote(doc: Doc, quote: Quote) -> Iterator[Source]:
    """The sources of the speech verbs (else nouns) before the quote in its sentence, nearest
    first.

    Read lazily, nearest word first: the stage stops at the first source that resolves, most
    often the verb right before the quote, so the words further back (and the distant
    subjects, last) are only read when it did not."""
    sentence = doc.sentence_at(quote.outer_start)
    window_start = sentence.start
    # The last quote before this one that ends in its sentence (quotes are in text order and
    # do not overlap, so the nearest one ends last).
    k = doc.quote_index(quote) - 1
    while k >= 0 and doc.quotes[k].outer_end > quote.outer_start:
        k -= 1
    if k >= 0 and sentence.start <= doc.quotes[k].outer_end:
        window_start = max(window_start, doc.quotes[k].outer_end)
    tokens = doc.tokens(sentence.start, quote.outer_start)

    def source(verb_at: int, ref: np.Ref) -> Source:
        clause = (min(ref.start, verb_at), quote.outer_start)
        return Source(Cue("before", clause, sentence.para), ref, verb_at)

    # Only a trigger word (a speech verb or noun, `according`) can be an event: the others
    # are left out by a set lookup in C rather than a call each. Nearest first: tokens are in
    # text order, so those in the window are the last ones.
    triggers = clauses.triggers()
    hits = list(compress(range(len(tokens)), map(triggers.__contains__, map(_LOWER, tokens))))
    hits.reverse()
    n = 0
    # Quoted words belong to the closest speech verb that governs them (`Zelensky said states
    # had voiced their "full support"` → the states'); a speech noun only when no verb does.
    verbs = False
    nouns: list[tuple[int, np.Ref]] = []
    while n < len(hits) and tokens[hits[n]].start >= window_start:
        found = _reading(doc, tokens, hits[n])
        n += 1
        if found is None:
            continue
        is_noun, at, ref = found
        if is_noun:
            nouns.append((at, ref))
        else:
            verbs = True
            yield source(at, ref)
    if not verbs:
        if nouns:
            for at, ref in nouns:
                yield source(at, ref)
        else:
            # A verb before an earlier quote of the sentence when the clause it reports runs
            # on to this one (`Novak said Czechia had “…” from a pledge made “…”`): both
            # fragments are Novak's.
            earlier = False
            if _same_clause(doc, window_start, quote.outer_start):
                said = language().speech.inverted.verbs
                for k in hits[n:]:
                    found = _reading(doc, tokens, k)
                    if found is not None and not found[0]:
                        earlier = True
                        yield source(found[1], found[2])
                    elif found is None and tokens[k].lower in said and (
                            not clauses.passive(tokens, k)):
                        break  # (`…, while a source familiar with the calls said it had “…”`:
                        # the nearest `said` governs the quote even when its subject is
                        # unread, and no verb before it does)
            if not earlier:
                for at, ref in _reporting_that(doc, tokens, window_start)[::-1]:
                    yield source(at, ref)
    # (last, a subject standing far from its verb: also where the verb's nearer reading
    # named no one who could be resolved)
    for at, ref in _distant(doc, tokens, window_start):
        yield source(at, ref)


def _reading(doc: Doc, tokens: list[Token], k: int) -> tuple[bool, int, np.Ref] | None:
    """The speech event at tokens[k] as (is a noun, its offset, its source), if it is one; a
    speech noun only when it reports the words after it."""
    if tokens[k].lower in attribution_pack().citing.verbs:
        cited = clauses.cited_source(tokens, k + 1, doc.text)
        if cited is not None:
            return False, tokens[k].start, cited
    found = clauses.event_at(tokens, k, doc.text)
    if found is None or (_transitive(doc, tokens, k)
                         and found[1].kind not in ("person", "pronoun")):
        return None
    is_noun = found[0] in language().speech.nouns.words
    if is_noun and not _noun_reports(tokens, k):
        return None
    if found[0] != "according to" and object_of_preposition(tokens, found[1]):
        return None  # (the subject stands further back: distant_subjects.py)
    return is_noun, tokens[k].start, found[1]


def _transitive(doc: Doc, tokens: list[Token], k: int) -> bool:
    """`… defense, continued military operations into …`: a verb with a plain transitive sense
    whose next word is a lower-case one (no `that`, `to` or speech adverb), or a quoted
    lower-case gerund (`the alliance continues “building the bridge” to …`: the verb's
    aspectual sense, the quote its object): no speech there, unless a person's name or a
    pronoun is its subject (`Roe continued his attacks, followed by: “…”` goes on to Roe's
    words)."""
    rules = attribution_pack().before
    if tokens[k].lower not in rules.bare_verbs:
        return False
    if _quoted_gerund(doc, tokens[k].end):
        return True
    if k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    return after.text[0].islower() and after.lower not in rules.openers and (
        after.lower not in language().speech.adverbs.words)


def _quoted_gerund(doc: Doc, at: int) -> bool:
    """Does one of the Doc's quotes open right after offset `at` (one space between) with a
    lower-case word in -ing (`continues “building the bridge”`)?"""
    opened = doc.quotes_from(at + 1, at + 2)
    if not opened or doc.text[at : at + 1] != " ":
        return False
    word = _LOWER_WORD.match(doc.text, opened[0].start, opened[0].end)
    return word is not None and len(word[0]) > 4 and word[0].endswith("ing")


_LOWER_WORD = re.compile(r"[a-z]+")


def object_of_preposition(tokens: list[Token], ref: np.Ref) -> bool:
    """`a source familiar with the talks with foreign leaders said`: a bare unnamed
    description (no determiner) right after a preposition is that preposition's object, never
    the verb's subject."""
    words = ref.text.split()
    if ref.kind != "unnamed" or not ref.text[:1].islower() or (
            words[0].lower() in source_pack().description.determiners):
        # (`a lecture from the Mexican president, who said`: the person spoke; `with one
        # leader saying`: the absolute construction's subject)
        return False
    at = bisect.bisect_left(tokens, ref.start, key=attrgetter("start"))
    # (not `of`: `a large number of member states had voiced …` is a partitive subject)
    return at > 0 and tokens[at - 1].lower != "of" and (
        tokens[at - 1].lower in grammar().clauses.prepositions)


# Words after a speech noun that open what it reports (`Roe's claim that …`, `Roe's
# comments: “…”`), or the quote itself right after it.
_NOUN_OPENERS = frozenset(["that", ":"])


def _noun_reports(tokens: list[Token], k: int) -> bool:
    """Does the speech noun at k report the words after it (`Roe's claim that Lee “…”`)? Not
    a noun another verb takes as its object on the way to the quote (`Lee shrugged off Roe's
    comments, telling reporters, “…”`; `he played down Roe's comments as “…”`): the quote is
    then the other verb's subject's."""
    # (its agent may come between: `comments from Ann Roe that …`, `a message from her
    # adviser, Ann Roe, that read: …`)
    for token in tokens[k + 1 :]:
        if token.lower in _NOUN_OPENERS:
            return True
        word = token.text
        if word in _CLAUSE_MARKS or (word.isalpha() and word.islower()
                                     and word.endswith(("ing", "ed"))):
            return False  # (a clause of its own: `, telling reporters`, `, saying`)
    return k + 1 >= len(tokens)


def _distant(doc: Doc, tokens: list[Token], window_start: int) -> list[tuple[int, np.Ref]]:
    """The last speech verb in the window whose subject stands far from it
    (distant_subjects.py: `a source speaking to Fox News said, “…”`)."""
    verbs = language().speech.all_verbs
    for k in range(len(tokens) - 1, -1, -1):
        if tokens[k].start < window_start:
            break
        if tokens[k].lower not in verbs and tokens[k].lower != "according":
            continue  # (either form is read only at a speech verb or `according`)
        ref = (distant_subjects.distant_subject(tokens, k, doc.text)
               or distant_subjects.according_to(tokens, k, doc.text))
        if ref is not None:
            return [(tokens[k].start, ref)]
    return []


def _reporting_that(doc: Doc, tokens: list[Token], window_start: int) -> list[tuple[int, np.Ref]]:
    """`Hewlett sniped that Fiorina was “learning on the job”`: with no speech verb, a verb
    in the past tense taking a `that` clause reports what its subject said; the quoted words
    in that clause are the subject's (the verb need not be in the speech list)."""
    for k in range(len(tokens) - 2, -1, -1):
        token = tokens[k]
        if token.start < window_start:
            break
        word = token.text
        if (tokens[k + 1].lower == "that" and word.isalpha() and word.islower()
                and word.endswith("ed") and not clauses.passive(tokens, k)):
            ref = clauses.subject(tokens, k, doc.text)
            if ref is not None and ref.kind in ("person", "pronoun"):
                return [(token.start, ref)]
            return []
    return []


# Words that open a contrasting clause between two quotes of one sentence (`…, while Kyiv's
# envoy considers it “…”`): the later quote is no longer in the first verb's report (`but`
# is not one: `“bold” but “premature”` is one report): grammar.toml [attribution].


def _same_clause(doc: Doc, start: int, end: int) -> bool:
    """Do the words between two quotes of one sentence carry on one reported clause (no
    semicolon, dash, colon or contrasting conjunction)?"""
    between = doc.text[start:end]
    if ";" in between or ":" in between or "—" in between or "–" in between or "(" in between:
        return False
    # (the lookups by set methods in C: no generator step per word)
    return grammar().attribution.clause_breaks.isdisjoint(map(_LOWER, doc.tokens(start, end)))


# --- 3. next paragraph ----------------------------------------------------------------------


def next_paragraph(doc: Doc, resolver: Resolver, quote: Quote,
                   previous: Attribution | None = None) -> Iterator[Source]:
    """The source that the paragraph after a quote ending its paragraph opens with."""
    para = quote.last_para
    if para + 1 >= len(doc.paragraphs) or quote.close_at is None:
        return
    if not blank(doc.text, quote.outer_end, doc.paragraphs[para].end, _SPACE_STOPS):
        return
    nxt = doc.paragraphs[para + 1]
    sentence = doc.sentence_at(nxt.start)
    if doc.quotes_from(nxt.start, sentence.end):
        return  # `“…,” Lindqvist said.` opening the paragraph: that quote's attribution
    tokens = doc.tokens(nxt.start, sentence.end)
    if not tokens:
        return
    ref = _after_ref(tokens, doc.text, general=False)
    if ref is not None and _own_clause(tokens):
        return  # `Marsh argued that …`: a statement of its own, not the quote's attribution
    # A quote whose sentence goes on (`…,”` then a break) is finished by the next paragraph,
    # which may name its speaker for the first time; a finished sentence's quote may not be
    # given to someone the article brings in only later.
    goes_on = _last_mark(doc, quote).endswith(_GOES_ON)
    if ref is None or (not goes_on and _introduced_after(resolver, ref, quote.start)):
        return
    # A finished quote is credited by a next paragraph that is only a tag (`Roe said.`, `Roe
    # told reporters on Monday.`); one that says more (`Lee said the vote failed.`, `Lee
    # announced new steps.`) starts a statement of its own, and the quote before it is
    # someone else's (its paragraph's speaker by continuation, or no one the text names).
    if not goes_on and not _tag_only(tokens):
        return
    yield Source(Cue("next", (nxt.start, sentence.end), para + 1), ref, nxt.start)


_GOES_ON = (",", ";", "—", "–")
# What may follow a quote that ends its paragraph (`“…”.`).
_SPACE_STOPS = " \t\n\r\f\v,.;"


def _bare_tag(tokens: list[Token]) -> bool:
    """Is the sentence's first speech verb followed by nothing but a mark (`Roe said.`,
    `Roe said, smiling.`)? After a quote ending in `.`, only such a bare tag is its
    attribution: `“We will win.” Roe said the vote was lost.` starts a statement of its own."""
    verbs = language().speech.all_verbs
    k = next((k for k, t in enumerate(tokens) if t.lower in verbs), None)
    return k is not None and (k + 1 == len(tokens) or not tokens[k + 1].text[0].isalnum())


def _tag_only(tokens: list[Token]) -> bool:
    """Do the words after the first speech verb, up to a comma or the sentence's end, hold
    at most a listener and circumstances (`Roe said.`, `Roe told us on Monday.`), no clause
    of their own (`Roe said the vote failed.`)?"""
    verbs = language().speech.all_verbs
    k = next((k for k, t in enumerate(tokens) if t.lower in verbs), None)
    if k is None:
        return False
    tail = list(itertools.takewhile(lambda t: t.text not in _TAIL_ENDS, tokens[k + 1 :]))
    return colon.bare_tail(tail)


_TAIL_ENDS = frozenset([",", ".", "?", "!", ";", ":", "—", "–"])


def _own_clause(tokens: list[Token]) -> bool:
    """Does the first speech verb take a `that` clause of its own?"""
    verbs = language().speech.all_verbs
    k = next((k for k, t in enumerate(tokens) if t.lower in verbs), None)
    return k is not None and k + 1 < len(tokens) and tokens[k + 1].lower == "that"


# An indefinite description brings in someone new (`A senior French official …`):
# grammar.toml [attribution].


def _introduced_after(resolver: Resolver, ref: np.Ref, pos: int) -> bool:
    """Is the speaker first mentioned after pos? Then the words before pos cannot be theirs:
    a name the article has not used yet, or an indefinite description."""
    words = ref.text.split(maxsplit=1)
    if words and words[0].lower() in grammar().attribution.indefinite:
        return True
    if ref.kind != "person" or not ref.name:
        return False
    # (the lookup resolve() would make anyway: a name never scanned gets a mention-less entity)
    entity = resolver.registry.person(ref.name, pos)
    # (mentions are in text order: the first one tells, without a walk over all of them)
    return not entity.mentions or entity.mentions[0].offset >= pos


# --- 4. continuation ------------------------------------------------------------------------


# Prose between a quote and the previous one (its attribution aside) longer than this means
# the narrative moved on and the quote is not a continuation.
CONTINUATION_GAP = 80


# A speech verb this close after a quote makes an attribution of its own (`“…,” the organizer
# told them`), even one no speaker could be read from.
OWN_TAG_WORDS = 6


def _own_tag(doc: Doc, quote: Quote) -> bool:
    """Does the quote carry an attribution of its own right after it?"""
    start, end = _after_window(doc, quote)
    verbs = language().speech.all_verbs
    return any(t.lower in verbs for t in doc.tokens(start, end)[:OWN_TAG_WORDS])


def continued(doc: Doc, quote: Quote, previous: Attribution | None) -> Iterator[Source]:
    """The previous quote's speaker, for a quote with no attribution of its own; a new
    attribution, even one whose speaker cannot be read, never inherits it."""
    if previous is None or _own_tag(doc, quote):
        return
    same = quote.para in (previous.quote.last_para, previous.para)
    whole = blank(doc.text, doc.paragraphs[quote.para].start, quote.outer_start)
    if not (same or (whole and quote.para == previous.quote.last_para + 1)):
        return
    lo, hi = previous.clause
    verbs, breaks = language().speech.all_verbs, grammar().attribution.clause_breaks
    gap = 0
    # (stops at the first word too many: a quote far into a long paragraph after an earlier
    # speaker costs a window, not the whole paragraph, so time stays linear in the article)
    for t in doc.iter_tokens(previous.quote.outer_end, quote.outer_start):
        if lo <= t.start < hi:
            continue
        gap += len(t.text) + 1
        if gap > CONTINUATION_GAP or t.lower in verbs or t.lower in breaks:
            return
    cue = Cue("continued", (quote.start, quote.start), quote.para)
    yield Source(cue, None, quote.start, known=previous.who)
