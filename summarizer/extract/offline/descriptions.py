"""Which named person an unnamed description may stand for, beyond titles (entities.described).

A description headed by a title (`the senator`), by a listed epithet of a public figure (`the
billionaire`, `the nominee`: sources.toml person_nouns) or by a noun that takes up anyone (`the
man`, `the 46-year-old`: anaphoric_endings) may be the most salient person nearby.
One headed by a noun that only looks like a person's (`the columnist`, `the supporter`, `the
officer`: person_endings) often describes someone the article never names: it stands for a
named person only when that person's own title holds the same noun (`Ann Roe, a columnist
for the Ledger, …` → `the columnist`); otherwise it stays a description, its noun the role.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.extract.offline.language import language
from summarizer.extract.offline.source_pack import noun_gender, pack

if TYPE_CHECKING:
    from summarizer.extract.offline.entities import Entity


def _head(role: str | None) -> str | None:
    words = (role or "").lower().split()
    return words[-1] if words else None


def needs_same_noun(role: str | None) -> bool:
    """Is the description headed by a noun that is neither a title nor a listed epithet, with
    no such word before it (`the billionaire investor` is an epithet's description)?"""
    head = _head(role)
    if head is None:
        return False
    words = set((role or "").lower().split())
    rules = pack().description
    return not (words & language().titles.role_tokens or words & rules.person_nouns
                or head.endswith(rules.anaphoric_endings) or noun_gender(role))


# How far around a mention of the person their title is looked for: words right before the
# name (`Ledger columnist Ann Roe`), and an apposition right after it (`Ann Roe, a columnist
# for the Ledger,`).
TITLE_BEFORE_WORDS = 4
APPOSITION_CHARS = 80
NAME_CHARS = 60


def holds_noun(text: str, description_role: str | None, entity: Entity, pos: int) -> bool:
    """Was the person, before pos, given a title holding the description's head noun (a
    plural -s aside): their known role, or the words right before a mention of their name or
    the apposition right after it?"""
    head = _head(description_role)
    if head is None:
        return False
    if _has(entity.role or "", head):
        return True
    for mention in entity.mentions:
        if mention.offset >= pos:
            break
        before = text[max(mention.offset - APPOSITION_CHARS, 0) : mention.offset]
        words = re.split(r"[^\w'’-]+", before.rstrip())[-TITLE_BEFORE_WORDS:]
        breaks = pack().description.title_breaks
        cut = max((i + 1 for i, w in enumerate(words) if w.lower() in breaks), default=0)
        if not re.search(r"[,.;:!?()\n]\s*$", before) and _has(" ".join(words[cut:]), head):
            return True
        end = text.find(entity.surname, mention.offset, mention.offset + NAME_CHARS)
        after = end + len(entity.surname)
        if end >= 0 and text.startswith(",", after):
            rest = text[after + 1 : after + APPOSITION_CHARS]
            chunk = re.split(r"[,.;]", rest, maxsplit=1)[0]
            if _has(chunk, head) or _does(chunk, head):
                return True
    return False


# Endings that turn an agent noun into its verb's stem (`lecturer` → `lecture`, `teacher` →
# `teach`), and the verb's endings after the stem (`lectures`, `teaches`, `researched`).
_AGENT_ENDINGS = ("er", "or", "r")
_VERB_ENDINGS = frozenset(["s", "es", "d", "ed"])
_MIN_STEM = 4


def _does(chunk: str, head: str) -> bool:
    """`Ann Roe, who lectures in security,` → `the lecturer`: a relative clause after the name
    whose verb is the description's agent noun's."""
    words = chunk.lower().split()
    if len(words) < 2 or words[0] != "who":
        return False
    verb = words[1]
    for ending in _AGENT_ENDINGS:
        stem = head[: -len(ending)]
        if (head.endswith(ending) and len(stem) >= _MIN_STEM and verb.startswith(stem)
                and verb[len(stem):] in _VERB_ENDINGS):
            return True
    return False


def _has(words: str, head: str) -> bool:
    have = set(words.lower().split())
    return head in have or head + "s" in have


def title_fits(description_role: str | None, role: str | None) -> bool:
    """Does a person's title hold one of the phrases a source noun fits (sources.toml
    [description.role_fits]: `the diplomat` for `Foreign Minister`, `Minister for Europe and
    Foreign Affairs`)?"""
    fits = pack().description.role_fits.get(_head(description_role) or "")
    if not fits or not role:
        return False
    title = " " + " ".join(re.split(r"[^\w-]+", role.lower())) + " "
    return any(f" {phrase} " in title for phrase in fits)


def seated(description_role: str | None, role: str | None) -> bool:
    """`the lawmaker`, `the deputy` for a person given a seat in a legislature (`a member of
    the State Duma's defence committee`, `a member of the Romanian parliament`)."""
    rules = pack().description
    if _head(description_role) not in rules.legislator_nouns:
        return False
    # (`the Duma’s committee`: the possessive is no part of the word)
    words = {re.sub(r"['’]s$", "", w) for w in (role or "").lower().split()}
    return bool(words & rules.member_words and words & rules.legislatures)
