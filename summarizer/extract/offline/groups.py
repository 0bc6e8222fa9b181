"""Positions stated for a group whose members a list names: `He has shown the plan to key
Western leaders such as Canadian Prime Minister X. None has given it a full endorsement.`

The group is a plural noun for countries' leaders or governments followed by a list link
(`leaders such as …`, `allies, including …`); a later clause whose subject is a quantifier or
pronoun for that group (`none`, `they`, `all of them`) holds a position for every member. A
negative quantifier denies the predicate (`none has endorsed` → hesitant).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.extract.offline.document import Doc
from summarizer.extract.offline.language import language, per_language
from summarizer.extract.offline.lexicon import alternation
from summarizer.extract.offline.phrases import PhraseIndex
from summarizer.extract.offline.word_packs import stance_scope

# A list link at most this many words after the group noun (`leaders, among them`).
LINK_REACH = 3


@dataclass(frozen=True)
class GroupSubject:
    start: int
    end: int
    negative: bool


@per_language
def _members_regex() -> re.Pattern[str]:
    stance = language().stance
    nouns = alternation(stance.groups.nouns)
    links = alternation(stance.holders.list_links)
    return re.compile(
        rf"\b(?:{nouns})\b,?(?:\s+[\w-]+){{0,{LINK_REACH - 1}}}?,?\s+(?:{links})\b", re.I)


@per_language
def _subjects() -> PhraseIndex:
    stance = language().stance
    return PhraseIndex([*stance.groups.subjects, *stance.groups.negative], ignore_case=True)


# A group subject opens a clause: the sentence's start, or after a mark or word of
# stance.toml [scope.syntax] group_opening_marks / group_opening_words.


def member_range(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Where a group's members are listed in text[start:end]: from the list link to the end
    of its clause (a semicolon or the end of the range)."""
    match = _members_regex().search(doc.text, start, end)
    if match is None:
        return None
    stop = doc.text.find(";", match.end(), end)
    return match.end(), stop if stop >= 0 else end


def group_subject(doc: Doc, start: int, end: int) -> GroupSubject | None:
    """A quantifier or pronoun for a group opening a clause in text[start:end], with a verb
    (a lower-case word) after it."""
    text = doc.text
    for a, b, phrase in _subjects().find(text, start, end):
        before = text[start:a].rstrip()
        words = before.rsplit(None, 1)
        syntax = stance_scope().syntax
        opens = not before or before.endswith(syntax.group_opening_marks) or (
            words[-1].lower() in syntax.group_opening_words)
        after = text[b : b + 2]
        if opens and after[:1].isspace() and after[1:].islower() and not _tag(text, b, end):
            return GroupSubject(a, b, phrase in language().stance.groups.negative)
    return None


# A speech verb and the stop that closes an attribution tag (`…," they added.`); not a tag set
# inside a clause (`The rest, they said, are waiting`), whose subject is the group.
_TAG = re.compile(r"\s+([a-z]+)\s*[.;!?]")


def _tag(text: str, at: int, end: int) -> bool:
    """`"…," they added.`: is the group subject only the source of an attribution tag (a speech
    verb, then the tag's closing mark), no clause of its own?"""
    match = _TAG.match(text, at, end)
    return match is not None and match.group(1) in language().speech.all_verbs
