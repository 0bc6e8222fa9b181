"""Plan points in an outlet's own words, where the plan is named just before rather than in the
point's own sentence (plan.py, points.py, point_forms.py need it there):

- `Among its demands: A, B and C.` (`its`/`his` = the plan named in that sentence or the one
  before, or in the paragraph before when the sentence opens its paragraph);
- `Kyiv wants A. It also seeks B.` / `He is asking for A and B`: the plan or its presenter wants
  or asks, in the sentence right after one that names the plan, or opening the paragraph right
  after one that names it (so also the answer under a Q&A heading `What does the plan ask
  for?`), and in the sentences that continue such a run of demands;
- `The document envisages A`: a synonym (document, strategy) whose referent is the plan, because
  no other document was named since the plan was;
- `Point 5 deals with A`, `Item two: A`, `…; point 3 asks for B`: a labelled, numbered point
  near the plan, or the next number of a series of them (`Point 1: A.` ⏎ `Point 2: B.` …).

Each point is (number, summary, (start, end) of evidence), as in points.py. A demand made a
paragraph or more away from the plan (`Kyiv also wants more air defence`) is not a point.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from summarizer.extract.offline import cues
from summarizer.extract.offline.document import Doc, Sentence
from summarizer.extract.offline.language import language, per_language
from summarizer.extract.offline.lexicon import alternation
from summarizer.extract.offline.plan_patterns import (
    finditer_the,
    in_article,
    lowered,
    naming_plan,
    patterns,
    search,
)
from summarizer.extract.offline.points import (
    Point,
    clause_end,
    items,
    series,
    summary,
    two_items,
    vague_plea,
)
from summarizer.extract.offline.prefilter import Filtered


@per_language
def _forms() -> dict[str, Filtered]:
    """The searched forms, with prefilters (most sentences lack a word each one needs)."""
    return {key: Filtered(pattern) for key, pattern in _patterns().items()
            if key in ("among", "synonym", "presenter_asks")}


@per_language
def _patterns() -> dict[str, re.Pattern[str]]:
    """All forms; `wants` and `label` are only tried at a sentence's start (`match`)."""
    lang = language()
    forms = lang.plan.forms.by_name
    plan = patterns()["plan"].pattern
    numbers = alternation([*lang.plan.numbers, *(str(n) for n in range(1, 13))])
    owner = rf"(?:its|his|her|the\s+(?:{plan})['’]s|[A-Z][\w-]+['’]s\s+(?:{plan})['’]s)"
    # `the EU and the U.S.`: one addressee of a plea, or two joined by `and`.
    addressee = alternation(forms["addressees"])
    addressees = rf"(?:{addressee})(?:\s+and\s+(?:{addressee}))?"
    return {
        # (`Among the proposed points is to …` right after the plan: `the` and a word.)
        "among": re.compile(
            rf"\bAmong\s+(?:{owner}|the(?:\s+[\w-]+)?)\s+(?:{alternation(forms['among'])})"
            rf"\s*(?::|are\b|is\b)\s*(?:to\s+)?"),
        "wants": re.compile(
            rf"(?:(?i:{alternation(forms['askers'])})|(?P<name>[A-Z][\w-]+))\s+(?:also\s+|then\s+)?"
            rf"(?P<verb>{alternation(forms['wanting'])}|(?P<told>{alternation(forms['wanting_told'])})"
            rf"|(?:{alternation(forms['asking'])})\s+"
            rf"(?:(?:its|his|her)\s+)?{addressees}\s+(?:to|for))\s+"),
        "synonym": re.compile(
            rf"\b[Tt]he\s+(?:{alternation(forms['synonyms'])})\s+(?:also\s+|further\s+)?"
            rf"(?P<verb>{alternation(lang.plan.points.verbs)})\s+"),
        # `Zelensky called for A`, `he urged allies to B`: the presenter's plea (point_asks.py
        # checks who it is).
        "presenter_asks": re.compile(
            rf"(?P<who>\b[A-Z][\w-]+|\b[Hh]e|\b[Ss]he),?\s+(?:also\s+)?(?P<verb>"
            rf"(?:{alternation(forms['pleading'])})"
            rf"|(?:{alternation(forms['asking'])})\s+(?:(?:his|her|its|Kyiv['’]s|Ukraine['’]s)\s+)?"
            rf"{addressees}\s+to)\s+(?=[a-z])"),
        # `His proposals involve A, B and C` right after the plan is named (point_asks.py
        # checks that `his` is the presenter).
        "his_asks": re.compile(
            rf"(?P<who>His|Her)\s+(?:(?:key|main|central)\s+)?(?:{alternation(forms['among'])})"
            rf"\s+(?:{alternation(lang.plan.points.points_verbs)})\s+(?=[a-z])"),
        # `Another point calls for …`, `The final demand of the plan is …`.
        "further": re.compile(
            rf"(?:{alternation(forms['further'])})\s+(?:(?:key|main|major|central)\s+)?"
            rf"(?:{alternation([*lang.plan.points.nouns, *forms['further_nouns']])})"
            rf"(?:\s+(?:of|in)\s+(?:the|his|its)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{plan}))?"
            rf"\s+(?P<verb>{alternation(lang.plan.points.lead_verbs)})\s+"),
        # `In the plan, Kyiv asks for …`, `According to the plan, Ukraine seeks …`: an opener
        # naming the plan before the asker.
        "opener": re.compile(
            rf"(?:In|Under|According\s+to)\s+(?:the|his|its|[A-Z][\w-]*['’]s)\s+"
            rf"(?:[\w“”\"-]+\s+){{0,2}}?"
            rf"(?:{plan})[”\"’']?,\s+"),
        # `In it, he asked allies for …`: the plan named in the sentence before.
        "it_opener": re.compile(r"(?:In|Under)\s+it,\s+"),
        # `…, according to the plan.` / `…, the plan says.`: the plan says the sentence.
        "by_plan": re.compile(
            rf",\s+(?:according\s+to\s+(?:the|his|its|[A-Z][\w-]*['’]s)\s+"
            rf"(?:[\w“”\"-]+\s+){{0,2}}?(?:{plan})[”\"’']?"
            rf"|(?:the|his)\s+(?:{plan})\s+(?:says|states|said))[.”\"’']*\s*$"),
        # `… and concludes with point five, petitioning allies to …`: a label inside the
        # sentence, after `with`/`by` (what follows it is the point).
        "inline_label": re.compile(
            rf"\b(?:with|by)\s+(?i:{alternation(forms['labels'])})\s+(?P<n>{numbers})\b,?\s+"
            rf"(?:(?:{alternation(forms['petitioning'])})\s+(?:[\w’'-]+\s+){{1,4}}?to\s+)?"),
        # (`Main point 2: …`: an adjective of a main part may open the label.)
        "label": re.compile(
            rf"(?:(?i:{alternation(forms['part_adjectives'])})\s+)?"
            rf"(?i:{alternation(forms['labels'])})\s+(?:(?:No\.|no\.|[Nn]umber|#)\s*)?"
            rf"(?P<n>{numbers})\b"
            rf"(?:\s+(?:of|in)\s+(?:the|his|its)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{plan}))?"
            rf"(?:\s*[:—–]\s*|\s+(?={alternation(lang.plan.points.lead_verbs)}\s))"),
    }


