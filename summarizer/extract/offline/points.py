"""Plan points in the forms outlets use beyond a list under the plan (plan.py): a point named
after its content (`Kyiv wants an invitation now, the first point of the plan`), ordinals that
drop the noun once it is given (`The first point is A. The second concerns B.`), ordinal adverbs
(`it asks, first, for A; second, for B; and finally, for C`) and a series after what the plan
calls for (`calls for A, B and C`). Each point is (number, summary, (start, end) of evidence).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from summarizer.extract.offline.document import Doc, Sentence, clause_stop
from summarizer.extract.offline.language import grammar, language, per_language
from summarizer.extract.offline.lexicon import alternation
from summarizer.extract.offline.plan_patterns import lowered, patterns, search
from summarizer.extract.offline.prefilter import Filtered
from summarizer.extract.offline.word_packs import plan_words, proposal_words

Point = tuple[int | None, str, tuple[int, int]]


@per_language
def _cut() -> re.Pattern[str]:
    """Where a point's first clause ends: a comma or semicolon; a full stop (not one inside an
    abbreviation, `the U.S. send`, followed by a lower-case word); a dash set off by spaces
    (`— an invitation to join NATO — has yet to win`); a relative or purpose link; or `and`
    before a verb of the sentence (`seeks to outlaw X and is aimed at Y`: a second predicate,
    plan.toml [forms] content_stops)."""
    verbs = "|".join(re.escape(w) for w in sorted(
        language().plan.forms.by_name["content_stops"], key=len, reverse=True))
    return re.compile(
        r",|;|\.(?:$|\s(?!\s*[a-z]))|\s[—–]\s"
        r"|\s(?:which|placed|as essential|to create|so that|while)\s"
        rf"|\s(?:and|but)\s+(?=(?:{verbs})\b)")
_LINE_HYPHEN = re.compile(r"(?<=\w)-[ \t]*\n\s*(?=\w)")
# A series item needs this many words (at most SERIES_MAX), and a series this many items.
SERIES_WORDS, SERIES_MAX, SERIES_ITEMS = 2, 14, 3
# A phrase of time opening a series item (`after the war`) has at most this many words.
TIME_OPENER_WORDS = 4
# The last item runs to the end of the clause and may be longer.
SERIES_LAST_MAX = 16


def summary(text: str) -> str:
    """A few words that name the point: its first clause, without a leading article, a
    complementiser (`that Ukrainian troops …`) or a time phrase (`After the war, …`), ending on
    a complete phrase (see _complete)."""
    plan = language().plan
    # Hard-wrapped text: one space for each line break (`an⏎immediate`), none after a hyphen
    # that ends a line (`long-⏎range`).
    if "\n" in text:
        text = " ".join(_LINE_HYPHEN.sub("-", text).split())
    text = text.strip()
    pieces = _cut().split(text)
    head = pieces[0]
    first = head.strip().split(" ", 1)[0].lower()
    # (Set off by a comma: `by Zelensky. The parliament …` is no phrase of time.)
    if (len(pieces) > 1 and first in plan.points.time_openers and len(head.split()) <= 4
            and text[len(head) : len(head) + 1] == ","):
        head = pieces[1]  # `After the war, Ukrainian troops …`: the point is what follows
    # `and the lifting of limits`: list glue left on an item is not part of the point.
    head = re.sub(r"^(?:(?:and|or|also) )*(?:the |a |an |that )?", "", head.strip(" •-–—*:"),
                  flags=re.I)
    # `provisions to strengthen A`, `proposals for a drone fund`: what follows is the point.
    words = head.split(" ", 2)
    if len(words) == 3 and words[2][:1].islower() and (
            (words[1] == "to" and words[0].lower() in plan.points.infinitive_heads)
            # (`provisions for weapons` is kept: one bare noun says less than the whole.)
            or (words[1] == "for" and words[0].lower() in plan.points.for_heads
                and " " in words[2].strip())):
        head = re.sub(r"^(?:the|an?) ", "", words[2])
    # `known to be an invitation`: what the point is reported to be is the point.
    reported = _reported_be().match(head)
    if reported:
        head = re.sub(r"^(?:the |a |an )?", "", head[reported.end() :], flags=re.I)
    label = head.split(":", 1)[0] if ":" in head[:60] else head
    label = " ".join(_whole(_complete(label.split()))).rstrip(" .,;")
    # `a deterrence package among other things`: the aside that closes a list is no part of
    # its last item.
    for aside in plan.points.verb_asides:
        if label.lower().endswith(" " + aside) and len(label.split()) > len(aside.split()) + 1:
            label = label[: -len(aside)].rstrip(" ,")
    return _paired(label)


_QUOTES = re.compile(r"[\"“”‘]")


def _paired(label: str) -> str:
    """Without a quotation mark whose pair the cut left out (`invitation to NATO "right now`,
    `Ukraine “deploy a package`): a summary never opens a quotation it does not close."""
    if not _QUOTES.search(label):
        return label  # (most summaries: no quotation mark at all)
    for opening, closing in (("“", "”"), ("‘", "’")):
        if label.count(opening) != label.count(closing) and (
                not label.count(opening) or not label.count(closing)):
            # (`’` alone is also an apostrophe: only a lone opening mark is dropped for it.)
            if opening == "‘" and not label.count(opening):
                continue
            label = label.replace(opening, "").replace(closing, "") if opening == "“" else (
                label.replace(opening, ""))
    if label.count('"') % 2:
        at = label.rfind('"')
        label = label[:at] + label[at + 1 :]
    return " ".join(label.split())


@per_language
def _reported_be() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(language().plan.points.reported_be)})\s+", re.I)


def _whole(words: list[str]) -> list[str]:
    """Without the words a cut phrase leaves dangling at the end (`… against targets inside`
    where an excerpt stops, `… delinquents and` before a comma): a preposition, conjunction,
    article or auxiliary is never a point's last word."""
    pack = proposal_words()
    loose = pack.dangling | pack.phrase_breaks
    end = len(words)
    while end > 1:
        if words[end - 1].lower().strip(",;:") in loose:
            end -= 1
        elif end > 2 and " ".join(words[end - 2 : end]).lower().strip(",;:") in loose:
            end -= 2  # `… deployed to the ports in order`: a purpose cut before its `to`
        else:
            break
    return words[:end]


