"""The offline extractor's entry point: one article in, one grounded ArticleExtraction out.

The pipeline reads as the modules it calls: document (paragraphs without boilerplate, quotes,
sentences) → entities (who is mentioned) → clauses (speech events) → attribution_stage (who said
each quote: quote → cue → source → speaker) → paraphrase → statements → plan → stance_stage
(holder → cue → target, with polarity and scope). Vocabulary lives in summarizer/data/offline.
"""

from __future__ import annotations

from summarizer.extract.offline import document
from summarizer.extract.offline.attribution_stage import attribute
from summarizer.extract.offline.clauses import speech_events
from summarizer.extract.offline.collector import collector_paused
from summarizer.extract.offline.dates import published_date, reference_year
from summarizer.extract.offline.entities import Registry
from summarizer.extract.offline.language import Language, english, speaking
from summarizer.extract.offline.paraphrase import find_paraphrases
from summarizer.extract.offline.plan import extract_plan, plan_owner
from summarizer.extract.offline.speakers import Resolver
from summarizer.extract.offline.stance_stage import extract_stances
from summarizer.extract.offline.statements import (
    DateContext,
    direct_drafts,
    paraphrase_drafts,
    to_statements,
)
from summarizer.extract.offline.version import rules_version
from summarizer.load import Article
from summarizer.schemas import ArticleExtraction, Diagnostics

# The release name (version.py's RULES_RELEASE, bumped by hand) plus a hash of every rule and
# data file: it keys the extraction cache, so any edit of a rule or a table invalidates it.
RULES_VERSION = rules_version()


def extract_article(
    article: Article, question: str, language: Language | None = None
) -> ArticleExtraction:
    """The article's facts, read with `language`'s packs (None: the shipped English ones).

    The rules reach the packs through `language()` (language.py), which returns
    the language made active here for the duration of this call only."""
    with speaking(language) as active, collector_paused():
        version = RULES_VERSION if active is english() else f"{RULES_VERSION}/{active.name}"
        return _extract(article, question, version)


def _extract(article: Article, question: str, version: str) -> ArticleExtraction:
    doc = document.build(article)
    registry = Registry(doc)
    events = speech_events(doc)
    resolver = Resolver(registry, events)
    published = published_date(article)
    dates = DateContext(published, reference_year(article, published))
    attributions = attribute(doc, resolver)
    drafts = direct_drafts(doc, attributions)
    drafts += paraphrase_drafts(resolver, find_paraphrases(doc, events))
    statements = to_statements(doc, drafts, dates)
    owner = plan_owner(doc, resolver)
    plan = extract_plan(doc, resolver, dates, owner)
    stances = extract_stances(doc, registry, statements, question, owner, plan)
    return ArticleExtraction(
        article=article.meta,
        plan=plan,
        statements=statements,
        stances=stances,
        diagnostics=Diagnostics(provider="offline", model="rules", prompt_version=version),
    )
