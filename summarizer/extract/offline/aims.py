"""What the plan is for, as the article states it: `his victory plan to end the war with
Russia`, `a plan aimed at forcing Moscow to negotiate`, `the blueprint, which aims to …`.

Only a purpose attached to the plan itself counts: the plan's name (or `his`/`the` plan once
the article has named it) followed by a purpose link and an aim verb. The aim is the words from
the verb to the end of their clause, as printed, cut to a few words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from summarizer.extract.offline.document import Doc
from summarizer.extract.offline.language import grammar, language, per_language
from summarizer.extract.offline.lexicon import alternation, phrase_regex
from summarizer.extract.offline.phrases import PhraseIndex
from summarizer.extract.offline.word_packs import plan_words

# An aim keeps at most this many words.
AIM_WORDS = 12
# At most this many aims per article (the first ones stated).
MAX_AIMS = 3


@per_language
def _aim_regex() -> re.Pattern[str]:
    """Matched right after a plan word: the purpose link and the aim after it."""
    plan = language().plan
    links = phrase_regex(plan.aims.links).pattern
    verbs = phrase_regex([*plan.aims.verbs, *plan.aims.gerunds]).pattern
    return re.compile(rf"[”\"’']?,?\s+{links}\s+(?P<aim>{verbs}\s+[^\n]+)", re.I)


@per_language
def _clause_end() -> re.Pattern[str]:
    """What ends an aim's clause (grammar.toml [aims]): punctuation, a dash, a conjunction, a
    link of time with its measure (`… hours after`), `and` before a new clause, `to` the
    plan's addressees (`… to the Ukrainian parliament`)."""
    words = grammar().aims
    ends, links, coordinators = (alternation(w) for w in
                                 (words.clause_ends, words.time_links, words.coordinators))
    counts, measures = alternation(words.time_counts), alternation(words.time_measures)
    openers, addressees = alternation(words.clause_openers), alternation(words.addressees)
    return re.compile(
        r"[,;:.!?()“”\"]|\s[—–]\s"
        rf"|\s(?i:{ends})\s"
        rf"|\s(?:(?:(?i:{counts})\s)?(?i:{measures})\s)?(?i:{links})\s"
        # (case-sensitive: a capital after `and` opens a clause with a name)
        rf"|\s(?i:{coordinators})\s(?=[A-Z]|(?i:{openers})\s)"
        rf"|\s(?i:to)\s(?:(?i:the)\s)?(?:\S+\s)?(?i:{addressees})(?!\w)"
    )


@per_language
def _plan_index() -> tuple[PhraseIndex, frozenset[str]]:
    plan = language().plan
    generic = plan.names.generic
    return PhraseIndex([*plan.names.terms, *generic], ignore_case=True), generic




def stated_aims(doc: Doc, owner_ok: Callable[[str, int], bool]) -> list[str]:
    """Aims in text order. owner_ok(pronoun, offset): does `his`/`her` there stand for the
    plan's presenter (another person's plan has other aims)?"""
    index, generic = _plan_index()
    aims: list[str] = []
    for para in doc.paragraphs:
        for a, b, phrase in index.find(doc.text, para.start, para.end):
            if phrase in generic and not _owned(doc, para.start, a, owner_ok):
                continue
            if " ".join(phrase.lower().split()) in language().plan.names.other:
                continue  # another plan's aim (`the peace formula, which aims to …`)
            match = _aim_regex().match(doc.text, b, para.end)
            if match is None:
                continue
            aim = _clause(match.group("aim"))
            if aim and aim.lower() not in (x.lower() for x in aims):
                aims.append(aim)
    return aims[:MAX_AIMS]


def _owned(doc: Doc, start: int, at: int, owner_ok: Callable[[str, int], bool]) -> bool:
    """A generic plan word (`plan`, `blueprint`) is the plan when `his`/`the`/`this` opens it
    (one modifier allowed, not `own`, `rival` …) and `his`/`her` is its presenter."""
    words = doc.text[max(start, at - 40) : at].split()[-2:]
    lowered = [w.lower() for w in words]
    pack = plan_words()
    determiners, other = pack.aim_determiners, pack.other_plans  # `his own plan`: another's
    if len(lowered) == 2 and lowered[1] not in determiners:
        if lowered[1] in other or lowered[0] not in determiners:
            return False
        owner, where = words[0], at - len(words[1]) - len(words[0]) - 1
    elif lowered and lowered[-1] in determiners:
        owner, where = words[-1], at - len(words[-1]) - 1
    else:
        return False
    return owner.lower() not in grammar().noun_phrases.possessives or owner_ok(owner, where)


# A relative pronoun ends the aim only after the verb and at least this many words of its
# object (`end the war that …`; not `ensure that …`, `make sure that …`).
RELATIVE_AFTER = 3


def _clause(text: str) -> str:
    head = _clause_end().split(text, maxsplit=1)[0]
    words = head.split()
    pack = grammar().aims
    cut = next((k for k, word in enumerate(words)
                if k >= RELATIVE_AFTER and word.lower() in pack.relatives), len(words))
    if cut > AIM_WORDS:
        # Cut at its length: back to the end of a phrase.
        cut = AIM_WORDS
        while cut > 1 and words[cut - 1].lower() in pack.dangling:
            cut -= 1
    return " ".join(words[:cut]).rstrip(" .,;")