@per_language
def _lead() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(language().plan.points.lead_verbs)})\s+", re.I)


@per_language
def _documents() -> re.Pattern[str]:
    lang = language()
    return re.compile(rf"(?P<plan>{patterns()['plan'].pattern})|\b(?:"
                      rf"{alternation(lang.plan.forms.by_name['documents'])})s?\b", re.I)


def _names_plan(doc: Doc, start: int, end: int) -> bool:
    return search("plan", doc.text, start, end) is not None


def asked_points(doc: Doc, presenter: str | None, owner_ok: Callable[[str, int], bool],
                 pointed: set[int], stated: frozenset[int] = frozenset()) -> list[Point]:
    """The points stated in the forms above. presenter: the plan's presenter's name, if
    known (his surname may open a demand: `Zelensky is asking for …`); owner_ok(pronoun,
    offset): does `he`/`she` there stand for the presenter (not a critic just named)?
    pointed: the paragraphs where other forms found points (a paragraph that opens with a
    demand right after one of them goes on telling the plan's points); stated: the starts of
    the sentences where they found them (`First on the list is A. Zelensky then calls for B.`:
    a demand right after one of them, in its paragraph, goes on the run too)."""
    out: list[Point] = []
    run = False  # the sentence before stated a demand tied to the plan
    # The demands told in the past (`He called for A`) right after the sentence that reports
    # the plan's presentation, and those that go on from them, are the presentation's (see
    # _presented): the paragraph of that sentence, or the one after it.
    # (Which sentences present it is read only when such a demand comes, up to it.)
    presented = -1  # the paragraph of the last sentence presenting the plan, -1 for none
    days: set[str] = set()  # the weekdays that sentence names (`on Wednesday`)
    scanned = 0  # the sentences before this one have been read for a presentation
    labelled: tuple[int, int] | None = None  # the last labelled point: (paragraph, number)
    # Which sentences name the plan (most forms below need it).
    named = naming_plan(doc)
    forms = _patterns()  # (once: a per-language lookup is a Python call)
    # The forms tried in every sentence, each only in an article that holds the words it
    # needs (one test per article: see in_article).
    among, synonym = in_article(doc, _forms()["among"]), in_article(doc, _forms()["synonym"])
    for index, sentence in enumerate(doc.sentences):
        prev = doc.sentences[index - 1] if index else None
        if among:
            out += _among(doc, sentence, prev)
        if synonym:
            out += _synonym(doc, sentence)
        found = _label(doc, sentence, labelled)
        if found:
            labelled = sentence.para, found[-1][0] or 0
        out += found
        opener = forms["opener"].match(doc.text, sentence.start, sentence.end)
        said = forms["by_plan"].search(doc.text, sentence.start, sentence.end) if (
            named[index]) else None
        after = prev is not None and (named[index - 1] if prev.para == sentence.para else (
            _after_plan(doc, sentence, prev)))
        if opener is None and after:
            opener = forms["it_opener"].match(doc.text, sentence.start, sentence.end)
        opens = prev is None or prev.para != sentence.para
        # A run of demands goes on in its paragraph, or opens the next one.
        going = run or (opens and sentence.para - 1 in pointed) or (
            not opens and prev is not None and prev.start in stated)
        tied = (going and prev is not None and (prev.para == sentence.para or (
            opens and sentence.para == prev.para + 1))) or bool(opener or said) or after
        start = opener.end() if opener else sentence.start
        if opener is None and tied:
            # `Beyond that, Kyiv wants …`: a short lead phrase before the asker.
            lead = _LEAD.match(doc.text, start, sentence.end)
            start = lead.end() if lead else start
        stop = said.start() if said else sentence.end
        # `He presented the plan on Wednesday.` ⏎ `He called for A. He also proposed B.`:
        # a demand told in the past is the plan's when it reports the presentation.
        # (So do those in a run of the plan's points: `He also called for B` after them.)
        reported = False
        wants = forms["wants"].match(doc.text, start, stop) if going or tied else None
        if wants is not None and wants.group("told"):
            for ahead in doc.sentences[scanned : index + 1]:
                if named[scanned] and cues.presenting(doc.text, ahead.start, ahead.end):
                    presented = ahead.para
                    days = _weekdays(doc.text, ahead.start, ahead.end)
                scanned += 1
            reported = presented >= 0 and (going or (
                sentence.para - presented in (0, 1))) and not _elsewhen(
                doc.text, sentence.start, sentence.end) and _weekdays(
                doc.text, sentence.start, sentence.end) <= days
        found = _wants(doc, wants, stop, presenter, owner_ok, bool(opener or said or reported)) if (
            wants is not None and (tied or reported)) else []
        if not found and (tied or named[index]):
            found = _further(doc, sentence)
        if not found and (tied or named[index]):
            found = _his_asks(doc, forms["his_asks"].match(doc.text, start, stop), owner_ok)
        if not found and said is not None and opener is None:
            found = _said_series(doc, sentence.start, said.start())
        if not found and named[index] and opener is None:
            # `Limits on strikes are to be lifted, according to the plan` / `… as part of the
            # plan`: what the plan would have done, told in the passive.
            found = _passive(doc, sentence, said.start() if said else None)
        if not found and prev is not None and named[index - 1] and _answers(doc, sentence, prev):
            found = _said_series(doc, sentence.start, sentence.end)
        if not found and named[index]:
            found = _presenter_asks(doc, sentence, presenter, owner_ok)
        out += found
        run = bool(found)
    return out


