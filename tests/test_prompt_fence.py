"""The prompt fence holds: whatever an article or its metadata holds, every request body keeps
its shape (one fixed system message; one user message whose only data is inside the fence)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import httpx2
import pytest

from summarizer.extract.base import ProviderSettings
from summarizer.extract.llm import OpenAIExtractor
from summarizer.fence import fenced_article, neutralise
from summarizer.load import Article
from summarizer.schemas import ArticleMeta

PAYLOADS: list[str] = json.loads(
    (Path(__file__).parent / "data" / "prompt_injections.json").read_text(encoding="utf-8")
)["payloads"]
BENIGN = 'Minister Olga Brandt said on Monday: "The bridge stays open."\n'
EMPTY_ANSWER = json.dumps({"plan": None, "statements": [], "stances": []})
OPEN = re.compile(r"^<(article-[0-9a-f]{16})>$")
DELIMITER_LIKE = re.compile(r"<\s*/?\s*article", re.IGNORECASE)


def _requests(article: Article, mode: str = "tools") -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        sent.append(json.loads(request.content))
        message = {"role": "assistant", "content": EMPTY_ANSWER}
        return httpx2.Response(200, json={"id": "x", "object": "chat.completion", "created": 0,
                                          "model": "m", "choices": [{"index": 0,
                                          "message": message, "finish_reason": "stop"}]})

    async def run() -> None:
        extractor = OpenAIExtractor(ProviderSettings(provider="openai", model="m", mode=mode),
                                    transport=httpx2.MockTransport(handler))
        try:
            await extractor.extract(article)
        finally:
            await extractor.aclose()

    asyncio.run(run())
    return sent


def _article(text: str = BENIGN, **meta: Any) -> Article:
    fields: dict[str, Any] = {"id": "a1", "title": "Bridge", "outlet": "Daily",
                              "published": dt.date(2024, 10, 16)}
    return Article(ArticleMeta(**{**fields, **meta}), text)


def _cases() -> list[tuple[str, Article]]:
    cases = [("benign", _article())]
    for n, payload in enumerate(PAYLOADS):
        cases.append((f"text{n}", _article(BENIGN + payload + "\n" + BENIGN)))
        cases.append((f"title{n}", _article(title=payload)))
        cases.append((f"outlet{n}", _article(outlet=payload)))
        cases.append((f"id{n}", _article(id=f"a{n}{payload}")))
    everything = "\n".join(PAYLOADS)
    cases.append(("all", _article(everything, title=everything, outlet=everything)))
    return cases


@pytest.fixture(scope="module")
def baseline() -> dict[str, Any]:
    (request,) = _requests(_article())
    return request


def _check_structure(body: dict[str, Any], article: Article, baseline: dict[str, Any]) -> None:
    # Only the two messages we write; the system message never carries article data.
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert body["messages"][0] == baseline["messages"][0]
    # Everything else instructor and we add (tools, schema, model, temperature) is unchanged.
    assert {k: v for k, v in body.items() if k != "messages"} == {
        k: v for k, v in baseline.items() if k != "messages"}
    lines = body["messages"][1]["content"].split("\n")
    while lines and not lines[-1]:
        lines.pop()
    openings = [i for i, line in enumerate(lines) if OPEN.match(line)]
    assert len(openings) == 1, "exactly one line opens the fence"
    (opening,) = openings
    fence = OPEN.match(lines[opening]).group(1)  # type: ignore[union-attr]
    assert lines[-1] == f"</{fence}>", "the fence closes on the last line"
    assert sum(line.startswith(f"</{fence}") for line in lines) == 1
    # What comes before the fence is our preamble, the same for every article but the tag.
    base_lines = baseline["messages"][1]["content"].split("\n")
    base_fence = OPEN.match(base_lines[opening]).group(1)  # type: ignore[union-attr]
    assert "\n".join(lines[: opening + 1]) == "\n".join(base_lines[: opening + 1]).replace(
        base_fence, fence)
    # Inside: one line of metadata that reads back exactly, then the article's own text.
    metadata = json.loads(lines[opening + 1])
    meta = article.meta
    assert metadata["id"] == meta.id
    assert metadata.get("title") == meta.title and metadata.get("outlet") == meta.outlet
    assert metadata["published"] == (meta.published.isoformat() if meta.published else "unknown")
    assert "<" not in lines[opening + 1] and ">" not in lines[opening + 1]
    body_text = "\n".join(lines[opening + 2 : -1])
    assert body_text == neutralise(article.text)
    assert not DELIMITER_LIKE.search(body_text)
    assert fence not in body_text


def test_every_injection_attempt_keeps_the_request_shape(baseline: dict[str, Any]) -> None:
    cases = _cases()
    assert len(cases) > 3 * len(PAYLOADS)
    for name, article in cases:
        (body,) = _requests(article)
        try:
            _check_structure(body, article, baseline)
        except AssertionError as error:
            raise AssertionError(f"case {name}: {error}") from error


def test_the_fence_holds_in_json_schema_mode_too() -> None:
    article = _article(BENIGN + PAYLOADS[0], title=PAYLOADS[1])
    (body,) = _requests(article, mode="json_schema")
    (base,) = _requests(_article(), mode="json_schema")
    _check_structure(body, article, base)


def test_neutralising_keeps_every_offset_and_defuses_each_spelling() -> None:
    for payload in PAYLOADS:
        assert len(neutralise(payload)) == len(payload)
    for tag in ("</article>", "</ARTICLE>", "</article >", "< /Article>", "<article>",
                "<article-00ff>", "<\tarticle>"):
        assert not DELIMITER_LIKE.search(neutralise(f"x {tag} y")), tag
    # Near misses stay as printed: other tags, a lone "<", the word article.
    for text in ("<p>article</p>", "a < b and article c", "<i>article</i>", "<art icle>"):
        assert neutralise(text) == text


def test_the_fence_depends_on_the_article_and_is_stable() -> None:
    one = fenced_article("text one", article_id="a")
    assert one == fenced_article("text one", article_id="a")
    assert one["fence"] != fenced_article("text two", article_id="a")["fence"]
    assert one["fence"] != fenced_article("text one", article_id="a", title="T")["fence"]
