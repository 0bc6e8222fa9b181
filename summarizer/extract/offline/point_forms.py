"""Plan points stated in forms beyond lists, ordinals and `the plan calls for` (plan.py,
points.py): the plan's main part (`The plan's centerpiece is X`), first place (`puts X at the
top of its five points`, `X tops the list`), a copular ordinal (`X is the first of the plan's
five points`), what it requests (`the plan's request to lift limits …`) and whom it asks to act
(`The plan … asks allies to let Kyiv …`). Each point is (number, summary, (start, end) of
evidence), as in points.py; every form needs the plan named in its sentence (or, for `its`,
the sentence before), so that demands made near the plan are not taken for its points.
"""

from __future__ import annotations

import itertools
import re

from summarizer.extract.offline.document import Doc, Sentence
from summarizer.extract.offline.language import grammar, language, per_language
from summarizer.extract.offline.lexicon import alternation
from summarizer.extract.offline.plan_patterns import (
    finditer_owned,
    finditer_the,
    patterns,
    search,
)
from summarizer.extract.offline.points import Point, summary, vague_plea
from summarizer.extract.offline.prefilter import Filtered
from summarizer.extract.offline.word_packs import plan_words

# What names a point before `is the first of …` has at most this many words; what follows
# the ordinal (`of the plan`, `in Zelensky's plan`) at most TAIL_WORDS.
SUBJECT_WORDS, TAIL_WORDS = 12, 6
# The plan is the subject when it is named within this many words of the sentence start
# (`The five-point plan, which …, asks allies to …`).
SUBJECT_REACH = 4
_OWNERS = r"(?:(?:its|his|their|Kyiv['’]s|Ukraine['’]s)\s+)?"
# `The plan's centerpiece, officials say, is X`: an aside set off by commas before the copula
# (whatever it says, the complement is still the plan's part; a verdict there, `, is
# unrealistic`, is no proposal and is left out later).
ASIDE = r"(?:,[”’\"']?\s+[^,.;:()“”\"]{1,60}?,)?"
# `… is, officials say, X`: the same aside after the copula.
_COPULA = r"\s+(?:is|was|remains)(?:,\s+[^,.;:()“”\"]{1,60}?,)?\s+"
# `The plan's centerpiece, an invitation to join NATO, has …` / `… — an invitation … —`: an
# appositive (opened by a determiner) that names the part.
_APPOSITIVE = r"(?:,|\s*[—–])\s+((?:an?|the)\s+[^,.;:()“”\"—–]{3,100}?)(?:,|\s*[—–])\s"


def _alt(key: str) -> str:
    return alternation(language().plan.forms.by_name[key])


@per_language
def _forms() -> dict[str, Filtered]:
    """The forms' patterns, with prefilters (most sentences lack a word each one needs)."""
    return {key: Filtered(pattern) for key, pattern in _patterns().items()}


