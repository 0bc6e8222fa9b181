"""Interim rule set: direct quotes with a `said` attribution. Replaced by the full extractor."""

from __future__ import annotations

import re

from summarizer.ground import find_quote, text_at
from summarizer.load import Article
from summarizer.schemas import ArticleExtraction, Diagnostics, Speaker, Statement

RULES_VERSION = "rules-0"

_QUOTE = re.compile(r"[\"“]([^\"“”]{12,}?)[\"”]")
_AFTER = re.compile(r"^[,\s]*(?:said|says|added|noted)\s+((?:[A-Z][\w'-]+\s?){1,3})")


def extract_article(article: Article, question: str) -> ArticleExtraction:
    statements: list[Statement] = []
    body = article.body
    for match in _QUOTE.finditer(body):
        spans = find_quote(match.group(1), article.text)
        if not spans:
            continue
        after = _AFTER.match(body[match.end() : match.end() + 60])
        name = after.group(1).strip() if after else None
        statements.append(
            Statement(
                id=f"s{len(statements) + 1}",
                speaker=Speaker(name=name),
                text=text_at(article.text, spans),
                kind="direct",
                spans=spans,
                article_id=article.id,
            )
        )
    return ArticleExtraction(
        article=article.meta,
        statements=statements,
        diagnostics=Diagnostics(provider="offline", model="rules", prompt_version=RULES_VERSION),
    )
