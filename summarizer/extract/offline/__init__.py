"""The embedded offline default: rule-based extraction, no network, no model weights."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from summarizer.errors import ConfigError
from summarizer.extract.base import ProviderSettings
from summarizer.extract.offline.language import english
from summarizer.extract.offline.pack_base import PackError
from summarizer.extract.offline.rules import RULES_VERSION, extract_article
from summarizer.load import Article
from summarizer.schemas import DEFAULT_QUESTION, ArticleExtraction, ArticleMeta

# Extracting this loads every table and phrase index the rules use.
_WARM_UP = 'The victory plan has five points, Ukraine\'s minister said: "We want an invitation."\n'


def check_language_data() -> None:
    """Load the shipped language packs, or raise ConfigError naming the broken file and field.
    The extractor needs them, and so do the merger and the memo (country names, demonyms),
    whichever provider extracted."""
    try:
        english()
    except PackError as error:
        raise ConfigError(f"offline extractor data: {error}") from error


class OfflineExtractor:
    name = "offline"
    model = "rules"
    prompt_version = RULES_VERSION

    def __init__(self, settings: ProviderSettings) -> None:
        # A broken data file stops the run before any work, naming the file and the field
        # (rather than failing every article with the same message).
        check_language_data()
        self.question = settings.question
        # The rules' stance cues were written for one question: asked another, they would
        # label positions on a question nobody asked. Statements and the plan do not depend
        # on it and are still extracted.
        self.answers_question = answers(settings.question)
        self.warnings: list[str] = [] if self.answers_question else [unsupported(self.question)]

    async def extract(self, article: Article) -> ArticleExtraction:
        return self.blocking_task()(article)

    def blocking_task(self) -> Callable[[Article], ArticleExtraction]:
        """What a worker process runs for one article (the same as `extract`)."""
        if self.answers_question:
            return partial(extract_article, question=self.question)
        return partial(_extract_without_stances, warnings=tuple(self.warnings))

    def endpoint_calls(self) -> int:
        return 0

    def prepare(self) -> None:
        extract_article(Article(ArticleMeta(id="warm-up"), _WARM_UP), self.question)

    async def aclose(self) -> None:
        return None


def _extract_without_stances(article: Article, warnings: tuple[str, ...]) -> ArticleExtraction:
    extraction = extract_article(article, DEFAULT_QUESTION)
    extraction.stances = []
    extraction.diagnostics.warnings.extend(warnings)
    return extraction


def answers(question: str) -> bool:
    """Is this the one question the offline rules know (up to case, spaces and punctuation)?"""
    return _plain(question) == _plain(DEFAULT_QUESTION)


def unsupported(question: str) -> str:
    return (f"country stances left out: the offline extractor answers only {DEFAULT_QUESTION!r}, "
            f"not {question!r}; use an LLM provider (--provider openai) for another question")


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())