def _patterns() -> dict[str, re.Pattern[str]]:
    plan = patterns()["plan"].pattern
    heads, requests = _alt("heads"), _alt("requests")
    return {
        "head": re.compile(
            rf"(?:(?:{plan})[’']s\s+(?:{heads})"
            # `The core of Zelensky's plan is` (not `The core of Berlin's objection to the plan`)
            rf"|\b(?:the\s+)?(?:{heads})\s+of\s+(?:the|his|its|[A-Z][\w-]*['’]s)\s+"
            rf"(?:(?!(?:to|of|for|about|on|with|against)\b)[\w‘’“”\"'-]+\s+){{0,2}}?"
            rf"(?:{plan})[”’\"']?)"
            rf"(?:{_APPOSITIVE}|{ASIDE}{_COPULA})",
            re.I),
        # `Its centerpiece, officials say, is X` / `The centerpiece is X`, the plan named just
        # before (not `The centerpiece of the summit`).
        "its_head": re.compile(
            rf"\b(?:[Ii]ts|[Tt]he)\s+(?:{heads})(?!\s+of\b)(?:{_APPOSITIVE}|{ASIDE}{_COPULA})",
            re.I),
        # `Central to the plan, officials say, is X`: the copula after the plan, inverted.
        "central": re.compile(
            rf"\b(?:{_alt('centrals')})\s+to\s+(?:the|his|its|[A-Z][\w-]*['’]s)\s+"
            rf"(?:(?!(?:to|of|for|about|on|with|against)\b)[\w‘’“”\"'-]+\s+){{0,2}}?"
            rf"(?:{plan})[”’\"']?{ASIDE}\s+(?:is|are|was|remains)\s+",
            re.I),
        "top": re.compile(
            rf"\b(?:{_alt('placing')})\s+([^.,;]{{3,80}}?)\s+(?:at\s+the\s+top|atop)\s+of\s+"
            rf"(?:its|the|his|their)\s+(?:[\w-]+\s+)?(?:list|points|priorities|demands)\b", re.I),
        # `The plan puts the invitation first`: the object placed first (a phrase opened by a
        # determiner, not `puts Ukraine first`, a slogan).
        "first": re.compile(
            rf"\b(?:{_alt('placing')})\s+((?:the|an?|its)\s+[^.,;]{{1,60}}?)\s+first\b"
            r"(?!\s+(?:of|in|among|and\s+foremost)\b)", re.I),
        # `In the first place is X`: a phrase placing X first, then an inverted copula.
        "first_place": re.compile(
            rf"(?:{_alt('first_places')})[”’\"']?,?\s+(?:is|was|comes|stands)\s+"),
        "tops": re.compile(
            rf"\b(?:{'|'.join(map(re.escape, sorted(plan_words().topping)))})\s+"
            r"(?:the|its|his)\s+list\b", re.I),
        "request": re.compile(
            rf"(?:\b(?:the\s+)?(?:{plan})[’']s|\b[Ii]ts)\s+"
            rf"(?:(?:{requests})\s+for|(?:{_alt('requests_to')})\s+to)\s+", re.I),
        # `the deterrence package (that) the plan proposes`, `… it calls for`: a noun phrase
        # of two to six words that the plan asks for (plan.toml [forms] relative_verbs).
        "relative": re.compile(
            r"\b[Tt]he\s+((?:(?!(?:that|which)\s)[\w’'-]+\s+){1,5}?(?!(?:that|which)\s)[\w’'-]+)"
            r"\s+(?:(?:that|which)\s+)?"
            rf"(?:(?:the\s+)?(?:{plan})|(it))\s+(?:{_alt('relative_verbs')})\b"),
        # `The plan, Zelensky told lawmakers, requires X` (an aside allowed before the verb):
        # read only when X is a demand (see _required).
        "requires": re.compile(
            rf"(?:{plan})[”’\"']?{ASIDE}\s+(?:also\s+|would\s+)?(?:{_alt('requiring')})\s+"
            r"(?=[a-z])", re.I),
        # `an invitation to join NATO, a key part of his victory plan, …` / `…, a key part of
        # it,` (the plan named before it in the sentence): the point, a determiner's phrase,
        # right before an appositive naming it a part of the plan. Another's plan by a
        # capitalised owner only with the plan's proper name (not `the West's plan`).
        "part_of": re.compile(
            r"\b((?:an?|the)\s+[^,.;:()“”\"—–]{3,80}?),\s+(?:an?|one)\s+"
            rf"(?:(?:{_alt('part_adjectives')})\s+)?(?:{_alt('parts')})\s+of\s+"
            rf"(?:(it)\b|(?:the|his|her|its|their|Kyiv['’]s|Ukraine['’]s)\s+"
            rf"(?:(?![\w-]+['’]s\b)[\w‘’“”\"'-]+\s+){{0,2}}?(?:{plan})\b|[A-Z][\w-]*['’]s\s+"
            rf"(?:[\w‘’“”\"'-]+\s+){{0,2}}?(?:{patterns()['name'].pattern})\b)", re.I),
        "asks": re.compile(
            rf"\b(?:{_alt('asking')})\s+{_OWNERS}(?:{_alt('addressees')})\s+"
            r"(?:to\s+(?=[a-z])|for\s+)"),
    }


@per_language
def _stops() -> re.Pattern[str]:
    return re.compile(rf"[.;,:](?:\s|$)|\s(?:{_alt('content_stops')})\b", re.I)


