"""The indirect stance forms' word reading: the tokenizer splits contractions and possessives
as the word lists are read, and a form that looks only at the range's anchor words (found once
per text) finds exactly what reading every token of the range finds."""

from __future__ import annotations

import re

import pytest

from summarizer.extract.offline import stance_indirect
from summarizer.extract.offline.stance_indirect import indirect_cues

# The tokenizer as first written (every word tried for a `n't` ending): the reference.
_PLAIN = re.compile(r"\w+(?=n['’]t\b)|n['’]t\b|['’]s\b|['’]d\b|[\w-]+|[,;:.!?—–()]")

# Invented; contractions straight and curly, hyphens, possessives, and near misses (`an’t` is
# no contraction of a word ending in n, `Kyiv-doesn't` is a hyphenated run, `isn''t` a typo).
SENTENCES = [
    "Berlin doesn't see it; Paris won’t say, and Rome can't (yet).",
    "Ukraine's bid — the allies' answer — isn''t clear: an’t, n't, Kyiv-doesn't.",
    "She'd said the anti-NATO vote wasn't binding… DON'T ask, Nordics’d reply!",
    # Runs ending in `n` with and without a `'t` after (`in’tel`, `plan-n’t`, `ran'`).
    "Ukrainian plan-n’t, in’tel: Berlin isn’t in, din't ran' then n’t.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_tokenizer_reads_as_the_plain_pattern(text: str) -> None:
    spans = [m.span() for m in stance_indirect._TOKEN.finditer(text)]
    assert spans == [m.span() for m in _PLAIN.finditer(text)]


def test_contractions_are_split_as_the_word_lists_are() -> None:
    words = [w for w, _, _ in stance_indirect._tokens(SENTENCES[0], 0, len(SENTENCES[0]))]
    assert words[:3] == ["berlin", "does", "n't"]
    assert words[7:9] == ["wo", "n't"]  # curly apostrophe read as straight
    assert "rome" in words and "ca" in words


# Invented sentences, each with an indirect form (and one without, the near miss).
TEXT = ("France has long argued that membership would provoke Moscow. "
        "Italy wants security guarantees first before any NATO invitation. "
        "Officials asked NATO members for an invitation on Tuesday. "
        "The minister met reporters in Brussels.")


def test_anchor_words_find_what_reading_every_token_finds(
        monkeypatch: pytest.MonkeyPatch) -> None:
    ranges = [(0, len(TEXT)), (0, 60), (61, 130), (131, len(TEXT)), (200, len(TEXT))]
    fast = [indirect_cues(TEXT, a, b) for a, b in ranges]
    # Every form reads every token of the range (the anchors are never trusted); another text
    # (the same with a space after) so that no answer cached for TEXT is reused.
    monkeypatch.setattr(stance_indirect, "_anchored", lambda phrases, anchors: False)
    other = TEXT + " "
    slow = [indirect_cues(other, a, b) for a, b in ranges]
    assert fast == slow
    assert [len(cues) for cues in fast[1:4]] == [1, 1, 1]  # one form in each sentence
    assert fast[4] == []  # `met reporters`: none