@per_language
def _times() -> re.Pattern[str]:
    """A time of its own in a sentence: a phrase of plan.toml [forms] other_times, a month's
    full name (dates.toml; not `may`, a modal too) or a year."""
    lang = language()
    months = [m for m in lang.dates.months if len(m) > 3]
    return re.compile(rf"\b(?:{alternation([*lang.plan.forms.by_name['other_times'], *months])}"
                      rf"|(?:19|20)\d\d)\b", re.I)


@per_language
def _weekday_names() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(language().dates.days.weekdays)})\b", re.I)


def _weekdays(text: str, start: int, end: int) -> set[str]:
    """The weekdays a sentence names: a demand told for another day than the presentation's
    (`proposed that parliament meet again on Friday`) is another matter."""
    return {m.group(0).lower() for m in _weekday_names().finditer(text, start, end)}


def _elsewhen(text: str, start: int, end: int) -> bool:
    """`He proposed a summit in November`: a demand told with a time of its own is another
    matter than the plan just presented."""
    return _times().search(text, start, end) is not None


def _after_plan(doc: Doc, sentence: Sentence, prev: Sentence | None) -> bool:
    """Right after a sentence naming the plan (same paragraph), or opening the paragraph after
    one that names it."""
    if prev is None:
        return False
    if prev.para == sentence.para:
        return _names_plan(doc, prev.start, prev.end)
    para = doc.paragraphs[prev.para]
    return sentence.para == prev.para + 1 and _names_plan(doc, para.start, para.end)


