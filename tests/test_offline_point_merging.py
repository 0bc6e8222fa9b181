"""Plan points that name one demand twice: `points.distinct` (one wording kept) and
`points.merge_listed` (an ordinal point merged into the list item it numbers), read through
indexes; each must give what the plain pairwise reading gives (written out below)."""

from __future__ import annotations

import random

from summarizer.extract.offline import points
from summarizer.extract.offline.language import speaking
from summarizer.extract.offline.points import Point, content_words
from summarizer.extract.offline.word_packs import proposal_words

_WORDS = ["invitation", "weapons", "missiles", "sanctions", "grain", "energy", "troops", "loans",
          "ports"]


def _pairwise_distinct(found: list[Point], bulleted: set[tuple[int, int]]) -> list[Point]:
    words = [content_words(f[1]) for f in found]
    least = proposal_words().same_point_words
    dropped: set[int] = set()
    for i in range(len(found)):
        for j in range(i + 1, len(found)):
            small, large = sorted((words[i], words[j]), key=len)
            if len(small) < least or not small <= large or i in dropped or j in dropped:
                continue
            # (Of one wording told twice, the one that gives the point's number is kept.)
            numbered = found[i][0] is None and found[j][0] is not None and words[i] == words[j]
            dropped.add(i if (found[j][2] in bulleted or numbered)
                        and found[i][2] not in bulleted else j)
    return [f for k, f in enumerate(found) if k not in dropped]


def _pairwise_merge(found: list[Point], listed: list[tuple[int, int]]) -> tuple[
        list[Point], dict[tuple[int, int], tuple[int, int]]]:
    by_span = {f[2]: f for f in found}
    items = [by_span[span] for span in listed if span in by_span]
    extra: dict[tuple[int, int], tuple[int, int]] = {}
    numbers: dict[tuple[int, int], int] = {}
    for number, label, span in found:
        if number is None or span in listed:
            continue
        numbered = [i for i in items if i[0] == number]
        item = numbered[0] if numbered else (
            items[number - 1] if 0 < number <= len(items) and items[number - 1][0] is None
            else None)
        if item is None or item[2] in extra or not content_words(label) & content_words(item[1]):
            continue
        extra[item[2]], numbers[item[2]] = span, number
    dropped = set(extra.values())
    return [(numbers.get(s, n), label, s) for n, label, s in found if s not in dropped], extra


def _random_points(rng: random.Random) -> list[Point]:
    out: list[Point] = []
    for _ in range(rng.randint(0, 10)):
        words = rng.sample(_WORDS[: rng.randint(3, 6)], rng.randint(0, 3))
        start = rng.randint(0, 40)
        out.append((rng.choice([None, 1, 2, 3]), " ".join(words), (start, start + 5)))
    return out


def test_distinct_keeps_the_bulleted_wording_of_one_demand() -> None:
    found: list[Point] = [(None, "invitation weapons", (0, 5)), (None, "weapons", (6, 9)),
                          (None, "invitation weapons missiles", (10, 20)),
                          (None, "grain loans", (21, 30))]
    with speaking(None):
        assert points.distinct(found, set()) == [found[0], found[1], found[3]]
        assert points.distinct(found, {(10, 20)}) == found[1:]


def test_distinct_and_merge_listed_read_as_the_pairwise_rules() -> None:
    rng = random.Random(13)
    with speaking(None):
        for _ in range(3000):
            found = _random_points(rng)
            bulleted = {f[2] for f in found if rng.random() < 0.3}
            assert points.distinct(found, bulleted) == _pairwise_distinct(found, bulleted)
            listed = [f[2] for f in found if rng.random() < 0.4]
            assert points.merge_listed(found, listed) == _pairwise_merge(found, listed)


def test_thousands_of_points_are_told_apart_quickly() -> None:
    # Pairwise, 4,000 points are 8 million comparisons (seconds); indexed, a fraction of that.
    found: list[Point] = [(None, f"{a} {b} {c}", (k, k + 1)) for k, (a, b, c) in enumerate(
        (a, b, c) for a in _WORDS for b in _WORDS for c in _WORDS)] * 6
    with speaking(None):
        kept = points.distinct(found, set())
        sets = [w for f in kept if len(w := content_words(f[1])) > 1]
    assert 0 < len(kept) < len(found)
    assert len(set(sets)) == len(sets)  # one wording of each demand


def test_two_wordings_that_differ_by_one_word_each_are_one_point() -> None:
    found: list[Point] = [(None, "formal invitation for Kyiv to join the bloc", (0, 5)),
                          (1, "invitation for Kyiv to join the defence bloc", (50, 60)),
                          (None, "grain corridor for Kyiv ships", (70, 80))]
    with speaking(None):
        # The bulleted wording wins; without bullets, the first.
        assert points.near_same(found, {(50, 60)}) == found[1:]
        assert points.near_same(found, set()) == [found[0], found[2]]
        # Near miss: two words apart on one side is another demand.
        other: list[Point] = [(None, "invitation for Kyiv to join the bloc", (0, 5)),
                              (None, "invitation for Kyiv to leave the grain pact", (9, 19))]
        assert points.near_same(other, set()) == other