def _complete(words: list[str]) -> list[str]:
    """At most `summary_words` words, cut before a preposition or conjunction so that the
    summary ends on a whole phrase (`lifting limits on the use of long-range weapons`, not
    `… weapons against military`), or before a participle opening one (`missiles supplied by`);
    a clause of up to `summary_max` words with no such place to cut is kept whole."""
    pack = proposal_words()
    if len(words) <= pack.summary_words:
        return words
    lowered = [w.lower() for w in words]
    breaks = [k for k in range(3, min(pack.summary_words + 1, len(words)))
              if lowered[k] in pack.phrase_breaks or (
                  lowered[k].endswith("ed") and k + 1 < len(words)
                  and lowered[k + 1] in pack.phrase_breaks)]
    if breaks:
        # Not before `of` when another break will do: `of` opens the complement of the noun
        # before it (`the joint protection | of …` would end inside a noun phrase).
        # Nor before `and` joining two bare nouns (`the protection | and utilisation`; a
        # gerund after it opens an action of its own, `and countering …`, and a plural before
        # it ends a phrase, `security measures | and share lessons`). The
        # clause is then kept whole when it is short enough (up to `summary_max`).
        def inside(k: int) -> bool:
            return lowered[k] in pack.complement_breaks or (
                lowered[k] in pack.noun_links and k + 1 < len(words)
                and lowered[k + 1] not in pack.dangling and not lowered[k + 1].endswith("ing")
                and not lowered[k - 1].endswith("s"))

        if inside(breaks[-1]) and len(words) <= pack.summary_max:
            return words
        if len(words) <= pack.summary_max and _named_tail(words[breaks[-1] + 1 :]) and not (
                lowered[breaks[-1] - 1].endswith("ed")):
            # `an invitation to join the North Atlantic Treaty Organization` (not `missiles
            # supplied by Britain`: who supplies them is no part of what is asked).
            return words
        whole = [k for k in breaks if not inside(k)]
        cut = (whole or breaks)[-1]
        # `missiles supplied | by …`: the participle goes with the phrase it opens.
        return words[: cut - 1 if cut - 1 in breaks and lowered[cut - 1].endswith("ed") else cut]
    return words if len(words) <= pack.summary_max else words[: pack.summary_words]


def _named_tail(words: list[str]) -> bool:
    """Do the words after a summary's last break end on a proper name that takes most of them
    (`join the North Atlantic Treaty Organization (NATO)`)? A cut before them would leave the
    phrase without its object; kept whole, it is a complete phrase."""
    named = [w for w in words if w.strip("()“”\"‘’'")[:1].isupper()]
    return bool(words) and words[-1].strip("()“”\"‘’'.,")[:1].isupper() and (
        2 * len(named) > len(words))


def proposal(label: str) -> bool:
    """Can a point's summary state a proposal? Not a clause about the plan: one opened by a
    conjunction, a pronoun subject, a finite verb or a leftover `of` (`but this is a real
    irreversibility`, `of the plan was praised`), one with a word of reaction in its first words
    (`prompting a warning that …`, `drew criticism`), a judgement (`hard to sell`), the
    plan's annexes (counted, not points), or a phrase that asks for nothing in particular (`a
    just peace`, `no details on financing`)."""
    pack = proposal_words()
    words = [w.lower().strip("“”\"'‘’()«»,;:") for w in label.split()]
    if not words or words[0] in pack.not_openers or words[0] in pack.judgements:
        return False
    if all(w in pack.dangling or w in pack.phrase_breaks for w in words):
        return False  # `under`: what a cut left, no phrase at all
    if words[0] in pack.phrase_breaks and _names_plan(list(itertools.takewhile(
            lambda w: w not in pack.phrase_breaks, words[1:]))):
        # `toward achieving her victory plan`, `in President X's Victory Plan`: a phrase whose
        # object is the plan itself (`the first step toward …`, `the first point in …`).
        return False
    if any(w in pack.reactions for w in words[: pack.reaction_reach]):
        return False
    if _passive_opening(words):
        return False
    if len(words) == 1 and words[0].endswith("ed"):
        return False  # `signed` (`X, a central element of the plan, was signed`): what befell it
    # `to reassure both Ukrainians and allies`: whom the plan would win over, not what it asks.
    if words[words[0] == "to" and len(words) > 1] in pack.audience_verbs:
        return False
    # `three confidential annexes related to defence`: the annexes are counted, not points.
    if set(itertools.takewhile(lambda w: w not in pack.phrase_breaks, words)) & (
            language().plan.annexes.nouns):
        return False
    # `a just and lasting peace`, `a lot of ground`, `more of the same`: a head that asks for
    # nothing in particular.
    if head_word(words) in pack.empty_heads:
        return False
    return not _verdict(words)




def _passive_opening(words: list[str]) -> bool:
    """`first developed by a senator`, `drafted by his office`: a participle and its agent
    opening the summary tell who made the point, not what it asks; `designed for the post-war
    period`: what it is for (not `a fund financed by …`, where a noun comes first)."""
    adverbs = plan_words().passive_adverbs
    k = 1 if words and (words[0] in adverbs or words[0].endswith("ly")) else 0
    return len(words) > k + 1 and words[k + 1] in ("by", "for") and words[k].endswith(
        ("ed", "en"))


def head_index(words: list[str]) -> int | None:
    """Where the first phrase of lower-case words ends: at the first preposition (plan.toml
    [proposals] phrase_breaks, not `and`/`or`), None when there is none."""
    breaks = proposal_words().phrase_breaks - {"and", "or"}
    return next((k for k, w in enumerate(words) if w in breaks), None)


def head_word(words: list[str]) -> str | None:
    """The head of a phrase's lower-case words: the last word before the first preposition
    (plan.toml [proposals] phrase_breaks; `and` and `or` join words of one phrase), None when
    the phrase opens with one."""
    breaks = proposal_words().phrase_breaks - {"and", "or"}
    head = list(itertools.takewhile(lambda w: w not in breaks, words))
    return head[-1] if head else None


def vague_plea(label: str) -> bool:
    """A plea with no content of its own: opened by a word of vague_asks (`act quickly`,
    `unity`), or headed by a noun of vague_heads (`a just and lasting peace`, `an end to the
    war`: what the plan is for, not one of its points)."""
    forms = language().plan.forms.by_name
    words = label.lower().split()
    if not words or words[0] in forms["vague_asks"]:
        return True
    return head_word(words) in forms["vague_heads"]


def _names_plan(phrase: list[str]) -> bool:
    """Does a phrase's lower-case words end on a noun for the plan or name it?"""
    joined = " ".join(phrase)
    return bool(phrase) and (phrase[-1] in proposal_words().self_nouns
                             or search("name", joined, 0, len(joined)) is not None)