def _among(doc: Doc, sentence: Sentence, prev: Sentence | None) -> list[Point]:
    text = doc.text
    out: list[Point] = []
    for match in _forms()["among"].finditer(text, sentence.start, sentence.end):
        owned = _names_plan(doc, match.start(), match.end())
        if not owned and not _names_plan(doc, sentence.start, match.start()) and not (
                _after_plan(doc, sentence, prev)):
            continue  # `Among its demands` with no plan before it: another party's demands
        end = clause_end(text, match.end(), sentence.end)
        found = series(text, match.end(), end) or two_items(text, match.end(), end) or [
            (match.end(), end)]
        out += [(None, summary(text[x:y]), (x, y)) for x, y in found]
    return out


def _wants(doc: Doc, match: re.Match[str], stop: int, presenter: str | None,
           owner_ok: Callable[[str, int], bool], explicit: bool) -> list[Point]:
    """`Kyiv wants A`: match, the `wants` form matched at the sentence's start (or past `In
    the plan,`), its point read up to `stop` (the sentence's end, or before `, according to
    the plan`). explicit: the sentence ties itself to the plan (an opener or `according to the
    plan`, or it reports the presentation), as a demand told in the past needs (`In it, he
    asked for A`)."""
    text = doc.text
    if match.group("told") and not explicit:
        return []
    name = match.group("name")
    if name is not None and not is_presenter(name, presenter):
        return []  # `Hungary demands guarantees …`: not the plan's presenter
    pronoun = text[match.start() : match.end()].split()[0].lower()
    if pronoun in ("he", "she") and not owner_ok(pronoun, match.start()):
        return []  # `Orbán dismissed the plan. He demands …`: the critic's demand
    end = clause_end(text, match.end(), stop)
    pleading = match.group("verb").endswith("to")  # `urges allies to …`
    cut = _stops().search(text, match.end(), end)
    if cut is not None and (pleading or _names_plan(doc, cut.start(), end)):
        end = cut.start()  # `urged allies to A as he presented the plan`
    if pleading and (_names_plan(doc, match.end(), end) or vague_plea(
            summary(text[match.end() : end]))):
        return []  # `urged allies to study the plan`, `… to act quickly`
    found = items(text, match.end(), end, match.group("verb")) or two_items(
        text, match.end(), end) or [(match.end(), end)]
    # `It also seeks to let …`: the point is what follows `to`; `He calls for unity`: a plea
    # with no content of its own is none.
    labels = [(summary(re.sub(r"^to\s+", "", text[x:y])), (x, y)) for x, y in found if y > x]
    return [(None, label, span) for label, span in labels if not vague_plea(label)]


