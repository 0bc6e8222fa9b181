"""The candidate mentions of a sentence skip the particle and he/she passes when the sentence
holds no such word, and test for places only the capitalised words: a property test against
the plain reading (every pass over every word) on sentences mixing names, particles, pronouns,
places and ordinary words."""

from __future__ import annotations

import bisect
from itertools import compress
from operator import and_, or_

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.extract.offline import document, entities, np
from summarizer.extract.offline.entities import NameSpan, PronounSpan, SentenceMentions
from summarizer.extract.offline.language import speaking
from summarizer.extract.offline.lexicon import gazetteer
from summarizer.load import Article
from summarizer.schemas import ArticleMeta

WORDS = ["Ann", "Roe", "von", "der", "Leyen", "de", "Villiers", "he", "she", "He", "She",
         "said", "told", "Poland", "Germany", "Berlin", "the", "minister", "spokesman", "Cruz",
         "Rick", "Tyler", "Bloomberg", "Michael", "when", "While", "in", "of", ",", "also",
         "Sen.", "Theresa", "May", "reporters", "Asked", "about", "plan", "The", "host", "has"]


def _plain(doc: document.Doc, index: int) -> SentenceMentions:
    """_sentence_mentions with every per-word pass made over every word (its reading before
    the shortcuts)."""
    words = entities._words()
    sentence = doc.sentences[index]
    tokens = doc.tokens(sentence.start, sentence.end)
    gazetteer_index, _ = gazetteer()
    places = list(gazetteer_index.find(doc.text, tokens[0].start, tokens[-1].end)) if tokens else []
    if places:
        places = [p for p in places if not entities._surname_like_place(doc.text, p)]
    particles = words.particles
    texts = [t.text for t in tokens]
    free = [True] * len(tokens)
    starts = [t.start for t in tokens]
    for a, b, _ in places:
        lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        free[lo:hi] = [False] * (hi - lo)
    named = [False] * len(tokens)
    for k in compress(range(len(tokens)), map(and_, free, (t[0].isupper() for t in texts))):
        named[k] = (np.name_like(texts[k]) or np.surname_after_given(tokens, k)
                    or np.given_before_surname(tokens, k))
    inner = list(map(or_, named, map(and_, free, map(particles.__contains__, texts))))
    fronted = entities._fronted_clause_end(tokens, words) or (
        entities._fronted_phrase_end(tokens, words)
        if tokens and tokens[0].lower in words.prepositions else 0)
    participle = entities._fronted_participle_end(tokens, words)
    particled = not particles.isdisjoint(texts)
    pronouns = [t.lower in words.personal for t in tokens]
    wanted = list(compress(range(len(tokens)), map(or_, inner if particled else named, pronouns)))
    spans: list[NameSpan | PronounSpan] = []
    end = 0
    for i in wanted:
        if i < end:
            continue
        if particled and not named[i] and inner[i] and (
                entities._particle_surname_at(tuple(texts), named, particles, i)):
            named[i] = True
        if not named[i]:
            if tokens[i].lower in words.personal:
                subordinate = (i < max(fronted, participle)
                               or entities._subordinate(tokens, i, words)
                               or entities._reported(tokens, i, i + 1, words))
                speaks = not subordinate and entities._speaks(tokens, i, i + 1, doc.text, words)
                clause = subordinate and entities._clause_subject(tokens, i, fronted, words)
                spans.append(PronounSpan(i, words.pronouns[tokens[i].lower], subordinate, speaks,
                                         clause, 0 < participle <= i))
            continue
        j = i + 1
        while j < len(tokens) and inner[j]:
            j += 1
        affiliation = entities._title_and_name_after(tokens, named, j, words)
        subordinate = (i < max(fronted, participle) or entities._subordinate(tokens, i, words)
                       or entities._reported(tokens, i, j, words))
        speaks = not (subordinate or affiliation) and entities._speaks(tokens, i, j, doc.text,
                                                                        words)
        possessive = np.is_possessive(tokens[j - 1].text)
        clause = (not possessive and not affiliation and i >= participle
                  and entities._clause_subject(tokens, i, fronted, words))
        spans.append(NameSpan(i, j, affiliation, possessive, subordinate,
                              i > 0 and entities._after_preposition(
                                  tokens, [t.lower for t in tokens], i, words), speaks, clause))
        end = j
    return SentenceMentions(index, sentence.para, tokens, places, spans,
                            entities._description_subject(tokens, words))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14), min_size=1,
                max_size=3))
def test_sentence_mentions_match_the_plain_reading(sentences: list[list[str]]) -> None:
    text = " ".join(" ".join(words) + "." for words in sentences)
    doc = document.build(Article(ArticleMeta(id="t"), text, 0))
    with speaking(None):
        for index in range(len(doc.sentences)):
            assert entities._sentence_mentions(doc, index, entities._words()) == _plain(doc, index)