def _verdict(words: list[str]) -> bool:
    """Is the summary's first phrase a verdict on the point (`right place to start`, `one that
    allies like least`, `key to everything`, `its most ambitious`) or the plan itself (`plan to
    be read in full`)? Its head, the last word before the first preposition, conjunction or
    relative, is a noun or adjective of judgement, or names the plan, or is a noun of its points
    in the plural with nothing of their content after it (`requests that allies have rejected`,
    not `a demand for long-range weapons`)."""
    pack = proposal_words()
    if words[0] in pack.owners:
        words = words[1:]  # `its most ambitious`
        if words and words[0] in pack.judgements:
            return True
    first = list(itertools.takewhile(lambda w: w not in pack.phrase_breaks, words))
    # `Ukrainian troops replacing part of …`: a participle after a noun opens a phrase of its
    # own (what the troops would do), so the head is the noun before it, not `part`.
    participle = next((k for k in range(1, len(first)) if first[k].endswith("ing")
                       and first[k - 1] not in pack.dangling), None)
    if participle is not None:
        first = first[:participle]
    if not first:
        return False
    if (first[-1] in pack.part_heads and len(first) >= 2 and len(words) > len(first)
            and words[len(first)] == "of" and first[-2] not in (
                pack.dangling | pack.judgements | pack.judgement_heads | pack.owners)):
        return False  # `replace part of the US troops`: a share of something, acted on
    if _names_plan(first):
        return True  # the plan itself, not one of its points
    plan = language().plan
    if first[-1] in plan.forms.by_name["vague_plurals"] and len(first) == len(words):
        return True  # `some effective measures`, `concrete steps`: of what, it does not say
    if first[-1] in plan.points.nouns and first[-1].endswith("s") and (
            len(first) == len(words) or words[len(first)] in pack.relatives):
        # `requests that allies have rejected`: points described, none told (a singular noun
        # opens what it asks: `a proposal that troops take over …`).
        return True
    return first[-1] in pack.judgement_heads or first[-1] in pack.judgements


@per_language
def _lead_verbs() -> re.Pattern[str]:
    verbs = sorted(language().plan.points.lead_verbs, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(v) for v in verbs) + r")\s+", re.I)


def lead_verb(text: str) -> int | None:
    """Where the content starts after a verb that introduces a point opening `text` (`is`,
    `concerns`), None when none opens it."""
    match = _lead_verbs().match(text)
    return match.end() if match else None


def _content(text: str, start: int) -> int:
    """Where a point's content starts, past a verb that introduces it (`concerns`, `is`)."""
    match = _lead_verbs().match(text, start)
    return match.end() if match else start


def appositive(text: str, sentence: Sentence, match: re.Match[str], plan: re.Pattern[str],
               end: int) -> Point | None:
    """`Kyiv wants allies to invite it now, the first point of his plan.`: an ordinal point
    whose own words only name the plan is the clause it is set off from by a comma."""
    rest = text[match.end() : end]
    if not rest.lower().startswith("of ") or not plan.search(rest) or len(rest.split()) > 6:
        return None
    before = text[sentence.start : match.start()].rstrip()
    if not before.endswith(","):
        return None
    lo = sentence.start + max(before.rfind(";"), before.rfind(":")) + 1
    number = language().plan.ordinals.get(match.group(1).lower())
    return number, summary(text[lo : len(before) + sentence.start - 1]), (sentence.start, end)


# An aside between an ordinal point and its copula has at most this many characters.
ASIDE_CHARS = 100