def _his_asks(doc: Doc, match: re.Match[str] | None,
              owner_ok: Callable[[str, int], bool]) -> list[Point]:
    """`His proposals involve A, B, as well as C`: what the presenter's demands are said to
    be, each item of the series a point (not `His proposals are unrealistic`: one clause of
    no series nor pair is left to the other forms; not a critic's `his`)."""
    if match is None or not owner_ok(match.group("who").lower(), match.start()):
        return []
    text = doc.text
    end = clause_end(text, match.end(), doc.sentence_at(match.start()).end)
    found = series(text, match.end(), end) or two_items(text, match.end(), end)
    return [(None, summary(text[x:y]), (x, y)) for x, y in found]


def _further(doc: Doc, sentence: Sentence) -> list[Point]:
    """`Another point calls for A`, `The final demand is B`: one more point, opening a sentence
    tied to the plan (see asked_points), its content after the verb that introduces it (not a
    clause, `Another point is that allies are divided`: a remark, not a point)."""
    text = doc.text
    match = _patterns()["further"].match(text, sentence.start, sentence.end)
    if match is None:
        return []
    end = clause_end(text, match.end(), sentence.end)
    content = text[match.end() : end]
    if content.startswith("that "):
        copulas = language().plan.plan_words.copulas
        if any(w in copulas or w == "be" for w in match.group("verb").split()):
            return []  # `Another point is that …`
        content = content[5:]
    # `The other items include A, B and C`: each item of a series is a point.
    listed = series(text, match.end(), end) if not content.startswith("that ") else []
    if listed:
        return [(None, summary(text[x:y]), (x, y)) for x, y in listed]
    return [(None, summary(content), (sentence.start, end))] if content.strip() else []


def _presenter_asks(doc: Doc, sentence: Sentence, presenter: str | None,
                    owner_ok: Callable[[str, int], bool]) -> list[Point]:
    """`Presenting the plan, Zelensky called for A`, `He urged allies to B as he unveiled his
    plan`: what the plan's presenter asks for in a sentence that presents his plan (or calls it
    his, or sets the plea off as a part of it: `…, a key part of the plan`). Not a plea about
    the plan itself (`urged allies to back the plan`) nor one with no content (`urged allies to
    act quickly`, plan.toml [forms] vague_asks, vague_heads)."""
    text, a, b = doc.text, sentence.start, sentence.end
    matches = list(_forms()["presenter_asks"].finditer(text, a, b))
    if not matches:
        return []  # most sentences: no plea at all
    plan = search("plan", text, a, b)
    if plan is None or not (cues.presenting(text, a, b) or _his().search(text, a, plan.end())):
        return []
    out: list[Point] = []
    for match in matches:
        who = match.group("who")
        if who.lower() in ("he", "she"):
            if not owner_ok(who.lower(), match.start()):
                continue
        elif not is_presenter(who, presenter):
            continue
        end = clause_end(text, match.end(), b)
        cut = _stops().search(text, match.end(), end)
        end = cut.start() if cut else end
        content = text[match.end() : end]
        words = content.lower().split()
        if len(words) < 2 or vague_plea(summary(content)) or _names_plan(doc, match.end(), end):
            continue
        found = items(text, match.end(), end, match.group("verb")) or [(match.end(), end)]
        out += [(None, summary(text[x:y]), (x, y)) for x, y in found if not vague_plea(
            summary(text[x:y]))]
    return out


