"""stance_turns' cue tests return at once when no word within their reach starts one of their
phrases (a set test in C). These check the word sets they test against, and that each test
answers as it did when it read every cue's words (the bodies below are the tests as they were
before the early returns)."""

from __future__ import annotations

from itertools import compress

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.extract.offline import stance_turns
from summarizer.extract.offline.language import english
from summarizer.extract.offline.token_spans import first_words

Tokens = list[tuple[str, int, int]]


def _pack() -> stance_turns.Turns:
    return english().stance_indirect.turns


def test_the_first_word_sets_hold_every_phrase_s_first_word() -> None:
    pack = _pack()
    firsts = stance_turns._firsts(pack.past.after)
    assert firsts is not None
    assert all(marker.split(" ")[0] in firsts for marker in pack.past.after)
    for phrases in (pack.slower.instead, pack.backs_a_no.words, pack.denied.verbs,
                    pack.renounced.verbs, pack.past.before):
        found = stance_turns._firsts(phrases)
        assert found is not None and found == first_words(phrases)
        assert all(p.split()[0] in found for p in phrases)
    # A phrase opening with a space starts at no word: no set, the phrases are always tried.
    assert stance_turns._firsts(frozenset({" odd", "even"})) is None


def _past(before: Tokens, after: Tokens, pack: stance_turns.Past) -> bool:
    near: list[str] = []
    for word, _, _ in reversed(before):
        if word in stance_turns._STOP or len(near) >= pack.before_reach:
            break
        near.insert(0, word)
    openers = first_words(pack.before)
    for k in compress(range(len(near)), map(openers.__contains__, near)):
        for n in (1, 2, 3):
            if " ".join(near[k : k + n]) in pack.before and not any(
                    w in pack.present for w in near[k + n :]):
                return True
    phrase: list[str] = []
    for word, _, _ in after:
        if word in stance_turns._STOP or len(phrase) >= pack.after_reach:
            break
        phrase.append(word)
    joined = f" {' '.join(phrase)} "
    continuing = tuple(f" {word}" for word in pack.continuing)
    for marker in pack.after:
        at = joined.find(f" {marker} ")
        if at >= 0 and not joined[:at].endswith(continuing):
            return True
    return False


def _denied(before: Tokens, pack: stance_turns.Denied) -> bool:
    near = [w for w, _, _ in before[-pack.reach :]]
    return any(" ".join(near[k : k + n]) in pack.verbs
               for k in range(len(near)) for n in (1, 2))


def _renounced(after: Tokens, pack: stance_turns.Renounced) -> int | None:
    words = stance_turns._object(after, pack)
    lowered = [w for w, _, _ in words]
    for k in range(len(lowered)):
        for n in (2, 1):
            if " ".join(lowered[k : k + n]) in pack.verbs:
                tail = words[k + n : k + n + pack.step_reach]
                hit = next((t for t in tail if t[0].removesuffix("'s") in pack.steps), None)
                if hit is not None:
                    return hit[2]
    return None


def _backs_a_no(after: Tokens, pack: stance_turns.BacksANo) -> int | None:
    words: Tokens = []
    for token in after[: pack.reach]:
        if token[0] in stance_turns._STOP:
            break
        words.append(token)
    lowered = [w for w, _, _ in words]
    if not any(" ".join(lowered[k : k + n]) in pack.words
               and (k == 0 or lowered[k - 1] not in pack.denials)
               for k in range(len(lowered)) for n in (2, 1)):
        return None
    end = words[-1][2]
    for word, _, stop in after[len(words) : len(words) + stance_turns._NO_TAIL]:
        if word in stance_turns._STOP or word in ("and", "but", "while", "whereas"):
            break
        end = stop
    return end


def _slower(after: Tokens, pack: stance_turns.Slower) -> bool:
    words: list[str] = []
    for word, _, _ in after[: pack.reach]:
        if word in stance_turns._STOP:
            break
        words.append(word)
    if any(w in pack.words for w in words[:4]):
        return True
    joined = f" {' '.join(words)} "
    for marker in pack.instead:
        at = joined.find(f" {marker} ")
        if at >= 0:
            tail = joined[at + len(marker) + 2 :].split()[: pack.step_reach]
            if any(w in pack.steps for w in tail):
                return True
    return False


def _vocabulary() -> list[str]:
    pack = _pack()
    phrases = (pack.past.before | pack.past.after | pack.past.present | pack.past.continuing
               | pack.denied.verbs | pack.renounced.verbs | pack.renounced.steps
               | pack.renounced.object_ends | pack.backs_a_no.words | pack.backs_a_no.denials
               | pack.slower.words | pack.slower.instead | pack.slower.steps)
    words = {w for p in phrases for w in p.split()}
    return sorted(words | {",", ".", "the", "it", "germany", "backs"})


_WORDS = st.lists(st.sampled_from(_vocabulary()), max_size=14)


def _tokens(words: list[str]) -> Tokens:
    return [(w, 10 * k, 10 * k + 5) for k, w in enumerate(words)]


@settings(max_examples=400)
@given(_WORDS, _WORDS)
def test_the_early_returns_answer_as_reading_every_word(before: list[str],
                                                        after: list[str]) -> None:
    pack = _pack()
    b, a = _tokens(before), _tokens(after)
    assert stance_turns._past(b, a, pack.past) == _past(b, a, pack.past)
    assert stance_turns._denied(b, pack.denied) == _denied(b, pack.denied)
    assert stance_turns._renounced(a, pack.renounced) == _renounced(a, pack.renounced)
    assert stance_turns._backs_a_no(a, pack.backs_a_no) == _backs_a_no(a, pack.backs_a_no)
    assert stance_turns._slower(a, pack.slower) == _slower(a, pack.slower)


_LEAD = st.lists(st.sampled_from(["Most", "MANY", "many", "Germany", "per", "cent", "İ", "Σ",
                                  "voters", "of", "the", ",", " ", "’", "-", "ﬁ", "few"]),
                 max_size=12).map(" ".join)


@given(_LEAD)
def test_the_public_answers_as_reading_the_last_two_words(lead: str) -> None:
    text = f"{lead} Germans"
    start = len(lead) + 1
    words = stance_turns._words(text, max(0, start - 30), start)[-2:]
    assert stance_turns.the_public(text, start) == (not _pack().public.isdisjoint(words))