def _content_end(text: str, start: int, end: int) -> int:
    """Where content read after a noun or a verb stops: the clause's end, or the verb of the
    sentence the noun phrase belongs to (`the request to lift limits would be granted`)."""
    match = _stops().search(text, start, end)
    stop = match.start() if match else end
    return start + len(text[start:stop].rstrip(" .”\"’'"))


def _names_plan(text: str, start: int, end: int) -> bool:
    return search("plan", text, start, end) is not None


def _plan_subject(doc: Doc, sentence: Sentence, at: int) -> bool:
    """Is the plan the subject of the verb at `at`: named in the sentence's first words, or
    in an opener (`Under the plan, …`), or `It …` right after a sentence that names it?"""
    text = doc.text
    head = text[sentence.start : at]
    words = head.split()
    first = search("plan", text, sentence.start, at)
    lead = text[sentence.start : first.start()].lower().split() if first else []
    prepositions = grammar().clauses.prepositions
    if first is not None and len(lead) < SUBJECT_REACH and not set(lead) & prepositions:
        return True  # `The plan, …, asks`, not `Critics of the plan urge`
    if words and words[0].lower() in ("in", "under") and first is not None and (
            "," in text[first.end() : at] and "," not in text[sentence.start : first.start()]):
        return True
    index = doc.sentences.index(sentence)
    prev = doc.sentences[index - 1] if index else None
    return bool(words) and words[0] == "It" and prev is not None and (
        prev.para == sentence.para and _names_plan(text, prev.start, prev.end))


def sentence_forms(doc: Doc, sentence: Sentence) -> list[Point]:
    """The points this sentence states in the forms above."""
    text, a, b = doc.text, sentence.start, sentence.end
    forms = _forms()
    out: list[Point] = []
    if not _names_plan(text, a, b) and not re.search(r"\bpoints?\b", text[a:b]):
        return out
    for match in (*forms["head"].finditer(text, a, b), *forms["central"].finditer(text, a, b)):
        out += _head_point(text, a, b, match)
    out += _top(doc, sentence)
    for match in finditer_owned(doc, forms["request"], a, b):
        if match.group(0)[:3].lower() == "its" and not _its_plan(doc, sentence, match.start()):
            continue
        end = _content_end(text, match.end(), b)
        if len(text[match.end() : end].split()) >= 2:
            out.append((None, summary(text[match.end() : end]), (match.start(), end)))
    out += _relative(doc, sentence)
    for match in forms["part_of"].finditer(text, a, b):
        if match.group(2) and not _names_plan(text, a, match.start()):
            continue  # `…, a key part of it`: `it` is the plan only when named before
        if _clause_words(match.group(1)):
            continue  # `The union imposed new sanctions, a key part of …`: a clause
        label = summary(match.group(1))
        if len(label.split()) >= 2 and not vague_plea(label):
            out.append((None, label, (match.start(1), match.end(1))))
    for match in forms["requires"].finditer(text, a, b):
        # `The plan requires` / `Zelensky's plan requires`, not `Any peace plan requires`.
        lead = text[a : match.start()].split()
        if lead and lead[0].lower() not in plan_words().aim_determiners and not re.fullmatch(
                r"[A-Z][\w-]*['’]s", lead[0]):
            continue
        end = _content_end(text, match.end(), b)
        asked = _addressee_to().match(text, match.end(), end)  # `requires allies to lift …`
        start = asked.end() if asked else match.end()
        label = summary(text[start:end])
        if _plan_subject(doc, sentence, match.end()) and (
                _required(label) if asked is None else not vague_plea(label)):
            out.append((None, label, (match.start(), end)))
    for match in forms["asks"].finditer(text, a, b):
        if _plan_subject(doc, sentence, match.start()):
            end = _content_end(text, match.end(), b)
            if vague_plea(summary(text[match.end() : end])):
                continue  # `urged allies to act quickly`: a plea with no content of its own
            out.append((None, summary(text[match.end() : end]), (match.start(), end)))
    return out


# A verb in -ed has at least this many letters (`need`, `seed` are none).
_ED_LETTERS = 5


def _clause_words(phrase: str) -> bool:
    """Does a phrase read as a noun phrase hold a verb of a clause: a lower-case word in -ed
    (not one in a hyphenated word, `NATO-led`) or a finite verb (grammar.toml [paraphrase]
    finite, `is`, `has`)? Then it is a clause (`the union imposed new sanctions`), not a
    point."""
    finite = grammar().paraphrase.finite
    return any(w in finite or (len(w) >= _ED_LETTERS and w.isalpha() and w.islower()
                                    and w.endswith("ed")) for w in phrase.split()[1:])