@per_language
def _his() -> re.Pattern[str]:
    """`his plan`, or a plea set off as a part of the plan (`…, a key part of the plan`)."""
    plan = patterns()["plan"].pattern
    nouns = alternation(language().plan.points.nouns)
    return re.compile(
        rf"\b(?:his|her)\s+(?:[\w“”\"-]+\s+){{0,2}}?(?:{plan})"
        rf"|,\s+(?:an?|the|one)\s+(?:[\w-]+\s+)?(?:{nouns}|part|centerpiece|centrepiece)\s+"
        rf"of\s+(?:the|his|its|[A-Z][\w-]*['’]s)\s+(?:[\w“”\"-]+\s+){{0,2}}?(?:{plan})", re.I)


@per_language
def _stops() -> re.Pattern[str]:
    """Where a presenter's plea ends: a comma, or a clause of time or manner (`as he presented
    the plan`, `while`, `when`, `before`)."""
    return re.compile(r",|\s(?:as|while|when|before|after|during|in\s+presenting)\s")


def _answers(doc: Doc, sentence: Sentence, prev: Sentence | None) -> bool:
    """`What does the plan ask for? A, B and C.`: the sentence answers a question about the
    plan right before it (same paragraph, or the paragraph right before)."""
    if prev is None or sentence.para - prev.para > 1:
        return False
    asked = doc.text[prev.start : prev.end].rstrip(" ”\"’'")
    return asked.endswith("?") and _names_plan(doc, prev.start, prev.end)


def _said_series(doc: Doc, start: int, stop: int) -> list[Point]:
    """`A, B and C, according to the plan.`: a sentence that is only a series of noun phrases
    said by the plan. Not a clause (`Kyiv would get A, B and C`): no item holds a verb of the
    sentence (plan.toml [forms] content_stops) and the first opens with a determiner."""
    text = doc.text
    found = series(text, start, clause_end(text, start, stop))
    if not found or text[start : found[0][0]].strip():
        return []
    first = text[found[0][0] : found[0][1]].split(" ", 1)[0].lower()
    verbs = _verbs()
    if first not in ("a", "an", "the") or any(verbs.search(text, x, y) for x, y in found):
        return []
    return [(None, summary(text[x:y]), (x, y)) for x, y in found]


