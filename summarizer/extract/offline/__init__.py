"""The embedded offline default: rule-based extraction, no network, no model weights."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from summarizer.extract.base import ProviderSettings
from summarizer.extract.offline.rules import RULES_VERSION, extract_article
from summarizer.load import Article
from summarizer.schemas import ArticleExtraction, ArticleMeta

# Extracting this loads every table and phrase index the rules use.
_WARM_UP = 'The victory plan has five points, Ukraine\'s minister said: "We want an invitation."\n'


class OfflineExtractor:
    name = "offline"
    model = "rules"
    prompt_version = RULES_VERSION

    def __init__(self, settings: ProviderSettings) -> None:
        self.question = settings.question

    async def extract(self, article: Article) -> ArticleExtraction:
        return extract_article(article, self.question)

    def blocking_task(self) -> Callable[[Article], ArticleExtraction]:
        return partial(extract_article, question=self.question)

    def endpoint_calls(self) -> int:
        return 0

    def prepare(self) -> None:
        extract_article(Article(ArticleMeta(id="warm-up"), _WARM_UP), self.question)

    async def aclose(self) -> None:
        return None