def _required(label: str) -> bool:
    """What the plan requires (not of someone: `requires allies to …`) is a demand only when
    its first phrase holds an action noun (`an immediate invitation to join NATO`, `the lifting
    of limits`) or a noun of what Kyiv asks for (`immediate NATO membership`, plan.toml [points]
    demand_nouns): not a condition of its success (`the consent of all allies`, `unity`)."""
    words = label.lower().split()
    breaks = language().plan.proposals.phrase_breaks
    first = list(itertools.takewhile(lambda w: w not in breaks, words))
    points = language().plan.points
    return bool(set(first) & (points.action_nouns | points.demand_nouns))


@per_language
def _addressee_to() -> re.Pattern[str]:
    return re.compile(rf"(?:{_OWNERS})(?:{_alt('addressees')})\s+to\s+(?=[a-z])")


def _relative(doc: Doc, sentence: Sentence) -> list[Point]:
    """`the deterrence package it proposes would be non-nuclear`: the noun phrase (two words at
    least) the plan (or `it`, the plan named before it in this sentence) proposes. Not a phrase
    that names a point as such (`the five points it proposes`) or the plan, a number, or one
    with a head that says nothing of what is asked (`the sweeping changes it demands`)."""
    text, a, b = doc.text, sentence.start, sentence.end
    out: list[Point] = []
    nouns = language().plan.points.nouns
    for match in finditer_the(doc, _forms()["relative"], a, b):
        if match.group(2) and not _names_plan(text, a, match.start(2)):
            continue  # `it`: the plan named before it in this sentence
        phrase = match.group(1)
        words = phrase.lower().split()
        label = summary(phrase)
        vague = language().plan.forms.by_name["vague_heads"]
        if words[-1] in nouns or words[-1] in vague or _names_plan(phrase, 0, len(phrase)) or any(
                w in language().plan.numbers or w.isdigit() for w in words) or len(
                label.split()) < 2:
            continue
        out.append((None, label, (match.start(1), match.end(1))))
    return out


def _head_point(text: str, a: int, b: int, match: re.Match[str]) -> list[Point]:
    """The point a `head` match states: its appositive, or what follows its copula (also after
    an aside that opens like an appositive, `, the officials say,`)."""
    start = match.end()
    if match.lastindex and match.group(1):
        tails = language().plan.points.attribution_tails
        if not any(w in tails for w in match.group(1).lower().split()):
            return [(None, summary(match.group(1)), (match.start(1), match.end(1)))]
        copula = re.compile(_COPULA.removeprefix(r"\s+")).match(text, start, b)
        if copula is None:
            return []
        start = copula.end()
    end = _content_end(text, start, b)
    return [(None, summary(text[start:end]), (a, end))]


def head_after_plan(doc: Doc, planned: set[int]) -> list[Point]:
    """`Zelensky unveiled his plan. Its centerpiece, officials say, is X.`: the plan's main part
    in the sentence right after one that names the plan (same paragraph). planned: the starts
    of the sentences that name the plan."""
    out: list[Point] = []
    text = doc.text
    for index in range(1, len(doc.sentences)):
        prev, sentence = doc.sentences[index - 1], doc.sentences[index]
        if prev.start not in planned:
            continue
        # `… the plan has five points.` ⏎ `In the first place is X.`: point 1, in the same
        # paragraph or opening the next one.
        if sentence.para - prev.para <= 1:
            first = _forms()["first_place"].search(text, sentence.start, sentence.end)
            if first is not None and first.start() == sentence.start:
                end = _content_end(text, first.end(), sentence.end)
                out.append((1, summary(text[first.end() : end]), (sentence.start, end)))
                continue
        if prev.para != sentence.para:
            continue
        if _names_plan(text, sentence.start, sentence.end):
            continue  # a sentence that names the plan is read by sentence_forms
        for match in _forms()["its_head"].finditer(text, sentence.start, sentence.end):
            out += _head_point(text, sentence.start, sentence.end, match)
    return out


