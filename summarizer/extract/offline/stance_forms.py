"""Common ways outlets state a country's stance that single cue words miss (rules-10), and the
look-alikes that state none.

- A role noun with `of` (`among the most vocal supporters of Ukraine's membership`, `a staunch
  opponent of the plan`) holds a position only when its object is the question itself: support
  for Ukraine in general (`supporters of military aid to Kyiv`) is not a stance on the invitation.
- A cue whose object names another question (`backed the opening of EU accession talks`,
  `blocked EU sanctions`) and no word for NATO is about that question, even in a sentence that
  mentions the invitation.
- A country or demonym followed by people who do not speak for its government (`Spanish
  opposition parties`, `Swedish commentators`) holds nothing (evals/README.md section 3).
- A possessive country followed by its government or an office (`Estonia's government
  reiterated its support`) is the country's own voice, not a possessor.
- A presenting verb after a determiner or a possessive is a noun (`the plan's details`), which
  presents nothing.

Vocabulary: summarizer/data/offline/stance.toml ([objects], [other_questions], [holders]).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.extract.offline.language import language, per_language, per_language_lru
from summarizer.extract.offline.lexicon import alternation
from summarizer.extract.offline.phrases import PhraseIndex
from summarizer.extract.offline.word_packs import stance_scope

_WORD = re.compile(r"[\w'’-]+")
_PHRASE_END = re.compile(r"[,;:.!?—–]")


@dataclass(frozen=True)
class _Forms:
    roles: PhraseIndex
    possessed_roles: PhraseIndex
    role_position: dict[str, str]
    role_objects: frozenset[str]
    role_reach: int
    other_markers: tuple[str, ...]
    nato_markers: tuple[str, ...]
    other_reach: int
    other_hints: tuple[str, ...]
    non_government: frozenset[str]
    unofficial_roles: frozenset[str]
    unofficial_links: frozenset[str]
    research_body: re.Pattern[str]
    bodies: re.Pattern[str]


@per_language
def _forms() -> _Forms:
    stance = language().stance
    position = {noun: pos for pos, nouns in stance.objects.roles for noun in nouns}
    # `supporters of`, found by word lookup (a regex over every `the` and `a` cost more).
    roles_index = PhraseIndex([f"{noun} of" for noun in position], ignore_case=True)
    # The object must be the question: topic terms and plan words, not a pronoun or a country
    # (`supporters of Ukraine` is support in general).
    terms = (*stance.topic.terms_longest_first, *language().plan.names.generic)
    objects = {w for term in terms for w in term.lower().split()}
    other = stance.other_questions
    holders = stance.holders
    return _Forms(
        roles=roles_index,
        possessed_roles=PhraseIndex(list(position), ignore_case=True),
        role_position=position,
        role_objects=frozenset(objects),
        role_reach=stance.objects.roles_reach,
        other_markers=tuple(f" {m} " for m in other.markers),
        nato_markers=tuple(f" {m} " for m in other.nato),
        other_reach=other.reach,
        other_hints=tuple(sorted({m.split()[0] for m in other.markers})),
        # `Swedish commentators`, `a German analyst`: people of the country, not its voice.
        non_government=holders.non_government | holders.unofficial_roles,
        unofficial_roles=holders.unofficial_roles,
        unofficial_links=holders.unofficial_links,
        # At most three capitalised words (bounded: linear), the last a research body's head.
        research_body=re.compile(
            rf"(?:\s+[A-Z][\w'’-]*){{0,2}}?\s+(?:{alternation(holders.research_bodies)})\b"),
        bodies=re.compile(rf"(?:’s|'s)\s+(?:{alternation(holders.bodies)})\b", re.I),
    )


def role_cues(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, position) of each role noun with `of` whose object is the question, the
    noun led by `among` or an article (`among the most vocal supporters of`, `a staunch
    opponent of`) within a few words."""
    forms = _forms()
    out: list[tuple[int, int, str]] = []
    for a, b, phrase in forms.roles.find(text, start, end):
        if not _predicative(text, start, a):
            continue
        # The object ends at a comma: `a backer of Ukraine's reconstruction, hosted NATO envoys`.
        rest = object_of(text[b:end])
        window = _WORD.findall(rest)[: forms.role_reach]
        if not other_question(rest.lower()) and any(
                _bare(w) in forms.role_objects for w in window):
            out.append((a, b, forms.role_position[phrase.split()[0].lower()]))
    return out + _possessed_roles(text, start, end)