@per_language
def _asides() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`, and the one that drew most attention, is`: an aside set off by commas before the
    copula; `under which` / `which`: a relative clause that states the point."""
    copulas = "|".join(map(re.escape, sorted(plan_words().copulas)))
    leads = "|".join(re.escape(v) for v in sorted(language().plan.points.lead_verbs, key=len,
                                                   reverse=True))
    preps = "|".join(map(re.escape, sorted(grammar().clauses.prepositions, key=len, reverse=True)))
    # `The fourth point, on the economy, proposes X`: a lead verb after the aside, too.
    return (re.compile(rf"[^,.;:()]{{1,{ASIDE_CHARS}}}?,\s+(?:{copulas}|{leads})\s+", re.I),
            re.compile(rf"(?:(?:{preps})\s+)?which\s+", re.I))


@per_language
def _dash_aside() -> re.Pattern[str]:
    """`– and a very important one – is`: an aside between dashes before the copula."""
    copulas = "|".join(map(re.escape, sorted(plan_words().copulas)))
    return re.compile(rf"[–—]\s*[^–—.;:()\n]{{1,{ASIDE_CHARS}}}?\s*[–—]\s*(?:{copulas})\s+", re.I)


@per_language
def _of_plan() -> re.Pattern[str]:
    """`of the plan`, `of Zelensky's victory plan`, `in the plan,` after an ordinal point's noun
    (a participle may stand before it: `The first of the five points included in the plan`,
    a gerund after it: `The first point in completing the plan`);
    a comma after the name is taken, so that an aside may follow (`in the plan, he said, is`)."""
    plan = patterns()["plan"].pattern
    return re.compile(rf"(?:[a-z]+ed\s+)?(?:of|in)\s+(?:[a-z]+ing\s+)?"
                      rf"(?:the|his|its|[A-Z][\w-]*['’]s)\s+"
                      rf"(?:[\w“”\"'-]+\s+){{0,2}}?(?i:{plan})[”\"’']?[,:]?\s+")


def of_plan_at(text: str, start: int, end: int) -> bool:
    """Does `of the plan` (or `in the plan`, see _of_plan) follow an ordinal point's noun at
    `start`?"""
    return _of_plan().match(text, start, end) is not None


@per_language
def _asking_to() -> re.Pattern[str]:
    """`calls on Kyiv's Western allies to`: asking someone (a few words) to do what the point
    asks (plan.toml [forms] asking)."""
    asking = alternation(language().plan.forms.by_name["asking"])
    return re.compile(rf"(?:{asking})\s+(?:[\w’'-]+\s+){{1,5}}?to\s+", re.I)


# An aside set off by commas (`, he said,`), as _asides reads it before a copula.
_ASIDE = re.compile(rf"[^,.;:()]{{1,{ASIDE_CHARS}}}?,\s+")
# `describing the first step as an invitation`: the content of an ordinal named as something.
_AS = re.compile(r"as\s+(?=an?\s|the\s)", re.I)


def ordinal_summary(text: str, start: int, end: int) -> str:
    """The summary of an ordinal point whose content starts at `start` (after `The first
    point` and a comma, if any): past an aside before the copula (`The first point, and the
    one that drew most attention, is X`) or a relative clause that states it (`The fifth
    point, under which troops would replace US forces, …`), when that reads as a proposal; else
    what follows the ordinal, as it stands."""
    aside, relative = _asides()
    # `The third point of the plan concerns X`, `The first point calls for X`: past the plan's
    # name and the verb that introduces the content.
    of_plan = _of_plan().match(text, start, end)
    base = of_plan.end() if of_plan else start
    after_comma = text[:base].rstrip().endswith(",")
    if of_plan and after_comma:
        # `in the plan, he said, drew scorn`: past the aside, what the sentence says of it.
        past = _ASIDE.match(text, base, end)
        plain = summary(text[past.end() if past else base : end])
    else:
        lead = (_lead_verbs().match(text, base, end) or _asking_to().match(text, base, end)
                or _AS.match(text, base, end) or _subject_asks().match(text, base, end))
        plain = summary(text[lead.end() if lead else base : end])
    dashed = _dash_aside().match(text, base, end)
    if dashed is not None:
        # `The first point – and a very important one – is X`: an aside set off by dashes.
        # (What the copula says is then the point or a verdict: the aside never is.)
        label = summary(text[_content(text, dashed.end()) : end])
        return label if proposal(label) else ""
    if after_comma:
        for found in (aside.match(text, base, end), relative.match(text, base, end)):
            if found is not None:
                label = summary(text[_content(text, found.end()) : end])
                if proposal(label):
                    return label
    return plain


@per_language
def _subject_asks() -> re.Pattern[str]:
    """`In the first point, Zelensky calls for A`, `In the second, he asks allies to B`: a
    subject (a capitalised name, a pronoun) and a verb by which the plan states its content, or
    asks someone (a few words) to act, before what the point asks."""
    lang = language()
    verbs = alternation(lang.plan.points.verbs)
    asking = alternation(lang.plan.forms.by_name["asking"])
    # (`proposed to the West that Ukraine deploy A`: whom it was put to, then what.)
    return re.compile(rf"(?:[A-Z][\w’'-]+|[Hh]e|[Ss]he|[Ii]t)\s+(?:also\s+)?"
                      rf"(?:(?:{verbs})(?:\s+to\s+(?:[\w’'-]+\s+){{1,3}}?that(?=\s))?"
                      rf"|(?:{asking})\s+(?:[\w’'-]+\s+){{1,4}}?to)\s+")


@per_language
def _elliptic() -> re.Pattern[str]:
    words = "|".join(sorted(language().plan.ordinals, key=len, reverse=True))
    # `the third, a …`; `In the second, he asks …`
    return re.compile(rf"(?:In\s+)?(?:the\s+)({words}),?\s+(?=[a-z])", re.I)


def elliptic(doc: Doc, numbered: dict[int, int]) -> list[Point]:
    """`The first point is A. The second concerns B.` / `The first point is A; the second is
    B`: in the paragraph of an ordinal point (numbered: its sentence start → its number), a
    sentence or a clause after a semicolon opened by the next ordinal alone is the next point
    (so is the first sentence of the next paragraph). Only the very next number continues the
    series."""
    text, lang, elliptic = doc.text, language(), _elliptic()
    out: list[Point] = []
    last: dict[int, int] = {}  # paragraph → the last number seen in it
    previous_para = -1
    # A series goes on from an ordinal point only: before the first one (in most articles,
    # there is none) `last` is empty and no sentence can continue a series, so none is read.
    first = next((k for k, s in enumerate(doc.sentences) if s.start in numbered), None)
    if first is None:
        return out
    for sentence in doc.sentences[first:]:
        opens_para, previous_para = sentence.para != previous_para, sentence.para
        if (opens_para and sentence.para not in last and sentence.para - 1 in last
                and elliptic.match(text, sentence.start, sentence.end)):
            # `The second point is A.` ⏎ `The third is B.`: a paragraph opened by the next
            # ordinal alone goes on with the series of the paragraph before.
            last[sentence.para] = last[sentence.para - 1]
        starts = [sentence.start]
        if ";" in text[sentence.start : sentence.end]:
            starts += [m.end() for m in _SEMICOLON.finditer(text, sentence.start, sentence.end)]
        # `The first point calls for A, while the second seeks B`: a clause after a comma and a
        # link, read only when a verb that introduces a point follows the ordinal.
        # (Only where a series may go on: most sentences hold no ordinal point.)
        linked = {m.end(): m.start() for m in ordinal_link().finditer(
            text, sentence.start, sentence.end)} if (
            sentence.para in last or sentence.start in numbered) else {}
        starts = sorted({*starts, *linked})
        for k, start in enumerate(starts):
            if k == 0 and sentence.start in numbered:
                last[sentence.para] = numbered[sentence.start]
                continue
            match = elliptic.match(text, start, sentence.end)
            if match is None or sentence.para not in last:
                continue
            lead = _linked_verbs().match(text, match.end()) if start in linked else None
            if start in linked and lead is None:
                continue  # `, while the second round of talks …`: no point follows
            number = lang.plan.ordinals[match.group(1).lower()]
            if number != last[sentence.para] + 1:
                continue
            last[sentence.para] = number
            end = (linked.get(starts[k + 1], starts[k + 1] - 1) if k + 1 < len(starts)
                   else _sentence_end(text, sentence))
            end = start + len(text[start:end].rstrip(" ;"))
            asks = _subject_asks().match(text, match.end(), end)
            content = lead.end() if lead else asks.end() if asks else _content(text, match.end())
            out.append((number, summary(text[content:end]), (start, end)))
    return out


_SEMICOLON = re.compile(r";\s+")


@per_language
def _linked_verbs() -> re.Pattern[str]:
    """`…, while the second seeks B` / `… calls on allies to B`: a verb that opens a point's
    content after such a linked ordinal (lead verbs, the plan's verbs, or asking someone to)."""
    points, forms = language().plan.points, language().plan.forms.by_name
    verbs = alternation([*points.lead_verbs, *points.verbs])
    asking = rf"(?:{alternation(forms['asking'])})\s+(?:{alternation(forms['addressees'])})\s+to"
    return re.compile(rf"(?:{asking}|{verbs})\s+", re.I)


@per_language
def ordinal_link() -> Filtered:
    """`, while the second …`: a comma and a link before `the` + an ordinal (plan.toml
    [points] ordinal_links), or a bare `and` before one (or before `the last`, [points]
    closing_ordinals)."""
    points = language().plan.points
    links = alternation(points.ordinal_links)
    ordinals = alternation([*language().plan.ordinals, *points.closing_ordinals])
    # `… as A and the last B`: a bare `and` links too (the first clause ends before it).
    # `A, the second is B`: a bare comma too, when a verb that introduces a point follows the
    # ordinal (`the second is`, `the third concerns`).
    leads = alternation(points.lead_verbs)
    return Filtered(re.compile(rf"(?:,\s+(?:{links})\s+|(?<=\w)\s+and\s+"
                               rf"|,\s+(?=[Tt]he\s+(?:{ordinals})\s+(?:{leads})\s))"
                               rf"(?=[Tt]he\s+(?:{ordinals})\b)"))


def _sentence_end(text: str, sentence: Sentence) -> int:
    return sentence.start + len(text[sentence.start : sentence.end].rstrip().rstrip("."))


def _adverb_words() -> str:
    plan = language().plan
    firsts = [r"\s+".join(map(re.escape, w.split())) for w in plan.points.first_adverbs]
    return "|".join([*firsts, *(f"{w}(?:ly)?" for w in plan.ordinals),
                     *plan.points.last_adverbs])


@per_language
def _adverbs() -> re.Pattern[str]:
    # After a comma, semicolon or colon, a sentence's end (`A. Second, B.`) or a line's start.
    return re.compile(rf"(?:(?<=[,;:])|(?<=[.!?]\s)|^)\s*(?:and\s+)?\b({_adverb_words()}),\s+",
                      re.I | re.M)


@per_language
def _after() -> re.Pattern[str]:
    """Where an adverb match may start: right after one of these (or at the text's start);
    keep in step with the look-behinds of _adverbs. Only where an adverb and its comma come
    next (what _adverbs reads after its look-behind, looked at, not taken): most commas of
    an article have none after them, and each place kept costs a match attempt."""
    return re.compile(
        rf"(?:[,;:\n]|[.!?]\s)(?=\s*(?i:(?:and\s+)?\b(?:{_adverb_words()})),)")


def _adverb_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """_adverbs().finditer(text, start, end), tried only where a match may start: `re` finds
    no quick test for a pattern that opens with a look-behind or `^`, and tried it at every
    character. Left to right, each match from where the last one ended, as finditer does."""
    pattern = _adverbs()
    after = max(start - 2, 0)  # a look-behind reaches two characters back
    # (`end - 1`: the adverb's comma and a space after it still come before `end`)
    places = [m.end() for m in _after().finditer(text, after, end - 1)] if end > start else []
    if start == 0:
        places.insert(0, 0)
    resume = start
    for place in places:
        if place >= resume and (match := pattern.match(text, place, end)):
            yield match
            resume = match.end()


def adverbs(doc: Doc, sentences: list[Sentence], anchored: set[int]) -> list[Point]:
    """`Under the plan, he asks allies, first, to invite Ukraine; second, to lift limits; and
    finally, to fund a deterrence package.` (or one sentence per adverb): the pieces after
    `first,` / `second,` … / `finally,` in one paragraph, when the sentence with `first` is
    tied to the plan (anchored: the starts of sentences that name the plan or its points)."""
    text = doc.text
    found: list[tuple[re.Match[str], Sentence]] = []
    if "first" not in lowered(doc)[0]:
        # A series opens with `first`/`firstly` (below), in any case: in most articles there
        # is none, and the scan for the adverbs is not needed.
        return []
    if sentences:
        # One scan of the whole stretch (the pattern's `^` and look-behind see the same text
        # either way), each match then given to the sentence that holds it.
        starts = [s.start for s in sentences]
        for match in _adverb_matches(text, sentences[0].start, sentences[-1].end):
            # By the adverb itself: the match may open with the line break before it (`…
            # five points:` ⏎ `First, A.`), which is still in the sentence before.
            sentence = sentences[bisect.bisect_right(starts, match.start(1)) - 1]
            if match.end() <= sentence.end:
                found.append((match, sentence))
    out: list[Point] = []
    series: list[tuple[re.Match[str], Sentence]] = []
    for index, (match, sentence) in enumerate(found):
        word = match.group(1).lower()
        if word.startswith("first"):
            series = [(match, sentence)] if sentence.start in anchored and not (
                _other_list(text, sentence, match.start(1))) else []
        elif series and sentence.para - series[-1][1].para <= SERIES_PARAS:
            series.append((match, sentence))
        else:
            series = []
        nxt = found[index + 1] if index + 1 < len(found) else None
        if series and (nxt is None or nxt[0].group(1).lower().startswith("first")
                       or nxt[1].para - sentence.para > SERIES_PARAS) and len(series) >= 2:
            out += [_adverb_point(text, m, s, following)
                    for (m, s), following in zip(series, [*series[1:], None], strict=True)]
            series = []
    return out


# The adverbs of a series stand at most this many paragraphs apart (`First, A.` ⏎ `Second,
# B.`: wire copy gives each its own paragraph, and an ordinal point may stand between).
SERIES_PARAS = 2
# The words before a colon that introduce an adverb series are read this far back.
LIST_HEAD_WORDS = 6


def _other_list(text: str, sentence: Sentence, at: int) -> bool:
    """`we reached three conclusions: first, A, second, B`: a series after a colon in its own
    sentence whose head (its last LIST_HEAD_WORDS words before the colon) names neither the
    plan's points nor the plan (plan.toml [points] list_heads, nouns) lists something else."""
    colon = text.rfind(":", sentence.start, at)
    if colon < 0:
        return False
    head = " ".join(text[sentence.start : colon].split()[-LIST_HEAD_WORDS:])
    words = {w.strip("“”\"'‘’(),").lower() for w in head.split()}
    points = language().plan.points
    return not (words & (points.list_heads | set(points.nouns))) and search(
        "plan", head, 0, len(head)) is None


def _adverb_point(text: str, match: re.Match[str], sentence: Sentence,
                  following: tuple[re.Match[str], Sentence] | None) -> Point:
    plan = language().plan
    word = match.group(1).lower()
    stop = following[0].start() if following and following[1] is sentence else (
        _sentence_end(text, sentence))
    piece = text[match.end() : stop].rstrip(" ,;")
    # `Second, he also stressed the need to B`: the point is B.
    lead = _adverb_lead().match(piece)
    piece = piece[lead.end() :] if lead else piece
    number = plan.ordinals.get(word.removesuffix("ly")) or plan.ordinals.get(word) or (
        plan.ordinals.get(word.split()[0]))
    start = match.start(1)
    return number, summary(piece), (start, start + len(text[start:stop].rstrip(" ,;")))


@per_language
def _adverb_lead() -> re.Pattern[str]:
    """`he also stressed the need to`, `the Ukrainian leader demanded that`: the presenter and
    the verb that tells what he asks, opening an adverb's piece (plan.toml [points]
    presenter_nouns, telling_verbs, verbs; [forms] pleading)."""
    plan = language().plan
    verbs = alternation([*plan.points.telling_verbs, *plan.points.verbs,
                         *plan.forms.by_name["pleading"]])
    return re.compile(rf"(?:[A-Z][\w’'-]+|[Hh]e|[Ss]he|[Tt]he\s+(?:[\w-]+\s+)?"
                      rf"(?:{alternation(plan.points.presenter_nouns)}))\s+(?:also\s+)?"
                      rf"(?:{verbs})\s+(?:that\s+)?(?=[\w“\"])")


def clause_end(text: str, start: int, end: int) -> int:
    """The end of the clause that starts at `start` (document.clause_stop), without its
    closing stop and quotation marks."""
    stop = clause_stop(text, start, end)
    return start + len(text[start:stop].rstrip(" .”\"’'"))


def series(text: str, start: int, end: int, least: int = SERIES_WORDS) -> list[tuple[int, int]]:
    """`calls for A, B and C`: the items of a series of at least three noun phrases, each of a
    few words (`least` at the fewest), running to the end of the clause; [] when the text is
    not such a series. An item may open with a phrase of time set off by commas (`… and, after
    the war, D`)."""
    plan = language().plan
    chunk = text[start : clause_stop(text, start, end)]
    if "," not in chunk or not re.search(r"\s(?:and|as\s+well\s+as)[\s,]", chunk):
        return []
    pieces = series_pieces(chunk)
    if len(pieces) > 1 and _attribution(pieces[-1]):
        pieces.pop()  # `A, B and C, according to the plan` / `…, officials said`
    for k in range(len(pieces) - 2, -1, -1):
        if _time_phrase(pieces[k]):
            pieces[k : k + 2] = [pieces[k] + ", " + pieces[k + 1]]  # `after the war, D`
    items: list[tuple[int, int]] = []
    cursor = start
    for k, piece in enumerate(pieces):
        piece = piece.strip()
        verb = _item_verb().match(piece) if k else None
        if verb is not None:
            piece = piece[verb.end() :]  # `It includes A, calls for B and C`: B, the object
        words = piece.split(", ", 1)[-1].split()  # without a phrase of time
        cap = SERIES_MAX if k < len(pieces) - 1 else SERIES_LAST_MAX
        if not least <= len(words) <= cap or words[0].lower() in plan.points.series_stops:
            return []
        if len(words) == 1 and _modifier(words[0]):
            return []  # `military, economic and diplomatic issues`: one phrase, not three
        at = text.find(piece, cursor)
        if at < 0:
            return []
        cursor = at + len(piece)
        items.append((at, cursor))
    return items if len(items) >= SERIES_ITEMS else []


@per_language
def _item_verb() -> re.Pattern[str]:
    """`It includes A, calls for B and C`: a verb of what the plan holds (plan.toml [points]
    verbs) opening a series item after the first, its object being the item; in a present
    form (`calls for`, `seeks`) or of more than one word (`called for`), not a participle that
    may tell of the item before it (`proposed by Kyiv`, `including B`)."""
    verbs = [v for v in language().plan.points.verbs if not v.split()[0].endswith("ing") and (
        v.endswith("s") or " " in v)]
    return re.compile(rf"(?:also\s+)?(?:{alternation(verbs)})\s+(?=[\w“\"])")


def _time_phrase(piece: str) -> bool:
    """`after the war`: a short phrase of time that opens the series item after it."""
    words = piece.split()
    return bool(words) and words[0].lower() in language().plan.points.time_openers and (
        len(words) <= TIME_OPENER_WORDS)


def series_pieces(chunk: str) -> list[str]:
    """The pieces of `A, B and C`: split at its commas and its `and`s. With a comma before an
    `and` (`A, B, and C`), a bare `and` is inside an item (`economic growth and cooperation`);
    what follows the item after the last `and`, set off by a comma, is said of the series, not
    an item of it (`…, and C, a move Moscow warned against, stating that …`); an example
    (`including X`, `such as X`: plan.toml [points] examples) goes with the item before it."""
    seps = list(_SERIES_SPLIT.finditer(chunk))
    if any(m.group(0).startswith(",") and _AND.search(m.group(0)) for m in seps):
        seps = [m for m in seps if m.group(0).startswith(",")]
    examples = language().plan.points.examples
    spans: list[list[int]] = []  # [start, end] of each piece in chunk
    last_and = -1
    at = 0
    for sep in [*seps, None]:
        stop = sep.start() if sep else len(chunk)
        piece = chunk[at:stop]
        if spans and piece.split(" ", 1)[0].lower() in examples:
            spans[-1][1] = stop  # `A, including B`: one item
        elif piece.strip():
            spans.append([at, stop])
        if sep is not None:
            if _AND.search(sep.group(0)):
                # The next piece is the item after `and`; after `and,` an aside set off by
                # commas comes first (`and, prompting a warning, more troops`).
                last_and = len(spans) + sep.group(0).rstrip().endswith(",")
            at = sep.end()
    if 0 <= last_and < len(spans) and _time_phrase(chunk[slice(*spans[last_and])]):
        last_and += 1  # `…, and, after the war, D`: D is the item after `and`
    if 0 <= last_and < len(spans) - 1:
        spans = spans[: last_and + 1]
    return [chunk[a:b] for a, b in spans]


def _modifier(word: str) -> bool:
    """A one-word series item that may modify the last item's noun rather than stand alone:
    an adjective by its ending (plan.toml [points] modifier_endings) or a name (`NATO, EU and
    G7 membership`)."""
    word = word.strip(",;:")
    return not word.islower() or word.endswith(tuple(language().plan.points.modifier_endings))


# An attribution closing a series (`…, officials said`) has at most this many words.
ATTRIBUTION_WORDS = 5


def _attribution(piece: str) -> bool:
    """`according to the plan`, `officials said`, `he told reporters`: who says the series, not
    one of its items (plan.toml [points] attribution_tails)."""
    words = piece.lower().split()
    tails = language().plan.points.attribution_tails
    return bool(words) and (words[0] == "according" or (
        len(words) <= ATTRIBUTION_WORDS and any(w in tails for w in words[:3])))


# `A and an invitation …`: the `and` that joins two items of a list of points, before an
# indefinite article (not `NATO and the EU`, one item); `as well as` and `along with` join them
# as `and` does, after a comma too (`A, as well as an end to B`).
_ADDED = r"as\s+well\s+as|along\s+with"
_AND_A = re.compile(rf"(?<=\S)(?:\s+and|,?\s+(?:{_ADDED}))\s+(?=an?\s)")


def aside_end(text: str, start: int, end: int) -> int:
    """`end`, or where a closing aside said of the whole list (`…, among other points`:
    plan.toml [points] verb_asides) starts in text[start:end], before its comma."""
    tail = text[start:end].rstrip(" .”\"’'").lower()
    for aside in language().plan.points.verb_asides:
        if tail.endswith(" " + aside) and tail[: -len(aside)].rstrip().endswith(","):
            return start + len(tail[: -len(aside)].rstrip()) - 1
    return end


def two_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`… points include A and a B`: the two items of a list of points joined by `and` before
    an indefinite article, the first of two words at least, the second of three (`a deterrence
    package`, not `a seat`); [] when the text is not such a pair."""
    end = clause_stop(text, start, end)
    end = aside_end(text, start, end)
    found = list(_AND_A.finditer(text, start, end))
    if len(found) != 1 or "," in text[start : found[0].start()] + text[found[0].end() : end]:
        return []  # (a comma elsewhere: a series, or a clause set off)
    link = found[0]
    first, second = (start, link.start()), (link.end(), end)
    if len(text[slice(*first)].split()) < SERIES_WORDS or len(
            text[slice(*second)].split()) <= SERIES_WORDS:
        return []  # `… and a seat`: too short to stand as an item of its own
    return [first, second]


# `A-ing X and B-ing Y`: the one `and` between two actions, each opened by a verb in -ing.
_AND_WORD = re.compile(r"(?<=\S)\s+and\s+(?=([a-z][\w-]*)\s)")
# A verb in -ing that opens an action has at least this many letters (`bring` is no gerund).
GERUND_LETTERS = 6


def _gerund(word: str) -> bool:
    """A verb in -ing opening an action (`replacing`, `lifting`), not a noun or a preposition
    in -ing (stance.toml [holders] not_gerunds: `building`, `during`, `morning`)."""
    return (len(word) >= GERUND_LETTERS and word.islower() and word.endswith("ing")
            and word not in language().stance.holders.not_gerunds)


def gerund_pair(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`includes bringing Ukraine into NATO and replacing U.S. troops in Europe`: two actions
    joined by one `and`, each opened by a verb in -ing and of two words at the fewest (not
    `training and equipping brigades`, one action on one object); [] when the clause (no
    comma in it) is not such a pair."""
    end = clause_stop(text, start, end)
    words = text[start:end]
    if "," in words or " and " not in words:
        return []  # (most clauses: no `and`; a comma: a series, read by series())
    first = words.split(None, 1)[0] if words.strip() else ""
    found = list(_AND_WORD.finditer(text, start, end))
    if len(found) != 1 or not (_gerund(first) and _gerund(found[0].group(1))):
        return []
    link = found[0]
    second = (link.end(), clause_end(text, link.end(), end))
    pair = [(start + len(words) - len(words.lstrip()), link.start()), second]
    return pair if all(len(text[x:y].split()) >= SERIES_WORDS for x, y in pair) else []


# `and for` after whitespace; the whitespace and a comma before it are taken by hand, so that a
# long run of spaces is not re-scanned from each of its positions (quadratic backtracking).
_AND_FOR = re.compile(r"(?<=\s)and\s+(?:also\s+)?for\s+")
# The separators of a series (`A, B and C`, `A, B, and C`); `(?<!\s)` starts a run of spaces
# only at its first space, for the same reason.
# (`A, B, as well as C`: `as well as` ends a series as `and` does.)
_SERIES_SPLIT = re.compile(r",\s+(?:(?:and|as\s+well\s+as),?\s+)?"
                           r"|(?<!\s)\s+(?:and|as\s+well\s+as),?\s+")
_AND = re.compile(r"\b(?:and|as\s+well\s+as)\b")


def _and_for(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of `, and for` / ` and also for` in text[start:end], from its comma or space."""
    match = _AND_FOR.search(text, start, end)
    if match is None:
        return None
    return _before_link(text, start, match.start()), match.end()


def _before_link(text: str, start: int, at: int) -> int:
    """Where the item before a link at `at` ends: back over the spaces and one comma before it
    (taken by hand, not by the link's regex: see _AND_FOR)."""
    while at > start and text[at - 1].isspace():
        at -= 1
    if at > start and text[at - 1] == ",":
        at -= 1
    return at


@per_language
def _and_action() -> re.Pattern[str]:
    """`…, and the lifting of …`: `and` (or `as well as`, `along with`) before an action noun
    and its link (plan.toml
    [points] action_nouns, action_links); a comma and the spaces before it are taken by hand
    (see _AND_FOR)."""
    points = language().plan.points
    return re.compile(rf"(?<=\s)(?P<link>and|{_ADDED})\s+(?:the\s+|an?\s+)?"
                      rf"(?:{alternation(points.action_nouns)})"
                      rf"\s+(?:{alternation(points.action_links)})\s")


def action_pair(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`seeks an invitation to join NATO and the lifting of restrictions on long-range
    weapons`: two demands, the second told as an action noun (`the lifting of`, `the
    deployment of`) after `and`, `as well as` or `along with` (a closing `among other
    points` said of both, see aside_end, left out); [] when the clause is one
    demand (`closer ties between Kyiv and the West`) or has more than one such `and`."""
    end = aside_end(text, start, clause_stop(text, start, end))
    found = list(_and_action().finditer(text, start, end))
    if len(found) != 1:
        return []
    link = found[0].start()
    at = _before_link(text, start, link)
    if not text[start:at].strip():
        return []
    second = found[0].end("link")
    while second < end and text[second].isspace():
        second += 1
    return [(start, at), (second, clause_end(text, start, end))]


@per_language
def _and_verb() -> re.Pattern[str]:
    """`… and calls for`, `…, and also seeks`: `and` before a verb of what the plan holds (see
    _item_verb)."""
    return re.compile(rf"(?<=\S),?\s+and\s+{_item_verb().pattern}")


def verb_pair(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`includes a fund for drone makers and calls for a seat at the table`: two demands, the
    second the object of a second verb of what the plan holds, after `and` (as an item of a
    series may be, see _item_verb), or the first alone when the second verb tells an aim
    (`and seeks to end the war`); [] when the clause has no such `and`, or more than one."""
    end = aside_end(text, start, clause_stop(text, start, end))
    found = list(_and_verb().finditer(text, start, end))
    if len(found) != 1:
        return []
    pair = [(start, found[0].start()), (found[0].end(), clause_end(text, found[0].end(), end))]
    if not all(text[x:y].strip() for x, y in pair):
        return []
    # `… and seeks to end the war by next year`: what it is for, not a demand; the demand
    # before it stands alone.
    return pair[:1] if text.startswith("to ", found[0].end()) else pair


def items(text: str, start: int, end: int, verb: str) -> list[tuple[int, int]]:
    """What one `asks for` / `calls for` states, item by item: a series (`A, B and C`), a
    demand and an action noun after `and` (`A and the lifting of B`), two demands each with its
    own verb (`includes A and calls for B`) or its own `for` (`calls for A and for B`); [] when
    it is one."""
    found = series(text, start, end) or action_pair(text, start, end) or verb_pair(
        text, start, end) or gerund_pair(text, start, end)
    if found or not verb.lower().endswith("for"):
        return found
    link = _and_for(text, start, end)
    if link is None:
        return []
    return [(start, link[0]), (link[1], clause_stop(text, link[1], end))]


def content_words(summary: str) -> frozenset[str]:
    """The words that tell a point from another, each in one form: `alliance` = `nato`,
    `immediately` = `immediate` (plan.toml [proposals.same])."""
    pack = proposal_words()
    words = re.findall(r"[a-z][\w-]*", summary.lower().replace("’", "'"))
    return frozenset(_one_form(w.removesuffix("'s"), pack.same) for w in words
                     if w not in pack.stopwords)


def _one_form(word: str, same: dict[str, str]) -> str:
    if word in same:
        return same[word]
    if len(word) > _ADVERB_STEM + 2 and word.endswith("ly"):
        word = word[:-2]
    return same.get(word, word)


# `-ly` is taken off only a word this long without it (`immediately`, not `only`, `early`).
_ADVERB_STEM = 5


def distinct(found: list[Point], bulleted: set[tuple[int, int]]) -> list[Point]:
    """One point per demand: when one point's content words are all in another's (`NATO
    invitation` and `Ukraine's invitation to NATO before the war ends`), keep the one from the
    article's list of points (bullets), else the first.

    Read as pairs (i, j), i < j, in order: a pair whose smaller word set (of at least
    `same_point_words` words) is in the other drops j, or i when only j is bulleted; a dropped
    point drops nothing more. Pairs are found through an index rather than tried all against
    all (which took seconds on a text of thousands of points): points of the same word set
    form one class, and a class meets only the classes whose sets hold it or it holds."""
    least = proposal_words().same_point_words
    classes: dict[frozenset[str], int] = {}
    members: list[list[int]] = []
    of: list[int] = []  # each point's class, -1 when it has too few words to be compared
    for k, point in enumerate(found):
        words = content_words(point[1])
        if len(words) < least:
            of.append(-1)
            continue
        c = classes.setdefault(words, len(members))
        if c == len(members):
            members.append([])
        members[c].append(k)
        of.append(c)
    sets = list(classes)
    holding: dict[str, set[int]] = {}
    for c, words in enumerate(sets):
        for word in words:
            holding.setdefault(word, set()).add(c)
    related: list[list[int]] = [[c] for c in range(len(sets))]
    for c, words in enumerate(sets):
        # The classes whose sets hold this one are those that hold each of its words.
        postings = sorted((holding[w] for w in words), key=len)
        for d in postings[0].intersection(*postings[1:]):
            if d != c:
                related[c].append(d)
                related[d].append(c)
    dropped: set[int] = set()
    for i, c in enumerate(of):
        if c < 0 or i in dropped:
            continue
        # No point before i of a related class is left: its own turn dropped i or itself.
        partners: list[int] = []
        for d in related[c]:
            alive = members[d] = [j for j in members[d] if j not in dropped]
            partners += (j for j in alive if j > i)
        mine = found[i][2] in bulleted
        for j in sorted(partners):
            # (Of one wording told twice, the one that gives the point's number is kept.)
            numbered = found[i][0] is None and found[j][0] is not None and of[j] == c
            if not mine and (found[j][2] in bulleted or numbered):
                dropped.add(i)
                break
            dropped.add(j)
    return [f for k, f in enumerate(found) if k not in dropped]


# Two wordings that differ by one word each are one point when they share this many words.
NEAR_SHARED = 3


def near_same(found: list[Point], bulleted: set[tuple[int, int]]) -> list[Point]:
    """One point per demand told in two wordings that differ by one content word each (`a
    formal invitation for Ukraine to join NATO`, `an invitation for Ukraine to join the NATO
    military alliance`) and share NEAR_SHARED at least: the bulleted one is kept, else the
    first. Such a pair has one set left when each drops its own word, so each point is indexed
    under its set without each one of its words (linear in the words, not pairwise)."""
    seen: dict[frozenset[str], int] = {}
    dropped: set[int] = set()
    for k, point in enumerate(found):
        words = content_words(point[1])
        if len(words) <= NEAR_SHARED:
            continue
        for word in words:
            key = words - {word}
            other = seen.get(key)
            if other is None or other in dropped:
                seen[key] = k
                continue
            if found[k][2] in bulleted and found[other][2] not in bulleted:
                dropped.add(other)
                seen[key] = k
            else:
                dropped.add(k)
                break
    return [f for k, f in enumerate(found) if k not in dropped]


def merge_listed(found: list[Point], listed: list[tuple[int, int]]) -> tuple[
        list[Point], dict[tuple[int, int], tuple[int, int]]]:
    """`Its first point is the invitation itself.` and the first item of the article's list of
    points are one point: the item, with the ordinal's number (numbered items by their own
    number, bullets by position), when the two share a content word. listed: the list items'
    spans, in order. Returns the points and, for each item that took a number, the ordinal's
    evidence span (a second evidence for the item)."""
    by_span = {f[2]: f for f in found}
    items = [by_span[span] for span in listed if span in by_span]
    in_list = set(listed)
    # The first item of each number (an ordinal takes it), found once, not per ordinal.
    first_numbered: dict[int, Point] = {}
    for listed_item in items:
        if listed_item[0] is not None:
            first_numbered.setdefault(listed_item[0], listed_item)
    extra: dict[tuple[int, int], tuple[int, int]] = {}
    numbers: dict[tuple[int, int], int] = {}
    for number, label, span in found:
        if number is None or span in in_list:
            continue
        item = first_numbered.get(number) or (
            items[number - 1] if 0 < number <= len(items) and items[number - 1][0] is None
            else None)
        if item is None or item[2] in extra or not content_words(label) & content_words(item[1]):
            continue
        extra[item[2]], numbers[item[2]] = span, number
    dropped = set(extra.values())
    out = [(numbers.get(s, n), label, s) for n, label, s in found if s not in dropped]
    return out, extra