def _its_plan(doc: Doc, sentence: Sentence, at: int) -> bool:
    """`its request`: the plan is named before it in the sentence or in the one before (same
    paragraph)."""
    if _names_plan(doc.text, sentence.start, at):
        return True
    index = doc.sentences.index(sentence)
    prev = doc.sentences[index - 1] if index else None
    return prev is not None and prev.para == sentence.para and _names_plan(
        doc.text, prev.start, prev.end)


def _top(doc: Doc, sentence: Sentence) -> list[Point]:
    """`The plan puts X at the top of its five points` / `The plan puts X first` / `In the plan,
    X tops the list`: X is point 1."""
    text, a, b = doc.text, sentence.start, sentence.end
    out: list[Point] = []
    forms = _forms()
    for match in forms["top"].finditer(text, a, b):
        if _plan_subject(doc, sentence, match.start()):
            out.append((1, summary(match.group(1)), (match.start(), match.end())))
    for match in forms["first"].finditer(text, a, b):
        if _plan_subject(doc, sentence, match.start()):
            out.append((1, summary(match.group(1)), (match.start(), match.end())))
    for match in forms["tops"].finditer(text, a, b):
        lo = _clause_start(text, a, match.start())
        subject = text[lo : match.start()].strip()
        if subject and len(subject.split()) <= SUBJECT_WORDS and _names_plan(text, a, b):
            out.append((1, summary(subject), (lo, match.end())))
    return out


def _clause_start(text: str, start: int, at: int) -> int:
    cut = max(text.rfind(c, start, at) for c in ",;:")
    lo = cut + 1 if cut >= 0 else start
    while lo < at and text[lo].isspace():
        lo += 1
    return lo


@per_language
def _copula() -> re.Pattern[str]:
    copulas = "|".join(map(re.escape, sorted(plan_words().copulas)))
    return re.compile(rf"\b(?:{copulas})\s+$", re.I)


@per_language
def _about_plan() -> re.Pattern[str]:
    """What may follow the plan's name and still tell of the plan (`…, which he presented
    in October`, `presented by Zelensky`, `the plan critics attacked`, `the plan Roe unveiled`:
    a relative clause without `which`), or a second predicate of the point (`X is the first
    point of the plan and a sure path to peace`: X is still the point), not more of the
    ordinal's own phrase."""
    return re.compile(
        rf"[”\"’']?(?:,\s+(?:which|that)\s|,?\s+and\s|\s+(?:[\w’'-]+\s+){{1,2}}?[a-z]+ed\b"
        rf"|\s+(?:{alternation(language().plan.presenting.verbs)})"
        rf"\s+(?:by|in|on|to|last|this)\s)", re.I)


def _plan_named_end(text: str, start: int, end: int) -> int:
    """`the first point of the Victory Plan, which Zelensky presented in October`: the
    ordinal's tail ends with the plan's name when what follows it only tells of the plan
    (_about_plan); else (or with no plan named) at `end`."""
    named = search("plan", text, start, end)
    if named is None or named.end() >= end or not _about_plan().match(text, named.end(), end):
        return end
    return named.end()


def copular(text: str, sentence: Sentence, match: re.Match[str], end: int) -> Point | None:
    """`The invitation is the first of the plan's five points` / `Air defence is the second
    point`: the ordinal point is what stands before the copula, when nothing of its own
    follows the ordinal but the plan's name (match: the `ordinal` pattern of plan_patterns)."""
    before = text[sentence.start : match.start()]
    copula = _copula().search(before)
    rest = text[match.end() : _plan_named_end(text, match.end(), end)].split()
    if copula is None or (rest and (len(rest) > TAIL_WORDS or rest[0].lower() not in (
            "of", "in", "on") or not _names_plan(text, match.end(), end))):
        return None  # `Security is the first point of contention`: not the plan's point
    at = sentence.start + copula.start()
    lo = _clause_start(text, sentence.start, at)
    subject = text[lo:at].split()
    not_subjects = plan_words().not_subjects
    if not subject or len(subject) > SUBJECT_WORDS or subject[0].lower() in not_subjects:
        return None
    number = language().plan.ordinals.get(match.group(1).lower())
    return number, summary(text[lo:at]), (lo, end)