def _predicative(text: str, start: int, at: int) -> bool:
    """Is the role noun at `at` led by `among` or an article within a few words, the lead
    itself after a copula, `among`, `of` or a comma (`has been among the most vocal`, `is a
    staunch`, `Slovenia, a steady`), not after another verb (`criticised the supporters`)?"""
    syntax = stance_scope().syntax
    words = list(_WORD.finditer(text, max(start, at - 80), at))
    lead = next((k for k in range(len(words) - 1, max(-1, len(words) - 1 - syntax.role_lead_reach),
                                  -1) if words[k].group().lower() in syntax.role_leads), None)
    if lead is None:
        return False
    gap = text[words[lead - 1].end() if lead else max(start, at - 80) : words[lead].start()]
    if "," in gap or (lead == 0 and not text[start : words[0].start()].strip()):
        return True  # apposition, or the sentence opens with the role
    # `among the plan's supporters`: the lead's own `among`, else the word before the lead.
    before = {words[lead].group().lower(), words[lead - 1].group().lower() if lead else ""}
    return bool(before & syntax.role_predicative)


def _possessed_roles(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """`the plan's loudest supporters`: (start, end, position) of each role noun whose
    possessor, a few words before it, is the question (stance.toml [objects])."""
    if text.find("'s", start, end) < 0 and text.find("’s", start, end) < 0:
        return []  # no possessive at all (the common case, found in C)
    forms = _forms()
    objects = language().stance.objects
    out: list[tuple[int, int, str]] = []
    for a, b, phrase in forms.possessed_roles.find(text, start, end):
        before = _WORD.findall(text[max(start, a - 60) : a])[
            -(objects.role_possessor_reach + 1) :]
        for k in range(len(before) - 1, -1, -1):
            word = before[k].lower()
            if word.endswith(("'s", "’s")):
                if _bare(word) in objects.role_possessors and all(
                        w.islower() for w in before[k + 1 :]) and _predicative(text, start, a):
                    out.append((a, b, forms.role_position[phrase.lower()]))
                break
    return out




def _bare(word: str) -> str:
    lower = word.lower()
    return lower[:-2] if lower.endswith(("'s", "’s")) else lower


def object_of(after: str) -> str:
    """A cue's object: the rest of its clause up to a comma (`ruled out sending troops, NATO
    diplomats said` → `sending troops`)."""
    return _PHRASE_END.split(after, maxsplit=1)[0]


def other_question(after: str) -> bool:
    """Does a cue's object (`after`: the rest of its clause, lower case) name another question
    and no word for NATO?"""
    forms = _forms()
    if not any(map(after.__contains__, forms.other_hints)):
        return False  # most objects name no other question: skip the word split
    # The object ends at the first mark: `supports Ukraine's EU membership bid, and NATO
    # ministers meet …` names no NATO step in its object.
    after = _PHRASE_END.split(after, maxsplit=1)[0]
    joined = f" {' '.join(_WORD.findall(after)[: forms.other_reach])} "
    return any(map(joined.__contains__, forms.other_markers)) and not any(
        map(joined.__contains__, forms.nato_markers))


def non_government(text: str, end: int) -> bool:
    """Is the mention ending at `end` followed by people who do not speak for a government?"""
    match = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return match is not None and match.group().lower() in _forms().non_government


# Asked for every person of every article's registry: once per role.
@per_language_lru(maxsize=1024)
def unofficial(role: str | None) -> bool:
    """Does a speaker's role make them no government's voice (`German analyst`, `senior fellow
    at a Berlin think-tank`, `former chancellor`)? Their words about a country are not its
    position."""
    if role is None:
        return False
    # A former office holder (`former German chancellor`) no longer speaks for the government.
    past, roles = language().titles.modifiers.past, _forms().unofficial_roles
    return any(w.lower() in roles or w.lower() in past
               for w in re.split(r"[\s-]+", role))


def research_body(text: str, end: int) -> bool:
    """`the German Marshall Fund`, `the Polish Institute of …`: does the mention ending at
    `end` open the name of a research body (not a government)?"""
    return _forms().research_body.match(text, end, end + 80) is not None


def unofficial_before(text: str, start: int) -> bool:
    """`analysts in Berlin say`, `experts based in Warsaw`: is the mention at `start` the place
    where unofficial people work (an unofficial role, a link word or two, then the mention)?"""
    forms = _forms()
    words = [w.lower() for w in _WORD.findall(text, max(0, start - 40), start)][-3:]
    while words and words[-1] in forms.unofficial_links:
        words.pop()
        if words and words[-1] in forms.unofficial_roles:
            return True
    return False


def speaks_through(text: str, end: int) -> bool:
    """`Estonia's government`: is the possessive at `end` followed by a national body?"""
    return _forms().bodies.match(text, end) is not None




def noun_use(text: str, start: int, at: int) -> bool:
    """Is the presenting verb at `at` used as a noun (after a determiner or a possessive)?"""
    before = _WORD.findall(text[max(start, at - 40) : at])
    if not before:
        return False
    last = before[-1].lower()
    # `Zelensky's unveiling of the plan` is still his presenting it: only the plan's own `'s`.
    return last in stance_scope().syntax.noun_before or (last.endswith(("'s", "’s"))
                                    and _bare(last) in _forms().role_objects)