@per_language
def _passives() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A clause told in the passive with a modal (`X should be invited`, `Y are to be lifted`:
    plan.toml [points] under_modals), opening its sentence; and `as part of the plan` ending
    one."""
    modals = [m if m.endswith(" be") else m + " be" for m in language().plan.points.under_modals]
    plan = patterns()["plan"].pattern
    return (re.compile(rf"(?:[\w’'-]+\s+){{1,6}}?(?:{alternation(modals)})\s+[a-z]+(?:ed|en)\b"),
            re.compile(rf",?\s+as\s+part\s+of\s+(?:the|his|its|[A-Z][\w-]*['’]s)\s+"
                       rf"(?:[\w“”\"-]+\s+){{0,2}}?(?:{plan})[.”\"’']*\s*$", re.I))


def _passive(doc: Doc, sentence: Sentence, said: int | None) -> list[Point]:
    """`Ukraine should be invited to join NATO, according to the plan.`: the passive clause the
    plan says (said: where `, according to the plan` starts), or one done `as part of the
    plan`; the clause is the point."""
    text = doc.text
    if " be " not in text[sentence.start : sentence.end]:
        return []  # (most sentences: no passive with a modal at all)
    clause, part = _passives()
    if said is None:
        tail = part.search(text, sentence.start, sentence.end)
        if tail is None:
            return []
        said = tail.start()
    match = clause.match(text, sentence.start, said)
    if match is None:
        return []
    end = clause_end(text, sentence.start, said)
    label = summary(text[sentence.start : end])
    return [] if vague_plea(label) else [(None, label, (sentence.start, end))]


@per_language
def _verbs() -> re.Pattern[str]:
    stops = language().plan.forms.by_name["content_stops"]
    return re.compile(rf"\b(?:{alternation(stops)})\b", re.I)


def is_presenter(name: str, presenter: str | None) -> bool:
    """`Zelenskyy` for Volodymyr Zelensky: the surname, spellings differing only in the end."""
    if not presenter:
        return False
    surname = presenter.split()[-1].rstrip("yi")
    return len(surname) >= 4 and name.rstrip("yi") == surname


def _synonym(doc: Doc, sentence: Sentence) -> list[Point]:
    text = doc.text
    out: list[Point] = []
    for match in finditer_the(doc, _forms()["synonym"], sentence.start, sentence.end):
        if not _refers_to_plan(doc, sentence, match.start()):
            continue
        end = clause_end(text, match.end(), sentence.end)
        found = items(text, match.end(), end, match.group("verb")) or [(match.end(), end)]
        out += [(None, summary(text[x:y]), (x, y)) for x, y in found]
    return out


def _refers_to_plan(doc: Doc, sentence: Sentence, at: int) -> bool:
    """The last document named before `at` (in this paragraph or the two before it, so past
    a Q&A heading) is the plan."""
    start = doc.paragraphs[max(0, sentence.para - 2)].start
    found = list(_documents().finditer(doc.text, start, at))
    return bool(found) and found[-1].group("plan") is not None


def _label(doc: Doc, sentence: Sentence, last: tuple[int, int] | None) -> list[Point]:
    """`Point 5 deals with A`, at the sentence's start or a clause's after a semicolon
    (`Point 1 is A; point 3 asks for B`): in a paragraph that names the plan, or one of the two
    after it (an explainer's heading may stand between), or as the next number of a series of
    labelled points whose last one (last: its paragraph and number) is in this paragraph or
    one of the SERIES_GAP before (`Point 1: A.` ⏎ `Point 2: B.` ⏎ … ⏎ `Point 5: E.`)."""
    text = doc.text
    starts = [sentence.start, *(m.end() for m in _SEMICOLON.finditer(
        text, sentence.start, sentence.end))] if ";" in text[sentence.start : sentence.end] else [
        sentence.start]
    out: list[Point] = []
    # (Inside a sentence only where a label's word is: most sentences have none.)
    inline = _patterns()["inline_label"].search(text, sentence.start, sentence.end) if (
        _has_label(doc, sentence)) else None
    for start in starts if inline is None else [inline.start()]:
        match = inline or _patterns()["label"].match(text, start, sentence.end)
        if match is None:
            continue
        word = match.group("n").lower()
        number = int(word) if word.isdigit() else language().plan.numbers.get(word)
        # (One paragraph may stand between two labelled points: an aside on the points
        # before, `Points two and three both have secret annexes.`, or a line of boilerplate.)
        follows = last is not None and number == last[1] + 1 and (
            sentence.para - SERIES_GAP <= last[0] <= sentence.para)
        paras = doc.paragraphs[max(0, sentence.para - 2) : sentence.para + 1]
        if not follows and not any(_names_plan(doc, p.start, p.end) for p in paras):
            continue
        lead = _lead().match(text, match.end())
        content = lead.end() if lead else match.end()
        end = clause_end(text, content, sentence.end)
        if end > content:
            out.append((number, summary(text[content:end]), (start, end)))
            last = sentence.para, number or 0
    return out


def _has_label(doc: Doc, sentence: Sentence) -> bool:
    """Does the sentence hold a label's word (`point`, `item`: plan.toml [forms] labels), in
    any case? The places of those words are found once per article."""
    def find() -> list[int] | None:
        low, exact = lowered(doc)
        if not exact:
            return None  # (offsets of the lower-cased text are not the text's: no test)
        found: list[int] = []
        for label in language().plan.forms.by_name["labels"]:
            word = label.lower()
            at = low.find(word)
            while at >= 0:
                found.append(at)
                at = low.find(word, at + 1)
        return sorted(found)

    places = doc.once("plan.label_places", find)
    if places is None:
        return True
    k = bisect.bisect_left(places, sentence.start)
    return k < len(places) and places[k] < sentence.end


_SEMICOLON = re.compile(r";\s+")
# A labelled point (`Point 4 …`) goes on a series whose last point is at most this many
# paragraphs before it.
SERIES_GAP = 2
# `Beyond that, `, `In addition, `, `At the same time, `: a lead phrase of at most four words.
_LEAD = re.compile(r"[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,4},\s+")
